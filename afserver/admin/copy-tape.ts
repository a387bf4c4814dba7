#!/usr/bin/env node
// copy_tape: duplicates a cartridge of this server onto another of its cartridges, or onto a
// cartridge of another afbackup server; the copy then carries the original's number as its
// secondary label and stands in for it on restore. See man/copy_tape.8.
import os from 'node:os';
import { connectToServer } from '../../afclient/remote/connection.js';
import { parseBytes } from '../../protocol/config/config.js';
import { DEFAULT_PORT, type ProtocolClient } from '../../protocol/wire/index.js';
import type { ServerConfig } from '../config/index.js';
import type { ServerState } from './server-state.js';
import { adminArgs, cartridgeNumber, EXIT_OK, runAdmin, UsageError, wholeNumber, withServerState } from './cli.js';
import { withDrive } from './drive-access.js';
import { fromAfbackupForm } from './copy-args.js';
import type { OperatorWait } from './copy-load.js';
import { copyToServer } from './copy-remote.js';
import { copyCartridge } from './copy-run.js';

const PROGRAM = 'copy_tape';
/** Without a changer, how long the operator has to swap the cartridges. */
const OPERATOR_WAIT_MS = 60 * 60_000;

const USAGE = `$0 --from N --to M [--tape-file F] [-T TMPDIR] [--staging-max BYTES] [-v] [-c server.conf]
$0 --from N --to M --to-host HOST [--to-port PORT] --key KEYFILE [-W ID] [--tape-file F] [-v] [-c server.conf]
$0 -C N [-F F] -D -C M [-h HOST -P PORT -k KEYFILE] [-T TMPDIR] [--staging-max BYTES] [-v] [-c server.conf]

Copy cartridge N onto cartridge M of this server or of the server on HOST; M is then accepted in
place of N on restore.`;

