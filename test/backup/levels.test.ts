import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RunInfo } from '../../afclient/backup/filelist/types.js';
import { droppableRuns, FULL_LEVEL, referenceFor, type BackupRequest, type RunPlan } from '../../afclient/backup/levels.js';

/** Plans a run against the history, records it as `state`, returns its plan. */
class History {
  readonly runs: RunInfo[] = [];

  run(request: BackupRequest, startSec: number, state: RunInfo['state'] = 'complete'): RunPlan & { id: number } {
    const plan = referenceFor(request, this.runs);
    const id = this.runs.length + 1;
    this.runs.push({
      id,
      fullNumber: plan.fullNumber,
      part: plan.part,
      parts: plan.parts,
      level: plan.level,
      differential: plan.differential,
      startNs: BigInt(startSec) * 1_000_000_000n,
      state,
      serverHost: 'h',
      serverPort: 1,
      clientId: 'c',
      entryCount: 0,
      byteCount: 0n,
      dirsToBackup: [],
    });
    return { ...plan, id };
  }
}

const full = (parts = 1): BackupRequest => ({ kind: 'full', parts });
const incr = (level = 0, differential = false): BackupRequest => ({ kind: 'incr', level, differential });
const sec = (plan: RunPlan) => (plan.referenceTimeNs === undefined ? undefined : Number(plan.referenceTimeNs / 1_000_000_000n));

describe('backup levels (afbackup section 6)', () => {
  it("follows afbackup's documented example: full T1; incr T2; -Q 5 T3; -Q 3 T4; -Q 5 T5", () => {
    const h = new History();
    const t1 = h.run(full(), 1);
    assert.equal(t1.level, FULL_LEVEL);
    assert.equal(t1.saveAll, true);
    assert.equal(t1.fullNumber, 1);
    const t2 = h.run(incr(), 2);
    assert.equal(sec(t2), 1, 'plain incr: since the full');
    assert.equal(t2.referenceRunId, t1.id);
    const t3 = h.run(incr(5), 3);
    assert.equal(sec(t3), 1, '-Q 5 saves everything since T1 (the full is the latest run of level >= 5)');
    assert.equal(t3.referenceRunId, t1.id);
    const t4 = h.run(incr(3), 4);
    assert.equal(sec(t4), 3, '-Q 3: since T3');
    assert.equal(t4.referenceRunId, t3.id);
    const t5 = h.run(incr(5), 5);
    assert.equal(sec(t5), 3, '-Q 5: since T3 (T4 has a lower level)');
    assert.equal(t5.referenceRunId, t3.id);
    const t6 = h.run(incr(), 6);
    assert.equal(sec(t6), 5, 'level runs advance the plain reference');
    assert.deepEqual([t2, t3, t4, t5, t6].map((p) => p.fullNumber), [1, 1, 1, 1, 1]);
  });

  it('ignores failed runs as references and falls back when no run has the level', () => {
    const h = new History();
    assert.equal(h.run(incr(7), 1).referenceRunId, undefined, 'nothing before: everything is new');
    const f = h.run(full(), 2);
    h.run(incr(), 3, 'failed');
    assert.equal(h.run(incr(), 4).referenceRunId, f.id);
    const i = h.run(incr(), 5);
    assert.equal(h.run(incr(4), 6).referenceRunId, f.id);
    assert.throws(() => referenceFor(incr(FULL_LEVEL), h.runs), /incremental levels are 0 to 2147483646/);
    assert.throws(() => referenceFor(incr(-1), h.runs), /out of range/);
    assert.ok(i.id > f.id);
  });

  it('keeps the reference of differential runs (-a)', () => {
    const h = new History();
    const f = h.run(full(), 1);
    const d1 = h.run(incr(0, true), 2);
    const d2 = h.run(incr(0, true), 3);
    assert.equal(d1.referenceRunId, f.id);
    assert.equal(d2.referenceRunId, f.id, 'a differential does not advance the reference');
    const i = h.run(incr(), 4);
    assert.equal(i.referenceRunId, f.id);
    assert.equal(h.run(incr(0, true), 5).referenceRunId, i.id);
  });

  it('keeps the old reference between parts of a multi-part full and counts at part 1', () => {
    const h = new History();
    const old = h.run(full(1), 1);
    const p1 = h.run(full(3), 10);
    assert.deepEqual([p1.fullNumber, p1.part, p1.parts], [2, 1, 3]);
    const between = h.run(incr(), 11);
    assert.equal(between.referenceRunId, old.id, 'the parts not yet saved are still covered');
    assert.equal(between.fullNumber, 2);
    const q = h.run(incr(9), 12);
    assert.equal(q.referenceRunId, old.id, 'an incomplete full is no level reference either');
    const p2 = h.run(full(3), 20);
    assert.deepEqual([p2.fullNumber, p2.part], [2, 2]);
    const p3failed = h.run(full(3), 30, 'failed');
    assert.deepEqual([p3failed.fullNumber, p3failed.part], [2, 3]);
    assert.equal(h.run(incr(), 31).referenceRunId, q.id, 'the latest incremental between parts');
    const p3 = h.run(full(3), 40);
    assert.deepEqual([p3.fullNumber, p3.part], [2, 3], 'a failed part is done again');
    const after = h.run(incr(), 41);
    assert.equal(after.referenceRunId, p3.id, 'the completed set is the reference');
    assert.equal(sec(after), 10, 'its time is the start of part 1');
    const next = h.run(full(3), 50);
    assert.deepEqual([next.fullNumber, next.part], [3, 1]);
  });

  it('starts a new full number when part 1 failed or the number of parts changed', () => {
    const h = new History();
    h.run(full(2), 1, 'failed');
    const again = h.run(full(2), 2);
    assert.deepEqual([again.fullNumber, again.part], [2, 1]);
    const changed = h.run(full(3), 3);
    assert.deepEqual([changed.fullNumber, changed.part, changed.parts], [3, 1, 3]);
  });

  it('a full compares with the newest state only to record deletions', () => {
    const h = new History();
    h.run(full(), 1);
    const d = h.run(incr(0, true), 2);
    const f = h.run(full(), 3);
    assert.equal(f.saveAll, true);
    assert.equal(f.referenceRunId, d.id);
  });

  it('-H: lower levels after the reference, and earlier differentials of the level, become droppable', () => {
    const h = new History();
    h.run(full(), 1);
    const i0 = h.run(incr(), 2);
    const q3 = h.run(incr(3), 3);
    const i0b = h.run(incr(), 4);
    const q5 = h.run(incr(5), 5);
    const at = (id: number) => h.runs.find((r) => r.id === id)!;
    assert.deepEqual(droppableRuns(at(q5.id), h.runs).map((r) => r.id), [i0.id, q3.id, i0b.id]);
    assert.deepEqual(droppableRuns(at(q3.id), h.runs).map((r) => r.id), [i0.id]);
    assert.deepEqual(droppableRuns(at(i0b.id), h.runs), []);
    const d1 = h.run(incr(2, true), 6);
    const d2 = h.run(incr(2, true), 7);
    assert.deepEqual(droppableRuns(at(d2.id), h.runs).map((r) => r.id), [d1.id], 'with -a: the previous differential');
    assert.deepEqual(droppableRuns(at(1), h.runs), [], 'a full drops nothing');
  });
});
