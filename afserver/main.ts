#!/usr/bin/env -S node --no-incremental-marking
// afserver: the backup server daemon (in the foreground; run it from systemd or an init script).
// See man/afserver.8 for options and exit codes.
//
// Why the flag: every read of a TLS socket gets a fresh 64 KiB buffer (plain TCP connections read
// into one lent buffer instead, protocol/wire/large-reads.ts), so over TLS the server allocates as
// many buffer bytes as it receives. V8 counts buffer memory allocated since its last full
// collection against the old generation's limit, and a heap as small as afserver's (about 10 MiB)
// leaves less room below it than the young buffers that pile up before a young collection frees
// them: with incremental marking, every 10 to 16 MiB received started a full mark-compact, 40 to
// 60 per GB, a third of the server's CPU. Without it, a full collection happens only when the heap
// really runs out of room. It must be given at start: V8 crashes when the flag is flipped at run
// time while a concurrent marking is under way (v8.setFlagsFromString did that, once in CI).
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ConfigError } from '../protocol/config/config.js';
import { loadServerConfig } from './config/index.js';
import { serverLogger } from './log.js';
import { startServer } from './server.js';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_CONFIG = 2;

async function main(): Promise<number> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('afserver')
    .usage('$0 -c server.conf\n\nServe backup clients, writing their streams to the configured tape drive or virtual library.')
    .option('config', { alias: 'c', type: 'string', default: '/etc/afbackup/server.conf', describe: 'server configuration file' })
    .option('check', { type: 'boolean', default: false, describe: 'check the configuration and exit' })
    .option('grace', { type: 'number', default: 60, describe: 'seconds running sessions get to finish on SIGTERM' })
    .strict()
    .version(false)
    .help()
    .fail((msg, err) => {
      throw err ?? new ConfigError([msg]);
    })
    .parse();
  const config = await loadServerConfig(argv.config);
  if (argv.check) {
    process.stdout.write(`${config.file}: configuration is valid (Backup-Device: ${config.device.kind}, ${config.numberOfCartridges} cartridges, port ${config.port})\n`);
    return EXIT_OK;
  }
  const log = serverLogger(config.loggingFile);
  const server = await startServer(config, log);
  log.info(`afserver ready on ${server.address}:${server.port} with ${config.device.kind} ${JSON.stringify(config.device)}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      log.info(`${signal}: finishing running sessions (up to ${argv.grace} s), then stopping`);
      server.close(argv.grace * 1000).then(resolve, (e: Error) => {
        log.error(`stopping failed: ${e.message}`);
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  log.info('afserver stopped');
  log.flush();
  return EXIT_OK;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const config = e instanceof ConfigError;
    process.stderr.write(`afserver: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(config ? EXIT_CONFIG : EXIT_FAILURE);
  },
);
