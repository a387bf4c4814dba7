// The directory scan at its limits: a directory whose entries take many getdents64 calls
// (native/fsx-scan.h), and a tree with more directories than the scan ahead keeps waiting for
// its walk (AHEAD_MAX_DIRS in native/fsx-ahead.h, 8192): the thread stops there and goes on as
// the walk takes them, and the walk gets every directory as scanDir reads it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { ScannedDir, TreeScan } from '../../afclient/backup/run/dir-scan.js';
import { fsx } from '../../afclient/fsx.js';

function tempDir(t: test.TestContext): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incr-scan-bounds-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const devOf = (p: string): bigint => fs.lstatSync(p, { bigint: true }).dev;

test('a directory of 3000 long names (some 300 KB of directory entries): every name, sorted bytewise, each with its state', (t) => {
  const dir = tempDir(t);
  const names: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const name = `${String(i).padStart(5, '0')}-${'n'.repeat(80)}${i % 3 === 0 ? '.d' : ''}`;
    if (i % 3 === 0) fs.mkdirSync(path.join(dir, name));
    else fs.writeFileSync(path.join(dir, name), String(i));
    names.push(name);
  }
  const scanned = ScannedDir.read(dir);
  assert.deepEqual(scanned.names, [...names].sort());
  for (let i = 0; i < scanned.names.length; i++) {
    assert.equal(scanned.failed(i), false);
    assert.equal(scanned.isDirectory(i), scanned.names[i]!.endsWith('.d'), scanned.names[i]);
  }
});

test('a tree of more directories than the scan keeps waiting: each one in the walk order, as scanDir reads it', (t) => {
  const root = tempDir(t);
  // 8400 directories, 100 per parent: beyond the 8192 the thread keeps for a walk that has not
  // taken any yet (it waits a moment before the first take, to be sure to stop at the bound).
  const made = [root];
  for (let i = 0; made.length <= 8400; i++) {
    const name = path.join(made[Math.floor(i / 100)]!, `d${i}`);
    fs.mkdirSync(name);
    made.push(name);
  }
  const order: string[] = [];
  const walk = (dir: string): void => {
    order.push(dir);
    const read = ScannedDir.read(dir);
    for (let i = 0; i < read.names.length; i++) if (read.isDirectory(i)) walk(`${dir}/${read.names[i]}`);
  };
  walk(root);
  assert.ok(order.length > 8400);
  const tree = new TreeScan(root, devOf(root));
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    for (const dir of order) {
      const taken = fsx.scanTreeTake(tree.handle, dir);
      assert.ok(taken !== undefined, `${dir} comes from the tree scan`);
      assert.equal(taken[0], fsx.scanDir(dir)[0], dir);
    }
    assert.equal(fsx.scanTreeTake(tree.handle, root), undefined, 'nothing after the last directory');
  } finally {
    tree.close();
  }
});
