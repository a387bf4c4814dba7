// afbackup's documented level sequence (reference section 6): full; incr; -Q 5; -Q 3; -Q 5.
// A level run saves what changed since the newest run of the same or a higher level (a full
// counts as the highest); without the one-second granularity of afbackup, which made it save
// files touched in the start second again.
import assert from 'node:assert/strict';
import test from 'node:test';
import { FULL_LEVEL } from '../../../afclient/backup/levels.js';
import { backupWorld, filelistState, full, incr, nextSecond, writeFiles, type BackupWorld } from './helpers.js';

async function step(w: BackupWorld, files: Record<string, string>, run: () => ReturnType<typeof full>): Promise<string[]> {
  writeFiles(w, files);
  await nextSecond();
  const r = await run();
  assert.equal(r.code, 0, r.stderr);
  const st = filelistState(w);
  return st.saved(st.runs.at(-1)!.id);
}

test('levels in the order of the afbackup example: full; incr; -Q 5; -Q 3; -Q 5', async () => {
  const w = await backupWorld();
  try {
    assert.deepEqual(await step(w, { 'base.txt': 'base', 'readme': 'r1' }, () => full(w)), ['base.txt', 'readme']);
    assert.deepEqual(await step(w, { readme: 'r2', new: 'n' }, () => incr(w)), ['new', 'readme']);
    // Relative to the full: everything since then, also what the plain incremental saved.
    assert.deepEqual(await step(w, { A: 'a' }, () => incr(w, '-Q', '5')), ['A', 'new', 'readme']);
    // Relative to the -Q 5 run (the newest of level >= 3).
    assert.deepEqual(await step(w, { B: 'b' }, () => incr(w, '-Q', '3')), ['B']);
    // Relative to the first -Q 5 run again: the -Q 3 run is of a lower level.
    assert.deepEqual(await step(w, { C: 'c' }, () => incr(w, '-Q', '5')), ['B', 'C']);
    assert.deepEqual(filelistState(w).runs.map((r) => r.level), [FULL_LEVEL, 0, 5, 3, 5]);
  } finally {
    await w.close();
  }
});

test('differential runs (-a) stay relative to the same run; -H drops the lower levels it makes redundant', async () => {
  const w = await backupWorld();
  try {
    await step(w, { 'base.txt': 'base' }, () => full(w));
    assert.deepEqual(await step(w, { x: '1' }, () => incr(w, '-a')), ['x']);
    assert.deepEqual(await step(w, { y: '1' }, () => incr(w, '-a')), ['x', 'y']);
    assert.deepEqual(await step(w, { z: '1' }, () => incr(w, '-Q', '2', '-H')), ['x', 'y', 'z']);
    // The two differentials (level 0 < 2) were dropped with their entries.
    assert.deepEqual(filelistState(w).runs.map((r) => r.level), [FULL_LEVEL, 2]);
  } finally {
    await w.close();
  }
});
