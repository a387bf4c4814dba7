// A real afserver (in this process or as a child) on 127.0.0.1 with a virtual library in a
// temporary folder, and protocol clients for it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pino } from 'pino';
import { loadServerConfig } from '../../afserver/config/index.js';
import { startServer, type RunningServer } from '../../afserver/server.js';
import { ProtocolClient, toNumber } from '../../protocol/wire/index.js';
import { u64 } from '../../protocol/wire/codec.js';

export interface ServerSetup {
  dir: string;
  confFile: string;
  keyFile: string;
  cleanup(): void;
}

export function serverSetup(extra: Record<string, string | number> = {}): ServerSetup {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-e2e-'));
  const keyFile = path.join(dir, 'key');
  fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
  const params: Record<string, string | number> = {
    'Backup-Device': path.join(dir, 'library'),
    'Encryption-Key-File': keyFile,
    'Number Of Cartridges': 3,
    'Max Bytes Per Tape': '400K',
    'Max Bytes Per File': '150K',
    'Tape-Blocksize': 4096,
    'Tape-Buffer': '1M',
    'Var-Directory': path.join(dir, 'var'),
    Port: 0,
    ...extra,
  };
  const confFile = path.join(dir, 'server.conf');
  fs.writeFileSync(confFile, Object.entries(params).map(([k, v]) => `${k}: ${v}\n`).join(''));
  return { dir, confFile, keyFile, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestServer(setup: ServerSetup): Promise<RunningServer> {
  return startServer(await loadServerConfig(setup.confFile), pino({ level: 'silent' }));
}

export function connect(port: number, setup: ServerSetup, clientId: string, extra: Partial<Parameters<typeof ProtocolClient.connect>[0]> = {}): Promise<ProtocolClient> {
  return ProtocolClient.connect({ host: '127.0.0.1', port, clientId, keyFile: setup.keyFile, logger: pino({ level: 'silent' }), ...extra });
}

/** Writes one backup session; resolves with the position it started at and the session summary. */
export async function backup(client: ProtocolClient, data: Buffer, chunk = 32 * 1024) {
  const opened = await client.request({ openForWrite: { cartridgeSet: 0 } });
  const source = (function* () {
    for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
  })();
  await client.sendData({ write: {} }, source);
  const closed = await client.request({ close: {} });
  return { start: opened.position!, session: closed.session! };
}

export async function restore(client: ProtocolClient, cartridge: number, tapeFile: number, block = 0, offset = 0): Promise<Buffer> {
  await client.request({ openForRead: { cartridgeSet: 0 } });
  try {
    const { data } = await client.receiveData({ read: { start: { cartridge, tapeFile, block: u64(block), offset } } });
    const parts: Buffer[] = [];
    for await (const c of data as Readable) parts.push(c as Buffer);
    return Buffer.concat(parts);
  } finally {
    await client.request({ close: {} });
  }
}

export { toNumber };
