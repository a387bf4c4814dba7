// The DirsToBackup forms beyond names and globs: -m / .//. (one filesystem), -r / /../ and
// -R / //../ (raw contents), "||| dump ||| restore ### comment" (command output, every run),
// "| command" (its output lists the entries) with %T, parsed by backup-entries.ts; end to end
// through full_backup, incr_backup, a real afserver and afrestore.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { loadClientConfig } from '../../../afclient/backup/client-config.js';
import { Filelist } from '../../../afclient/backup/filelist/filelist.js';
import { backupTypeCode, joinPrefixWords, parseBackupEntry, resolveEntries } from '../../../afclient/backup/run/backup-entries.js';
import { walkBackupEntries, type WalkRules } from '../../../afclient/backup/run/tree-walk.js';
import { CollectingReporter } from '../../../afclient/report.js';
import { runHere } from '../../afrestore/fixture.js';
import { backupWorld, full, incr, nextSecond } from './helpers.js';

const RULES: WalkRules = { filesToSkip: [], dirsToSkip: [], filesystemTypes: [] };

function scratch(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afb-forms-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const walked = (root: string, words: string[], rules: Partial<WalkRules> = {}, report = new CollectingReporter()): string[] =>
  [...walkBackupEntries(root, words, { ...RULES, ...rules }, report)].map((i) => `${i.name}${i.raw ? (i.raw.compress ? ' (raw, compressed)' : ' (raw)') : ''}`);

test('parseBackupEntry: every form, and what is wrong with a bad one', () => {
  assert.deepEqual(parseBackupEntry('home/*'), { kind: 'path', text: 'home/*', name: Buffer.from('home/*'), oneFilesystem: false, glob: true });
  assert.deepEqual(parseBackupEntry('.//./usr'), { kind: 'path', text: './/./usr', name: Buffer.from('/usr'), oneFilesystem: true, glob: true });
  assert.deepEqual(parseBackupEntry('/../dev/sda'), { kind: 'raw', text: '/../dev/sda', name: Buffer.from('dev/sda'), compress: false });
  assert.deepEqual(parseBackupEntry('//../dev/sda'), { kind: 'raw', text: '//../dev/sda', name: Buffer.from('dev/sda'), compress: true });
  const cmd = parseBackupEntry('||| pg_dumpall ||| psql postgres ### databases');
  assert.equal(cmd.kind, 'command');
  assert.deepEqual(cmd.kind === 'command' && cmd.spec, { dump: 'pg_dumpall', restore: 'psql postgres', comment: 'databases' });
  assert.deepEqual(parseBackupEntry('| find . -name "*.c"'), { kind: 'list', text: '| find . -name "*.c"', command: 'find . -name "*.c"' });
  assert.throws(() => parseBackupEntry('||| dump only'), /no restore command/);
  assert.throws(() => parseBackupEntry('|  '), /has no command/);
  assert.throws(() => parseBackupEntry('/../'), /names nothing/);
  assert.deepEqual(joinPrefixWords(['-m', '/usr', 'a', '-r', '/dev/sda', '-R', 'img']), ['.//./usr', 'a', '/..//dev/sda', '//../img']);
  assert.throws(() => joinPrefixWords(['a', '-m']), /applies to the name after it/);
  assert.throws(() => joinPrefixWords(['|||', 'x']), /double quotes/);
  assert.deepEqual(
    [{ full: true, part: 1, parts: 1 }, { full: true, part: 2, parts: 3 }, { full: false, level: 0 }, { full: false, level: 5 }].map((t) => backupTypeCode(t as Parameters<typeof backupTypeCode>[0])),
    ['F', 'F2', 'I', 'L5'],
  );
});

test('client.conf: prefix words are joined to their names (so the union of parts keeps them apart); a bare | is an error', async () => {
  const t = scratch();
  try {
    const conf = path.join(t.dir, 'client.conf');
    fs.writeFileSync(conf, 'NumBackupParts: 2\nDirsToBackup1: -m a -r /dev/sda\nDirsToBackup2: -m b "| ls"\n');
    const c = await loadClientConfig(conf);
    assert.deepEqual(c.parts, [['.//.a', '/..//dev/sda'], ['.//.b', '| ls']]);
    assert.deepEqual(c.dirsToBackup, ['.//.a', '/..//dev/sda', './/.b', '| ls']);
    fs.writeFileSync(conf, 'DirsToBackup: a | ls\n');
    await assert.rejects(loadClientConfig(conf), new RegExp(`${conf}:1: '\\|' stands alone in DirsToBackup: put the whole command entry in double quotes`));
  } finally {
    t.cleanup();
  }
});

test('"| command": its output lines are the entries (C-escaped names, no globs), %T is the kind of run', () => {
  const t = scratch();
  try {
    for (const f of ['a', 'b', 'c', 'odd\nname', '[x]']) fs.writeFileSync(path.join(t.dir, f), f);
    assert.deepEqual(walked(t.dir, ["| printf 'a\\nb\\n'"]), ['a', 'b']);
    assert.deepEqual(walked(t.dir, ["| printf 'odd\\\\nname\\n[x]\\n'"]), ['odd\nname', '[x]']);
    const report = new CollectingReporter();
    const entries = resolveEntries(['| echo %T', '| echo c; exit 3'], { root: t.dir, backupType: { full: false, level: 0 }, report });
    assert.deepEqual(entries.map((e) => e.kind !== 'command' && e.name.toString()), ['I', 'c']);
    assert.match(report.problemList.join('\n'), /exited with status 3; the entries it printed are saved/);
    const noType = new CollectingReporter();
    assert.deepEqual(resolveEntries(['| echo %T'], { root: t.dir, report: noType }), []);
    assert.match(noType.problemList[0]!, /%T/);
  } finally {
    t.cleanup();
  }
});

test('-r / -R: one item, the file itself (symbolic link followed), never skipped or walked into', () => {
  const t = scratch();
  try {
    fs.writeFileSync(path.join(t.dir, 'disk.img'), 'raw bytes');
    fs.symlinkSync('disk.img', path.join(t.dir, 'link'));
    fs.mkdirSync(path.join(t.dir, 'd'));
    const report = new CollectingReporter();
    assert.deepEqual(walked(t.dir, ['-r', 'disk.img', '//../link', '-R', 'd'], { filesToSkip: ['*.img'] }, report), ['disk.img (raw)', 'link (raw, compressed)']);
    assert.match(report.problemList[0]!, /d: is a directory/);
  } finally {
    t.cleanup();
  }
});

test('-m / .//.: the walk does not cross into another filesystem', (t) => {
  if (process.getuid?.() !== 0) {
    t.skip('mounting a tmpfs inside the tree needs root');
    return;
  }
  const s = scratch();
  const mnt = path.join(s.dir, 'top/mnt');
  fs.mkdirSync(mnt, { recursive: true });
  fs.writeFileSync(path.join(s.dir, 'top/f'), 'f');
  const mount = spawnSync('mount', ['-t', 'tmpfs', 'none', mnt], { encoding: 'utf8' });
  if (mount.status !== 0) {
    s.cleanup();
    t.skip(`cannot mount a tmpfs here (${mount.stderr.trim() || mount.error?.message}); needs CAP_SYS_ADMIN`);
    return;
  }
  try {
    fs.writeFileSync(path.join(mnt, 'other-fs'), 'x');
    assert.deepEqual(walked(s.dir, ['top']), ['top/f', 'top/mnt/other-fs', 'top/mnt', 'top']);
    // The mount point itself is saved (empty), as find -xdev and tar --one-file-system do.
    assert.deepEqual(walked(s.dir, ['.//.top']), ['top/f', 'top/mnt', 'top']);
    assert.deepEqual(walked(s.dir, ['-m', 'top']), ['top/f', 'top/mnt', 'top']);
  } finally {
    spawnSync('umount', [mnt]);
    s.cleanup();
  }
});

function savedByRun(varDir: string): Map<number, string[]> {
  const fl = Filelist.open(varDir);
  try {
    const rows = fl.db.prepare('SELECT run_id AS run, type, name FROM entries ORDER BY run_id, name').all() as { run: number; type: string; name: Buffer }[];
    const out = new Map<number, string[]>();
    for (const r of rows) out.set(r.run, [...(out.get(r.run) ?? []), `${r.type} ${r.name}`]);
    return out;
  } finally {
    fl.close();
  }
}

test('full_backup and incr_backup: command entries and raw entries every run, list entries with %T, restorable', async () => {
  const w = await backupWorld();
  try {
    const out = path.join(w.setup.dir, 'restored-greeting');
    const types = path.join(w.setup.dir, 'types');
    fs.writeFileSync(path.join(w.tree, 'a'), 'file a');
    fs.writeFileSync(path.join(w.tree, 'b'), 'file b');
    fs.writeFileSync(path.join(w.tree, 'unlisted'), 'not saved');
    fs.writeFileSync(path.join(w.tree, 'disk.img'), 'raw contents\n'.repeat(100));
    const command = `||| printf hello ||| dd of=${out} status=none ### greeting`;
    w.configure({ DirsToBackup: `"${command}" "| echo %T >> ${types}; printf 'a\\nb\\n'" -r disk.img` });
    // Written in the second the full starts in, a and b would be unstable and saved again.
    await nextSecond();

    const f = await full(w);
    assert.equal(f.code, 0, f.stderr);
    await nextSecond();
    const i = await incr(w);
    assert.equal(i.code, 0, i.stderr);
    assert.equal(fs.readFileSync(types, 'utf8'), 'F\nI\n', '%T is F for full_backup, I for incr_backup');

    const runs = [...savedByRun(w.varDir).values()];
    assert.equal(runs.length, 2);
    assert.deepEqual(runs[0], ['file a', 'file b', 'file disk.img', `command ${command}`]);
    // Unchanged a and b stay out of the incremental; the command and the raw file are saved again.
    assert.deepEqual(runs[1], ['file disk.img', `command ${command}`]);

    const restored = await runHere('cli', ['-c', w.conf, 'greeting']);
    assert.equal(restored.code, 0, restored.stdout + restored.stderr);
    assert.equal(fs.readFileSync(out, 'utf8'), 'hello', 'the restore command got the dump command output');

    const elsewhere = path.join(w.setup.dir, 'elsewhere');
    const raw = await runHere('cli', ['-c', w.conf, '-C', elsewhere, 'disk.img']);
    assert.equal(raw.code, 0, raw.stdout + raw.stderr);
    assert.equal(fs.readFileSync(path.join(elsewhere, 'disk.img'), 'utf8'), 'raw contents\n'.repeat(100));
  } finally {
    await w.close();
  }
});

test('-R of a block device and -r of a character device: stored as regular files with their contents', async (t) => {
  if (process.getuid?.() !== 0) {
    t.skip('attaching a loop device needs root');
    return;
  }
  const w = await backupWorld();
  const image = path.join(w.setup.dir, 'disk.img');
  const bytes = Buffer.alloc(256 << 10);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
  fs.writeFileSync(image, bytes);
  const attach = spawnSync('losetup', ['-f', '--show', image], { encoding: 'utf8' });
  if (attach.status !== 0) {
    await w.close();
    t.skip(`cannot attach a loop device (${attach.stderr.trim() || attach.error?.message})`);
    return;
  }
  const loop = attach.stdout.trim();
  try {
    w.configure({ DirsToBackup: `-R ${loop} -r /dev/null` });
    const f = await full(w);
    assert.equal(f.code, 0, f.stderr);
    const name = loop.slice(1);
    assert.deepEqual([...savedByRun(w.varDir).values()][0], [`file ${name}`, 'file dev/null'].sort());
    const elsewhere = path.join(w.setup.dir, 'elsewhere');
    const r = await runHere('cli', ['-c', w.conf, '-C', elsewhere, 'dev/']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(fs.readFileSync(path.join(elsewhere, name)).equals(bytes), 'the device contents were restored as a file');
    assert.equal(fs.statSync(path.join(elsewhere, 'dev/null')).size, 0);
  } finally {
    spawnSync('losetup', ['-d', loop]);
    await w.close();
  }
});
