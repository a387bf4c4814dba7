// Change detection by directory (ReferenceState, DirectoryCheck, the walk's merge) against the
// plain rule it replaces: every walked entry looked up by its full name in a map of the
// reference, found entries removed, the rest in scope the deletions. Each case walks a tree,
// changes it, and compares what selectEntries finds with that rule over the same walk.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compareSignatures, needsSaving, referenceSignature, type Change } from '../../../afclient/backup/change-detection.js';
import { ReferenceState } from '../../../afclient/backup/reference-state.js';
import type { FileState } from '../../../afclient/backup/filelist/types.js';
import { resolveEntries } from '../../../afclient/backup/run/backup-entries.js';
import { scopeOf, selectEntries, withinUnknown } from '../../../afclient/backup/run/select-entries.js';
import { TURN, walkResolved, type WalkRules } from '../../../afclient/backup/run/tree-walk.js';
import { CollectingReporter } from '../../../afclient/report.js';
import { addRun, entry, SEC, tempFilelist } from '../fixtures.js';

const RULES: WalkRules = { filesToSkip: [], dirsToSkip: [], filesystemTypes: [] };
const OLD: FileState = { type: 'file', size: 1n, mtimeNs: 1n, ctimeNs: 1n, inode: 1n, dev: 1n };

interface Outcome {
  counts: Record<Change, number>;
  selected: string[];
  deletions: string[];
}

/** The rule by full names, over a walk without change detection. */
function byFullNames(root: string, entries: string[], rules: WalkRules, reference: Map<string, string>, o: { saveAll?: boolean; forced?: string[] } = {}): Outcome {
  const remaining = new Map(reference);
  const counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0, 'unstable-changed': 0 };
  const selected: string[] = [];
  const unknown = new Set<string>();
  const report = new CollectingReporter();
  for (const item of walkResolved(root, resolveEntries(entries, { root, report }), rules, report, (k) => unknown.add(k))) {
    if (item === TURN) throw new Error('a walk without change detection yields no TURN');
    const ref = remaining.get(item.key);
    remaining.delete(item.key);
    let change = compareSignatures(item.signature, ref);
    if (change === 'unchanged' && (o.forced ?? []).includes(item.entry)) change = 'changed';
    counts[change]++;
    if (o.saveAll || needsSaving(change) || item.raw) selected.push(item.key);
  }
  const scope = scopeOf(entries);
  const deletions = [...remaining.keys()].filter((k) => scope(Buffer.from(k, 'latin1')) && !withinUnknown(k, unknown));
  return { counts, selected, deletions: deletions.sort() };
}

async function byDirectories(root: string, work: string, entries: string[], rules: WalkRules, reference: Map<string, string>, o: { saveAll?: boolean; forced?: string[] } = {}): Promise<Outcome> {
  const s = await selectEntries({ root, entries, rules, reference: () => ReferenceState.of(reference), saveAll: o.saveAll ?? false, forced: o.forced ?? [], report: new CollectingReporter(), workDir: work });
  const selected: string[] = [];
  for await (const e of s.entries.entries()) selected.push(e.name.toString('latin1'));
  return { counts: s.counts, selected, deletions: s.deletions.map((n) => n.toString('latin1')).sort() };
}

/** The reference a run over `entries` would leave: every walked entry's signature. */
function referenceOf(root: string, entries: string[]): Map<string, string> {
  const ref = new Map<string, string>();
  const report = new CollectingReporter();
  for (const item of walkResolved(root, resolveEntries(entries, { root, report }), RULES, report)) if (item !== TURN) ref.set(item.key, item.signature);
  return ref;
}

