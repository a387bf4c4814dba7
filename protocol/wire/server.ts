// Server scaffolding: listen, accept, handshake and authenticate, then hand each session to the
// program's handler (afserver). Shutdown stops accepting at once and lets running sessions end
// on their own, up to a grace period; then the remaining ones are told why and closed.

import net from 'node:net';
import tls from 'node:tls';
import { afwire } from './generated/wire.js';
import { Connection } from './connection.js';
import { AuthDelayOptions, AuthFailureDelay, ServerKeyConfig, ServerKeys } from './auth.js';
import { serverHandshake } from './handshake.js';
import { ServerSession } from './session.js';
import { isProtocolError } from './protocol-error.js';
import { defaultWireLogger, WireLogger } from './logger.js';
import { programVersion } from './version.js';
import { DEFAULT_PORT } from './client.js';
import type { FrameLimits } from './frame.js';

export interface ServerTlsOptions {
  /** Server certificate and private key (PEM). */
  cert: string | Buffer;
  key: string | Buffer;
  /** CA certificate(s) client certificates must chain to (PEM). */
  ca?: string | Buffer;
  /** Refuse clients without a valid certificate signed by `ca`. */
  requireClientCert?: boolean;
}

export interface ServerOptions {
  /** Listen-Address; default 127.0.0.1. */
  listenAddress?: string;
  /** Port; default 2988, 0 = any free port (see address()). */
  port?: number;
  keys: ServerKeyConfig | ServerKeys;
  tls?: ServerTlsOptions;
  serverIdentifier?: string;
  program?: string;
  programVersion?: string;
  logger?: WireLogger;
  authDelay?: AuthDelayOptions;
  /** A client must finish the handshake within this time (default 30 s). */
  handshakeTimeoutMs?: number;
  /** Connections beyond this many are refused with TOO_MANY_CLIENTS (default 64). */
  maxConnections?: number;
  limits?: FrameLimits;
  /** Serves one authenticated session; the connection is closed when it returns. */
  onSession: (session: ServerSession) => Promise<void>;
}

export class ProtocolServer {
  private readonly server: net.Server;
  private readonly o: ServerOptions;
  private readonly keys: ServerKeys;
  private readonly delay: AuthFailureDelay;
  private readonly logger: WireLogger;
  private readonly connections = new Set<Connection>();
  private readonly running = new Set<Promise<void>>();
  private readonly sessions = new Set<ServerSession>();
  private readonly shutdown = new AbortController();

