// The afclient program end to end: real processes, real pipes, real archive files.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from '../../afclient/cli-args.js';
import { ArchiveWriter } from '../../protocol/archive/index.js';
import type { EntryMeta } from '../../protocol/archive/entry.js';
import { makeTree, tempDir } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = ['--import', 'tsx', path.join(root, 'afclient/cli.ts')];

function afclient(args: string[], input?: Buffer): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: root, input, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

test('afclient -c -f - | afclient -x -f - through a real pipe, then -d finds no difference', async () => {
  const { dir, cleanup } = tempDir();
  try {
    makeTree(dir);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const create = spawn(process.execPath, [...CLI, '-c', '-f', '-', '-C', dir, 'tree'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const extract = spawn(process.execPath, [...CLI, '-x', '-f', '-', '-C', out], { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    create.stdout.pipe(extract.stdin);
    let errors = '';
    create.stderr.on('data', (d: Buffer) => (errors += d));
    extract.stderr.on('data', (d: Buffer) => (errors += d));
    const codes = await Promise.all([create, extract].map((c) => new Promise((resolve) => c.on('close', resolve))));
    assert.deepEqual(codes, [0, 0], errors);
    assert.match(errors, /sock: is a socket; sockets are recorded, not recreated/);

    const archive = path.join(dir, 'a.afb');
    assert.equal(afclient(['-c', '-f', archive, '-C', dir, 'tree']).status, 0);
    const d = afclient(['-d', '-f', archive, '-C', out]);
    // The socket is the one entry that is not recreated.
    assert.deepEqual(d.stdout.trim().split('\n'), ['tree/sock: missing on the filesystem']);
    assert.equal(d.status, 1);

    fs.appendFileSync(path.join(out, 'tree/plain.txt'), 'changed');
    fs.chmodSync(path.join(out, 'tree/empty'), 0o600);
    const d2 = afclient(['-d', '-f', archive, '-C', out, 'tree/plain.txt', 'tree/empty']);
    assert.equal(d2.status, 1);
    assert.match(d2.stdout, /^tree\/plain\.txt: size differs \(archive 1200, filesystem 1207\)$/m);
    assert.match(d2.stdout, /^tree\/plain\.txt: mtime differs/m);
    assert.match(d2.stdout, /^tree\/empty: mode differs \(archive 0644, filesystem 0600\)$/m);
    assert.equal(afclient(['-d', '-f', archive, '-C', dir, 'tree']).status, 0);
  } finally {
    cleanup();
  }
});

test('-t lists one C-escaped name per line, -v adds type, owner, size and time', () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    fs.writeFileSync(path.join(dir, 't/new\nline'), 'abc');
    fs.writeFileSync(path.join(dir, 't/-dash'), '');
    const archive = path.join(dir, 'a.afb');
    assert.equal(afclient(['-c', '-f', archive, '-C', dir, '--', 't']).status, 0);
    const t = afclient(['-t', '-f', archive]);
    assert.equal(t.status, 0);
    assert.deepEqual(t.stdout.split('\n'), ['t/-dash', 't/new\\nline', 't', '']);
    const tv = afclient(['-tv', '-f', archive]);
    assert.match(tv.stdout.split('\n')[1]!, /^-rw-r--r-- \S+\/\S+ +3 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d t\/new\\nline$/);

    // -T takes C-escaped names; -x restores just those.
    fs.writeFileSync(path.join(dir, 'list'), 't/new\\nline\n');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    assert.equal(afclient(['-x', '-f', archive, '-C', out, '-T', path.join(dir, 'list')]).status, 0);
    assert.deepEqual(fs.readdirSync(path.join(out, 't')), ['new\nline']);
  } finally {
    cleanup();
  }
});

test('one corrupt byte in the middle of an archive loses only that file, exit status 1', () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    fs.writeFileSync(path.join(dir, 't/a-small'), 'first file\n');
    fs.writeFileSync(path.join(dir, 't/b-big'), crypto.randomBytes(3 << 20));
    fs.writeFileSync(path.join(dir, 't/c-small'), 'last file\n');
    const archive = path.join(dir, 'a.afb');
    assert.equal(afclient(['-c', '-f', archive, '-C', dir, 't']).status, 0);
    const bytes = fs.readFileSync(archive);
    bytes[bytes.length >> 1]! ^= 0x55;
    fs.writeFileSync(archive, bytes);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const x = afclient(['-x', '-f', archive, '-C', out]);
    assert.equal(x.status, 1, x.stderr);
    assert.match(x.stderr, /t\/b-big: .*damaged/);
    assert.deepEqual(fs.readdirSync(path.join(out, 't')).sort(), ['a-small', 'c-small']);
    assert.equal(fs.readFileSync(path.join(out, 't/c-small'), 'utf8'), 'last file\n');
    const d = afclient(['-d', '-f', archive, '-C', dir]);
    assert.equal(d.status, 1);
    assert.match(d.stdout, /^t\/b-big: content not compared: archive damaged/m);
    assert.equal(afclient(['-t', '-f', archive]).status, 1);
  } finally {
    cleanup();
  }
});