describe('change detection by directory gives what the rule by full names gives', () => {
  let root: string;
  let work: string;
  const at = (n: string | Buffer): Buffer => Buffer.concat([Buffer.from(root + '/'), Buffer.from(n)]);
  const write = (n: string | Buffer, text = 'contents'): void => {
    const file = at(n);
    fs.mkdirSync(file.subarray(0, file.lastIndexOf('/')), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const same = async (entries: string[], reference: Map<string, string>, rules: Partial<WalkRules> = {}, o: { saveAll?: boolean; forced?: string[] } = {}): Promise<Outcome> => {
    const r = { ...RULES, ...rules };
    const expected = byFullNames(root, entries, r, reference, o);
    const got = await byDirectories(root, work, entries, r, reference, o);
    assert.deepEqual(got, expected);
    return got;
  };

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-merge-work-'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  const withTree = (files: (string | Buffer)[], body: () => Promise<void>) => async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-merge-'));
    try {
      for (const f of files) write(f);
      await body();
    } finally {
      spawnSync('rm', ['-rf', root]);
    }
  };

  it(
    'a directory replaced by a file and a file by a directory',
    withTree(['t/d/x', 't/d/y/z', 't/f', 't/g'], async () => {
      const ref = referenceOf(root, ['t']);
      fs.rmSync(at('t/d').toString(), { recursive: true });
      write('t/d', 'now a file');
      fs.rmSync(at('t/f').toString());
      write('t/f/inside');
      const r = await same(['t'], ref);
      assert.deepEqual(r.deletions, ['t/d/x', 't/d/y', 't/d/y/z']);
      assert.deepEqual(r.selected, ['t/d', 't/f/inside', 't/f', 't']);
    }),
  );

  it(
    'a renamed directory, a directory deleted with its contents, names sorting around "/"',
    withTree(['t/old/a', 't/old/sub/b', 't/gone/deep/c', 't/a.b', 't/a-', 't/a/in', 't/b0'], async () => {
      const ref = referenceOf(root, ['t']);
      fs.renameSync(at('t/old').toString(), at('t/new').toString());
      fs.rmSync(at('t/gone').toString(), { recursive: true });
      fs.rmSync(at('t/a-').toString());
      const r = await same(['t'], ref);
      assert.deepEqual(r.deletions, ['t/a-', 't/gone', 't/gone/deep', 't/gone/deep/c', 't/old', 't/old/a', 't/old/sub', 't/old/sub/b']);
    }),
  );

  it(
    'entries no longer walked (DirsToSkip, FilesToSkip by last component and by whole name) count as deleted',
    withTree(['t/keep/k', 't/skip/s1', 't/skip/s2', 't/x.o', 't/y/z.o', 't/y/w'], async () => {
      const ref = referenceOf(root, ['t']);
      const r = await same(['t'], ref, { dirsToSkip: ['skip'], filesToSkip: ['*.o', 't/y/w'] });
      assert.deepEqual(r.deletions, ['t/skip', 't/skip/s1', 't/skip/s2', 't/x.o', 't/y/w', 't/y/z.o']);
      await same(['t'], ref, { excludeListFile: '.excl', filesToSkip: ['t/keep/*'] });
    }),
  );

  it(
    'names that are not UTF-8 sort bytewise among the others',
    withTree([Buffer.from('t/\xe9t\xe9', 'latin1'), Buffer.from('t/\xff/in', 'latin1'), 't/z', 't/A', Buffer.from('t/a\x7f', 'latin1')], async () => {
      const ref = referenceOf(root, ['t']);
      ref.set('t/\xe0-gone', referenceSignature(OLD));
      ref.set('t/\xff/gone', referenceSignature(OLD));
      fs.writeFileSync(at('t/z'), 'longer than before');
      const r = await same(['t'], ref);
      assert.deepEqual(r.deletions, ['t/\xe0-gone', 't/\xff/gone']);
      assert.equal(r.counts.changed, 1, 't/z');
    }),
  );

  it(
    'unstable reference entries, forced entries, a full (saveAll), overlapping DirsToBackup entries, a glob entry',
    withTree(['p/a', 'p/b', 'q/c', 'q/sub/d'], async () => {
      const ref = referenceOf(root, ['p', 'q']);
      ref.set('p/a', `!${ref.get('p/a')!}`);
      const r = await same(['p', 'q'], ref, {}, { forced: ['q'] });
      assert.equal(r.counts['unstable-changed'], 1);
      assert.equal(r.counts.changed, 4, 'q and everything below it: added since the reference run');
      await same(['p', 'q'], ref, {}, { saveAll: true });
      // q/sub is walked twice: the second time it is new (the reference entry was met already).
      await same(['q', 'q/sub'], ref);
      await same(['[pq]'], ref);
      // A multi-part run walks a part: deletions only within it.
      ref.set('q/gone', referenceSignature(OLD));
      assert.deepEqual((await same(['p'], ref)).deletions, []);
    }),
  );

  it(
    'a directory that cannot be read, nested: nothing at or below it is deleted, its deleted siblings are',
    withTree(['p/kept'], async () => {
      // A path longer than PATH_MAX cannot be scanned (ENAMETOOLONG) while its parent reads fine;
      // a child process builds it one level at a time, each a relative mkdir and chdir.
      const level = 'd'.repeat(200);
      const build = `process.chdir(process.argv[1]); for (let i = 0; i < 22; i++) { fs.mkdirSync('${level}'); process.chdir('${level}'); } fs.mkdirSync('g');`;
      assert.equal(spawnSync(process.execPath, ['-e', build, path.join(root, 'p')]).status, 0);
      const deep = ['p', ...Array.from({ length: 22 }, () => level)].join('/');
      const ref = new Map<string, string>([
        [`${deep}/f`, referenceSignature(OLD)],
        [`${deep}/g/h`, referenceSignature(OLD)],
        [`${deep.slice(0, deep.lastIndexOf('/'))}/gone-but-unknowable`, referenceSignature(OLD)],
        ['p/gone', referenceSignature(OLD)],
        ['p/gone-dir/x', referenceSignature(OLD)],
      ]);
      const r = await same(['p'], ref);
      assert.deepEqual(r.deletions, ['p/gone', 'p/gone-dir/x']);
    }),
  );
});

