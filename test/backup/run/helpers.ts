// A real afserver on 127.0.0.1 (in this process) with a virtual library, a client.conf in a
// temporary folder, and full_backup / incr_backup spawned as the user runs them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from '../../../afserver/server.js';
import { Filelist } from '../../../afclient/backup/filelist/filelist.js';
import type { RunInfo } from '../../../afclient/backup/filelist/types.js';
import { serverSetup, startTestServer, type ServerSetup } from '../../afserver/server-helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface BackupWorld {
  setup: ServerSetup;
  server: RunningServer;
  /** The tree to back up (RootDirectory). */
  tree: string;
  conf: string;
  varDir: string;
  clientId: string;
  /** Rewrites client.conf with these extra lines. */
  configure(extra?: Record<string, string>): void;
  /** Stops the server at once (connections dropped) and starts it again on the same port. */
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

export async function backupWorld(extra: Record<string, string> = {}, serverExtra: Record<string, string> = {}): Promise<BackupWorld> {
  const setup = serverSetup({ 'Max Bytes Per Tape': '8M', 'Max Bytes Per File': '2M', ...serverExtra });
  let server = await startTestServer(setup);
  const tree = path.join(setup.dir, 'tree');
  fs.mkdirSync(tree);
  const conf = path.join(setup.dir, 'client.conf');
  const varDir = path.join(setup.dir, 'client-var');
  const clientId = 'testclient';
  let current: Record<string, string> = {};
  const configure = (more: Record<string, string> = current): void => {
    current = more;
    const params: Record<string, string> = {
      BackupHosts: '127.0.0.1',
      BackupPorts: String(server.port),
      RootDirectory: tree,
      DirsToBackup: '.',
      VarDirectory: varDir,
      EncryptionKeyFile: setup.keyFile,
      ClientIdentifier: clientId,
      ...extra,
      ...more,
    };
    fs.writeFileSync(conf, Object.entries(params).map(([k, v]) => `${k}: ${v}\n`).join(''));
  };
  configure();
  return {
    setup,
    get server() {
      return server;
    },
    tree,
    conf,
    varDir,
    clientId,
    configure,
    async restartServer() {
      const port = server.port;
      await server.close(0);
      fs.writeFileSync(setup.confFile, fs.readFileSync(setup.confFile, 'utf8').replace(/^Port: .*$/m, `Port: ${port}`));
      server = await startTestServer(setup);
    },
    async close() {
      await server.close(1000);
      setup.cleanup();
    },
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node --import tsx afclient/backup/<program>.ts ARGS` (asynchronously: the server runs in this process). */
export function runProgram(program: 'full-backup' | 'incr-backup' | 'update-indexes', args: string[], opts: { onSpawn?: (pid: number) => void } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'afclient/backup', `${program}.ts`), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('spawn', () => opts.onSpawn?.(child.pid!));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const full = (w: BackupWorld, ...args: string[]): Promise<CliResult> => runProgram('full-backup', ['-c', w.conf, ...args]);
export const incr = (w: BackupWorld, ...args: string[]): Promise<CliResult> => runProgram('incr-backup', ['-c', w.conf, ...args]);

/** Runs and entries as the filelist holds them. */
export function filelistState(w: BackupWorld): { runs: RunInfo[]; saved: (runId: number) => string[]; deleted: (runId: number) => string[] } {
  const fl = Filelist.open(w.varDir);
  try {
    const runs = fl.runs();
    const saved = new Map<number, string[]>();
    const deleted = new Map<number, string[]>();
    for (const r of runs) {
      saved.set(r.id, (fl.db.prepare("SELECT name FROM entries WHERE run_id = ? AND type = 'file' ORDER BY name").pluck().all(r.id) as Buffer[]).map((b) => b.toString()));
      deleted.set(r.id, (fl.db.prepare('SELECT name FROM deletions WHERE run_id = ? ORDER BY name').pluck().all(r.id) as Buffer[]).map((b) => b.toString()));
    }
    return { runs, saved: (id) => saved.get(id) ?? [], deleted: (id) => deleted.get(id) ?? [] };
  } finally {
    fl.close();
  }
}

/** Where the filelist says the newest version of `name` starts on tape. */
export function filelistPosition(w: BackupWorld, name: string): { cartridge: number; tapeFile: number; block: number; blockOffset: number } {
  const fl = Filelist.open(w.varDir);
  try {
    const v = fl.newestVersion(Buffer.from(name));
    if (!v) throw new Error(`${name} is not in the filelist`);
    return { cartridge: v.cartridge, tapeFile: v.tapeFile, block: v.block, blockOffset: v.blockOffset };
  } finally {
    fl.close();
  }
}

/** Files of the tree, written with content; the tree's clock then moves past the current second. */
export function writeFiles(w: BackupWorld, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(w.tree, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

/**
 * Waits until the wall clock is in a later second than now: entries changed before a run then
 * lie outside the second it starts in (inside it they are "unstable" and saved again).
 */
export async function nextSecond(): Promise<void> {
  const now = Date.now();
  await new Promise((r) => setTimeout(r, 1000 - (now % 1000) + 20));
}
