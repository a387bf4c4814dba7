// End-to-end backup speed: full_backup and incr_backup (client, afserver as a child process on
// 127.0.0.1, virtual tape library in a temporary folder) against `tar -cf - | zstd -1 -T2` and
// `tar --listed-incremental | zstd -1 -T2` on the same bench/mktree.mjs tree, in the same run.
//
//   node --import tsx bench/backup.ts [--scale 1] [--dir D] [--dist DIST] [--keep] [--full-runs N] [--incr-runs N]
//
// Phases: the tree is built (and synced); `tar | zstd` and full_backup are timed; a level-0 tar
// snapshot (--listed-incremental) is made and timed separately; `mktree --mutate` changes the
// tree; `tar --listed-incremental` on a copy of that snapshot and incr_backup are timed. `sync`
// runs before every timed phase and no phase waits for an fsync of its output. The client uses
// BuiltinCompressLevel 1, the level zstd -1 uses. The compiled programs (dist/, from
// `npm run build`) are run when they exist, otherwise the sources through tsx (said so: each
// program then spends about a second more starting). Times are wall clock; CPU seconds (client
// and server separately) are printed too, steadier when other work shares the machine.
// AF_BENCH_PROF=DIR writes CPU profiles of the server and both client runs (node --cpu-prof) into DIR.
// AFBACKUP_TRACE=1 (passed on to the programs) prints each client run's phases with their times.
// AF_BENCH_NODE_FLAGS="--trace-deopt ..." adds node/V8 flags to the client runs, and
// AF_BENCH_OUT=DIR keeps each client run's standard output there (full-1.out, incr-1.out, ...).
// --full-runs N (default 3): the full pair is timed N times, alternating which of the two goes
// first; each full_backup is a full of its own (the next full number, on the same cartridge).
// --incr-runs N (default 5): the incremental pair is timed N times over the same mutated tree,
// each time from the state the last full left (client VarDirectory and tar snapshot restored).
// A pair's ratio compares runs a few seconds apart; the median of the pairs' ratios counts.
// Why pairs: this machine's pace changes by a sixth from one minute to the next (the same
// full_backup took 3.6 and 5.2 s of CPU in runs two minutes apart), so a single pair's ratio
// said more about the moment than about the programs.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFlagsOf, withoutExtraCaCertificates } from './program-start.js';
import { option } from './args.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';

const scale = option('scale', '1');
const keep = process.argv.includes('--keep');
const runsOption = (name: string, fallback: string): number => Math.max(1, Math.floor(Number(option(name, fallback))) || 1);
const fullRuns = runsOption('full-runs', '3');
const incrRuns = runsOption('incr-runs', '5');
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const compiled = {
  server: path.join(dist, 'afserver/main.js'),
  full: path.join(dist, 'afclient/backup/full-backup.cjs'),
  incr: path.join(dist, 'afclient/backup/incr-backup.cjs'),
};
const useDist = Object.values(compiled).every((f) => fs.existsSync(f));
const profileDir = process.env['AF_BENCH_PROF'];
const clientFlags = (process.env['AF_BENCH_NODE_FLAGS'] ?? '').split(/\s+/).filter(Boolean);
const outDir = process.env['AF_BENCH_OUT'];
let clientRuns = 0;
const program = (name: 'server' | 'full' | 'incr'): string[] => {
  const node = [process.execPath, ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), ...(name === 'server' ? [] : clientFlags)];
  if (useDist) return [...node, ...nodeFlagsOf(compiled[name]), compiled[name]];
  const source = path.join(root, { server: 'afserver/main.ts', full: 'afclient/backup/full-backup.ts', incr: 'afclient/backup/incr-backup.ts' }[name]);
  return [...node, ...nodeFlagsOf(source), '--import', 'tsx', source];
};

interface Run {
  seconds: number;
  /** User + system CPU seconds of the command and its children (NaN without /usr/bin/time). */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `argv` to its end, timed; with /usr/bin/time its CPU seconds too. */
function timed(argv: string[]): Promise<Run> {
  const useTime = fs.existsSync(TIME);
  const cmd = useTime ? [TIME, '-f', '@@cpu %U %S', ...argv] : argv;
  const start = process.hrtime.bigint();
  const child = spawn(cmd[0]!, cmd.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const m = /^@@cpu (\S+) (\S+)$/m.exec(stderr);
      const cpuSeconds = m ? Number(m[1]) + Number(m[2]) : NaN;
      resolve({ seconds, cpuSeconds, stdout, stderr: stderr.replace(/^@@cpu .*\n?/m, '').trim(), code });
    });
  });
}

