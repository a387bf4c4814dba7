// How an entry's content is encoded. The caller decides per entry (afbackup's DoNotProcess
// patterns map to { kind: 'none' }); the archive header records it, so a reader needs no
// configuration to undo it.

export type CodecSpec =
  | { kind: 'zstd'; level: number }
  | { kind: 'none' }
  | { kind: 'filter'; command: string; restoreCommand: string };

export const MIN_ZSTD_LEVEL = -7;
export const MAX_ZSTD_LEVEL = 22;

/**
 * Splits a command line into argv without a shell: blanks separate words, double quotes group
 * (a `\"` or `\\` inside quotes is a literal quote or backslash). No variables, no globbing.
 */
export function splitCommand(command: string): string[] {
  const argv: string[] = [];
  let word = '';
  let inWord = false;
  let quoted = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quoted) {
      if (c === '"') quoted = false;
      else if (c === '\\' && (command[i + 1] === '"' || command[i + 1] === '\\')) word += command[++i];
      else word += c;
    } else if (c === '"') {
      quoted = true;
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quoted) throw new Error(`unbalanced double quote in command: ${command}`);
  if (inWord) argv.push(word);
  if (argv.length === 0) throw new Error('empty filter command: set CompressCmd/UncompressCmd to a program');
  return argv;
}

/** Throws a clear error for a spec the writer cannot use. */
export function checkCodec(spec: CodecSpec): void {
  switch (spec.kind) {
    case 'none':
      return;
    case 'zstd':
      if (!Number.isInteger(spec.level) || spec.level < MIN_ZSTD_LEVEL || spec.level > MAX_ZSTD_LEVEL)
        throw new RangeError(`zstd level ${spec.level} is out of range ${MIN_ZSTD_LEVEL}..${MAX_ZSTD_LEVEL}`);
      return;
    case 'filter':
      splitCommand(spec.command);
      splitCommand(spec.restoreCommand);
      return;
  }
}
