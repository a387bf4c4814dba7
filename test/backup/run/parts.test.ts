// A full backup in three parts (NumBackupParts, DirsToBackup1..3): each full_backup run saves
// the next part, the counter of full backups increases at part 1 only, and incrementals between
// parts cover the parts not yet saved.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { backupWorld, filelistState, full, incr, nextSecond, writeFiles } from './helpers.js';

test('a three-part full backup with incrementals between the parts', async () => {
  const w = await backupWorld({ NumBackupParts: '3', DirsToBackup: '', DirsToBackup1: 'p1', DirsToBackup2: 'p2', DirsToBackup3: 'p3' });
  try {
    const conf = fs.readFileSync(w.conf, 'utf8').replace(/^DirsToBackup: \n/m, '');
    fs.writeFileSync(w.conf, conf);
    writeFiles(w, { 'p1/a': '1', 'p2/b': '2', 'p3/c': '3' });
    await nextSecond();
    const run = async (fn: () => ReturnType<typeof full>): Promise<string[]> => {
      const r = await fn();
      assert.equal(r.code, 0, r.stderr);
      const st = filelistState(w);
      return st.saved(st.runs.at(-1)!.id);
    };
    assert.deepEqual(await run(() => full(w)), ['p1/a']);
    // No complete full backup yet: the incremental saves everything, the unsaved parts included.
    writeFiles(w, { 'p1/a2': 'x' });
    await nextSecond();
    assert.deepEqual(await run(() => incr(w)), ['p1/a', 'p1/a2', 'p2/b', 'p3/c']);
    assert.deepEqual(await run(() => full(w)), ['p2/b']);
    writeFiles(w, { 'p3/c2': 'y' });
    await nextSecond();
    assert.deepEqual(await run(() => full(w)), ['p3/c', 'p3/c2']);
    // The set is complete now: an incremental saves only what changed after it.
    fs.writeFileSync(path.join(w.tree, 'p2/b'), 'changed');
    await nextSecond();
    assert.deepEqual(await run(() => incr(w)), ['p2/b']);
    assert.deepEqual(await run(() => full(w)), ['p1/a', 'p1/a2']);
    const runs = filelistState(w).runs;
    assert.deepEqual(runs.map((r) => `${r.fullNumber}.${r.part}/${r.parts}`), ['1.1/3', '1.1/1', '1.2/3', '1.3/3', '1.1/1', '2.1/3']);
  } finally {
    await w.close();
  }
});
