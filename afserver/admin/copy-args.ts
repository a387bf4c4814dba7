// afbackup's copy_tape command line names the source and the target with the same -C, split by
// -D: `copy_tape -C 1 -F 3 -D -C 5 -h backup2 -P 2988 -k key`. It is turned into --from,
// --tape-file, --to and, for a target on another server, --to-host, --to-port and --key here,
// so that both forms are parsed alike.
import { UsageError } from './cli.js';

const TARGET_SERVER: Record<string, string> = { '-h': '--to-host', '-P': '--to-port', '-k': '--key' };

export function fromAfbackupForm(argv: readonly string[]): string[] {
  if (!argv.includes('-D')) {
    if (argv.includes('-C')) throw new UsageError('-C names the source cartridge and needs -D -C TARGET after it (copy_tape -C N -D -C M), or use --from N --to M');
    return [...argv];
  }
  const out: string[] = [];
  let target = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-D') {
      if (target) throw new UsageError('-D is given twice');
      target = true;
    } else if (arg in TARGET_SERVER) {
      if (!target) {
        throw new UsageError(`${arg} before -D would name the source's server: copy_tape reads the source through this server's own drive; run it on the source server's host and name the target's server after -D`);
      }
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      out.push(TARGET_SERVER[arg]!, value);
    } else if (arg === '-C' || (arg === '-F' && !target)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a number`);
      out.push(arg === '-F' ? '--tape-file' : target ? '--to' : '--from', value);
    } else {
      out.push(arg);
    }
  }
  return out;
}
