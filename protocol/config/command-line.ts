// Every program's command line: afbackup's option letters through yargs, parsed strictly and
// without yargs exiting the process, so that a wrong command line becomes one UsageError line
// from the program (exit status 2), never a stack trace or a half-parsed run.
import yargs, { type Argv } from 'yargs';

/** A command line the program cannot act on (exit status 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function programArgs(program: string, argv: readonly string[], usage: string): Argv {
  return yargs([...argv])
    .scriptName(program)
    .usage(usage)
    .strictOptions()
    .help('help')
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError(msg || err?.message || 'invalid command line');
    });
}