function bytesOption(text: string, what: string): number {
  try {
    return parseBytes(text);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const a = adminArgs(PROGRAM, fromAfbackupForm(argv), USAGE)
    .option('from', { type: 'string', requiresArg: true, describe: 'the cartridge to copy (afbackup: -C N before -D)' })
    .option('to', { type: 'string', requiresArg: true, describe: 'the cartridge that becomes the copy (afbackup: -D -C M)' })
    .option('tape-file', { type: 'string', requiresArg: true, describe: 'copy from this tape file on (afbackup: -F); default 1' })
    .option('T', { alias: 'tmpdir', type: 'string', requiresArg: true, describe: 'folder for the staging files (default the system temp folder)' })
    .option('staging-max', { type: 'string', requiresArg: true, describe: 'stage at most this much at a time (e.g. 20G); at least one tape file is staged' })
    .option('v', { alias: 'verbose', type: 'boolean', describe: 'report each tape file staged (or sent), written and verified' })
    .option('to-host', { type: 'string', requiresArg: true, describe: 'the server that holds cartridge M, if not this one (afbackup: -h after -D)' })
    .option('to-port', { type: 'string', requiresArg: true, describe: `its port (afbackup: -P after -D); default ${DEFAULT_PORT}` })
    .option('key', { type: 'string', requiresArg: true, describe: 'the key file this copy client shares with that server (afbackup: -k after -D)' })
    .option('W', { alias: 'client-id', type: 'string', requiresArg: true, describe: 'the client identifier to present to that server (default: this host name)' })
    .option('tls', { type: 'boolean', describe: 'connect to that server with TLS (implied by --tls-ca and --tls-cert)' })
    .option('tls-ca', { type: 'string', requiresArg: true, describe: "CA certificate (PEM) that server's certificate must chain to" })
    .option('tls-cert', { type: 'string', requiresArg: true, describe: 'client certificate (PEM) for a server that requires one; with --tls-key' })
    .option('tls-key', { type: 'string', requiresArg: true, describe: 'key of the client certificate (PEM)' })
    .parseSync();
  if (a.help) return EXIT_OK;
  if (a._.length > 0) throw new UsageError(`unexpected argument '${String(a._[0])}'`);
  if (a.from === undefined || a.to === undefined) throw new UsageError('name the cartridge to copy and the one to copy it to: --from N --to M');
  const from = cartridgeNumber(a.from, '--from');
  const to = cartridgeNumber(a.to, '--to');
  if (from === to) {
    throw new UsageError(
      a['to-host'] === undefined
        ? `--from and --to are both ${from}: a cartridge cannot be copied onto itself`
        : `--from and --to are both ${from}: on the other server the copy keeps number ${from} for the original, so it needs a number of its own there`,
    );
  }
  const firstTapeFile = a['tape-file'] === undefined ? 1 : wholeNumber(a['tape-file'], '--tape-file', 1);
  const verbose = a.v ?? false;
  const wait: OperatorWait = {
    operator: { tell: async (subject, text) => void process.stderr.write(`${PROGRAM}: ${subject}: ${text}\n`) },
    probeMs: 5000,
    waitMs: OPERATOR_WAIT_MS,
  };
  const progress = (line: string): void => {
    if (verbose) process.stderr.write(`${PROGRAM}: ${line}\n`);
  };
  if (a['to-host'] !== undefined) {
    if (a.T !== undefined || a['staging-max'] !== undefined) throw new UsageError('-T and --staging-max are for copies within this server; a copy to another server is not staged');
    if (a.key === undefined) throw new UsageError("a copy to another server needs the key file shared with it: --key KEYFILE (afbackup: -k after -D)");
    const port = a['to-port'] === undefined ? DEFAULT_PORT : wholeNumber(a['to-port'], '--to-port', 1);
    if (port > 65535) throw new UsageError(`--to-port ${port} is not a port number (1 to 65535)`);
    const target: TargetServer = {
      host: a['to-host'],
      port,
      keyFile: a.key,
      ...(a.W === undefined ? {} : { clientId: a.W }),
      tls: { enabled: a.tls ?? false, ...(a['tls-ca'] ? { caFile: a['tls-ca'] } : {}), ...(a['tls-cert'] ? { certFile: a['tls-cert'] } : {}), ...(a['tls-key'] ? { keyFile: a['tls-key'] } : {}) },
    };
    return withServerState(a.c, (config, state) => copyToOtherServer(config, state, target, { from, to, firstTapeFile, progress, wait }));
  }
  if (a.key !== undefined || a['to-port'] !== undefined || a.W !== undefined) throw new UsageError('--key, --to-port and -W go with --to-host (a copy to another server)');
  const stagingLimit = a['staging-max'] === undefined ? undefined : bytesOption(a['staging-max'], '--staging-max');
  return withServerState(a.c, async (config, { catalog }) => {
    const r = await withDrive(PROGRAM, config, catalog, ({ media }) =>
      copyCartridge(catalog, media, {
        from,
        to,
        firstTapeFile,
        stagingParent: a.T ?? os.tmpdir(),
        ...(stagingLimit === undefined ? {} : { stagingLimit }),
        progress,
        wait,
      }),
    );
    const standsFor = r.label.secondary ? `it is accepted in place of cartridge ${r.label.secondary}` : `it carries the data of cartridge ${to} again`;
    process.stdout.write(
      `cartridge ${from} copied to cartridge ${to}${r.label.barcode ? ` (barcode ${r.label.barcode})` : ''}: ${r.tapeFiles} tape file(s), ${r.bytes} bytes, verified; ` +
        `${standsFor}, and it is marked read-only (release it with cart_ctl -a ${to}:!r)\n`,
    );
    return EXIT_OK;
  });
}

interface TargetServer {
  host: string;
  port: number;
  keyFile: string;
  clientId?: string;
  tls: { enabled: boolean; caFile?: string; certFile?: string; keyFile?: string };
}

/** Connects first, so that a wrong key or an unreachable server fails before a cartridge moves. */
async function copyToOtherServer(
  config: ServerConfig,
  { catalog }: ServerState,
  t: TargetServer,
  c: { from: number; to: number; firstTapeFile: number; progress: (line: string) => void; wait: OperatorWait },
): Promise<number> {
  const { client } = await connectToServer({ hosts: [t.host], ports: [t.port], keyFile: t.keyFile, ...(t.clientId ? { clientId: t.clientId } : {}), cartridgeSet: 0, tls: t.tls });
  const where = `${t.host}:${t.port}`;
  let ok = false;
  try {
    const r = await withDrive(PROGRAM, config, catalog, ({ media }) =>
      copyToServer(catalog, media, client, { ...c, sourceServer: config.serverIdentifier, target: where }),
    );
    ok = true;
    process.stdout.write(
      `cartridge ${c.from} copied to cartridge ${c.to} of ${where}${r.barcode ? ` (barcode ${r.barcode})` : ''}: ${r.tapeFiles} tape file(s), ${r.bytes} bytes, read back and verified there; ` +
        `it is accepted there in place of cartridge ${r.original}, and it is marked read-only there (release it with cart_ctl -a ${c.to}:!r on that server)\n`,
    );
    return EXIT_OK;
  } finally {
    await leave(client, ok);
  }
}

/** Ends the session; after a failure the server may have closed it already. */
async function leave(client: ProtocolClient, polite: boolean): Promise<void> {
  if (polite) await client.goodbye().catch(() => client.close());
  else client.close();
}

runAdmin(PROGRAM, main);
