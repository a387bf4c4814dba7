// A server.conf on a small virtual library in a temp folder, and the admin programs run on it
// as an administrator would run them (a separate process each, through tsx).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../../../afserver/catalog/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Opens the server catalog in `varDir` for `fn` and closes it again. */
export function withCatalog<T>(varDir: string, fn: (c: Catalog) => T): T {
  const c = Catalog.open(varDir);
  try {
    return fn(c);
  } finally {
    c.close();
  }
}

/** Runs a program of this tree from its source (a path below the checkout) through tsx. */
export function runTs(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface TestServer {
  dir: string;
  conf: string;
  library: string;
  varDir: string;
  run(program: 'label-tape' | 'cartis' | 'cart-ctl', args: string[]): Promise<Run>;
  cleanup(): void;
}

export function testServer(extraConf = ''): TestServer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-admin-'));
  const key = path.join(dir, 'key');
  fs.writeFileSync(key, Buffer.alloc(32, 7), { mode: 0o600 });
  const conf = path.join(dir, 'server.conf');
  fs.writeFileSync(
    conf,
    [
      `Backup-Device: ${path.join(dir, 'library')}`,
      `Encryption-Key-File: ${key}`,
      'Number Of Cartridges: 4',
      'Max Bytes Per Tape: 1M',
      'Tape-Blocksize: 4096',
      `Var-Directory: ${path.join(dir, 'var')}`,
      extraConf,
    ].join('\n') + '\n',
  );
  return {
    dir,
    conf,
    library: path.join(dir, 'library'),
    varDir: path.join(dir, 'var'),
    run(program, args) {
      return runTs(`afserver/admin/${program}.ts`, ['-c', conf, ...args]);
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A process that holds the library's drive (as afserver does) until stop() is called. */
export async function holdDrive(library: string): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/afserver/admin/drive-holder.ts'), library], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`drive holder exited with ${code}`)));
    child.stdout.once('data', () => resolve());
  });
  child.removeAllListeners('exit');
  return {
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on('exit', () => resolve());
        child.stdin.end();
      }),
  };
}
