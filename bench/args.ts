// The benchmarks' command line: `--name value` options, and sizes in the configuration's byte
// syntax (parseBytes: 2G, 512M, 256K).
export { parseBytes as parseSize } from '../protocol/config/config.js';

/** The value after `--name`, or `fallback` when the option is not given. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
