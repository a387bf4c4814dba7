// Client end of a connection: connect (TCP or TLS), handshake and authenticate, then requests.
// request() may be called again before earlier requests are answered (pipelining): each
// request carries an id and responses are matched by it, in whatever order they arrive.

import net from 'node:net';
import os from 'node:os';
import { Readable } from 'node:stream';
import { afwire } from './generated/wire.js';
import { Connection } from './connection.js';
import { DataSource, InboundData, sendDataStream } from './data-stream.js';
import { clientHandshake, HandshakeResult, PeerHello } from './handshake.js';
import { checkClientId, loadKeyFile } from './auth.js';
import { ProtocolError, isProtocolError, statusName } from './protocol-error.js';
import { defaultWireLogger, WireLogger } from './logger.js';
import { programVersion } from './version.js';
import type { FrameLimits } from './frame.js';

export const DEFAULT_PORT = 2988;

/** A request without its id: exactly one operation field set, e.g. `{ queryPosition: {} }`. */
export type RequestOp = Omit<afwire.IRequest, 'id' | 'dataFollows'>;

export interface ClientTlsOptions {
  /** CA certificate(s) the server's certificate must chain to (PEM). Without it, the system CAs. */
  ca?: string | Buffer;
  /** Client certificate and key (PEM), for servers that require one. */
  cert?: string | Buffer;
  key?: string | Buffer;
  /** Name to check the server certificate against, when it differs from `host`. */
  servername?: string;
}

export interface ClientOptions {
  host: string;
  port?: number;
  /** ClientIdentifier; default the host name. */
  clientId?: string;
  /** The shared key, or the file holding it (checked like EncryptionKeyFile); one is required. */
  key?: Buffer;
  keyFile?: string;
  tls?: ClientTlsOptions;
  program?: string;
  programVersion?: string;
  logger?: WireLogger;
  /** How long to wait for the connection and the handshake (default 90 s, as afbackup waits for the greeting). */
  timeoutMs?: number;
  limits?: FrameLimits;
}

export interface DataResponse {
  response: afwire.Response;
  /** The data that follows the response (empty when none follows); must be consumed or destroyed. */
  data: Readable;
}

type Pending = { resolve: (r: DataResponse) => void; reject: (e: Error) => void };

export class ProtocolClient {
  readonly connection: Connection;
  readonly clientId: string;
  readonly server: PeerHello;
  readonly protocolMinor: number;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | undefined;

  private constructor(conn: Connection, hs: HandshakeResult) {
    this.connection = conn;
    this.clientId = hs.clientId;
    this.server = hs.peer;
    this.protocolMinor = hs.protocolMinor;
    void this.dispatch();
  }

