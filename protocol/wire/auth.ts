// Shared-key authentication (PROTOCOL.md, "Authentication"). Each client has a secret key file
// that the server also holds. Both directions prove knowledge of the key with HMAC-SHA256 over
// both nonces and the client id; the two directions use different context strings, so a MAC from
// one direction can never be replayed as the other.

import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { ProtocolError } from './protocol-error.js';
import { afwire } from './generated/wire.js';

export const NONCE_BYTES = 32;
/** afbackup accepted 5 characters; a key that short can be brute-forced offline from one exchange. */
export const MIN_KEY_BYTES = 16;
export const MAX_CLIENT_ID_BYTES = 128;

const CLIENT_CONTEXT = Buffer.from('afbackup-auth-v1 client\0');
const SERVER_CONTEXT = Buffer.from('afbackup-auth-v1 server\0');

/**
 * Reads a key file: a regular file, accessible by its owner only, holding at least
 * MIN_KEY_BYTES bytes (one trailing newline is not part of the key).
 */
export async function loadKeyFile(path: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new ProtocolError('KEY_FILE', `cannot open key file ${path} (${code}); create it with: head -c 32 /dev/urandom | base64 > ${path}; chmod 600 ${path}`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new ProtocolError('KEY_FILE', `key file ${path} is not a regular file`);
    if (st.mode & 0o044) throw new ProtocolError('KEY_FILE', `key file ${path} is readable by others; chmod 600 ${path}`);
    if (st.mode & 0o022) throw new ProtocolError('KEY_FILE', `key file ${path} is writable by others; chmod 600 ${path}`);
    let key = await handle.readFile();
    if (key.at(-1) === 0x0a) key = key.subarray(0, key.at(-2) === 0x0d ? -2 : -1);
    if (key.length < MIN_KEY_BYTES) {
      throw new ProtocolError('KEY_FILE', `key file ${path} holds ${key.length} bytes; at least ${MIN_KEY_BYTES} are needed (e.g. head -c 32 /dev/urandom | base64 > ${path})`);
    }
    return key;
  } finally {
    await handle.close();
  }
}

/** Checks a ClientIdentifier; returns it unchanged or throws BAD_ARGUMENT saying what is wrong. */
export function checkClientId(id: string): string {
  const bytes = Buffer.byteLength(id);
  if (bytes === 0 || bytes > MAX_CLIENT_ID_BYTES) {
    throw new ProtocolError('BAD_ARGUMENT', `client identifier must have 1 to ${MAX_CLIENT_ID_BYTES} bytes, not ${bytes}`);
  }
  if (/[\u0000-\u001f\u007f]/.test(id)) throw new ProtocolError('BAD_ARGUMENT', `client identifier ${JSON.stringify(id)} contains control characters`);
  return id;
}

export function newNonce(): Buffer {
  return crypto.randomBytes(NONCE_BYTES);
}

export function clientMac(key: Buffer, serverNonce: Uint8Array, clientNonce: Uint8Array, clientId: string): Buffer {
  return crypto.createHmac('sha256', key).update(CLIENT_CONTEXT).update(serverNonce).update(clientNonce).update(clientId, 'utf8').digest();
}

export function serverMac(key: Buffer, serverNonce: Uint8Array, clientNonce: Uint8Array, clientId: string): Buffer {
  return crypto.createHmac('sha256', key).update(SERVER_CONTEXT).update(clientNonce).update(serverNonce).update(clientId, 'utf8').digest();
}

export function macEquals(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export interface ServerKeyConfig {
  /** Key file for clients without an entry of their own. */
  defaultKeyFile?: string;
  /** Client id -> key file. */
  clientKeyFiles?: ReadonlyMap<string, string> | Record<string, string>;
}

/** The server's keys, all read (and checked) at startup so a bad file stops the server, not a backup. */
export class ServerKeys {
  private readonly byClient: Map<string, Buffer>;
  private readonly fallback: Buffer | undefined;
  /** Verified against when the client id is unknown, so both cases take the same work. */
  private readonly decoy = crypto.randomBytes(32);

  private constructor(byClient: Map<string, Buffer>, fallback: Buffer | undefined) {
    this.byClient = byClient;
    this.fallback = fallback;
  }

  static async load(config: ServerKeyConfig): Promise<ServerKeys> {
    const entries = config.clientKeyFiles instanceof Map ? [...config.clientKeyFiles] : Object.entries(config.clientKeyFiles ?? {});
    if (entries.length === 0 && !config.defaultKeyFile) {
      throw new ProtocolError('KEY_FILE', 'no key file configured: set a default key file or one per client');
    }
    const byClient = new Map<string, Buffer>();
    for (const [id, file] of entries) byClient.set(checkClientId(id), await loadKeyFile(file));
    const fallback = config.defaultKeyFile ? await loadKeyFile(config.defaultKeyFile) : undefined;
    return new ServerKeys(byClient, fallback);
  }

  /** Verifies a client's AuthResponse; returns the key on success (for the server's own MAC). */
  verify(serverNonce: Uint8Array, resp: afwire.AuthResponse): Buffer | undefined {
    const key = this.byClient.get(resp.clientId) ?? this.fallback;
    const expected = clientMac(key ?? this.decoy, serverNonce, resp.clientNonce, resp.clientId);
    const ok = macEquals(expected, resp.clientMac);
    return ok && key ? key : undefined;
  }
}

export interface AuthDelayOptions {
  /** Delay after the first failure from an address (default 1000 ms); doubles per further failure. */
  baseMs?: number;
  /** Upper bound of the delay (default 30 000 ms). */
  maxMs?: number;
  /** A failure is forgotten this long after it happened (default 15 min). */
  forgetMs?: number;
}

/**
 * Delays answering failed logins, growing per peer address, to slow down key guessing. The
 * table is bounded: the oldest addresses are dropped first.
 */
export class AuthFailureDelay {
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly forgetMs: number;
  private readonly failures = new Map<string, { count: number; last: number }>();
  private static readonly MAX_ADDRESSES = 4096;

  constructor(options: AuthDelayOptions = {}) {
    this.baseMs = options.baseMs ?? 1000;
    this.maxMs = options.maxMs ?? 30_000;
    this.forgetMs = options.forgetMs ?? 15 * 60_000;
  }

  /** Records a failure from `address` and returns how long to wait before answering it. */
  fail(address: string, now = Date.now()): number {
    const prev = this.failures.get(address);
    const count = prev && now - prev.last < this.forgetMs ? prev.count + 1 : 1;
    this.failures.delete(address);
    this.failures.set(address, { count, last: now });
    if (this.failures.size > AuthFailureDelay.MAX_ADDRESSES) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    return Math.min(this.maxMs, this.baseMs * 2 ** Math.min(count - 1, 30));
  }

  succeed(address: string): void {
    this.failures.delete(address);
  }
}
