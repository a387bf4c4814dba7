// afbackup's copy_tape command line names the source and the target with the same -C, split by
// -D: `copy_tape -C 1 -F 3 -D -C 5`. It is turned into --from/--tape-file/--to here so that both
// forms are parsed alike.
import { UsageError } from './cli.js';

const OTHER_SERVER = new Set(['-h', '-P', '-k']);

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
    } else if (OTHER_SERVER.has(arg)) {
      throw new UsageError(`${arg}: copy_tape copies between cartridges of this server only; another server (-h, -P, -k) is not supported`);
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
