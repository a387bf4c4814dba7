// Assembles a running afserver from its configuration: catalog, media, drive lock, and the
// protocol server whose sessions the handler serves. Used by the afserver program and by tests.
import fs from 'node:fs/promises';
import type { Logger } from 'pino';
import { ProtocolServer } from '../protocol/wire/index.js';
import { programVersion } from '../protocol/wire/version.js';
import { openServerState } from './admin/server-state.js';
import type { ServerConfig } from './config/index.js';
import { DriveLock } from './drive-lock.js';
import { SessionHandler } from './handler/session-handler.js';
import type { ServerContext } from './handler/context.js';
import { openMedia } from './media/open-media.js';
import { Mounter } from './media/mounter.js';
import { operatorNotifier } from './media/operator.js';
import { CartridgeSource } from './stream/cartridge-source.js';

export interface RunningServer {
  readonly port: number;
  readonly address: string;
  readonly context: ServerContext;
  /** Stops accepting, lets running sessions finish (up to graceMs), then releases the drive. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(config: ServerConfig, log: Logger): Promise<RunningServer> {
  if (config.spoolDirectory) {
    await fs.mkdir(config.spoolDirectory, { recursive: true, mode: 0o700 }).catch((e: Error) => {
      throw new Error(`cannot create Spool-Directory ${config.spoolDirectory}: ${e.message}`);
    });
  }
  const { catalog } = openServerState(config);
  const abandoned = catalog.sessions.closeAbandoned();
  if (abandoned > 0) log.warn(`${abandoned} backup session(s) were still open when the server last stopped; they are marked incomplete`);
  const media = await openMedia(config).catch((e: Error) => {
    catalog.close();
    throw e;
  });
  const operator = operatorNotifier(log, config.mailProgram, config.userToInform);
  const mounter = new Mounter(media, catalog, operator, {
    rejectUnlabeledTapes: config.rejectUnlabeledTapes,
    blockSize: config.blockSize,
    programVersion: programVersion(),
  });
  const cartridges = new CartridgeSource(catalog, operator, log, config.tapeFullCommand ? { tapeFullCommand: config.tapeFullCommand } : {});
  const context: ServerContext = { config, catalog, mounter, cartridges, driveLock: new DriveLock(), log };
  let tls;
  if (config.tls) {
    tls = {
      cert: await fs.readFile(config.tls.certFile),
      key: await fs.readFile(config.tls.keyFile),
      ...(config.tls.caFile ? { ca: await fs.readFile(config.tls.caFile) } : {}),
      requireClientCert: config.tls.requireClientCert,
    };
  }
  let server: ProtocolServer;
  try {
    server = await ProtocolServer.start({
      listenAddress: config.listenAddress,
      port: config.port,
      keys: config.keys,
      ...(tls ? { tls } : {}),
      serverIdentifier: config.serverIdentifier,
      program: 'afserver',
      logger: log,
      maxConnections: config.maxClients,
      onSession: (session) => new SessionHandler(context, session).run(),
    });
  } catch (e) {
    await media.close();
    catalog.close();
    throw e;
  }
  const addr = server.address();
  return {
    port: addr.port,
    address: addr.address,
    context,
    async close(graceMs = 60_000) {
      await server.close({ graceMs });
      await media.close();
      catalog.close();
    },
  };
}
