// Packing speed: afclient -c (zstd level 1, and no compression) against `tar | zstd -1 -T2` on the
// same tree (bench/mktree.mjs), same file system, same run, plus the memory of afclient -c and -x.
// Reading back: afclient -x against `zstd -dc | tar -x`, afclient -d against `zstd -dc | tar -d`.
// The page cache cannot be dropped here, so every command runs twice and the second (warm) run
// is reported. The compiled program (dist/, from `npm run build`) is measured when it exists:
// that is what users run; otherwise the sources through tsx (slower to start, and said so).
//
//   node --import tsx bench/pack.ts [--scale 1] [--dir D] [--dist DIST]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './args.js';
import { nodeFlagsOf, withoutExtraCaCertificates } from './program-start.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';

interface Run {
  seconds: number;
  /** Peak resident memory of the largest process (MB), NaN when it cannot be measured. */
  maxRssMB: number;
  /** User + system CPU seconds of all its processes (NaN without /usr/bin/time): on a loaded machine, steadier than the time. */
  cpuSeconds: number;
  bytes: number;
}

/** The high-water mark of a process's resident memory (kB), from /proc while it runs. */
function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Runs `argv` and measures its peak RSS: with /usr/bin/time when installed (the largest process
 * of a pipeline), otherwise by watching the child's VmHWM (the child itself only).
 */
function timed(argv: string[], output: string): Promise<Run> {
  const useTime = fs.existsSync(TIME);
  const cmd = useTime ? [TIME, '-f', '%M %U %S', ...argv] : argv;
  const start = process.hrtime.bigint();
  const child = spawn(cmd[0]!, cmd.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let hwm = NaN;
  const poll = useTime ? undefined : setInterval(() => (hwm = Math.max(Number.isNaN(hwm) ? 0 : hwm, vmHwm(child.pid!))), 10);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return reject(new Error(`${argv.join(' ')} failed (${code}): ${stderr}`));
      const [rssKB, user, sys] = useTime ? stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [hwm, NaN, NaN];
      resolve({ seconds, maxRssMB: rssKB! / 1024, cpuSeconds: user! + sys!, bytes: output ? fs.statSync(output).size : 0 });
    });
  });
}

async function twice(argv: string[], output: string, before?: () => void): Promise<Run> {
  before?.();
  await timed(argv, output);
  before?.();
  return timed(argv, output);
}

const scale = option('scale', '1');
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const compiled = path.join(dist, 'afclient/cli.js');
const useDist = fs.existsSync(compiled);
const source = path.join(root, 'afclient/cli.ts');
// With the node flags of afclient's bin line, like the other benchmarks: what users run.
const afclientCmd = useDist
  ? [process.execPath, ...nodeFlagsOf(compiled), compiled]
  : [process.execPath, ...nodeFlagsOf(source), '--import', 'tsx', source];

