// What full_backup, incr_backup (and update_indexes) share: the command line, the configuration, the log,
// SIGINT/SIGTERM (the run stops and ends as failed; the filelist keeps exactly what reached
// the tape) and the exit status: 0 done, 1 done with problems (entries not saved, a program
// or server message failed), 2 failed (nothing of this run counts; usage or configuration
// errors too), 3 InitProgram refused the run.
import fs from 'node:fs';
import { ConfigError } from '../../../protocol/config/config.js';
import { loadClientConfig, type ClientConfig } from '../client-config.js';
import { parseCommandLine, UsageError, type ParsedCommandLine, type Program } from './cli-options.js';
import { EXIT, runBackup } from './run-backup.js';
import { updateIndexes } from './update-indexes.js';

/** Appends to LoggingFile; with `alsoStderr` the line goes to standard error too. */
function logWriter(program: string, config: ClientConfig | undefined, alsoStderr = true): (line: string) => void {
  const file = config?.loggingFile;
  return (line) => {
    if (alsoStderr || file === '-') process.stderr.write(`${program}: ${line}\n`);
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
    return await body(cl, config, logWriter(program, config));
  } catch (e) {
    const say = logWriter(program, config);
    if (e instanceof UsageError) say(`${e.message} (see '${program} --help' or man ${program})`);
    else if (e instanceof ConfigError) say(e.message);
    else say(`failed: ${(e as Error).message}`);
    return EXIT.failed;
  }
}

export function backupMain(program: 'full_backup' | 'incr_backup', argv: string[]): Promise<number> {
  return programMain(program, argv, async (cl, config, say) => {
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
        backup: program === 'full_backup' ? { kind: 'full', parts: config.parts.length } : { kind: 'incr', level: cl.level, differential: cl.differential },
        dropLower: cl.dropLower,
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
