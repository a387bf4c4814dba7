// Command entries, afbackup's "||| dumpcmd ||| restorecmd ### comment": at backup the dump
// command's standard output is stored, at restore it is piped into the restore command. Commands
// run without a shell, split into words like the filter commands of -z (see codec/spec.ts).
import type { CommandSpec } from '../protocol/archive/entry.js';
import { splitCommand } from '../protocol/config/command.js';

export const COMMAND_PREFIX = '|||';

export function isCommandSpec(text: string): boolean {
  return text.trimStart().startsWith(COMMAND_PREFIX);
}

/** Parses "||| dumpcmd ||| restorecmd ### comment"; throws a message that says what is missing. */
export function parseCommandSpec(text: string): CommandSpec {
  const body = text.trimStart().slice(COMMAND_PREFIX.length);
  const sep = body.indexOf(COMMAND_PREFIX);
  if (sep < 0) throw new Error(`command entry '${text}' has no restore command: write '||| dumpcmd ||| restorecmd ### comment'`);
  const dump = body.slice(0, sep).trim();
  const rest = body.slice(sep + COMMAND_PREFIX.length);
  const hash = rest.indexOf('###');
  const restore = (hash < 0 ? rest : rest.slice(0, hash)).trim();
  const comment = hash < 0 ? '' : rest.slice(hash + 3).trim();
  if (!dump || !restore) throw new Error(`command entry '${text}' needs both a dump and a restore command`);
  splitCommand(dump);
  splitCommand(restore);
  return { dump, restore, comment };
}

export function formatCommandSpec(spec: CommandSpec): string {
  return `||| ${spec.dump} ||| ${spec.restore}` + (spec.comment ? ` ### ${spec.comment}` : '');
}