async function mustRun(argv: string[], what: string): Promise<Run> {
  const r = await timed(argv);
  if (r.code !== 0) throw new Error(`${what} failed (exit status ${r.code}): ${r.stderr}`);
  return r;
}

function sh(script: string, what: string): Promise<Run> {
  return mustRun(['bash', '-o', 'pipefail', '-c', script], what);
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function sync(): void {
  spawnSync('sync');
}

/** Apparent size of a file or folder in bytes (du -sb). */
function bytesOf(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const r = spawnSync('du', ['-sb', '--apparent-size', p], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`du ${p} failed: ${r.stderr}`);
  return Number(r.stdout.split('\t')[0]);
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** User + system CPU seconds a running process has used so far (/proc/PID/stat). */
function cpuOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

interface Server {
  pid: number;
  port: number;
  stop(): Promise<void>;
}

async function startServer(confFile: string): Promise<Server> {
  const argv = program('server');
  const child = spawn(argv[0]!, [...argv.slice(1), '-c', confFile], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  // Only the tail of the log is kept: enough to say why the server stopped, bounded memory.
  let log = '';
  let ready = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.stderr.on('data', (b: Buffer) => {
      log = (log + b.toString()).slice(-8192);
      const m = ready ? null : /afserver ready on [^ ]*:(\d+)/.exec(log);
      if (m) {
        ready = true;
        resolve(Number(m[1]));
      }
    });
    void exited.then((code) => reject(new Error(`afserver exited (status ${code}) before it was ready:\n${log}`)));
  });
  return {
    pid: child.pid!,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(child.pid!, 'SIGTERM');
      const killer = setTimeout(() => process.kill(child.pid!, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

interface BackupRun {
  seconds: number;
  clientCpu: number;
  serverCpu: number;
  entries: number;
  /** What went to tape (the client's "Bytes on tape") and what the library folder grew by. */
  streamBytes: number;
  libraryBytes: number;
  warnings: string;
  /** The run's AFBACKUP_TRACE lines (none unless it is set). */
  trace: string[];
}

/** One full_backup or incr_backup run with -v; fails unless its exit status is 0 or 1. */
async function backupRun(name: 'full' | 'incr', conf: string, server: Server, library: string): Promise<BackupRun> {
  const libraryBefore = bytesOf(library);
  sync();
  const cpuBefore = cpuOf(server.pid);
  const r = await timed([...program(name), '-c', conf, '-v']);
  const serverCpu = cpuOf(server.pid) - cpuBefore;
  const what = name === 'full' ? 'full_backup' : 'incr_backup';
  if (outDir) fs.writeFileSync(path.join(outDir, `${name}-${++clientRuns}.out`), r.stdout);
  const trace = r.stderr.split('\n').filter((l) => l.startsWith('trace '));
  r.stderr = r.stderr.split('\n').filter((l) => !l.startsWith('trace ')).join('\n');
  if (r.code !== 0 && r.code !== 1) throw new Error(`${what} failed (exit status ${r.code}): ${r.stderr}\n${r.stdout}`);
  const field = (label: string): number => {
    const m = new RegExp(`^${label}:\\s+(\\d+)`, 'm').exec(r.stdout);
    if (!m) throw new Error(`${what} -v printed no "${label}" line:\n${r.stdout}`);
    return Number(m[1]);
  };
  return {
    seconds: r.seconds,
    clientCpu: r.cpuSeconds,
    serverCpu,
    entries: field('Entries saved'),
    streamBytes: field('Bytes on tape'),
    libraryBytes: bytesOf(library) - libraryBefore,
    warnings: r.code === 1 ? `${what} ended with exit status 1 (done with problems): ${r.stderr}` : '',
    trace,
  };
}

const MB = (n: number): string => `${(n / 1e6).toFixed(1).padStart(8)} MB`;
const secs = (n: number): string => `${n.toFixed(2).padStart(7)} s`;
const cpu = (n: number): string => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(2)} s`);

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(option('dir', os.tmpdir()), 'afbench-backup-'));
  let server: Server | undefined;
  const say = (line: string): void => console.log(line);
  const certificates = withoutExtraCaCertificates();
  try {
    const tree = path.join(work, 'tree');
    const library = path.join(work, 'library');
    const out = (n: string): string => path.join(work, n);
    const load0 = os.loadavg()[0]!;

    await mustRun([process.execPath, path.join(root, 'bench/mktree.mjs'), tree, '--scale', scale], 'bench/mktree.mjs');
    const treeBytes = bytesOf(tree);

    const keyFile = out('key');
    fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    const serverConf = out('server.conf');
    // One cartridge holds every run (Max Bytes Per Tape far above the tree): no changer moves
    // in the numbers. Tape-Blocksize and Max Bytes Per File stay at their defaults.
    const tapeBytes = Math.max(8 * 1024 ** 3, treeBytes * 4);
    fs.writeFileSync(
      serverConf,
      [`Backup-Device: ${library}`, `Encryption-Key-File: ${keyFile}`, 'Number Of Cartridges: 4', `Max Bytes Per Tape: ${Math.ceil(tapeBytes / 1024 ** 2)}M`, `Var-Directory: ${out('server-var')}`, 'Listen-Address: 127.0.0.1', 'Port: 0'].join('\n') + '\n',
    );
    server = await startServer(serverConf);
    const clientConf = out('client.conf');
    fs.writeFileSync(
      clientConf,
      [
        'BackupHosts: 127.0.0.1',
        `BackupPorts: ${server.port}`,
        `RootDirectory: ${work}`,
        'DirsToBackup: tree',
        `VarDirectory: ${out('client-var')}`,
        `EncryptionKeyFile: ${keyFile}`,
        'ClientIdentifier: bench',
        'BuiltinCompressLevel: 1',
      ].join('\n') + '\n',
    );

    console.log(`tree: ${(treeBytes / 1e6).toFixed(1)} MB (scale ${scale}) in ${work}; afserver pid ${server.pid} on 127.0.0.1:${server.port}`);

    // Full backups. The tree was just written: its pages are cached for both sides alike.
    const tarFulls: Run[] = [];
    const oursFulls: BackupRun[] = [];
    for (let i = 0; i < fullRuns; i++) {
      const tar = async (): Promise<void> => {
        sync();
        tarFulls.push(await sh(`tar -C ${quote(work)} -cf - tree | zstd -1 -T2 -q -f -o ${quote(out('full.tar.zst'))}`, 'tar | zstd'));
      };
      if (i % 2 === 0) await tar();
      oursFulls.push(await backupRun('full', clientConf, server, library));
      if (i % 2 === 1) await tar();
    }
    sync();
    const snar0 = out('level0.snar');
    const tarLevel0 = await sh(`tar -C ${quote(work)} --listed-incremental=${quote(snar0)} -cf - tree | zstd -1 -T2 -q -f -o ${quote(out('level0.tar.zst'))}`, 'tar --listed-incremental (level 0)');

    // A day's changes, then the incrementals; tar updates its snapshot file, so it gets a copy.
    const mutated = await mustRun([process.execPath, path.join(root, 'bench/mktree.mjs'), tree, '--mutate'], 'bench/mktree.mjs --mutate');
    const clientVar = out('client-var');
    if (incrRuns > 1) fs.cpSync(clientVar, out('client-var.full'), { recursive: true });
    const tarIncrs: Run[] = [];
    const oursIncrs: BackupRun[] = [];
    for (let i = 0; i < incrRuns; i++) {
      if (i > 0) {
        fs.rmSync(clientVar, { recursive: true, force: true });
        fs.cpSync(out('client-var.full'), clientVar, { recursive: true });
      }
      fs.copyFileSync(snar0, out('level1.snar'));
      sync();
      tarIncrs.push(await sh(`tar -C ${quote(work)} --listed-incremental=${quote(out('level1.snar'))} -cf - tree | zstd -1 -T2 -q -f -o ${quote(out('incr.tar.zst'))}`, 'tar --listed-incremental'));
      oursIncrs.push(await backupRun('incr', clientConf, server, library));
    }
    // The pair whose ratio is the median: its two runs are the ones shown.
    const medianPair = <T extends { seconds: number }>(tars: Run[], ours: T[]): { tar: Run; ours: T; ratio: number; ratios: number[] } => {
      const pairs = ours.map((o, i) => ({ tar: tars[i]!, ours: o, ratio: o.seconds / tars[i]!.seconds }));
      const sorted = [...pairs].sort((a, b) => a.ratio - b.ratio);
      return { ...sorted[(sorted.length - 1) >> 1]!, ratios: pairs.map((p) => p.ratio) };
    };
    const full = medianPair(tarFulls, oursFulls);
    const incr = medianPair(tarIncrs, oursIncrs);
    const [tarFull, oursFull, tarIncr, oursIncr] = [full.tar, full.ours, incr.tar, incr.ours];
    const load1 = os.loadavg()[0]!;

    // MB/s only for the full backups: an incremental's speed is not the tree's size over its time.
    const row = (label: string, seconds: number, bytes: number, cpuText: string, rate = true): string =>
      `${label.padEnd(44)} ${secs(seconds)} ${rate ? `${(treeBytes / 1e6 / seconds).toFixed(0).padStart(6)} MB/s` : ' '.repeat(11)} ${MB(bytes)}  cpu ${cpuText}`;
    const oursCpu = (r: BackupRun): string => `${cpu(r.clientCpu + r.serverCpu)} (client ${cpu(r.clientCpu)}, server ${cpu(r.serverCpu)})`;
    say('');
    say(`programs: ${useDist ? `compiled, ${dist}` : 'sources through tsx (no complete dist/: run `npm run build` to measure the compiled programs; tsx adds about a second of start-up per program)'}`);
    if (certificates) say(certificates.trimEnd());
    say(`machine: ${os.cpus().length} cores, load average ${load0.toFixed(2)} before, ${load1.toFixed(2)} after${load0 >= 1 ? ' (other work was running: wall-clock times are noisy, compare CPU seconds too)' : ''}`);
    say(`tree: ${(treeBytes / 1e6).toFixed(1)} MB, scale ${scale}; MB/s = tree size / time; sizes: output file, ours = bytes on tape`);
    say('full backup');
    say(row('  tar -cf - | zstd -1 -T2', tarFull.seconds, bytesOf(out('full.tar.zst')), cpu(tarFull.cpuSeconds)));
    say(row(`  full_backup (${oursFull.entries} entries)`, oursFull.seconds, oursFull.streamBytes, oursCpu(oursFull)));
    say(row('  tar --listed-incremental | zstd (level 0)', tarLevel0.seconds, bytesOf(out('level0.tar.zst')), cpu(tarLevel0.cpuSeconds)));
    say(`  library folder grew by ${(oursFull.libraryBytes / 1e6).toFixed(1)} MB`);
    say(`incremental after mktree --mutate (${mutated.stdout.trim().replace(/^mutated \S+: /, '')})`);
    say(row('  tar --listed-incremental | zstd -1 -T2', tarIncr.seconds, bytesOf(out('incr.tar.zst')), cpu(tarIncr.cpuSeconds), false));
    say(row(`  incr_backup (${oursIncr.entries} entries)`, oursIncr.seconds, oursIncr.streamBytes, oursCpu(oursIncr), false));
    say(`  library folder grew by ${(oursIncr.libraryBytes / 1e6).toFixed(1)} MB`);
    const pairs = (label: string, tars: Run[], ours: { seconds: number; clientCpu: number }[], ratios: number[]): void => {
      if (ours.length > 1) {
        say(`  ${label}, ${ours.length} pairs (the median pair above): tar ${tars.map((r) => r.seconds.toFixed(2)).join(' ')} s; ours ${ours.map((r) => r.seconds.toFixed(2)).join(' ')} s, client cpu ${ours.map((r) => cpu(r.clientCpu)).join(' ')}; ratios ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
      }
    };
    pairs('full', tarFulls, oursFulls, full.ratios);
    pairs('incremental', tarIncrs, oursIncrs, incr.ratios);
    const verdict = (ratio: number, target: number): string => `time ratio ${ratio.toFixed(2)} (target <= ${target}) ${ratio <= target ? 'met' : 'NOT met'}`;
    say(`full: full_backup ${oursFull.seconds.toFixed(2)} s, tar | zstd ${tarFull.seconds.toFixed(2)} s: ${verdict(full.ratio, 1)}; size ratio ${(oursFull.streamBytes / bytesOf(out('full.tar.zst'))).toFixed(3)}`);
    say(`incremental: incr_backup ${oursIncr.seconds.toFixed(2)} s, tar --listed-incremental ${tarIncr.seconds.toFixed(2)} s: ${verdict(incr.ratio, 2)}; size ratio ${(oursIncr.streamBytes / bytesOf(out('incr.tar.zst'))).toFixed(3)}`);
    for (const w of [oursFull.warnings, oursIncr.warnings]) if (w) say(w);
    for (const [label, r] of [['full_backup', oursFull], ['incr_backup', oursIncr]] as const) {
      if (r.trace.length > 0) say(`${label} phases (AFBACKUP_TRACE):\n  ${r.trace.join('\n  ')}`);
    }
  } finally {
    await server?.stop();
    if (keep) console.log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench/backup: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
