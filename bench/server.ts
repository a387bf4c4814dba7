// Throughput of afserver: clients streaming incompressible data to a server (a child process,
// as in production) writing to a virtual tape library in a temporary folder, against `cat` of the
// same bytes into a file on the same disk.
//
//   node --import tsx bench/server.ts [--size 2G] [--dir D] [--clients 8] [--spool]
//
// SRC (SIZE random bytes) is generated once. Then: `cat SRC > DST` timed; one client sending SRC
// (OpenForWrite .. Close acknowledged, i.e. the tape file closed with its filemark); then CLIENTS
// clients at once, each sending its share of SRC, timed until the last Close. Prints MB/s of each,
// one client's share of cat's speed (target >= 0.8) and the many clients' total against one
// (target >= 1). `sync` runs between phases; cat's clock stops without an fsync, while ours stops
// at the acknowledged Close, which flushes the tape file to disk (the client's durability point);
// the seconds from the last byte sent to that acknowledgement are shown separately, and a line
// `cat SRC > DST; sync DST` shows what the disk allows a copy that is durable when it ends.
// Clients send OpenForWrite, then Write, as afclient does, reading SRC into one reused buffer as
// cat does. `--spool` gives the server a Spool-Directory (in the temporary folder).
//
// Every line shows CPU seconds (user + system, the system part in brackets) of the client (this
// process) and of the server process during that phase, and the server's garbage collections
// (full = mark-compact, from node --trace-gc). A last line sends SRC once more through the same
// protocol to a server that drops the data (`--discard-server`, the same file as a child
// process): the network and protocol ceiling, without the tape layout and the drive.
// AF_BENCH_PROF=DIR writes a CPU profile of the server process (node --cpu-prof) into DIR;
// AF_BENCH_SERVER_FLAGS="--flag ..." passes more node/V8 flags to the server processes.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ProtocolClient, ProtocolServer, u64, type ServerSession } from '../protocol/wire/index.js';
import { nodeFlagsOf } from './program-start.js';
import { option, parseSize } from './args.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;
const rate = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

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

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** CPU seconds a process has used so far, from /proc (Linux). */
function processCpu(pid: number): { user: number; system: number } {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return { user: Number(fields[11]) / clockTicks, system: Number(fields[12]) / clockTicks };
}

function ownCpu(): { user: number; system: number } {
  const u = process.cpuUsage();
  return { user: u.user / 1e6, system: u.system / 1e6 };
}

/** CPU seconds between two readings: user + system, and the system part (mostly the kernel's copies). */
function cpuSince(before: { user: number; system: number }, now: { user: number; system: number }): string {
  const system = now.system - before.system;
  return `${(now.user - before.user + system).toFixed(2)} (${system.toFixed(2)} sys)`;
}

interface Server {
  port: number;
  pid: number;
  /** Garbage collections of the process so far (from its --trace-gc output). */
  gcs(): { full: number; scavenges: number };
  stop(): Promise<void>;
}

