import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addedBackupEntries, ChangeDetector, compareSignatures, isUnstable, needsSaving, referenceSignature, stateFromStats, stateSignature } from '../../afclient/backup/change-detection.js';
import { ReferenceState } from '../../afclient/backup/reference-state.js';
import type { FileState } from '../../afclient/backup/filelist/types.js';
import { referenceFor } from '../../afclient/backup/levels.js';
import { addRun, entry, SEC, tempFilelist } from './fixtures.js';

const base: FileState = { type: 'file', size: 10n, mtimeNs: 100n * SEC, ctimeNs: 100n * SEC, inode: 5n, dev: 1n };
const classify = (current: FileState, reference: FileState | undefined) => compareSignatures(stateSignature(current), reference && referenceSignature(reference));

describe('classify', () => {
  it('sees any difference in type, size, mtime, ctime, inode or device', () => {
    assert.equal(classify(base, undefined), 'new');
    assert.equal(classify(base, { ...base }), 'unchanged');
    for (const change of [{ size: 11n }, { mtimeNs: 99n * SEC }, { ctimeNs: 101n * SEC }, { inode: 6n }, { dev: 2n }, { type: 'directory' as const }, { size: 1n, mtimeNs: 100n * SEC * 10n }, { inode: 2n ** 64n - 1n }]) {
      assert.equal(classify({ ...base, ...change }, base), 'changed', JSON.stringify(change, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    }
  });

  it('saves again what was read within the tick the run started in', () => {
    const start = 200n * SEC + 300_000_000n;
    assert.equal(isUnstable({ mtimeNs: 200n * SEC, ctimeNs: 150n * SEC }, start), true, 'same second as the start');
    assert.equal(isUnstable({ mtimeNs: 150n * SEC, ctimeNs: 201n * SEC }, start), true, 'ctime after the start');
    assert.equal(isUnstable({ mtimeNs: 199n * SEC + 999_999_999n, ctimeNs: 150n * SEC }, start), false);
    assert.equal(isUnstable({ mtimeNs: -1n, ctimeNs: -1n }, -SEC / 2n), true, 'before 1970 rounds down too');
    assert.equal(classify(base, { ...base, unstable: true }), 'unstable-changed');
    assert.equal(needsSaving('unstable-changed'), true);
    assert.equal(needsSaving('unchanged'), false);
  });

  it('saves entries of DirsToBackup added since the reference run in full', () => {
    assert.deepEqual(addedBackupEntries(['/home', '/etc'], ['/home', '/etc', '/srv']), ['/srv']);
    assert.deepEqual(addedBackupEntries(undefined, ['/home']), []);
    const d = new ChangeDetector(ReferenceState.of([['srv/a', referenceSignature(base)]]));
    assert.equal(d.check(Buffer.from('srv/a'), { ...base }, true), 'changed');
  });
});

describe('change detection on a real tree', () => {
  let dir: string;
  let t: ReturnType<typeof tempFilelist>;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-change-'));
    t = tempFilelist();
  });
  after(() => {
    t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const rel = (p: string) => path.relative(dir, p);
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [path.join(d, e.name), ...walk(path.join(d, e.name))] : [path.join(d, e.name)]));

  it('catches old-mtime files moved in, ctime-only and inode changes, deletions, and races', () => {
    const f = (n: string) => path.join(dir, n);
    fs.mkdirSync(f('tree'));
    for (const n of ['same', 'tarx', 'cpp', 'chmod', 'gone', 'race']) fs.writeFileSync(f(`tree/${n}`), `content of ${n}`);
    const old = new Date('2002-03-04T05:06:07Z');
    for (const n of ['same', 'tarx', 'cpp', 'chmod', 'gone']) fs.utimesSync(f(`tree/${n}`), old, old);

    // The full: everything saved; a file touched in the start second is recorded as unstable.
    // The run starts two seconds after the tree was made (as if the walk had been slow).
    const startNs = BigInt(Date.now() + 2000) * 1_000_000n;
    fs.utimesSync(f('tree/race'), new Date(Number(startNs / 1_000_000n)), new Date(Number(startNs / 1_000_000n)));
    const fullPlan = referenceFor({ kind: 'full', parts: 1 }, t.filelist.runs());
    const fullRun = t.filelist.beginRun({ fullNumber: fullPlan.fullNumber, level: fullPlan.level, startNs, serverHost: 'h', serverPort: 1, clientId: 'c' });
    t.filelist.addEntries(
      fullRun,
      walk(dir).map((p) => {
        const st = stateFromStats(fs.lstatSync(p, { bigint: true }));
        return entry(rel(p), { ...st, ...(isUnstable(st, startNs) ? { unstable: true } : {}) });
      }),
    );
    t.filelist.finishRun(fullRun, { state: 'complete', endNs: startNs + SEC });

    // Between the runs: what tar -x, cp -p and chmod do, a deletion and a new old file.
    fs.writeFileSync(f('extract'), 'content of tarx'); // same size, old mtime, new inode
    fs.utimesSync(f('extract'), old, old);
    fs.renameSync(f('extract'), f('tree/tarx'));
    fs.writeFileSync(f('tree/cpp'), 'content of cpX'); // same size, in place, mtime put back
    fs.utimesSync(f('tree/cpp'), old, old);
    fs.chmodSync(f('tree/chmod'), 0o600);
    fs.unlinkSync(f('tree/gone'));
    fs.writeFileSync(f('tree/moved-in'), 'x');
    fs.utimesSync(f('tree/moved-in'), old, old);

    const plan = referenceFor({ kind: 'incr', level: 0, differential: false }, t.filelist.runs());
    assert.equal(plan.referenceRunId, fullRun);
    const detector = new ChangeDetector(t.filelist.referenceState(plan.referenceRunId));
    const result = new Map<string, string>();
    for (const p of walk(dir)) result.set(rel(p), detector.check(Buffer.from(rel(p)), stateFromStats(fs.lstatSync(p, { bigint: true }))));
    assert.equal(result.get('tree/same'), 'unchanged');
    assert.equal(result.get('tree/tarx'), 'changed', 'old mtime, other inode');
    assert.equal(result.get('tree/cpp'), 'changed', 'old mtime, same size and inode, new ctime');
    assert.equal(result.get('tree/chmod'), 'changed', 'ctime only');
    assert.equal(result.get('tree/moved-in'), 'new');
    assert.equal(result.get('tree/race'), 'unstable-changed');
    assert.equal(result.get('tree'), 'changed', 'the directory lost and gained entries');
    assert.deepEqual(detector.deletions().map(String), ['tree/gone']);
  });

  it('limits deletions to what the run walked', () => {
    const d = new ChangeDetector(ReferenceState.of([['a/x', referenceSignature(base)], ['b/y', referenceSignature(base)]]));
    assert.deepEqual(d.deletions((n) => n.toString().startsWith('a/')).map(String), ['a/x']);
  });

  it('the reference of a level run is the state at its reference, not the newest', () => {
    addRun(t.filelist, 5000, { fullNumber: 9, entries: [entry('k', { size: 1n })] });
    const q = addRun(t.filelist, 5001, { fullNumber: 9, level: 5, entries: [entry('k', { size: 2n })] });
    addRun(t.filelist, 5002, { fullNumber: 9, level: 0, entries: [entry('k', { size: 3n })] });
    const plan = referenceFor({ kind: 'incr', level: 5, differential: false }, t.filelist.runs());
    assert.equal(plan.referenceRunId, q);
    const k = t.filelist.referenceState(plan.referenceRunId).get('k');
    assert.equal(k, referenceSignature(entry('k', { size: 2n })));
    assert.equal(compareSignatures(stateSignature(entry('k', { size: 3n })), k), 'changed');
  });
});
