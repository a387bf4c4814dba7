// Commands in configuration files (CompressCmd, Mail-Program, Tape-Full-Command, ...) run
// without a shell, so a value can never smuggle shell syntax into what the programs execute.

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
  if (argv.length === 0) throw new Error('empty command: the configuration names no program to run');
  return argv;
}
