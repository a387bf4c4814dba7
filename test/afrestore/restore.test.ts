// afrestore and afverify end to end against a real afserver on 127.0.0.1: restore by pattern
// (-p, -i, globs), by time (deleted files are not brought back), relocation (-C), merge (-m),
// the listings (-l, -n, -t, -F), the whole last state (-a), and afverify (-l, differences,
// --tape).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { exportText, importText } from '../../afclient/backup/filelist/text-form.js';
import { backupRun, runCli, runHere, startFixture, type Fixture } from './fixture.js';

const NS = 1_000_000_000n;
const secs = (ns: bigint): string => String(ns / NS);

describe('afrestore and afverify', () => {
  let fx: Fixture;
  let t1: bigint;
  let t2: bigint;
  const tree = (...p: string[]): string => path.join(fx.root, 'tree', ...p);
  const restore = (...args: string[]) => runHere('cli', ['-c', fx.confFile, ...args]);
  const verify = (...args: string[]) => runHere('verify-cli', ['-c', fx.confFile, ...args]);

  before(async () => {
    fx = await startFixture();
    fs.mkdirSync(tree('docs'), { recursive: true });
    fs.mkdirSync(tree('src'));
    fs.writeFileSync(tree('docs/readme.txt'), 'readme v1');
    fs.writeFileSync(tree('docs/Notes.TXT'), 'notes');
    fs.writeFileSync(tree('src/a.c'), 'int a;');
    fs.writeFileSync(tree('src/b.c'), 'int b;');
    fs.writeFileSync(tree('old.txt'), 'old');
    const now = BigInt(Date.now()) * 1_000_000n;
    t1 = now - 7200n * NS;
    t2 = now - 3600n * NS;
    await backupRun(fx, ['tree'], { full: true, startNs: t1 });
    fs.writeFileSync(tree('docs/readme.txt'), 'readme v2');
    fs.rmSync(tree('old.txt'));
    await backupRun(fx, ['tree/docs/readme.txt'], { full: false, startNs: t2, deleted: ['tree/old.txt'] });
  });
  after(async () => {
    await fx?.stop();
  });

  it('lists the newest version of matching files in the filelist line form (-l)', async () => {
    const r = await restore('-l', 'readme');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, new RegExp(`^127\\.0\\.0\\.1%${fx.port}!\\d+\\.\\d+\\|0~\\d+: tree/docs/readme\\.txt$`));
  });

  it('runs as a program: bin/afrestore and bin/afverify', async () => {
    const r = await runCli('cli', ['-c', fx.confFile, '-l', 'readme']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /: tree\/docs\/readme\.txt\n$/);
    const v = await runCli('verify-cli', ['-c', fx.confFile, '-l']);
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, /^-0\.2: /);
  });

  it('counts (-n), names the cartridges (-t) and formats (-F)', async () => {
    const n = await restore('-n', 'src');
    assert.equal(n.stdout.trim(), '3', 'tree/src, a.c and b.c');
    const t = await restore('-t', 'tree');
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, new RegExp(`^127\\.0\\.0\\.1%${fx.port}: 1\\n$`));
    const f = await restore('-F', '%n|%o|%T|%t|%s|%%', 'readme');
    assert.equal(f.stdout, 'tree/docs/readme.txt|0|level 0|file|9|%\n');
    assert.equal((await restore('-T', '2', '-l', 'readme')).code, 1, 'nothing is on cartridge 2');
    assert.equal((await restore('-T', '1', '-n', 'tree')).stdout.trim(), '7', 'old.txt was deleted');
    const older = await restore('-1', '-l', 'readme');
    assert.equal(older.code, 2);
    assert.match(older.stderr, /there is no filelist 1 back: 1 full backup number\(s\) are stored/);
    const bad = await restore('-F', '%q', 'readme');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown code %q/);
  });

  it('matches exactly with -p, ignores case with -i, and takes globs', async () => {
    assert.equal((await restore('-p', '-l', 'a.c')).code, 1, 'a.c is only part of a name');
    assert.equal((await restore('-p', '-l', 'tree/src/a.c')).stdout.trim().split('\n').length, 1);
    assert.equal((await restore('-l', 'notes.txt')).code, 1);
    assert.match((await restore('-i', '-l', 'notes.txt')).stdout, /tree\/docs\/Notes\.TXT/);
    const glob = await restore('-l', 'tree/src/*.c');
    assert.deepEqual(glob.stdout.trim().split('\n').map((l) => l.split(': ')[1]), ['tree/src/a.c', 'tree/src/b.c']);
  });

  it('restores a file in place under RootDirectory, the newest version', async () => {
    fs.rmSync(tree('docs/readme.txt'));
    const r = await restore('readme.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(tree('docs/readme.txt'), 'utf8'), 'readme v2');
  });

  it('restores the state as of a backup time: the older version, and deleted files only before their deletion', async () => {
    const out = path.join(fx.dir, 'asof');
    const r = await restore('-C', out, '-B', `% ${secs(t1 + NS)}`, 'readme.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'tree/docs/readme.txt'), 'utf8'), 'readme v1');

    const gone = await restore('-l', 'old.txt');
    assert.equal(gone.code, 1, 'deleted by the last backup: not restored');
    assert.match(gone.stderr, /no file in the filelists matches 'old\.txt'/);
    assert.equal((await restore('-l', '-B', `% ${secs(t1 + NS)}`, 'old.txt')).code, 0, 'it existed at the first backup');
    const atSecond = await restore('-C', path.join(fx.dir, 'asof2'), '-B', `% ${secs(t2 + NS)}`, 'old.txt');
    assert.equal(atSecond.code, 1, 'deleted by the time of the second backup');
  });

  it('-a restores the whole last state, without the files deleted before it', async () => {
    const out = path.join(fx.dir, 'all');
    const r = await restore('-a', '-C', out);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'tree/docs/readme.txt'), 'utf8'), 'readme v2');
    assert.equal(fs.readFileSync(path.join(out, 'tree/src/b.c'), 'utf8'), 'int b;');
    assert.equal(fs.existsSync(path.join(out, 'tree/old.txt')), false);
  });

  it('-m keeps existing files; without it they are replaced', async () => {
    const out = path.join(fx.dir, 'merge');
    fs.mkdirSync(path.join(out, 'tree/src'), { recursive: true });
    fs.writeFileSync(path.join(out, 'tree/src/a.c'), 'mine');
    const kept = await restore('-m', '-C', out, 'tree/src/');
    assert.equal(kept.code, 0, kept.stderr);
    assert.match(kept.stderr, /^afrestore: tree\/src\/a\.c: exists; kept \(-m: existing files are kept\)$/m);
    assert.equal(fs.readFileSync(path.join(out, 'tree/src/a.c'), 'utf8'), 'mine');
    assert.equal(fs.readFileSync(path.join(out, 'tree/src/b.c'), 'utf8'), 'int b;');
    const replaced = await restore('-C', out, 'tree/src/a.c');
    assert.equal(replaced.code, 0, replaced.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'tree/src/a.c'), 'utf8'), 'int a;');
  });

  it('restores from a filelist imported from the text form (positions by tape file only), by name', async () => {
    const source = Filelist.open(fx.varDir);
    const imported = path.join(fx.dir, 'imported-var');
    const target = Filelist.open(imported);
    try {
      await importText(target, [...exportText(source)].join('').split('\n'), { source: 'export', clientId: 'restore-test' });
    } finally {
      source.close();
      target.close();
    }
    const out = path.join(fx.dir, 'imported');
    const r = await restore('-V', imported, '-C', out, 'tree/src/', 'readme');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'tree/src/b.c'), 'utf8'), 'int b;');
    assert.equal(fs.readFileSync(path.join(out, 'tree/docs/readme.txt'), 'utf8'), 'readme v2');
  });

  it('refuses bad command lines with exit status 2', async () => {
    assert.equal((await restore()).code, 2);
    assert.equal((await restore('-a', 'x')).code, 2);
    assert.equal((await restore('-l', '-n', 'x')).code, 2);
    const badDate = await restore('-B', 'yesterday-ish', 'x');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /-B 'yesterday-ish': not a date/);
  });

  it('afverify lists the runs, finds no difference, then reports a changed file with exit 1', async () => {
    const list = await verify('-l');
    assert.equal(list.code, 0, list.stderr);
    assert.equal(list.stdout.trim().split('\n').length, 2);
    assert.match(list.stdout, /^-0\.2: level 0 backup/);
    const clean = await verify();
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.equal(clean.stdout, '');
    fs.writeFileSync(tree('docs/readme.txt'), 'readme v3');
    const changed = await verify();
    assert.equal(changed.code, 1);
    assert.match(changed.stdout, /^tree\/docs\/readme\.txt: .*differs/m);
    const older = await verify('-1.2');
    assert.equal(older.code, 1);
    assert.match(older.stdout, /^tree\/old\.txt: missing on the filesystem$/m);
  });

  it('afverify --tape checks the records on tape without the filesystem', async () => {
    fs.rmSync(tree(), { recursive: true });
    const r = await verify('--tape', '-v', '-1');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /8 entries checked, 0 damaged, 0 unreadable/);
  });
});
