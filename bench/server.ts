// Throughput of afserver: clients streaming incompressible data to a server (a child process,
// as in production) writing to a virtual tape library in a temporary folder, against `cat` of the
// same bytes into a file on the same disk.
//
//   node --import tsx bench/server.ts [--size 2G] [--dir D] [--clients 8]
//
// SRC (SIZE random bytes) is generated once. Then: `cat SRC > DST` timed; one client sending SRC
// (OpenForWrite .. Close acknowledged, i.e. the tape file closed with its filemark); then CLIENTS
// clients at once, each sending its share of SRC, timed until the last Close. Prints MB/s of each,
// one client's share of cat's speed (target >= 0.8) and the many clients' total against one
// (target >= 1). Like cat, no phase waits for an fsync; `sync` runs between phases.
// AF_BENCH_PROF=DIR writes a CPU profile of the server process (node --cpu-prof) into DIR.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ProtocolClient } from '../protocol/wire/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;
const rate = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)i?B?$/i.exec(s.trim());
  if (!m) throw new Error(`cannot read size "${s}": use a number with an optional K, M, G or T suffix (2G, 512M)`);
  const mult = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G' | 'T'];
  return Math.round(Number(m[1]) * mult);
}

function option(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : dflt;
}

function makeSource(file: string, size: number): void {
  const fd = fs.openSync(file, 'w');
  const buf = Buffer.allocUnsafe(16 * 1024 * 1024);
  for (let done = 0; done < size; ) {
    const n = Math.min(buf.length, size - done);
    crypto.randomFillSync(buf, 0, n);
    fs.writeSync(fd, buf, 0, n);
    done += n;
  }
  fs.closeSync(fd);
}

async function startServer(confFile: string): Promise<{ port: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [...(process.env['AF_BENCH_PROF'] ? ['--cpu-prof', '--cpu-prof-dir', process.env['AF_BENCH_PROF']] : []), '--import', 'tsx', path.join(root, 'afserver/main.ts'), '-c', confFile], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr.on('data', (b: Buffer) => {
      log += b.toString();
      const m = /afserver ready on [^ ]*:(\d+)/.exec(log);
      if (m) resolve(Number(m[1]));
    });
    void exited.then(() => reject(new Error(`afserver exited before it was ready:\n${log}`)));
  });
  return {
    port,
    async stop() {
      process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/** One backup session of bytes [start, end) of `src`; resolves when its Close is acknowledged. */
async function send(port: number, keyFile: string, clientId: string, src: string, start: number, end: number): Promise<void> {
  const c = await ProtocolClient.connect({ host: '127.0.0.1', port, clientId, keyFile, logger: pino({ level: 'silent' }) });
  await c.request({ openForWrite: { cartridgeSet: 0 } });
  await c.sendData({ write: {} }, fs.createReadStream(src, { start, end: end - 1, highWaterMark: 1024 * 1024 }));
  const closed = await c.request({ close: {} });
  const bytes = Number(closed.session?.bytes ?? 0);
  if (bytes !== end - start) throw new Error(`${clientId}: the server acknowledged ${bytes} bytes, ${end - start} were sent`);
  await c.goodbye();
}

async function main(): Promise<void> {
  const size = parseSize(option('size', '2G'));
  const clients = Number(option('clients', '8'));
  const dir = fs.mkdtempSync(path.join(option('dir', os.tmpdir()), 'af-bench-server-'));
  try {
    const src = path.join(dir, 'src');
    const keyFile = path.join(dir, 'key');
    fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    const confFile = path.join(dir, 'server.conf');
    fs.writeFileSync(
      confFile,
      [
        `Backup-Device: ${path.join(dir, 'library')}`,
        `Encryption-Key-File: ${keyFile}`,
        'Number Of Cartridges: 4',
        // both phases fit on cartridge 1: no changer moves in the numbers
        `Max Bytes Per Tape: ${Math.ceil((size * 2.2) / 1024 ** 2)}M`,
        `Max Bytes Per File: ${Math.ceil((size * 1.1) / 1024 ** 2)}M`,
        `Var-Directory: ${path.join(dir, 'var')}`,
        'Port: 0',
      ].join('\n') + '\n',
    );
    process.stdout.write(`generating ${(size / MB).toFixed(0)} MB of random data in ${dir} ...\n`);
    makeSource(src, size);
    spawnSync('sync');

    let t = performance.now();
    const cat = spawnSync('sh', ['-c', 'cat "$1" > "$2"', 'cat', src, path.join(dir, 'dst')]);
    if (cat.status !== 0) throw new Error(`cat failed: ${cat.stderr.toString()}`);
    const catMs = performance.now() - t;
    fs.rmSync(path.join(dir, 'dst'));
    spawnSync('sync');

    const server = await startServer(confFile);
    try {
      t = performance.now();
      await send(server.port, keyFile, 'bench-1', src, 0, size);
      const oneMs = performance.now() - t;
      spawnSync('sync');

      t = performance.now();
      const share = Math.ceil(size / clients);
      await Promise.all(
        Array.from({ length: clients }, (_, i) => send(server.port, keyFile, `bench-${i + 2}`, src, i * share, Math.min(size, (i + 1) * share))),
      );
      const manyMs = performance.now() - t;

      const catRate = rate(size, catMs);
      const oneRate = rate(size, oneMs);
      const manyRate = rate(size, manyMs);
      process.stdout.write(
        [
          `size ${(size / MB).toFixed(0)} MB`,
          `cat SRC > DST          ${catRate.toFixed(0).padStart(6)} MB/s`,
          `afserver, 1 client     ${oneRate.toFixed(0).padStart(6)} MB/s   ${(oneRate / catRate).toFixed(2)} of cat (target >= 0.8)`,
          `afserver, ${String(clients).padEnd(2)}clients    ${manyRate.toFixed(0).padStart(6)} MB/s   ${(manyRate / oneRate).toFixed(2)} of 1 client (target >= 1)`,
          '',
        ].join('\n'),
      );
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench/server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
