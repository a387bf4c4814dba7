// The opening exchange of every connection (PROTOCOL.md, "Handshake"):
//   server: Hello, AuthChallenge          client: Hello, AuthResponse
//   server: AuthResult (with its own MAC) or Fatal
// Both sides check the protocol major before anything else, then the client proves it has the
// key of the client id it claims and the server proves it has the same key.

import { afwire } from './generated/wire.js';
import type { Connection } from './connection.js';
import { ProtocolError, statusName } from './protocol-error.js';
import { AuthFailureDelay, NONCE_BYTES, ServerKeys, checkClientId, clientMac, macEquals, newNonce, serverMac } from './auth.js';
import { PROTOCOL_MAJOR, PROTOCOL_MINOR } from './version.js';
import type { WireLogger } from './logger.js';
import type { DecodedEnvelope } from './codec.js';

export interface PeerHello {
  protocolMajor: number;
  protocolMinor: number;
  program: string;
  programVersion: string;
  serverIdentifier: string;
}

export interface HandshakeResult {
  peer: PeerHello;
  /** The protocol minor both sides understand. */
  protocolMinor: number;
  clientId: string;
}

const AUTH_FAILED_TEXT = 'authentication failed';

function ownHello(program: string, programVersion: string, serverIdentifier = ''): afwire.IEnvelope {
  return { hello: { protocolMajor: PROTOCOL_MAJOR, protocolMinor: PROTOCOL_MINOR, program, programVersion, serverIdentifier } };
}

function describe(h: PeerHello): string {
  return `${h.program || 'unknown program'} ${h.programVersion || '?'} (protocol ${h.protocolMajor}.${h.protocolMinor})`;
}

/** Throws when a Fatal arrives or the message is not the expected kind. */
async function expect<K extends 'hello' | 'authChallenge' | 'authResponse' | 'authResult'>(
  conn: Connection,
  kind: K,
): Promise<NonNullable<DecodedEnvelope[K]>> {
  const item = await conn.read();
  if (item.kind === 'control') {
    const env = item.envelope;
    if (env.fatal) {
      const status = env.fatal.status;
      const code = status === afwire.Status.VERSION_MISMATCH ? 'VERSION_MISMATCH' : status === afwire.Status.AUTH_FAILED ? 'AUTH_FAILED' : 'CONNECTION_CLOSED';
      throw new ProtocolError(code, `${conn.peer} refused the connection: ${env.fatal.message || statusName(status)}`, status);
    }
    const body = env[kind];
    if (body) return body;
  }
  throw new ProtocolError('MALFORMED_FRAME', `handshake: expected ${kind}, got ${item.kind === 'control' ? item.envelope.kind : item.kind}`);
}

function toPeer(h: afwire.Hello): PeerHello {
  return { protocolMajor: h.protocolMajor, protocolMinor: h.protocolMinor, program: h.program, programVersion: h.programVersion, serverIdentifier: h.serverIdentifier };
}

export interface ServerHandshakeOptions {
  keys: ServerKeys;
  delay: AuthFailureDelay;
  program: string;
  programVersion: string;
  serverIdentifier: string;
  logger: WireLogger;
}

