// A real afserver on 127.0.0.1 (in this process), a client tree below a RootDirectory, a
// client.conf, and backups written with afclient's remote write session whose entries go into
// the filelist at the positions the session summary gives (what full_backup/incr_backup do).
// afrestore and afverify run as child processes, as users run them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { FULL_LEVEL } from '../../afclient/backup/filelist/types.js';
import { connectToServer } from '../../afclient/remote/connection.js';
import { writeSession } from '../../afclient/remote/write-session.js';
import type { RunningServer } from '../../afserver/server.js';
import { afrestore } from '../../afrestore/restore-main.js';
import { afverify } from '../../afrestore/verify-main.js';
import type { WrittenEntry } from '../../protocol/archive/index.js';
import { packer } from '../afclient/remote/remote-helpers.js';
import { serverSetup, startTestServer, type ServerSetup } from '../afserver/server-helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENT_ID = 'restore-test';

export interface Fixture {
  dir: string;
  /** RootDirectory of the client; the backed up names are relative to it. */
  root: string;
  varDir: string;
  confFile: string;
  port: number;
  setup: ServerSetup;
  server: RunningServer;
  stop(): Promise<void>;
}

export async function startFixture(serverParams: Record<string, string | number> = {}): Promise<Fixture> {
  const setup = serverSetup({ 'Number Of Cartridges': 4, 'Max Bytes Per Tape': '40M', 'Max Bytes Per File': '2M', ...serverParams });
  const server = await startTestServer(setup);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afrestore-'));
  fs.chmodSync(dir, 0o755); // the unprivileged user of the user tests must reach their files
  const root = path.join(dir, 'root');
  const varDir = path.join(dir, 'var');
  fs.mkdirSync(root, { mode: 0o755 });
  const confFile = path.join(dir, 'client.conf');
  writeConf(confFile, { root, varDir, keyFile: setup.keyFile, port: server.port });
  return {
    dir,
    root,
    varDir,
    confFile,
    port: server.port,
    setup,
    server,
    async stop() {
      await server.close(1000);
      setup.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function writeConf(file: string, o: { root: string; varDir: string; keyFile: string; port: number }): void {
  fs.writeFileSync(
    file,
    [`BackupHosts: 127.0.0.1`, `BackupPorts: ${o.port}`, `RootDirectory: ${o.root}`, `VarDirectory: ${o.varDir}`, `EncryptionKeyFile: ${o.keyFile}`, `ClientIdentifier: ${CLIENT_ID}`, ''].join('\n'),
  );
}

export interface BackupRun {
  runId: number;
  entries: WrittenEntry[];
}

/**
 * Backs up `names` (below the RootDirectory) as one run; `deleted` are the names the run found
 * gone. `recordPort` is the port the filelist names (a counting proxy in front of the server).
 */
export async function backupRun(fx: Fixture, names: string[], o: { full: boolean; fullNumber?: number; startNs: bigint; deleted?: string[]; recordPort?: number }): Promise<BackupRun> {
  const entries: WrittenEntry[] = [];
  const { client } = await connectToServer({ hosts: ['127.0.0.1'], ports: [fx.port], keyFile: fx.setup.keyFile, clientId: CLIENT_ID, cartridgeSet: 0 });
  const written = await writeSession(client, { cartridgeSet: 0 }, packer(fx.root, names, (e) => entries.push(e)));
  await client.goodbye();
  const fl = Filelist.open(fx.varDir);
  try {
    const runId = fl.beginRun({ fullNumber: o.fullNumber ?? 1, level: o.full ? FULL_LEVEL : 0, startNs: o.startNs, serverHost: '127.0.0.1', serverPort: o.recordPort ?? fx.port, clientId: CLIENT_ID });
    fl.addEntries(
      runId,
      entries.map((e) => {
        const at = written.map.locate(e.streamOffset)!;
        const m = e.meta;
        return { name: m.name, type: m.type, size: m.size, uid: m.uid, mtimeNs: m.mtimeNs, ctimeNs: m.ctimeNs, inode: 0n, dev: 0n, cartridge: at.cartridge, tapeFile: at.tapeFile, block: at.block, blockOffset: at.offsetInBlock, streamOffset: e.streamOffset };
      }),
    );
    fl.addDeletions(runId, (o.deleted ?? []).map((n) => Buffer.from(n)));
    fl.finishRun(runId, { state: 'complete', endNs: o.startNs + 1_000_000n, first: { cartridge: written.start.cartridge, tapeFile: written.start.tapeFile } });
    return { runId, entries };
  } finally {
    fl.close();
  }
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs afrestore or afverify in this process (the fast way). With SUDO_UID in `extraEnv` only
 * for what never switches ids (listing, refusals): a restore for a user must run in a child.
 */
export async function runHere(program: 'cli' | 'verify-cli', args: string[], extraEnv: NodeJS.ProcessEnv = {}, stdin = ''): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const env = { ...process.env };
  delete env.SUDO_UID;
  delete env.SUDO_GID;
  Object.assign(env, extraEnv);
  const io = { out: (t: string) => void (stdout += t), err: (t: string) => void (stderr += t), env, stdin: () => Promise.resolve(stdin) };
  const code = await (program === 'cli' ? afrestore : afverify)(args, io);
  return { code, stdout, stderr };
}

/** Runs afrestore/cli.ts or afrestore/verify-cli.ts (asynchronously: the server is in this process). */
export function runCli(program: 'cli' | 'verify-cli', args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  const base = { ...process.env };
  delete base.SUDO_UID;
  delete base.SUDO_GID;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'afrestore', `${program}.ts`), ...args], { cwd: REPO, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A TCP relay to the server that counts the bytes the server sends. */
export async function countingProxy(port: number): Promise<{ port: number; fromServer: () => number; close: () => Promise<void> }> {
  let bytes = 0;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((inbound) => {
    const outbound = net.connect(port, '127.0.0.1');
    sockets.add(inbound).add(outbound);
    outbound.on('data', (d: Buffer) => (bytes += d.length));
    inbound.pipe(outbound).pipe(inbound);
    const end = (): void => {
      inbound.destroy();
      outbound.destroy();
    };
    inbound.on('error', end).on('close', end);
    outbound.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    fromServer: () => bytes,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
