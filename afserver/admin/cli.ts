// What every server administration program shares: the -c option, server.conf and the catalog,
// and one line on standard error for every failure, with the exit codes of the man pages:
// 0 done, 1 failed, 2 usage or configuration error.
import type { Argv } from 'yargs';
import { programArgs, UsageError } from '../../protocol/config/command-line.js';
import { ChangerError } from '../../drivers/changer/changer.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import { ConfigError } from '../../protocol/config/config.js';
import { loadServerConfig, type ServerConfig } from '../config/index.js';
import { openServerState, type ServerState } from './server-state.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const DEFAULT_SERVER_CONF = '/etc/afbackup/server.conf';

export { UsageError };

/** yargs set up the way all admin programs parse: strict, no exit, -c/--config. */
export function adminArgs(program: string, argv: string[], usage: string): Argv<{ c: string }> {
  return programArgs(program, argv, usage)
    .option('c', { alias: 'config', type: 'string', default: DEFAULT_SERVER_CONF, requiresArg: true, describe: 'server configuration file' })
    .parserConfiguration({ 'duplicate-arguments-array': false, 'parse-positional-numbers': false });
}

/** Reads server.conf and opens the catalog, runs `fn`, closes the catalog whatever happens. */
export async function withServerState<T>(configFile: string, fn: (config: ServerConfig, state: ServerState) => Promise<T>): Promise<T> {
  const config = await loadServerConfig(configFile);
  const state = openServerState(config);
  try {
    return await fn(config, state);
  } finally {
    state.catalog.close();
  }
}

/** A cartridge number from the command line: 1 .. 16 777 215, as afbackup numbers them. */
export function cartridgeNumber(value: unknown, what: string): number {
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 16_777_215) {
    throw new UsageError(`${what} '${text}' is not a cartridge number (1 to 16777215)`);
  }
  return Number(text);
}

/** A whole number >= `min` from the command line. */
export function wholeNumber(value: unknown, what: string, min: number): number {
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) throw new UsageError(`${what} '${text}' is not a whole number of at least ${min}`);
  return Number(text);
}

export class DriveBusyError extends Error {
  constructor(readonly pid: number) {
    super('the drive is in use by another process');
  }
}

/**
 * The process holding the drive or its cartridge, when `err` says another process has it:
 * a number, null when the driver does not say which, undefined when it is another failure.
 */
export function busyHolder(err: unknown): number | null | undefined {
  const pid = (m: string): number | null => {
    const found = /in use by process (\d+)/.exec(m);
    return found ? Number(found[1]) : null;
  };
  if (err instanceof DriveBusyError) return err.pid;
  if (isTapeError(err, 'EBUSY')) return pid(err.message);
  if (err instanceof ChangerError && /in use by process \d+/.test(err.message)) return pid(err.message);
  return undefined;
}

export function driveInUse(holder: number | null): string {
  return holder === null ? 'the drive is in use by another program (a running afserver?)' : `the drive is in use by a running afserver (pid ${holder})`;
}

/** The one line a failure is reported with. */
export function failureLine(err: unknown): string {
  const holder = busyHolder(err);
  if (holder !== undefined) return `${driveInUse(holder)}; stop it or try later`;
  if (err instanceof ConfigError) return err.problems.join('; ');
  const message = err instanceof Error ? err.message : String(err);
  return err instanceof UsageError ? `${message} (see '--help')` : message;
}

/** Runs a program's main function and turns its outcome into the exit status. */
export function runAdmin(program: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${program}: ${failureLine(err)}\n`);
      process.exitCode = err instanceof UsageError || err instanceof ConfigError ? EXIT_USAGE : EXIT_FAILURE;
    },
  );
}
