// An authenticated session on the server, handed to the program's session handler. The handler
// pulls requests with nextRequest() and answers each with reply(), ok() or replyWithData().
// Goodbye is answered here; nextRequest() then returns null, as it does when the client leaves.

import { afwire } from './generated/wire.js';
import type { Connection } from './connection.js';
import { DataSource, InboundData, sendDataStream } from './data-stream.js';
import type { PeerHello } from './handshake.js';
import { ProtocolError, isProtocolError } from './protocol-error.js';
import type { WireLogger } from './logger.js';

export type RequestOpName = NonNullable<afwire.Request['op']>;

export interface IncomingRequest {
  id: number;
  op: RequestOpName;
  request: afwire.Request;
  /**
   * For WriteData: the data the client sends with it. Read it to the end (or destroy it, and
   * the rest is dropped) before the next request can be read.
   */
  data?: InboundData;
}

/** Result part of a Response: one of position, writeResult, streamerState, headers, session, copy. */
export type ResponseResult = Pick<afwire.IResponse, 'position' | 'writeResult' | 'streamerState' | 'headers' | 'session' | 'copy'>;

/** The requests a client sends data with (Request.data_follows). */
export const DATA_OPS: ReadonlySet<RequestOpName> = new Set<RequestOpName>(['write', 'copyTapeFile']);

export class ServerSession {
  readonly connection: Connection;
  readonly clientId: string;
  readonly client: PeerHello;
  readonly protocolMinor: number;
  /** Aborted when the server begins to shut down: finish what is running, accept nothing new. */
  readonly signal: AbortSignal;
  private readonly logger: WireLogger;
  private openData: InboundData | undefined;
  private ended = false;

  constructor(conn: Connection, init: { clientId: string; client: PeerHello; protocolMinor: number; signal: AbortSignal; logger: WireLogger }) {
    this.connection = conn;
    this.clientId = init.clientId;
    this.client = init.client;
    this.protocolMinor = init.protocolMinor;
    this.signal = init.signal;
    this.logger = init.logger;
  }

  get peer(): string {
    return this.connection.peer;
  }

  /** The next request, or null when the session is over (Goodbye, client gone, protocol error). */
  async nextRequest(): Promise<IncomingRequest | null> {
    for (;;) {
      if (this.ended) return null;
      try {
        if (this.openData) {
          const data = this.openData;
          this.openData = undefined;
          if (!data.readableEnded) data.destroy();
          await data.done.catch(() => undefined);
        }
        const item = await this.connection.read();
        if (item.kind !== 'control') throw new ProtocolError('MALFORMED_FRAME', `unexpected ${item.kind} frame outside a data stream`);
        const env = item.envelope;
        if (env.fatal) {
          this.logger.info({ peer: this.peer, clientId: this.clientId }, `client closed the session: ${env.fatal.message}`);
          return this.end();
        }
        const request = env.request;
        if (!request) throw new ProtocolError('MALFORMED_FRAME', `expected a request, got ${env.kind}`);
        const op = request.op;
        // Data announced by the request is dropped at the next call unless handed out below.
        if (request.dataFollows) this.openData = new InboundData(this.connection);
        if (!op) {
          await this.reply(request.id, afwire.Status.UNSUPPORTED, 'this server does not know that request (the client is newer); upgrade the server');
          continue;
        }
        if (DATA_OPS.has(op) !== request.dataFollows) {
          await this.reply(request.id, afwire.Status.BAD_REQUEST, DATA_OPS.has(op) ? `a ${op} request must carry data` : `a ${op} request carries no data`);
          continue;
        }
        if (op === 'goodbye') {
          await this.ok(request.id);
          await this.connection.close();
          return this.end();
        }
        const incoming: IncomingRequest = { id: request.id, op, request };
        if (this.openData) incoming.data = this.openData;
        return incoming;
      } catch (e) {
        if (isProtocolError(e, 'MALFORMED_FRAME')) {
          this.connection.abort(e);
          await this.connection.whenClosed();
        } else if (!isProtocolError(e, 'CONNECTION_CLOSED')) {
          throw e;
        }
        return this.end();
      }
    }
  }

  /** Answers a request with any status; `message` should say what failed and what to do. */
  reply(id: number, status: afwire.Status, message = '', result: ResponseResult = {}): Promise<void> {
    return this.connection.sendControl({ response: { ...result, id, status, message } });
  }

  ok(id: number, result: ResponseResult = {}): Promise<void> {
    return this.reply(id, afwire.Status.OK, '', result);
  }

  /**
   * Answers OK and streams `source` as the request's data (ReadData, RemoteStart). `trailer`
   * fills the DATA_END, e.g. a remote program's exit status (a function: known only at the end).
   */
  replyWithData(id: number, source: DataSource, trailer?: () => Pick<afwire.IDataEnd, 'exitCode' | 'signal' | 'message'>): Promise<number> {
    return this.connection.exclusive(async () => {
      await this.connection.writeControl({ response: { id, status: afwire.Status.OK, dataFollows: true } });
      return sendDataStream(this.connection, source, trailer);
    });
  }

  /** Ends the session from the server side with a reason for the client. */
  async terminate(status: afwire.Status, message: string): Promise<void> {
    this.ended = true;
    await this.connection.closeWithFatal(status, message);
  }

  private end(): null {
    this.ended = true;
    return null;
  }
}