async function startChild(args: string[], what: string): Promise<Server> {
  const prof = process.env['AF_BENCH_PROF'] ? ['--cpu-prof', '--cpu-prof-dir', process.env['AF_BENCH_PROF']] : [];
  const child = spawn(process.execPath, [...prof, ...nodeFlagsOf(args[0]!), ...(process.env['AF_BENCH_SERVER_FLAGS']?.split(' ') ?? []), '--trace-gc', '--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const gcs = { full: 0, scavenges: 0 };
  let partial = '';
  child.stdout.on('data', (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop()!;
    for (const l of lines) {
      if (l.includes(': Mark-Compact')) gcs.full++;
      else if (l.includes(': Scavenge')) gcs.scavenges++;
    }
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let traced = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr.on('data', (b: Buffer) => {
      if (process.env['AFSERVER_TRACE']) {
        // the server's per-session lines go on to this process's standard error
        const lines = (traced + b.toString()).split('\n');
        traced = lines.pop()!;
        for (const l of lines) if (l.startsWith('afserver trace')) process.stderr.write(`${l}\n`);
      }
      log += b.toString();
      const m = /ready on [^ ]*:(\d+)/.exec(log);
      if (m) resolve(Number(m[1]));
    });
    void exited.then(() => reject(new Error(`${what} exited before it was ready:\n${log}`)));
  });
  return {
    port,
    pid: child.pid!,
    gcs: () => ({ ...gcs }),
    async stop() {
      process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/**
 * The protocol ceiling's server: answers every request OK and drops written data, counting it.
 * It takes the data as afserver does (InboundData.pipeInto, straight from the socket's reads).
 */
async function discardServer(keyFile: string): Promise<void> {
  const serve = async (s: ServerSession): Promise<void> => {
    let bytes = 0;
    const drop = {
      take: (chunk: Buffer): number => chunk.length,
      write: async (): Promise<void> => undefined,
    };
    for (let req = await s.nextRequest(); req; req = await s.nextRequest()) {
      if (req.data) bytes += (await req.data.pipeInto(drop)).bytes;
      await s.ok(req.id, req.op === 'close' ? { session: { bytes: u64(bytes) } } : {});
    }
  };
  const server = await ProtocolServer.start({ port: 0, keys: { defaultKeyFile: keyFile }, logger: pino({ level: 'silent' }), onSession: serve });
  process.on('SIGTERM', () => void server.close({ graceMs: 0 }).then(() => process.exit(0)));
  process.stderr.write(`discard server ready on 127.0.0.1:${server.address().port}\n`);
}

/** Bytes per read of SRC. */
const READ = 1024 * 1024;

/**
 * Bytes [start, end) of `file`, read as cat reads them (and as afclient, which reuses its chunk
 * buffers): into one buffer, read again once the connection no longer holds it (the wire's
 * writeData resolves only then). A fresh buffer per read (fs.createReadStream) would make the
 * client pay the page faults of 1 GB of new memory per GB sent and a garbage collection every
 * 10-16 MB, which neither cat nor afclient pays.
 */
async function* readRange(file: string, start: number, end: number): AsyncGenerator<Buffer> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.allocUnsafeSlow(READ);
    for (let at = start; at < end; ) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(READ, end - at), at);
      if (bytesRead === 0) throw new Error(`${file} ended at ${at} bytes, expected ${end}`);
      at += bytesRead;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** One backup session of bytes [start, end) of `src`; resolves with the ms from its last byte sent to its acknowledged Close. */
async function send(port: number, keyFile: string, clientId: string, src: string, start: number, end: number): Promise<number> {
  const c = await ProtocolClient.connect({ host: '127.0.0.1', port, clientId, keyFile, logger: pino({ level: 'silent' }) });
  await c.request({ openForWrite: { cartridgeSet: 0 } });
  await c.sendData({ write: {} }, readRange(src, start, end));
  const t = performance.now();
  const closed = await c.request({ close: {} });
  const closeMs = performance.now() - t;
  const bytes = Number(closed.session?.bytes ?? 0);
  if (bytes !== end - start) throw new Error(`${clientId}: the server acknowledged ${bytes} bytes, ${end - start} were sent`);
  await c.goodbye();
  return closeMs;
}

/** Runs `fn`, returning its wall-clock ms and the CPU seconds of this process and of `server` meanwhile. */
async function measured<T>(server: Server, fn: () => Promise<T>): Promise<{ ms: number; result: T; cpu: string }> {
  const c0 = ownCpu();
  const s0 = processCpu(server.pid);
  const g0 = server.gcs();
  const t = performance.now();
  const result = await fn();
  const ms = performance.now() - t;
  // the last lines of --trace-gc may still be on their way through the pipe
  await new Promise((resolve) => setTimeout(resolve, 100));
  const g = server.gcs();
  const cpu =
    `cpu s: client ${cpuSince(c0, ownCpu())}, server ${cpuSince(s0, processCpu(server.pid))}; ` +
    `server GCs: ${g.full - g0.full} full, ${g.scavenges - g0.scavenges} scavenges`;
  return { ms, result, cpu };
}

/**
 * `--small N`: N rounds of what an incremental backup asks of the server, on one connection as
 * afclient keeps it: a data session of SMALL bytes (default 5M, as bench/backup.ts's incremental)
 * sent in 1 MiB chunks, then a filelist-copy session of 100 KB, each pipelined as afclient sends
 * it (Write behind OpenForWrite, Close behind the data). Prints the milliseconds of each
 * session from OpenForWrite to the acknowledged Close (median and best of N), and the server's
 * CPU per round: the per-session cost that a small backup pays on top of its bytes.
 */
async function smallSessions(server: Server, keyFile: string, rounds: number, bytes: number): Promise<string> {
  const data = crypto.randomBytes(bytes);
  const filelist = crypto.randomBytes(100_000);
  const c = await ProtocolClient.connect({ host: '127.0.0.1', port: server.port, clientId: 'bench-small', keyFile, logger: pino({ level: 'silent' }) });
  const session = async (payload: Buffer, kind: string): Promise<number> => {
    const t = performance.now();
    // as afclient's writeSession asks: the Write behind the open, the Close behind the data
    const opening = c.request({ openForWrite: { cartridgeSet: 0, kind } });
    const writing = c.sendData({ write: {} }, (function* () {
      for (let at = 0; at < payload.length; at += READ) yield payload.subarray(at, at + READ);
    })());
    const closing = c.request({ close: {} });
    closing.catch(() => undefined); // a failed open or write is the error reported
    await Promise.all([opening, writing]);
    const closed = await closing;
    if (Number(closed.session?.bytes ?? 0) !== payload.length) throw new Error(`the server acknowledged ${String(closed.session?.bytes)} bytes, ${payload.length} were sent`);
    return performance.now() - t;
  };
  // untimed: the first sessions mount and position the cartridge, and compile the server's code
  for (let i = 0; i < 3; i++) await session(data, 'archive');
  const dataMs: number[] = [];
  const listMs: number[] = [];
  const run = await measured(server, async () => {
    for (let i = 0; i < rounds; i++) {
      dataMs.push(await session(data, 'archive'));
      listMs.push(await session(filelist, 'filelist'));
    }
  });
  await c.goodbye();
  const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  const best = (v: number[]): number => Math.min(...v);
  return [
    `${rounds} rounds of a ${(bytes / MB).toFixed(1)} MB data session and a 0.1 MB filelist session, one connection (OpenForWrite .. Close acknowledged):`,
    `  data session      median ${median(dataMs).toFixed(1)} ms, best ${best(dataMs).toFixed(1)} ms`,
    `  filelist session  median ${median(listMs).toFixed(1)} ms, best ${best(listMs).toFixed(1)} ms`,
    `  per round: wall ${(run.ms / rounds).toFixed(1)} ms; ${run.cpu} (for all ${rounds})`,
    '',
  ].join('\n');
}

/** Bytes of the untimed first session. */
const WARM_UP = 64 * MB;

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
        // the warm-up and both phases fit on cartridge 1: no changer moves in the numbers
        `Max Bytes Per Tape: ${Math.ceil((size * 2.2 + WARM_UP) / 1024 ** 2)}M`,
        `Max Bytes Per File: ${Math.ceil((size * 1.1) / 1024 ** 2)}M`,
        `Var-Directory: ${path.join(dir, 'var')}`,
        ...(process.argv.includes('--spool') ? [`Spool-Directory: ${path.join(dir, 'spool')}`] : []),
        'Port: 0',
      ].join('\n') + '\n',
    );
    const small = Number(option('small', '0'));
    if (small > 0) {
      const server = await startChild([path.join(root, 'afserver/main.ts'), '-c', confFile], 'afserver');
      try {
        process.stdout.write(await smallSessions(server, keyFile, small, parseSize(option('small-size', '5M'))));
      } finally {
        await server.stop();
      }
      return;
    }
    process.stdout.write(`generating ${(size / MB).toFixed(0)} MB of random data in ${dir} ...\n`);
    makeSource(src, size);
    spawnSync('sync');

    /**
     * Milliseconds of `sh -c script SRC DST`; DST is removed and synced away afterwards. Each copy
     * starts right after SIZE bytes of page cache were freed (an untimed file written and
     * removed), as each of our phases does (the server hands its written pages back as it goes):
     * on this VM memory left free for some seconds is returned to the host, and writing into it
     * again cost cat 2-4 times its time (942-4122 MB/s in one day's runs), which made cat's
     * luck decide the ratio.
     */
    const timedCopy = (script: string): number => {
      const freed = path.join(dir, 'freed');
      const w = spawnSync('dd', ['if=/dev/zero', `of=${freed}`, 'bs=1M', `count=${Math.ceil(size / MB)}`], { stdio: 'ignore' });
      if (w.status !== 0) throw new Error(`writing ${freed} to free page cache failed`);
      fs.rmSync(freed);
      const t = performance.now();
      const r = spawnSync('sh', ['-c', script, 'cat', src, path.join(dir, 'dst')]);
      if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr.toString()}`);
      const ms = performance.now() - t;
      fs.rmSync(path.join(dir, 'dst'));
      spawnSync('sync');
      return ms;
    };
    const catMs = timedCopy('cat "$1" > "$2"');
    // The same cat made durable as our Close is (the copy fsynced before the clock stops): what
    // the disk allows a store that keeps its promise; for information, the target is against cat.
    const durableCatMs = timedCopy('cat "$1" > "$2" && sync "$2"');

    const server = await startChild([path.join(root, 'afserver/main.ts'), '-c', confFile], 'afserver');
    let one, many;
    try {
      // afserver is a daemon: a backup meets a server whose modules are loaded and compiled, not
      // one that starts. A short untimed session first, so the numbers are the steady state.
      await send(server.port, keyFile, 'bench-warm-up', src, 0, Math.min(size, WARM_UP));
      one = await measured(server, () => send(server.port, keyFile, 'bench-1', src, 0, size));
      spawnSync('sync');
      const share = Math.ceil(size / clients);
      many = await measured(server, () =>
        Promise.all(Array.from({ length: clients }, (_, i) => send(server.port, keyFile, `bench-${i + 2}`, src, i * share, Math.min(size, (i + 1) * share)))),
      );
    } finally {
      await server.stop();
    }
    const discard = await startChild([fileURLToPath(import.meta.url), '--discard-server', keyFile], 'the discard server');
    let ceiling;
    try {
      ceiling = await measured(discard, () => send(discard.port, keyFile, 'bench-ceiling', src, 0, size));
    } finally {
      await discard.stop();
    }

    const catRate = rate(size, catMs);
    const durableCatRate = rate(size, durableCatMs);
    const oneRate = rate(size, one.ms);
    const manyRate = rate(size, many.ms);
    const ceilingRate = rate(size, ceiling.ms);
    process.stdout.write(
      [
        `size ${(size / MB).toFixed(0)} MB${process.argv.includes('--spool') ? ', server with Spool-Directory' : ''}, load average ${os.loadavg()[0]!.toFixed(1)}`,
        `cat SRC > DST          ${catRate.toFixed(0).padStart(6)} MB/s`,
        `afserver, 1 client     ${oneRate.toFixed(0).padStart(6)} MB/s   ${(oneRate / catRate).toFixed(2)} of cat (target >= 0.8)   ${one.cpu}; Close (flush) ${(one.result / 1000).toFixed(2)} s`,
        `cat SRC > DST; sync DST${durableCatRate.toFixed(0).padStart(6)} MB/s   (durable, as our Close: 1 client is ${(oneRate / durableCatRate).toFixed(2)} of it)`,
        `afserver, ${String(clients).padEnd(2)}clients    ${manyRate.toFixed(0).padStart(6)} MB/s   ${(manyRate / oneRate).toFixed(2)} of 1 client (target >= 1)   ${many.cpu}`,
        `protocol only, 1 client${ceilingRate.toFixed(0).padStart(6)} MB/s   ${(ceilingRate / catRate).toFixed(2)} of cat (the server drops the data)   ${ceiling.cpu}`,
        '',
      ].join('\n'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const run = process.argv.includes('--discard-server') ? discardServer(option('discard-server', '')) : main();
run.catch((e: unknown) => {
  process.stderr.write(`bench/server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
