import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { referenceSignature } from '../../afclient/backup/change-detection.js';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { RUNS_THEN_ENTRIES } from '../../afclient/backup/filelist/queries.js';
import { cartridgesNeeded, tapeOrder } from '../../afclient/backup/filelist/selection.js';
import { SCHEMA_VERSION } from '../../afclient/backup/filelist/schema.js';
import { FULL_LEVEL } from '../../afclient/backup/levels.js';
import { addRun, entry, names, SEC, tempFilelist } from './fixtures.js';

let t: ReturnType<typeof tempFilelist>;
beforeEach(() => {
  t = tempFilelist();
});
afterEach(() => t.cleanup());

describe('filelist runs and entries', () => {
  it('stores 20000 entries of a batch in one transaction and counts them at the end', () => {
    const id = t.filelist.beginRun({ fullNumber: 1, level: FULL_LEVEL, startNs: 1n, serverHost: 'h', serverPort: 1, clientId: 'c' });
    const batch = Array.from({ length: 20_000 }, (_, i) => entry(`dir${i % 100}/file${i}`, { size: BigInt(i), streamOffset: BigInt(i) * 512n }));
    t.filelist.addEntries(id, batch);
    t.filelist.finishRun(id, { state: 'complete', endNs: 2n, first: { cartridge: 1, tapeFile: 3 }, last: { cartridge: 2, tapeFile: 1 } });
    const run = t.filelist.run(id)!;
    assert.equal(run.entryCount, 20_000);
    assert.equal(run.byteCount, BigInt((19_999 * 20_000) / 2));
    assert.deepEqual(run.first, { cartridge: 1, tapeFile: 3 });
    assert.equal(run.state, 'complete');
    assert.equal(t.filelist.newestVersion(Buffer.from('dir7/file12007'))?.streamOffset, 12007n * 512n);
    // The reference state reads a run in chunks of rows: every entry of every chunk is there.
    const ref = t.filelist.referenceState(id);
    assert.equal(ref.size, 20_000);
    for (const i of [0, 8191, 8192, 16383, 16384, 19_999]) assert.equal(ref.get(`dir${i % 100}/file${i}`), referenceSignature(batch[i]!), `entry ${i}`);
  });

  it('keeps nanosecond times, 64-bit inodes and raw names exactly', () => {
    const name = Buffer.from([0x61, 0xff, 0x0a, 0x5c, 0x62]);
    const e = entry(name, { mtimeNs: 1_795_329_979_123_456_789n, ctimeNs: -5n, inode: 2n ** 64n - 3n, dev: 2n ** 63n + 7n, size: 2n ** 52n + 1n, unstable: true });
    addRun(t.filelist, 10, { entries: [e] });
    const v = t.filelist.newestVersion(name)!;
    assert.equal(v.mtimeNs, e.mtimeNs);
    assert.equal(v.ctimeNs, -5n);
    assert.equal(v.inode, e.inode);
    assert.equal(v.dev, e.dev);
    assert.equal(v.size, e.size);
    assert.equal(v.unstable, true);
    assert.ok(v.name.equals(name));
    // Change detection compares with the same numbers the filesystem gave.
    const stable = entry('stable', { inode: 5n, dev: 2049n });
    const id = addRun(t.filelist, 20, { level: 0, entries: [stable] });
    const ref = t.filelist.referenceState(id);
    assert.equal(ref.get(name.toString('latin1')), `!file ${2n ** 52n + 1n} 1795329979123456789 -5 -3 ${-(2n ** 63n) + 7n}`);
    assert.equal(ref.get(name.toString('latin1')), referenceSignature(e));
    assert.equal(ref.get('stable'), `file 100 ${1000n * SEC} ${1000n * SEC} 5 2049`);
  });

  it('refuses entries for a finished run', () => {
    const id = addRun(t.filelist, 10);
    assert.throws(() => t.filelist.addEntries(id, [entry('a')]), /run \d+ is complete; entries can only be added to a running run/);
    assert.throws(() => t.filelist.addEntries(999, [entry('a')]), /there is no run 999/);
    assert.throws(() => t.filelist.beginRun({ fullNumber: 1, level: -1, startNs: 1n, serverHost: 'h', serverPort: 1, clientId: 'c' }), /level -1 is not 0 to 2147483647/);
    assert.throws(() => t.filelist.beginRun({ fullNumber: 1, level: 0, part: 3, parts: 2, startNs: 1n, serverHost: 'h', serverPort: 1, clientId: 'c' }), /part 3 of 2/);
  });

  it('records a batch completely or not at all, naming the filelist on failure', () => {
    const id = t.filelist.beginRun({ fullNumber: 1, level: 0, startNs: 1n, serverHost: 'h', serverPort: 1, clientId: 'c' });
    const bad = { ...entry('second'), name: null as unknown as Buffer };
    assert.throws(() => t.filelist.addEntries(id, [entry('first'), bad]), /cannot record the entries in the filelist .*filelist\.db: .*NOT NULL.*nothing of this batch was recorded/);
    t.filelist.finishRun(id, { state: 'failed', endNs: 2n });
    assert.equal(t.filelist.run(id)!.entryCount, 0);
  });

  it('records a whole run (batches and deletions) in one transaction, or nothing of it', () => {
    const id = t.filelist.beginRun({ fullNumber: 1, level: 0, startNs: 1n, serverHost: 'h', serverPort: 1, clientId: 'c' });
    let batchesRead = 0;
    function* failing(): Generator<ReturnType<typeof entry>[]> {
      batchesRead++;
      yield [entry('one'), entry('two')];
      batchesRead++;
      throw new Error('the entry log cannot be read');
    }
    assert.throws(() => t.filelist.addRunContents(id, failing(), [Buffer.from('gone')]), /cannot record the entries and deletions in the filelist .*filelist\.db: the entry log cannot be read; nothing of this batch was recorded/);
    assert.equal(batchesRead, 2);
    assert.equal(t.filelist.newestVersion(Buffer.from('one')), undefined, 'the first batch was rolled back with the failing one');
    function* good(): Generator<ReturnType<typeof entry>[]> {
      yield [entry('one'), entry('two')];
      yield [entry('three')];
    }
    t.filelist.addRunContents(id, good(), [Buffer.from('gone')]);
    t.filelist.finishRun(id, { state: 'complete', endNs: 2n });
    assert.equal(t.filelist.run(id)!.entryCount, 3);
    assert.deepEqual(names(t.filelist.stateAt(3n)), ['one', 'three', 'two']);
    assert.equal(t.filelist.db.prepare('SELECT count(*) FROM deletions WHERE run_id = ?').pluck().get(id), 1);
    assert.throws(() => t.filelist.addRunContents(id, good(), []), /run \d+ is complete; entries can only be added to a running run/);
  });

  it('marks runs a dead process left running as failed', () => {
    const id = t.filelist.beginRun({ fullNumber: 1, level: 0, startNs: 1n, serverHost: 'h', serverPort: 1, clientId: 'c' });
    t.filelist.addEntries(id, [entry('a')]);
    assert.equal(t.filelist.markInterruptedRuns(5n), 1);
    assert.equal(t.filelist.run(id)!.state, 'failed');
    assert.equal(t.filelist.run(id)!.entryCount, 1);
  });

  it('refuses a filelist written by a newer schema', () => {
    const file = t.filelist.file;
    t.filelist.close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(() => Filelist.open(path.dirname(file)), /schema version \d+ is newer than this program understands/);
    t.filelist = Filelist.open(path.join(t.dir, 'var2'));
  });

  it('brings a version 1 filelist (names indexed across runs) to names indexed within their run', () => {
    addRun(t.filelist, 10, { entries: [entry('etc/hosts', { size: 1n }), entry('etc/passwd')] });
    addRun(t.filelist, 20, { level: 0, entries: [entry('etc/hosts', { size: 2n })] });
    const file = t.filelist.file;
    t.filelist.close();
    const db = new Database(file);
    db.exec('DROP INDEX entries_run_name; CREATE INDEX entries_name ON entries (name, run_id)');
    db.pragma('user_version = 1');
    db.close();
    t.filelist = Filelist.open(path.dirname(file));
    const indexes = t.filelist.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' ORDER BY name").pluck().all();
    assert.deepEqual(indexes, ['entries_cartridge', 'entries_run', 'entries_run_name', 'entries_uid']);
    assert.equal(t.filelist.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(t.filelist.newestVersion(Buffer.from('etc/hosts'))?.size, 2n);
    assert.equal(t.filelist.newestVersion(Buffer.from('etc/passwd'))?.backupNs, 10n * SEC);
  });

  it('takes the later of two versions of a name recorded by one run as the newest, as a restore of the latest does', () => {
    addRun(t.filelist, 10, { entries: [entry('dup', { size: 30n }), entry('dup', { size: 35n }), entry('other')] });
    addRun(t.filelist, 20, { level: 0, entries: [entry('other', { size: 2n })] });
    assert.equal(t.filelist.newestVersion(Buffer.from('dup'))?.size, 35n);
    assert.deepEqual(t.filelist.findVersions({ patterns: ['dup'], exact: true, latest: true }).map((v) => v.size), [35n]);
    assert.deepEqual(t.filelist.findVersions({ patterns: ['dup'], exact: true }).map((v) => v.size), [30n, 35n]);
  });

  it('looks a name up with one search per run, never a scan of every entry', () => {
    const plan = (where: string): string =>
      (t.filelist.db.prepare(`EXPLAIN QUERY PLAN SELECT e.size FROM ${RUNS_THEN_ENTRIES} WHERE ${where} ORDER BY e.name`).all(Buffer.from('a'), Buffer.from('b')) as { detail: string }[]).map((r) => r.detail).join(' | ');
    for (const where of ["e.name = ? AND r.state IN ('complete', 'failed') AND ? IS NOT NULL", "e.name IN (?, ?) AND r.start_ns <= 5"]) {
      assert.match(plan(where), /SEARCH e USING INDEX entries_run_name \(run_id=\? AND name=\?\)/, where);
    }
  });
});

describe('filelist state across full backups', () => {
  it('builds the state of a multi-part full from its parts and the previous full until it is complete', () => {
    addRun(t.filelist, 10, { fullNumber: 1, entries: [entry('part1/a'), entry('part2/b'), entry('dropped/c')] });
    addRun(t.filelist, 20, { fullNumber: 2, part: 1, parts: 2, entries: [entry('part1/a', { size: 2n })] });
    const at = (s: bigint) => t.filelist.stateAt(s * SEC).map((v) => `${v.name}@${v.backupNs / SEC}`);
    assert.deepEqual(at(25n), ['dropped/c@10', 'part1/a@20', 'part2/b@10']);
    addRun(t.filelist, 30, { fullNumber: 2, part: 2, parts: 2, entries: [entry('part2/b', { size: 2n })] });
    assert.deepEqual(at(35n), ['part1/a@20', 'part2/b@30'], 'what the complete full did not save is no longer part of the state');
    assert.deepEqual(at(15n), ['dropped/c@10', 'part1/a@10', 'part2/b@10']);
  });
});

describe('filelist queries', () => {
  beforeEach(() => {
    addRun(t.filelist, 100, {
      entries: [
        entry('home/ann/Report.TXT', { uid: 1500, mtimeNs: 50n * SEC, cartridge: 2, tapeFile: 4, block: 9 }),
        entry('home/bob/notes.txt', { uid: 1600, mtimeNs: 60n * SEC, cartridge: 1, tapeFile: 7, block: 3 }),
        entry('etc/passwd', { mtimeNs: 70n * SEC, cartridge: 1, tapeFile: 7, block: 1 }),
        entry('tmp/gone.txt', { mtimeNs: 80n * SEC, cartridge: 1, tapeFile: 7, block: 2 }),
      ],
    });
    addRun(t.filelist, 200, {
      level: 0,
      entries: [entry('home/bob/notes.txt', { uid: 1600, mtimeNs: 150n * SEC, cartridge: 3, tapeFile: 1 }), entry('home/bob/new.txt', { uid: 1600, mtimeNs: 160n * SEC, cartridge: 3, tapeFile: 1, block: 5 })],
      deletions: ['tmp/gone.txt'],
    });
    addRun(t.filelist, 300, { level: 0, entries: [entry('home/bob/notes.txt', { uid: 1600, mtimeNs: 250n * SEC, cartridge: 3, tapeFile: 2 })], deletions: ['home/bob/new.txt'] });
  });

  it('finds the newest version of a name', () => {
    assert.equal(t.filelist.newestVersion(Buffer.from('home/bob/notes.txt'))!.mtimeNs, 250n * SEC);
    assert.equal(t.filelist.newestVersion(Buffer.from('nope')), undefined);
  });

  it('matches substrings, exact names, ignoring case and globs', () => {
    const f = (q: Parameters<Filelist['findVersions']>[0]) => [...new Set(names(t.filelist.findVersions(q)))];
    assert.deepEqual(f({ patterns: ['bob'] }), ['home/bob/new.txt', 'home/bob/notes.txt']);
    assert.deepEqual(f({ patterns: ['report'] }), []);
    assert.deepEqual(f({ patterns: ['report'], ignoreCase: true }), ['home/ann/Report.TXT']);
    assert.deepEqual(f({ patterns: ['etc/passwd'], exact: true }), ['etc/passwd']);
    assert.deepEqual(f({ patterns: ['passwd'], exact: true }), []);
    assert.deepEqual(f({ patterns: ['*.txt'] }), ['home/bob/new.txt', 'home/bob/notes.txt', 'tmp/gone.txt']);
    assert.deepEqual(f({ patterns: ['home/*/*.txt'], exact: true, ignoreCase: true }), ['home/ann/Report.TXT', 'home/bob/new.txt', 'home/bob/notes.txt']);
    assert.deepEqual(f({ patterns: ['passwd', 'ann'] }), ['etc/passwd', 'home/ann/Report.TXT']);
  });

  it('returns every version, or only the newest, within mtime and backup time windows', () => {
    const all = t.filelist.findVersions({ patterns: ['notes.txt'] });
    assert.deepEqual(all.map((v) => v.backupNs), [100n * SEC, 200n * SEC, 300n * SEC]);
    const latest = t.filelist.findVersions({ patterns: ['notes.txt'], latest: true });
    assert.deepEqual(latest.map((v) => v.mtimeNs), [250n * SEC]);
    const before = t.filelist.findVersions({ patterns: ['notes.txt'], latest: true, mtimeTo: 200n * SEC });
    assert.deepEqual(before.map((v) => v.mtimeNs), [150n * SEC]);
    const asOfBackup = t.filelist.findVersions({ patterns: ['notes.txt'], latest: true, backupTo: 150n * SEC });
    assert.deepEqual(asOfBackup.map((v) => v.mtimeNs), [60n * SEC]);
    const window = t.filelist.findVersions({ patterns: ['notes.txt'], mtimeFrom: 100n * SEC, backupFrom: 250n * SEC });
    assert.deepEqual(window.map((v) => v.mtimeNs), [250n * SEC]);
  });

  it('does not bring back names deleted before the backup time asked for', () => {
    assert.deepEqual(names(t.filelist.findVersions({ patterns: ['gone'], latest: true })), []);
    assert.deepEqual(names(t.filelist.findVersions({ patterns: ['gone'], latest: true, backupTo: 150n * SEC })), ['tmp/gone.txt']);
    assert.deepEqual(names(t.filelist.findVersions({ patterns: ['new.txt'], latest: true, backupTo: 250n * SEC })), ['home/bob/new.txt']);
    assert.deepEqual(names(t.filelist.findVersions({ patterns: ['new.txt'], latest: true })), []);
  });

  it('gives the state as of a time without resurrecting deleted files', () => {
    const at = (s: bigint) => t.filelist.stateAt(s * SEC).map((v) => `${v.name}@${v.backupNs / SEC}`);
    assert.deepEqual(at(50n), []);
    assert.deepEqual(at(100n), ['etc/passwd@100', 'home/ann/Report.TXT@100', 'home/bob/notes.txt@100', 'tmp/gone.txt@100']);
    assert.deepEqual(at(250n), ['etc/passwd@100', 'home/ann/Report.TXT@100', 'home/bob/new.txt@200', 'home/bob/notes.txt@200']);
    assert.deepEqual(at(400n), ['etc/passwd@100', 'home/ann/Report.TXT@100', 'home/bob/notes.txt@300']);
  });

  it('gives the reference state for change detection from complete runs only', () => {
    const failed = addRun(t.filelist, 400, { level: 0, state: 'failed', entries: [entry('etc/passwd', { size: 999n })], deletions: ['etc/passwd'] });
    const ref = t.filelist.referenceState(failed);
    assert.deepEqual([...ref.unmet()].sort(), ['etc/passwd', 'home/ann/Report.TXT', 'home/bob/notes.txt']);
    assert.equal(ref.get('etc/passwd')!.split(' ')[1], '100', 'the size of the complete run');
    assert.equal(ref.get('home/bob/notes.txt')!.split(' ')[2], String(250n * SEC), 'the mtime');
    assert.equal(t.filelist.referenceState(undefined).size, 0);
    // A failed run's entries did reach the tape: restores may use them.
    assert.equal(t.filelist.newestVersion(Buffer.from('etc/passwd'))!.size, 999n);
  });

  it('lets a user see only their own entries', () => {
    assert.deepEqual([...new Set(names(t.filelist.findVersions({ uid: 1500 })))], ['home/ann/Report.TXT']);
    assert.deepEqual(names(t.filelist.findVersions({ uid: 1500, patterns: ['bob'] })), []);
    assert.deepEqual([...new Set(names(t.filelist.findVersions({ uid: 1600, latest: true })))], ['home/bob/notes.txt']);
  });

  it('restricts to older filelists and cartridges', () => {
    addRun(t.filelist, 500, { fullNumber: 2, entries: [entry('etc/passwd', { cartridge: 9 })] });
    assert.deepEqual(t.filelist.findVersions({ patterns: ['passwd'] }).map((v) => v.fullNumber), [1, 2]);
    assert.deepEqual(t.filelist.findVersions({ patterns: ['passwd'], olderFilelist: 0 }).map((v) => v.cartridge), [9]);
    assert.deepEqual(t.filelist.findVersions({ patterns: ['passwd'], olderFilelist: 1 }).map((v) => v.cartridge), [1]);
    assert.throws(() => t.filelist.findVersions({ olderFilelist: 2 }), /there is no filelist 2 back: 2 full backup number\(s\) are stored \(2, 1\)/);
    assert.deepEqual(names(t.filelist.findVersions({ cartridges: [2] })), ['home/ann/Report.TXT']);
  });

  it('sorts a selection in tape order and lists the cartridges it needs', () => {
    const sel = t.filelist.stateAt(250n * SEC);
    const ordered = tapeOrder(sel).map((v) => `${v.cartridge}.${v.tapeFile}.${v.block}`);
    assert.deepEqual(ordered, ['1.7.1', '2.4.9', '3.1.0', '3.1.5']);
    assert.deepEqual(cartridgesNeeded(sel), [{ host: 'tapesrv', port: 2988, cartridges: [1, 2, 3] }]);
  });
});
