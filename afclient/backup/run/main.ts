// What full_backup, incr_backup (and update_indexes) share: the command line, the configuration, the log,
// SIGINT/SIGTERM (the run stops and ends as failed; the filelist keeps exactly what reached
// the tape) and the exit status: 0 done, 1 done with problems (entries not saved, a program
// or server message failed), 2 failed (nothing of this run counts; usage or configuration
// errors too), 3 InitProgram refused the run. With -d the program checks its command line and
// configuration, starts itself again in the background and exits 0; the background run's
// messages and exit status go to the log.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../../protocol/config/config.js';
import { loadClientConfig, type ClientConfig } from '../client-config.js';
import { parseCommandLine, UsageError, type ParsedCommandLine, type Program } from './cli-options.js';
import { EXIT, runBackup } from './run-backup.js';
import { tracePhase } from './phase-trace.js';
import { updateIndexes } from './update-indexes.js';

/** Set in the environment of a run started by -d: the log its messages, output and errors go to. */
const DETACHED_LOG = 'AFBACKUP_DETACHED_LOG';

/**
 * Appends to LoggingFile; with `alsoStderr` the line goes to standard error too (not in a run
 * started by -d: its standard error is the log file already).
 */
function logWriter(program: string, config: ClientConfig | undefined, alsoStderr = true): (line: string) => void {
  const file = config?.loggingFile;
  const detached = process.env[DETACHED_LOG] !== undefined;
  return (line) => {
    if ((alsoStderr && !detached) || file === '-') process.stderr.write(`${program}: ${line}\n`);
    if (!file || file === '-') return;
    try {
      fs.appendFileSync(file, `${new Date().toISOString()} ${program}[${process.pid}]: ${line}\n`);
    } catch {
      // the message is on standard error already; a log that cannot be written must not stop a backup
    }
  };
}

/** Parses the command line and the configuration, runs `body`, turns errors into messages. */
async function programMain(program: Program, argv: string[], body: (cl: ParsedCommandLine, config: ClientConfig, say: (line: string) => void) => Promise<number>): Promise<number> {
  let config: ClientConfig | undefined;
  try {
    const cl = parseCommandLine(program, argv);
    if (argv.includes('--help')) return EXIT.ok;
    config = cl.apply(await loadClientConfig(cl.configFile));
    const detachedLog = process.env[DETACHED_LOG];
    if (detachedLog) config = { ...config, loggingFile: detachedLog };
    return await body(cl, config, logWriter(program, config));
  } catch (e) {
    const say = logWriter(program, config);
    if (e instanceof UsageError) say(`${e.message} (see '${program} --help' or man ${program})`);
    else if (e instanceof ConfigError) say(e.message);
    else say(`failed: ${(e as Error).message}`);
    return EXIT.failed;
  }
}

/**
 * -d: starts this program again, detached, with the same command line; its standard output and
 * error are appended to LoggingFile (VarDirectory/PROGRAM.log when that is unset or '-').
 */
async function detach(program: string, argv: string[], config: ClientConfig): Promise<number> {
  const log = config.loggingFile && config.loggingFile !== '-' ? config.loggingFile : path.join(config.varDirectory, `${program}.log`);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const fd = fs.openSync(log, 'a', 0o600);
  try {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], {
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, [DETACHED_LOG]: log },
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    child.unref();
    process.stderr.write(`${program}: running in the background as process ${child.pid}; its messages go to ${log}\n`);
    return EXIT.ok;
  } finally {
    fs.closeSync(fd);
  }
}

export function backupMain(program: 'full_backup' | 'incr_backup', argv: string[]): Promise<number> {
  tracePhase('modules loaded');
  return programMain(program, argv, async (cl, config, say) => {
    tracePhase('command line and configuration');
    if (cl.detach && process.env[DETACHED_LOG] === undefined) return detach(program, argv, config);
    if (!config.writeChecksums) say('-x (WriteChecksums: no): checksums are part of the archive format and always written (each chunk and each file); -x changes nothing');
    const controller = new AbortController();
    const log = logWriter(program, config, false);
    const stop = (signal: string): void => {
      say(`${signal} received: stopping; what is not confirmed on tape yet is not saved, the next run saves it`);
      controller.abort();
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    log(`starting (client ${config.clientIdentifier})`);
    try {
      const status = await runBackup(config, {
        program,
        // Names on the command line leave the counters and references alone, as in afbackup.
        backup: program === 'full_backup' ? { kind: 'full', parts: config.parts.length } : { kind: 'incr', level: cl.level, differential: cl.differential || cl.entries !== undefined },
        dropLower: cl.dropLower,
        append: cl.append || (program === 'full_backup' && cl.entries !== undefined),
        ...(cl.entries ? { entries: cl.entries } : {}),
        newCartridge: cl.newCartridge,
        verbose: cl.verbose,
        say,
        out: (text) => process.stdout.write(text),
        signal: controller.signal,
      });
      log(`finished with exit status ${status}`);
      return status;
    } finally {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    }
  });
}

/**
 * full_backup's and incr_backup's entry: the run's status becomes the exit status, and an error
 * nothing caught ends the program as failed (2), never with node's own 1, which would read as
 * "done with problems" (and keep the code cache of a run that did not do its work).
 */
export function startBackupProgram(program: 'full_backup' | 'incr_backup'): void {
  backupMain(program, process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (e: unknown) => {
      process.stderr.write(`${program} failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}

/** update_indexes: 0 nothing to complain about, 1 some server or cartridge could not be checked. */
export function updateIndexesMain(argv: string[]): Promise<number> {
  return programMain('update_indexes', argv, async (cl, config, say) => {
    const r = await updateIndexes(config);
    for (const line of r.dropped) say(line);
    for (const line of r.problems) say(line);
    if (cl.verbose && r.dropped.length === 0) process.stdout.write('no cartridge of this client was reused; the filelist is unchanged\n');
    return r.problems.length > 0 ? EXIT.warnings : EXIT.ok;
  });
}