describe('ReferenceState', () => {
  it('takes pairs in any order; of a name given twice the first counts; each entry is met once', () => {
    const s = ReferenceState.of([
      ['d/b', 'B'],
      ['d/a', 'A'],
      ['top', 'T'],
      ['d/b', 'second'],
      ['d/e/f', 'F'],
      ['d', 'D'],
    ]);
    assert.equal(s.size, 5);
    assert.deepEqual([s.get('d/a'), s.get('d/b'), s.get('top'), s.get('d/e/f'), s.get('d'), s.get('d/e'), s.get('x/y')], ['A', 'B', 'T', 'F', 'D', undefined, undefined]);
    assert.equal(s.take('d/b'), 'B');
    assert.equal(s.take('d/b'), undefined, 'met already');
    const counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0, 'unstable-changed': 0 };
    const d = s.children('d', counts);
    assert.deepEqual([d.check('a', 'A', false), d.check('b', 'B', false), d.check('c', 'C', false)], ['unchanged', 'new', 'new']);
    assert.deepEqual([...s.unmet()].sort(), ['d', 'd/e/f', 'top']);
    assert.deepEqual(counts, { new: 2, changed: 0, unchanged: 1, 'unstable-changed': 0 });
  });

  it('compares in place as compareSignatures compares strings', () => {
    const sig = 'file 1 2 3 4 5';
    const s = ReferenceState.of([
      ['a', sig],
      ['b', `!${sig}`],
      ['c', `!${sig}0`],
      ['d', 'file 1 2 3 4 50'],
      ['e', ''],
    ]);
    const counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0, 'unstable-changed': 0 };
    const top = s.children('', counts);
    const got = ['a', 'b', 'c', 'd', 'e'].map((n) => top.check(n, sig, false));
    assert.deepEqual(got, ['a', 'b', 'c', 'd', 'e'].map((n) => compareSignatures(sig, ReferenceState.of([['x', s.get(n)!]]).get('x'))));
    assert.deepEqual(got, ['unchanged', 'unstable-changed', 'changed', 'changed', 'changed']);
    assert.equal(s.children('', counts).check('a', sig, true), 'new', 'met already: a second walk over it');
  });

  it('from the filelist: the newest version of each name over several runs, without names deleted later, as the state at that time', () => {
    const t = tempFilelist();
    try {
      addRun(t.filelist, 100, { entries: [entry('a/x', { size: 1n }), entry('a/y', { size: 1n }), entry('b/z', { size: 1n }), entry('a', { type: 'directory', size: 0n })] });
      addRun(t.filelist, 200, { level: 0, entries: [entry('a/y', { size: 2n }), entry('a/new', { size: 2n })], deletions: ['b/z'] });
      // Unsorted within a directory and a name twice in one run: the first row counts.
      const last = addRun(t.filelist, 300, { level: 0, entries: [entry('a/w', { size: 3n }), entry('a/new', { size: 3n }), entry('a/new', { size: 4n }), entry('b/z', { size: 3n })], deletions: ['a/x'] });
      const ref = t.filelist.referenceState(last);
      const expected = t.filelist.stateAt(400n * SEC).map((v) => [v.name.toString('latin1'), referenceSignature(v)] as const);
      assert.deepEqual(
        expected.map(([n]) => n),
        ['a', 'a/new', 'a/w', 'a/y', 'b/z'],
      );
      for (const [n, sig] of expected) assert.equal(ref.get(n), sig, n);
      assert.equal(ref.size, expected.length);
      assert.equal(ref.get('a/new')!.split(' ')[1], '3');
    } finally {
      t.cleanup();
    }
  });
});
