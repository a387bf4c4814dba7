// What a run walks and selects, without a server: FilesToSkip, DirsToSkip (pruned), exclude list
// files, glob entries, FilesystemTypes, the scope of deletions, and the command-line overrides.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { referenceSignature, stateFromStats, stateSignature } from '../../../afclient/backup/change-detection.js';
import { ReferenceState } from '../../../afclient/backup/reference-state.js';
import type { FileState } from '../../../afclient/backup/filelist/types.js';
import type { ClientConfig } from '../../../afclient/backup/client-config.js';
import { parseCommandLine, UsageError } from '../../../afclient/backup/run/cli-options.js';
import { expandCommand } from '../../../afclient/backup/run/programs.js';
import { scopeOf, selectEntries } from '../../../afclient/backup/run/select-entries.js';
import { walkBackupEntries, type WalkRules } from '../../../afclient/backup/run/tree-walk.js';
import { CollectingReporter } from '../../../afclient/report.js';
import { filesystemType } from '../../../afclient/backup/run/fs-types.js';

function tree(files: string[]): { root: string; cleanup: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-walk-'));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    if (!f.endsWith('/')) fs.writeFileSync(path.join(root, f), f);
  }
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

const RULES: WalkRules = { filesToSkip: [], dirsToSkip: [], filesystemTypes: [] };
const names = (root: string, entries: string[], rules: Partial<WalkRules> = {}, report = new CollectingReporter()): string[] =>
  [...walkBackupEntries(root, entries, { ...RULES, ...rules }, report)].map((i) => i.name.toString());

test('the walk: afbackup order, skip patterns, pruned directories, exclude list files, globs', () => {
  const t = tree(['a/core', 'a/x.obj', 'a/keep.c', 'a/lost+found/f', 'a/.buexcl', 'a/secret.key', 'a/sub/secret.key', 'b/y', 'c/z']);
  fs.writeFileSync(path.join(t.root, 'a/.buexcl'), '# patterns\n*.key\n');
  try {
    assert.deepEqual(names(t.root, ['a']), ['a/.buexcl', 'a/core', 'a/keep.c', 'a/lost+found/f', 'a/lost+found', 'a/secret.key', 'a/sub/secret.key', 'a/sub', 'a/x.obj', 'a']);
    assert.deepEqual(
      names(t.root, ['a'], { filesToSkip: ['*.obj', 'core'], dirsToSkip: ['lost+found'], excludeListFile: '.buexcl' }),
      // the exclude list applies in its own directory only
      ['a/.buexcl', 'a/keep.c', 'a/sub/secret.key', 'a/sub', 'a'],
    );
    assert.deepEqual(names(t.root, ['a'], { filesToSkip: ['a/sub/*'] }).filter((n) => n.startsWith('a/sub')), ['a/sub']);
    assert.deepEqual(names(t.root, ['[bc]']), ['b/y', 'b', 'c/z', 'c']);
    const report = new CollectingReporter();
    assert.deepEqual(names(t.root, ['missing', 'b'], {}, report), ['b/y', 'b']);
    assert.match(report.problemList[0]!, /missing: no such file or directory; not saved/);
  } finally {
    t.cleanup();
  }
});

test('FilesystemTypes: /type prunes, -type skips but descends, type saves only that type', () => {
  const t = tree(['d/f']);
  try {
    const type = filesystemType(t.root);
    assert.deepEqual(names(t.root, ['d'], { filesystemTypes: [{ type, mode: 'prune' }] }), []);
    assert.deepEqual(names(t.root, ['d'], { filesystemTypes: [{ type, mode: 'skip' }] }), []);
    assert.deepEqual(names(t.root, ['d'], { filesystemTypes: [{ type, mode: 'only' }] }), ['d/f', 'd']);
    assert.deepEqual(names(t.root, ['d'], { filesystemTypes: [{ type: 'proc', mode: 'only' }] }), []);
  } finally {
    t.cleanup();
  }
});

