// Packing speed: afclient -c (zstd level 1, and no compression) against `tar | zstd -1 -T2` on the
// same tree (bench/mktree.mjs), same file system, same run. The page cache cannot be dropped here,
// so every command runs twice and the second (warm) run is reported.
//
//   node --import tsx bench/pack.ts [--scale 1] [--dir D]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

interface Run {
  seconds: number;
  maxRssMB: number;
  bytes: number;
}

/** Runs `argv` under /usr/bin/time (for the peak RSS of the whole pipeline's largest process). */
function timed(argv: string[], output: string): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd: root, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rssKB = Number(r.stderr.trim().split('\n').at(-1));
  return { seconds, maxRssMB: rssKB / 1024, bytes: fs.statSync(output).size };
}

function twice(argv: string[], output: string): Run {
  timed(argv, output);
  return timed(argv, output);
}

const scale = arg('--scale', '1');
const work = fs.mkdtempSync(path.join(arg('--dir', os.tmpdir()), 'afbench-pack-'));
try {
  const tree = path.join(work, 'tree');
  const mk = spawnSync(process.execPath, [path.join(root, 'bench/mktree.mjs'), tree, '--scale', scale], { stdio: 'inherit' });
  if (mk.status !== 0) throw new Error('bench/mktree.mjs failed');
  const du = spawnSync('du', ['-sb', '--apparent-size', tree], { encoding: 'utf8' });
  const treeBytes = Number(du.stdout.split('\t')[0]);
  const out = (n: string): string => path.join(work, n);
  const afclient = [process.execPath, '--import', 'tsx', path.join(root, 'afclient/cli.ts'), '-c', '-C', work];

  const ours = twice([...afclient, '-Z', '1', '-f', out('ours.afb'), 'tree'], out('ours.afb'));
  const tar = twice(['sh', '-c', `tar -C '${work}' -cf - tree | zstd -1 -T2 -q -f -o '${out('tar.zst')}'`], out('tar.zst'));
  const none = twice([...afclient, '--codec', 'none', '-f', out('none.afb'), 'tree'], out('none.afb'));
  const tarNone = twice(['tar', '-C', work, '-cf', out('plain.tar'), 'tree'], out('plain.tar'));

  const mbps = (r: Run): string => (treeBytes / 1e6 / r.seconds).toFixed(0);
  const row = (label: string, r: Run): string =>
    `${label.padEnd(30)} ${r.seconds.toFixed(2).padStart(7)} s ${mbps(r).padStart(6)} MB/s ${(r.bytes / 1e6).toFixed(1).padStart(9)} MB  peak RSS ${r.maxRssMB.toFixed(0)} MB`;
  console.log(`tree: ${(treeBytes / 1e6).toFixed(1)} MB (scale ${scale}) in ${work}; second of two runs each`);
  console.log(row('afclient -c -Z 1', ours));
  console.log(row('tar -cf - | zstd -1 -T2', tar));
  console.log(row('afclient -c --codec none', none));
  console.log(row('tar -cf FILE', tarNone));
  console.log(`time ratio afclient/tar+zstd: ${(ours.seconds / tar.seconds).toFixed(2)}; size ratio: ${(ours.bytes / tar.bytes).toFixed(3)}`);
  console.log(`codec none: ${mbps(none)} MB/s (target >= 400 MB/s)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