test('an archive with hostile names writes nothing outside the target, exit status 1', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const archive = path.join(dir, 'evil.afb');
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    const stream = fs.createWriteStream(archive);
    const w = new ArchiveWriter(stream, { codec: { kind: 'none' } });
    const meta = (name: string, type: EntryMeta['type'], extra: Partial<EntryMeta> = {}): EntryMeta => ({
      name: Buffer.from(name),
      type,
      mode: 0o644,
      uid: 0,
      gid: 0,
      user: '',
      group: '',
      mtimeNs: 0n,
      ctimeNs: 0n,
      atimeNs: 0n,
      size: 4n,
      ...extra,
    });
    async function* data(): AsyncGenerator<{ offset: bigint; data: Buffer }> {
      yield { offset: 0n, data: Buffer.from('evil') };
    }
    await w.writeEntry(meta('../../outside/passwd', 'file'), data());
    await w.writeEntry(meta('/outside/abs', 'file'), data());
    await w.writeEntry(meta('link', 'symlink', { size: 0n, linkTarget: Buffer.from(outside) }));
    await w.writeEntry(meta('link/through', 'file'), data());
    await w.finish();
    await new Promise((resolve) => stream.end(resolve));
    const target = path.join(dir, 'target');
    fs.mkdirSync(target);
    const x = afclient(['-x', '-f', archive, '-C', target]);
    assert.equal(x.status, 1);
    assert.deepEqual(fs.readdirSync(outside), []);
    assert.ok(fs.existsSync(path.join(target, 'outside/abs')), 'absolute name re-rooted below the target');
    assert.match(x.stderr, /\.\.\/\.\.\/outside\/passwd: refusing a name with a '\.\.' component/);
    assert.match(x.stderr, /link\/through: link is a symbolic link; not following it/);
  } finally {
    cleanup();
  }
});

test('usage errors and fatal errors exit 2 with one line and no stack trace', () => {
  for (const args of [['-c', '-h', 'server', 'x'], ['-t', '-f', '/nonexistent/archive']]) {
    const r = afclient(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^afclient: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  assert.match(afclient(['-c', '-h', 'server', 'x']).stderr, /no key file given: use -k KEYFILE/);
  const help = afclient(['--help']);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /afclient -c\|-x\|-t\|-d/);
  assert.equal(help.stderr, '');
  for (const args of [[], ['-c', '-f', '/tmp/x'], ['-x'], ['--bogus', '-t', '-f', 'a'], ['-c', '-Z', '99', '-f', '-', 'x'], ['-c', '-x', '-f', 'a'], ['-t', '-f', 'a', '-A', 'yesterday-ish']]) {
    assert.throws(() => parseArgs(args), UsageError, args.join(' '));
  }
  const o = parseArgs(['-cvf', 'out.afb', '-C', '/src', '-s', '*.iso', '-Z', '1', '--', '-dash'])!;
  assert.deepEqual([o.mode, o.file, o.root, o.verbose, o.codec, o.names.map(String)], ['create', 'out.afb', '/src', true, { kind: 'zstd', level: 1 }, ['-dash']]);
  assert.ok(o.noCompressPatterns.includes('*.iso') && o.noCompressPatterns.includes('*.gz'));
});

test('-o restores only entries of that owner', () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    fs.writeFileSync(path.join(dir, 't/mine'), 'x');
    fs.writeFileSync(path.join(dir, 't/theirs'), 'y');
    if (process.getuid?.() === 0) fs.chownSync(path.join(dir, 't/theirs'), 4321, 4321);
    const archive = path.join(dir, 'a.afb');
    assert.equal(afclient(['-c', '-f', archive, '-C', dir, 't']).status, 0);
    const t = afclient(['-t', '-f', archive, '-o', String(process.getuid?.() ?? 0)]);
    assert.deepEqual(t.stdout.trim().split('\n'), process.getuid?.() === 0 ? ['t/mine', 't'] : ['t/mine', 't/theirs', 't']);
  } finally {
    cleanup();
  }
});

test('-g reads an archive that starts with garbage; -z filters content through commands', () => {
  const { dir, cleanup } = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 't'));
    fs.writeFileSync(path.join(dir, 't/text'), 'some text\n'.repeat(1000));
    const archive = path.join(dir, 'a.afb');
    assert.equal(afclient(['-c', '-z', 'gzip -c', 'gunzip -c', '-f', archive, '-C', dir, 't']).status, 0);
    assert.ok(fs.statSync(archive).size < 2000, 'content went through gzip');
    const shifted = path.join(dir, 'shifted.afb');
    fs.writeFileSync(shifted, Buffer.concat([Buffer.from('tape garbage before the archive'), fs.readFileSync(archive)]));
    assert.equal(afclient(['-t', '-f', shifted]).status, 1);
    const g = afclient(['-t', '-g', '-f', shifted]);
    assert.equal(g.status, 0, g.stderr);
    assert.deepEqual(g.stdout.trim().split('\n'), ['t/text', 't']);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    assert.equal(afclient(['-x', '-g', '-f', shifted, '-C', out]).status, 0);
    assert.equal(fs.readFileSync(path.join(out, 't/text'), 'utf8'), 'some text\n'.repeat(1000));
  } finally {
    cleanup();
  }
});

test('command entries and missing names through the program; problems give exit status 1', () => {
  const { dir, cleanup } = tempDir();
  try {
    const archive = path.join(dir, 'a.afb');
    fs.writeFileSync(path.join(dir, 'big'), crypto.randomBytes(5 << 20));
    const c = afclient(['-c', '-f', archive, '-C', dir, 'big', 'no-such-file', '||| cat big ||| dd of=restored status=none ### copy']);
    assert.equal(c.status, 1);
    assert.match(c.stderr, /^afclient: no-such-file: no such file or directory; not stored$/m);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const x = afclient(['-x', '-f', archive, '-C', out]);
    assert.equal(x.status, 0, x.stderr);
    assert.deepEqual(fs.readFileSync(path.join(out, 'restored')), fs.readFileSync(path.join(dir, 'big')));
    assert.deepEqual(fs.readFileSync(path.join(out, 'big')), fs.readFileSync(path.join(dir, 'big')));
  } finally {
    cleanup();
  }
});