test('selection: unchanged entries stay out, deletions only within what the run walked', async () => {
  const t = tree(['p1/a', 'p1/b', 'p2/c']);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-select-'));
  try {
    const reference = new Map<string, string>();
    for (const item of walkBackupEntries(t.root, ['p1', 'p2'], RULES, new CollectingReporter())) {
      assert.equal(item.signature, stateSignature(stateFromStats(fs.lstatSync(item.path, { bigint: true }))), 'the scan sees what lstat sees');
      reference.set(item.key, item.signature);
    }
    const gone: FileState = { type: 'file', size: 1n, mtimeNs: 1n, ctimeNs: 1n, inode: 1n, dev: 1n };
    reference.set('p1/gone', referenceSignature(gone));
    reference.set('p2/gone', referenceSignature(gone));
    fs.writeFileSync(path.join(t.root, 'p1/b'), 'changed, longer');
    const s = await selectEntries({ root: t.root, entries: ['p1'], rules: RULES, reference: ReferenceState.of(reference), saveAll: false, forced: [], report: new CollectingReporter(), workDir: work });
    const selected: string[] = [];
    for await (const e of s.entries.entries()) selected.push(`${e.name} ${e.path}`);
    assert.deepEqual(selected, [`p1/b ${path.join(t.root, 'p1/b')}`]);
    assert.equal(s.entries.count, 1);
    assert.deepEqual(s.deletions.map((n) => n.toString()), ['p1/gone']);
    assert.equal(scopeOf(['p*'])(Buffer.from('p2/x')), true);
    assert.equal(scopeOf(['p1'])(Buffer.from('p10/x')), false);
  } finally {
    t.cleanup();
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('a directory that cannot be read is not taken for deleted: nothing below it is recorded as a deletion', async () => {
  // As root a mode cannot make a directory unreadable; a path longer than PATH_MAX can: its scan
  // fails with ENAMETOOLONG while its parent reads fine. A child process builds it one level at a
  // time, each a relative mkdir and chdir.
  const t = tree(['p/kept']);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-select-'));
  try {
    const level = 'd'.repeat(200);
    const build = `process.chdir(process.argv[1]); for (let i = 0; i < 22; i++) { fs.mkdirSync('${level}'); process.chdir('${level}'); } fs.writeFileSync('f', 'x');`;
    const r = spawnSync(process.execPath, ['-e', build, path.join(t.root, 'p')]);
    assert.equal(r.status, 0, r.stderr.toString());
    const depth = (n: number): string => ['p', ...Array.from({ length: n }, () => level)].join('/');
    const file: FileState = { type: 'file', size: 1n, mtimeNs: 1n, ctimeNs: 1n, inode: 1n, dev: 1n };
    const reference = new Map<string, string>([
      [`${depth(22)}/f`, referenceSignature(file)],
      [`${depth(21)}/gone-but-unknowable`, referenceSignature(file)],
      ['p/gone', referenceSignature(file)],
    ]);
    const report = new CollectingReporter();
    const s = await selectEntries({ root: t.root, entries: ['p'], rules: RULES, reference: ReferenceState.of(reference), saveAll: false, forced: [], report, workDir: work });
    assert.match(report.problemList.join('\n'), /cannot read directory/);
    assert.deepEqual(s.deletions.map((n) => n.toString()), ['p/gone']);
  } finally {
    spawnSync('rm', ['-rf', t.root]);
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('command line: afbackup letters override client.conf; bad values are usage errors', () => {
  const base = { servers: [{ host: 'a', port: 1, cartridgeSet: 1 }], placeholders: { V: '/v', C: '/c' }, varDirectory: '/v' } as unknown as ClientConfig;
  const cl = parseCommandLine('incr_backup', ['-c', 'x.conf', '-Q', '5', '-a', '-h', 'h1 h2', '-P', '10,20', '-S', '1 2', '-W', 'me', '-V', '/tmp/v', '-F', '*.o core', '-z', 'gzip', 'gunzip']);
  assert.deepEqual([cl.configFile, cl.level, cl.differential, cl.dropLower], ['x.conf', 5, true, false]);
  const c = cl.apply(base);
  assert.deepEqual(c.servers, [{ host: 'h1', port: 10, cartridgeSet: 1 }, { host: 'h2', port: 20, cartridgeSet: 2 }]);
  assert.deepEqual([c.clientIdentifier, c.varDirectory, c.placeholders.V], ['me', '/tmp/v', '/tmp/v']);
  assert.deepEqual(c.filesToSkip, ['*.o', 'core']);
  assert.deepEqual(c.process, { compress: 'gzip', uncompress: 'gunzip' });
  assert.throws(() => parseCommandLine('full_backup', ['-Q', '3']), UsageError);
  assert.throws(() => parseCommandLine('incr_backup', ['-Q', '2147483647']), /level must be/);
  assert.deepEqual(parseCommandLine('incr_backup', ['somefile', '-m', 'home']).entries, ['somefile', './/.home']);
  assert.throws(() => parseCommandLine('update_indexes', ['somefile']), /takes no names/);
  assert.throws(() => parseCommandLine('full_backup', ['-P', '1 2']).apply(base), /one port and one cartridge set per host/);
});

test('program commands: placeholders become single arguments, no shell', () => {
  assert.deepEqual(expandCommand('mail -s "backup %e" root %i 100%%', { e: '0', i: '@@@ a b' }), ['mail', '-s', 'backup 0', 'root', '@@@ a b', '100%']);
});