const work = fs.mkdtempSync(path.join(option('dir', os.tmpdir()), 'afbench-pack-'));
const certificates = withoutExtraCaCertificates();
try {
  const tree = path.join(work, 'tree');
  const mk = spawn(process.execPath, [path.join(root, 'bench/mktree.mjs'), tree, '--scale', scale], { stdio: 'inherit' });
  const mkCode = await new Promise<number | null>((resolve) => mk.on('close', resolve));
  if (mkCode !== 0) throw new Error('bench/mktree.mjs failed');
  let treeBytes = 0;
  const du = spawn('du', ['-sb', '--apparent-size', tree]);
  du.stdout.on('data', (d: Buffer) => (treeBytes = Number(d.toString().split('\t')[0])));
  await new Promise((resolve) => du.on('close', resolve));
  const out = (n: string): string => path.join(work, n);
  const afclient = [...afclientCmd, '-c', '-C', work];

  const ours = await twice([...afclient, '-Z', '1', '-f', out('ours.afb'), 'tree'], out('ours.afb'));
  const tar = await twice(['sh', '-c', `tar -C '${work}' -cf - tree | zstd -1 -T2 -q -f -o '${out('tar.zst')}'`], out('tar.zst'));
  const none = await twice([...afclient, '--codec', 'none', '-f', out('none.afb'), 'tree'], out('none.afb'));
  const tarNone = await twice(['tar', '-C', work, '-cf', out('plain.tar'), 'tree'], out('plain.tar'));
  const restored = out('restored');
  const fresh = (): void => {
    fs.rmSync(restored, { recursive: true, force: true });
    fs.mkdirSync(restored);
  };
  const extract = await twice([...afclientCmd, '-x', '-f', out('ours.afb'), '-C', restored], '', fresh);
  const tarExtract = await twice(['sh', '-c', `zstd -dc '${out('tar.zst')}' | tar -xf - -C '${restored}'`], '', fresh);
  fs.rmSync(restored, { recursive: true, force: true });
  const compare = await twice([...afclientCmd, '-d', '-f', out('ours.afb'), '-C', work], '');
  const tarCompare = await twice(['sh', '-c', `zstd -dc '${out('tar.zst')}' | tar -d -f - -C '${work}'`], '');

  const mbps = (r: Run): string => (treeBytes / 1e6 / r.seconds).toFixed(0);
  const rss = (r: Run): string => (Number.isNaN(r.maxRssMB) ? 'n/a' : `${r.maxRssMB.toFixed(0)} MB`);
  const row = (label: string, r: Run, size = true): string =>
    `${label.padEnd(30)} ${r.seconds.toFixed(2).padStart(7)} s ${mbps(r).padStart(6)} MB/s ${size ? `${(r.bytes / 1e6).toFixed(1).padStart(9)} MB` : ' '.repeat(12)}  cpu ${r.cpuSeconds.toFixed(2).padStart(5)} s  peak RSS ${rss(r)}`;
  console.log(`tree: ${(treeBytes / 1e6).toFixed(1)} MB (scale ${scale}) in ${work}; second of two runs each`);
  if (certificates) console.log(certificates.trimEnd());
  console.log(`afclient: ${useDist ? compiled : 'sources through tsx (no dist/: run `npm run build` to measure the compiled program)'}`);
  console.log(row('afclient -c -Z 1', ours));
  console.log(row('tar -cf - | zstd -1 -T2', tar));
  console.log(row('afclient -c --codec none', none));
  console.log(row('tar -cf FILE', tarNone));
  console.log(row('afclient -x (the -Z 1 archive)', extract, false));
  console.log(row('zstd -dc | tar -x', tarExtract, false));
  console.log(row('afclient -d (the -Z 1 archive)', compare, false));
  console.log(row('zstd -dc | tar -d', tarCompare, false));
  console.log(`time afclient -c -Z 1: ${ours.seconds.toFixed(2)} s, tar | zstd -1 -T2: ${tar.seconds.toFixed(2)} s`);
  console.log(`time ratio afclient/tar+zstd: ${(ours.seconds / tar.seconds).toFixed(2)} (target <= 1), cpu ${(ours.cpuSeconds / tar.cpuSeconds).toFixed(2)}; size ratio: ${(ours.bytes / tar.bytes).toFixed(3)} (target <= 1)`);
  console.log(`codec none: ${mbps(none)} MB/s (target >= 400 MB/s)`);
  console.log(`time ratio afclient -x / zstd -dc | tar -x: ${(extract.seconds / tarExtract.seconds).toFixed(2)}, cpu ${(extract.cpuSeconds / tarExtract.cpuSeconds).toFixed(2)}`);
  console.log(`time ratio afclient -d / zstd -dc | tar -d: ${(compare.seconds / tarCompare.seconds).toFixed(2)}, cpu ${(compare.cpuSeconds / tarCompare.cpuSeconds).toFixed(2)}`);
  console.log(`peak RSS: -c ${rss(ours)}, -c --codec none ${rss(none)}, -x ${rss(extract)} (target < 200 MB)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
