// The programs a run calls: InitProgram before anything (a non-zero exit aborts the run),
// StartupInfoProgram with the minimum restore information on its standard input, ExitProgram
// at the end with %l (filelist export), %r (statistics report), %e (exit status) and %i (the
// minimum restore information). Commands run without a shell (splitCommand): a placeholder's
// value is always one argument, never shell syntax.
import { spawn } from 'node:child_process';
import { splitCommand } from '../../../protocol/config/command.js';

export type Placeholders = Record<string, string>;

/** Splits the command, then replaces %X in each word (%% is a percent sign). */
export function expandCommand(command: string, values: Placeholders): string[] {
  return splitCommand(command).map((word) =>
    word.replace(/%(.)/g, (all, key: string) => {
      if (key === '%') return '%';
      const v = values[key];
      return v === undefined ? all : v;
    }),
  );
}

export interface ProgramResult {
  code: number;
  /** What it wrote to standard error (its last 4 KiB), for the message when it failed. */
  stderr: string;
}

/** Runs a configured program, feeding `input` to its standard input; its output goes to ours. */
export function runProgram(what: string, command: string, values: Placeholders, input = ''): Promise<ProgramResult> {
  let argv: string[];
  try {
    argv = expandCommand(command, values);
  } catch (e) {
    return Promise.reject(new Error(`${what} '${command}': ${(e as Error).message}`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      process.stderr.write(d);
      stderr = (stderr + d.toString()).slice(-4096);
    });
    child.stdin.on('error', () => undefined); // a program that does not read its input is fine
    child.stdin.end(input);
    child.on('error', (e) => reject(new Error(`${what} '${command}' cannot be started: ${e.message}; check the program name and PATH`)));
    child.on('close', (code, signal) => resolve({ code: code ?? 128 + (signal ? 15 : 0), stderr }));
  });
}
