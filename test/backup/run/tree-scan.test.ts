// The tree scan ahead of the walk (fsx.scanTree*, native/fsx-ahead.h, TreeScan): the walk must
// find exactly what it finds reading each directory itself, in the same order, whatever the
// tree's size against the scan's bounds, and a walk that stops early must stop the thread.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { ScannedDir, TreeScan } from '../../../afclient/backup/run/dir-scan.js';
import { walkBackupEntries, type WalkRules } from '../../../afclient/backup/run/tree-walk.js';
import { fsx } from '../../../afclient/fsx.js';
import { CollectingReporter } from '../../../afclient/report.js';

function tempTree(t: test.TestContext): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-tree-scan-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  return root;
}

/** `dirs` directories in `width`-wide levels, each with a file; some names not UTF-8. */
function makeTree(root: string, dirs: number, width: number): void {
  const made = [Buffer.from(root)];
  for (let i = 0; made.length <= dirs; i++) {
    const parent = Buffer.concat([made[Math.floor(i / width)]!, Buffer.from('/')]);
    const name = Buffer.concat([parent, i % 7 === 3 ? Buffer.from([0x64, 0xff, 0x30 + (i % 10)]) : Buffer.from('d'), Buffer.from(String(i))]);
    fs.mkdirSync(name);
    fs.writeFileSync(Buffer.concat([name, Buffer.from('/f')]), String(i));
    made.push(name);
  }
  fs.symlinkSync('d0', path.join(root, 'link-to-dir'));
}

/** The directories a walk enters, depth first, names sorted bytewise, a directory before its contents. */
function walkOrder(dir: string): string[] {
  const out = [dir];
  for (const name of ScannedDir.read(dir).names) {
    const child = `${dir}/${name}`;
    const st = fs.lstatSync(Buffer.from(child, 'latin1'));
    if (st.isDirectory()) out.push(...walkOrder(child));
  }
  return out;
}

const devOf = (p: string): bigint => fs.lstatSync(Buffer.from(p, 'latin1'), { bigint: true }).dev;

test('scanTree: each directory in the walk order, as scanDir reads it, beyond the bounds of what waits', (t) => {
  const root = tempTree(t);
  // More directories than the scan keeps waiting (1024): the thread stops and goes on.
  makeTree(root, 1200, 30);
  const start = Buffer.from(root).toString('latin1');
  const order = walkOrder(start);
  assert.ok(order.length > 1200);
  const tree = new TreeScan(start, devOf(start));
  try {
    for (const dir of order) {
      const taken = fsx.scanTreeTake(tree.handle, dir);
      assert.ok(taken !== undefined, `${dir} comes from the tree scan`);
      const read = fsx.scanDir(dir);
      assert.equal(taken[0], read[0], dir);
      assert.equal(taken[2], read[2], dir);
      assert.deepEqual(new Uint8Array(taken[1]), new Uint8Array(read[1]), dir);
    }
    // Nothing is left: a path asked for after the end is not the scan's.
    assert.equal(fsx.scanTreeTake(tree.handle, start), undefined);
  } finally {
    tree.close();
  }
});

test('scanTree: a directory out of its order is not given, and the scan goes on from where it was', (t) => {
  const root = tempTree(t);
  makeTree(root, 20, 5);
  const order = walkOrder(root);
  const tree = new TreeScan(root, devOf(root));
  try {
    assert.ok(fsx.scanTreeTake(tree.handle, order[0]!));
    assert.equal(fsx.scanTreeTake(tree.handle, order[2]!), undefined);
    assert.equal(fsx.scanTreeTake(tree.handle, `${root}/elsewhere`), undefined);
    assert.equal(ScannedDir.readFrom(tree, order[1]!).names.join('/'), fsx.scanDir(order[1]!)[0]);
    assert.equal(ScannedDir.readFrom(tree, order[2]!).names.join('/'), fsx.scanDir(order[2]!)[0]);
  } finally {
    tree.close();
  }
  assert.throws(() => fsx.scanTreeTake(tree.handle, order[3]!), TypeError);
  tree.close();
});

test('scanTree: the start cannot be read: its error, as scanDir throws it', (t) => {
  const root = tempTree(t);
  const missing = path.join(root, 'missing');
  const tree = new TreeScan(missing, devOf(root));
  try {
    assert.throws(() => fsx.scanTreeTake(tree.handle, missing), (e: NodeJS.ErrnoException) => e.code === 'ENOENT' && e.syscall === 'opendir');
  } finally {
    tree.close();
  }
});

test('scanTree: closed before the walk has taken anything, on a tree larger than what waits', (t) => {
  const root = tempTree(t);
  makeTree(root, 1100, 40);
  const tree = new TreeScan(root, devOf(root));
  tree.close();
  const again = new TreeScan(root, devOf(root));
  assert.ok(fsx.scanTreeTake(again.handle, root));
  again.close();
});

test('the walk with its tree scan finds what it finds reading each directory itself', (t) => {
  const root = tempTree(t);
  makeTree(root, 300, 12);
  const walk = (rules: WalkRules): string[] => {
    const report = new CollectingReporter();
    const items = [...walkBackupEntries(root, ['.'], rules, report)].map((i) => `${i.key} ${i.signature}`);
    assert.equal(report.problems, 0);
    return items;
  };
  const scanned = walk({ filesToSkip: ['nothing-here'], dirsToSkip: [], filesystemTypes: [] });
  // A DirsToSkip pattern (matching nothing) makes the walk read each directory itself.
  const read = walk({ filesToSkip: ['nothing-here'], dirsToSkip: ['nothing-here'], filesystemTypes: [] });
  assert.equal(scanned.length, 300 * 2 + 2);
  assert.deepEqual(scanned, read);
});

test('a walk left early stops its tree scan', (t) => {
  const root = tempTree(t);
  makeTree(root, 200, 10);
  const report = new CollectingReporter();
  let n = 0;
  for (const item of walkBackupEntries(root, ['.'], { filesToSkip: [], dirsToSkip: [], filesystemTypes: [] }, report)) {
    assert.ok(item.key);
    if (++n === 10) break;
  }
  assert.equal(n, 10);
});

test('a path longer than the kernel takes: no tree scan starts, and the walk reports the entry as before', (t) => {
  const root = tempTree(t);
  const long = `${root}/${'x'.repeat(5000)}`;
  assert.equal(TreeScan.start(long, devOf(root)), undefined);
  const report = new CollectingReporter();
  assert.deepEqual([...walkBackupEntries(root, [long.slice(root.length + 1)], { filesToSkip: [], dirsToSkip: [], filesystemTypes: [] }, report)], []);
  assert.equal(report.problems, 1);
});