  static async connect(o: ClientOptions): Promise<ProtocolClient> {
    const clientId = checkClientId(o.clientId ?? os.hostname());
    const key = o.key ?? (o.keyFile ? await loadKeyFile(o.keyFile) : undefined);
    if (!key) throw new ProtocolError('KEY_FILE', 'no key given: set EncryptionKeyFile (or pass a key)');
    const logger = o.logger ?? defaultWireLogger(o.program ?? 'afclient');
    const timeoutMs = o.timeoutMs ?? 90_000;
    const socket = await openSocket(o, timeoutMs);
    const conn = new Connection(socket, { logger, ...(o.limits ? { limits: o.limits } : {}) });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      conn.destroy();
    }, timeoutMs);
    try {
      const hs = await clientHandshake(conn, { key, clientId, program: o.program ?? 'afclient', programVersion: o.programVersion ?? programVersion() });
      return new ProtocolClient(conn, hs);
    } catch (e) {
      if (timedOut) {
        throw new ProtocolError(
          'TIMEOUT',
          `no handshake from ${o.host} port ${o.port ?? DEFAULT_PORT} within ${timeoutMs} ms: is it an afbackup server, and is TLS configured on both sides or on neither?`,
        );
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends a request and resolves with its OK response; a non-OK status rejects with REQUEST_FAILED carrying that status. */
  async request(op: RequestOp): Promise<afwire.Response> {
    const { response, data } = await this.exchange(op, async (env) => this.connection.sendControl(env));
    data.resume(); // a request that is not expected to return data has none to keep
    return response;
  }

  /**
   * A request followed by bulk data from `source` (WriteData); resolves with the response after
   * all data went out. If the source fails, the stream is aborted, the server's answer awaited
   * (so the session stays in step) and the source's error thrown.
   */
  async sendData(op: RequestOp, source: DataSource): Promise<afwire.Response> {
    let sourceError: { error: unknown } | undefined;
    const sent = this.exchange(op, (env) =>
      this.connection.exclusive(async () => {
        await this.connection.writeControl(env);
        try {
          await sendDataStream(this.connection, source);
        } catch (e) {
          if (isProtocolError(e, 'CONNECTION_CLOSED')) throw e;
          sourceError = { error: e };
        }
      }),
      true,
    );
    try {
      const { response } = await sent;
      if (sourceError) throw sourceError.error;
      return response;
    } catch (e) {
      throw sourceError ? sourceError.error : e;
    }
  }

  /** A request answered with bulk data (ReadData, RemoteStart). The stream errors if the server aborts it. */
  receiveData(op: RequestOp): Promise<DataResponse> {
    return this.exchange(op, async (env) => this.connection.sendControl(env));
  }

  /** Ends the session politely (Goodbye) and closes the connection. */
  async goodbye(): Promise<void> {
    try {
      await this.request({ goodbye: {} });
    } finally {
      await this.connection.close();
    }
  }

  /** Closes without Goodbye; unanswered requests reject. */
  close(): void {
    this.connection.destroy();
  }

  private exchange(op: RequestOp, send: (env: afwire.IEnvelope) => Promise<void>, withData = false): Promise<DataResponse> {
    if (this.failure) return Promise.reject(this.failure);
    if (Boolean(op.write || op.copyTapeFile) !== withData) {
      return Promise.reject(new ProtocolError('BAD_ARGUMENT', withData ? 'sendData() is for requests followed by data (write, copyTapeFile)' : 'a write or copyTapeFile request needs its data: use sendData()'));
    }
    const id = this.nextId;
    this.nextId = this.nextId >= 0xffffffff ? 1 : this.nextId + 1;
    const answered = new Promise<DataResponse>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    answered.catch(() => undefined); // observed below once sent; a failure before that must not count as unhandled
    const sent = send({ request: { ...op, id, dataFollows: withData } }).catch((e: unknown) => {
      this.pending.delete(id);
      throw e;
    });
    return sent.then(() => answered).then(({ response, data }) => {
      if (response.status === afwire.Status.OK) return { response, data };
      data.destroy();
      throw new ProtocolError('REQUEST_FAILED', response.message || `request failed: ${statusName(response.status)}`, response.status);
    });
  }

  private async dispatch(): Promise<void> {
    try {
      for (;;) {
        const item = await this.connection.read();
        if (item.kind !== 'control') throw new ProtocolError('MALFORMED_FRAME', `unexpected ${item.kind} frame outside a data stream`);
        const env = item.envelope;
        if (env.fatal) {
          throw new ProtocolError('CONNECTION_CLOSED', `server ${this.connection.peer} closed the session: ${env.fatal.message || statusName(env.fatal.status)}`, env.fatal.status);
        }
        const response = env.response;
        if (!response) throw new ProtocolError('MALFORMED_FRAME', `unexpected ${env.kind} message from the server`);
        const waiter = this.pending.get(response.id);
        if (!waiter) throw new ProtocolError('MALFORMED_FRAME', `response to unknown request id ${response.id}`);
        this.pending.delete(response.id);
        if (!response.dataFollows) {
          waiter.resolve({ response, data: Readable.from([]) });
          continue;
        }
        const data = new InboundData(this.connection);
        waiter.resolve({ response, data });
        await data.done.catch(() => undefined);
      }
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      this.failure = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      if (err instanceof ProtocolError && err.code === 'MALFORMED_FRAME') {
        this.connection.abort(err);
      } else {
        this.connection.destroy();
      }
    }
  }
}

async function openSocket(o: ClientOptions, timeoutMs: number): Promise<net.Socket> {
  const port = o.port ?? DEFAULT_PORT;
  // node:tls is loaded only for a TLS connection: loading it costs every program start ~5 ms.
  const tls = o.tls ? await import('node:tls') : undefined;
  return new Promise((resolve, reject) => {
    const socket =
      tls && o.tls
        ? tls.connect({ host: o.host, port, ca: o.tls.ca, cert: o.tls.cert, key: o.tls.key, servername: o.tls.servername })
        : net.connect({ host: o.host, port });
    // Without it, a small frame after data (the end of a stream, the next request) waits for
    // the peer's delayed ACK: 40 ms on Linux, several times per backup run.
    socket.setNoDelay(true);
    const ready = o.tls ? 'secureConnect' : 'connect';
    const timer = setTimeout(() => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
    socket.once(ready, () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(socket);
    });
    const onError = (e: Error): void => {
      clearTimeout(timer);
      reject(new ProtocolError('CONNECTION_CLOSED', `cannot connect to ${o.host} port ${port}: ${e.message}`));
    };
    socket.once('error', onError);
  });
}
