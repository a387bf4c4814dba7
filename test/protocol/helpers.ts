// Shared fixtures of the protocol tests: temp key files, a log recorder and a small session
// handler that answers the requests the tests use, the way afserver will.

import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afwire, ProtocolServer, ServerOptions, ServerSession, WireLogger, toNumber, u64 } from '../../protocol/wire/index.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

export class LogRecorder implements WireLogger {
  readonly entries: LogEntry[] = [];
  debug(obj: object, msg: string): void {
    this.entries.push({ level: 'debug', obj: obj as Record<string, unknown>, msg });
  }
  info(obj: object, msg: string): void {
    this.entries.push({ level: 'info', obj: obj as Record<string, unknown>, msg });
  }
  warn(obj: object, msg: string): void {
    this.entries.push({ level: 'warn', obj: obj as Record<string, unknown>, msg });
  }
  error(obj: object, msg: string): void {
    this.entries.push({ level: 'error', obj: obj as Record<string, unknown>, msg });
  }
  warnings(): LogEntry[] {
    return this.entries.filter((e) => e.level === 'warn');
  }
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'afwire-test-'));
}

/** Writes a fresh random key (base64 text, like the documented recipe) with the given mode. */
export async function writeKeyFile(dir: string, name: string, mode = 0o600, key = crypto.randomBytes(32).toString('base64')): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, `${key}\n`, { mode });
  await fs.chmod(file, mode);
  return file;
}

/** Waits until `cond` holds, polling; for log entries written just after a socket closes. */
export async function until(cond: () => boolean, what: string, limitMs = 5000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Cartridge 3, tape file 1: what the test handler reports as position. */
export const POSITION = { cartridge: 3, tapeFile: 1, block: u64(7), offset: 100 };

/**
 * Answers: queryPosition; write (hashes the data, reports its size); read (maxBytes of a
 * deterministic pattern); remoteStart (echoes its args, exit code = number of args);
 * everything else UNSUPPORTED.
 */
export async function testHandler(session: ServerSession, hooks: { onWrite?: (bytes: number, sha: string) => void } = {}): Promise<void> {
  for (;;) {
    const req = await session.nextRequest();
    if (!req) return;
    const r = req.request;
    switch (req.op) {
      case 'queryPosition':
        await session.ok(req.id, { position: POSITION });
        break;
      case 'write': {
        const hash = crypto.createHash('sha256');
        let bytes = 0;
        for await (const chunk of req.data!) {
          hash.update(chunk as Buffer);
          bytes += (chunk as Buffer).length;
        }
        hooks.onWrite?.(bytes, hash.digest('hex'));
        await session.ok(req.id, { writeResult: { start: POSITION, bytes: u64(bytes) } });
        break;
      }
      case 'read':
        await session.replyWithData(req.id, pattern(toNumber(r.read!.maxBytes)));
        break;
      case 'remoteStart': {
        const args = r.remoteStart!.args ?? [];
        await session.replyWithData(req.id, [Buffer.from(`${r.remoteStart!.program} ${args.join(' ')}\n`)], () => ({ exitCode: args.length }));
        break;
      }
      default:
        await session.reply(req.id, afwire.Status.UNSUPPORTED, `test server does not do ${req.op}`);
    }
  }
}

const TEMPLATE = Buffer.from(Array.from({ length: 1024 * 1024 }, (_, i) => (i * 31) & 0xff));

/** `total` bytes in fresh chunks of at most 1 MiB: a fixed pattern stamped with the chunk's offset. */
export function* pattern(total: number, chunk = TEMPLATE.length): Generator<Buffer> {
  for (let off = 0; off < total; off += chunk) {
    const b = Buffer.from(TEMPLATE.subarray(0, Math.min(chunk, total - off)));
    if (b.length >= 6) b.writeUIntBE(off, 0, 6);
    yield b;
  }
}

export function patternSha(total: number): string {
  const h = crypto.createHash('sha256');
  for (const b of pattern(total)) h.update(b);
  return h.digest('hex');
}

export async function startTestServer(
  keys: ServerOptions['keys'],
  extra: Partial<ServerOptions> = {},
): Promise<{ server: ProtocolServer; log: LogRecorder; port: number }> {
  const log = new LogRecorder();
  const server = await ProtocolServer.start({
    port: 0,
    keys,
    logger: log,
    authDelay: { baseMs: 40, maxMs: 400 },
    onSession: (s) => testHandler(s),
    ...extra,
  });
  return { server, log, port: server.address().port };
}