  private constructor(o: ServerOptions, keys: ServerKeys, logger: WireLogger) {
    this.o = o;
    this.keys = keys;
    this.logger = logger;
    this.delay = new AuthFailureDelay(o.authDelay);
    const onSocket = (socket: net.Socket): void => this.accept(socket);
    this.server = o.tls
      ? tls.createServer(
          {
            cert: o.tls.cert,
            key: o.tls.key,
            ca: o.tls.ca,
            requestCert: Boolean(o.tls.requireClientCert),
            rejectUnauthorized: Boolean(o.tls.requireClientCert),
            // A client speaking plain TCP never starts TLS: drop it as soon as the protocol's own
            // handshake would have timed out, instead of leaving both sides waiting.
            handshakeTimeout: o.handshakeTimeoutMs ?? 30_000,
          },
          onSocket,
        )
      : // paused until Connection.accept() has made it read in large reads
        net.createServer({ pauseOnConnect: true }, onSocket);
    this.server.on('tlsClientError', (e: Error, socket: tls.TLSSocket) => {
      this.logger.warn({ peer: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}` }, `TLS handshake failed: ${e.message}`);
    });
  }

  /** Reads the key files (failing on unsafe ones) and listens. */
  static async start(o: ServerOptions): Promise<ProtocolServer> {
    const keys = o.keys instanceof ServerKeys ? o.keys : await ServerKeys.load(o.keys);
    const srv = new ProtocolServer(o, keys, o.logger ?? defaultWireLogger(o.program ?? 'afserver'));
    await new Promise<void>((resolve, reject) => {
      srv.server.once('error', reject);
      srv.server.listen({ host: o.listenAddress ?? '127.0.0.1', port: o.port ?? DEFAULT_PORT }, () => {
        srv.server.off('error', reject);
        resolve();
      });
    });
    const a = srv.address();
    srv.logger.info({ address: a.address, port: a.port, tls: Boolean(o.tls) }, 'listening');
    return srv;
  }

  address(): net.AddressInfo {
    return this.server.address() as net.AddressInfo;
  }

  /**
   * Authenticated sessions now running, optionally only those of one client id: afserver
   * answers CLIENT_NOT_UNIQUE when a client id that must be unique is already in session.
   */
  activeSessions(clientId?: string): ServerSession[] {
    return [...this.sessions].filter((s) => clientId === undefined || s.clientId === clientId);
  }

  /** Connections open now (in handshake or in session). */
  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Stops accepting, aborts the sessions' signal, waits up to `graceMs` (default 60 s) for
   * the sessions to end, then closes the rest with SHUTTING_DOWN and waits for their handlers.
   */
  async close(options: { graceMs?: number } = {}): Promise<void> {
    this.shutdown.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.graceMs ?? 60_000)));
    await Promise.race([Promise.all(this.running), grace]);
    clearTimeout(timer);
    for (const conn of this.connections) void conn.closeWithFatal(afwire.Status.SHUTTING_DOWN, 'the server is shutting down; try again later');
    await Promise.all(this.running);
    await Promise.all([...this.connections].map((c) => c.whenClosed()));
    await closed;
  }

  private accept(socket: net.Socket): void {
    // A response after data must not wait for the client's delayed ACK (see openSocket).
    socket.setNoDelay(true);
    const options = { logger: this.logger, ...(this.o.limits ? { limits: this.o.limits } : {}) };
    const conn = this.o.tls ? new Connection(socket, options) : Connection.accept(socket, options);
    this.connections.add(conn);
    void conn.whenClosed().then(() => this.connections.delete(conn));
    if (this.shutdown.signal.aborted) {
      void conn.closeWithFatal(afwire.Status.SHUTTING_DOWN, 'the server is shutting down; try again later');
      return;
    }
    if (this.connections.size > (this.o.maxConnections ?? 64)) {
      this.logger.warn({ peer: conn.peer }, 'refused: too many connections');
      void conn.closeWithFatal(afwire.Status.TOO_MANY_CLIENTS, 'the server has too many clients; try again later');
      return;
    }
    const run = this.serve(conn);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private async serve(conn: Connection): Promise<void> {
    const timeoutMs = this.o.handshakeTimeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      this.logger.warn({ peer: conn.peer }, `closing connection: no handshake within ${timeoutMs} ms`);
      conn.destroy();
    }, timeoutMs);
    let session: ServerSession;
    try {
      const hs = await serverHandshake(conn, {
        keys: this.keys,
        delay: this.delay,
        program: this.o.program ?? 'afserver',
        programVersion: this.o.programVersion ?? programVersion(),
        serverIdentifier: this.o.serverIdentifier ?? '',
        logger: this.logger,
      });
      session = new ServerSession(conn, { clientId: hs.clientId, client: hs.peer, protocolMinor: hs.protocolMinor, signal: this.shutdown.signal, logger: this.logger });
    } catch (e) {
      if (isProtocolError(e, 'MALFORMED_FRAME')) conn.abort(e);
      else if (!isProtocolError(e)) this.logger.error({ peer: conn.peer, err: e }, 'handshake failed');
      if (!conn.closed) await conn.close();
      return;
    } finally {
      clearTimeout(timer);
    }
    this.logger.info({ peer: conn.peer, clientId: session.clientId, client: `${session.client.program} ${session.client.programVersion}` }, 'session started');
    this.sessions.add(session);
    try {
      await this.o.onSession(session);
      await conn.close();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.logger.error({ peer: conn.peer, clientId: session.clientId, err: e }, `session failed: ${message}`);
      await conn.closeWithFatal(afwire.Status.ERROR, `server error: ${message}`);
    } finally {
      this.sessions.delete(session);
    }
    this.logger.info({ peer: conn.peer, clientId: session.clientId }, 'session ended');
  }
}