/** Server side; on failure the connection has been answered and closed, and the error is thrown. */
export async function serverHandshake(conn: Connection, o: ServerHandshakeOptions): Promise<HandshakeResult> {
  const serverNonce = newNonce();
  await conn.sendControl(ownHello(o.program, o.programVersion, o.serverIdentifier));
  await conn.sendControl({ authChallenge: { serverNonce } });
  const peer = toPeer(await expect(conn, 'hello'));
  if (peer.protocolMajor !== PROTOCOL_MAJOR) {
    const message = `${o.program} ${o.programVersion} speaks protocol ${PROTOCOL_MAJOR}.${PROTOCOL_MINOR}, the client ${describe(peer)} does not: install matching major versions`;
    o.logger.warn({ peer: conn.peer }, `refused: ${message}`);
    await conn.closeWithFatal(afwire.Status.VERSION_MISMATCH, message);
    throw new ProtocolError('VERSION_MISMATCH', message, afwire.Status.VERSION_MISMATCH);
  }
  const resp = await expect(conn, 'authResponse');
  let validId = true;
  try {
    checkClientId(resp.clientId);
  } catch {
    validId = false;
  }
  const key = validId && resp.clientNonce.length === NONCE_BYTES ? o.keys.verify(serverNonce, resp) : undefined;
  if (!key) {
    const delayMs = o.delay.fail(conn.peerAddress);
    o.logger.warn({ peer: conn.peer, clientId: resp.clientId.slice(0, 200), delayMs }, 'authentication failed');
    await new Promise((r) => setTimeout(r, delayMs));
    if (!conn.closed) {
      await conn.sendControl({ authResult: { status: afwire.Status.AUTH_FAILED, message: AUTH_FAILED_TEXT } }).catch(() => undefined);
      await conn.close();
    }
    throw new ProtocolError('AUTH_FAILED', `${conn.peer}: ${AUTH_FAILED_TEXT} for client id ${JSON.stringify(resp.clientId)}`, afwire.Status.AUTH_FAILED);
  }
  o.delay.succeed(conn.peerAddress);
  await conn.sendControl({ authResult: { status: afwire.Status.OK, serverMac: serverMac(key, serverNonce, resp.clientNonce, resp.clientId) } });
  return { peer, protocolMinor: Math.min(PROTOCOL_MINOR, peer.protocolMinor), clientId: resp.clientId };
}

export interface ClientHandshakeOptions {
  key: Buffer;
  clientId: string;
  program: string;
  programVersion: string;
}

/** Client side; on failure the connection is closed and the error thrown. */
export async function clientHandshake(conn: Connection, o: ClientHandshakeOptions): Promise<HandshakeResult> {
  try {
    const peer = toPeer(await expect(conn, 'hello'));
    if (peer.protocolMajor !== PROTOCOL_MAJOR) {
      const message = `server ${conn.peer} runs ${describe(peer)}; this ${o.program} ${o.programVersion} speaks protocol ${PROTOCOL_MAJOR}.${PROTOCOL_MINOR}: install matching major versions`;
      await conn.closeWithFatal(afwire.Status.VERSION_MISMATCH, message);
      throw new ProtocolError('VERSION_MISMATCH', message, afwire.Status.VERSION_MISMATCH);
    }
    const { serverNonce } = await expect(conn, 'authChallenge');
    if (serverNonce.length !== NONCE_BYTES) throw new ProtocolError('MALFORMED_FRAME', `server nonce has ${serverNonce.length} bytes, not ${NONCE_BYTES}`);
    const clientNonce = newNonce();
    await conn.sendControl(ownHello(o.program, o.programVersion));
    await conn.sendControl({ authResponse: { clientId: o.clientId, clientNonce, clientMac: clientMac(o.key, serverNonce, clientNonce, o.clientId) } });
    const result = await expect(conn, 'authResult');
    if (result.status !== afwire.Status.OK) {
      throw new ProtocolError('AUTH_FAILED', `${AUTH_FAILED_TEXT} at server ${conn.peer}: check that the key file matches the server's key for client id ${JSON.stringify(o.clientId)}`, afwire.Status.AUTH_FAILED);
    }
    if (!macEquals(serverMac(o.key, serverNonce, clientNonce, o.clientId), result.serverMac)) {
      const message = `server ${conn.peer} could not prove that it knows the key: it may be a fake server; connection refused`;
      await conn.closeWithFatal(afwire.Status.AUTH_FAILED, AUTH_FAILED_TEXT);
      throw new ProtocolError('AUTH_FAILED', message, afwire.Status.AUTH_FAILED);
    }
    return { peer, protocolMinor: Math.min(PROTOCOL_MINOR, peer.protocolMinor), clientId: o.clientId };
  } catch (e) {
    conn.destroy();
    throw e;
  }
}
