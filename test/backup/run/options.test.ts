// The option letters of full_backup / incr_backup beyond the client.conf basics: the parsing
// (afbackup's +/- switches, values starting with '-', per-program meanings of -a) and each
// option end to end against a real afserver: -a, -G, +B/-B, +x/-x, +L/-L with -I, -X, -f, -E,
// -M, -y with --progress-file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { decompress } from 'zstd-napi';
import type { ClientConfig } from '../../../afclient/backup/client-config.js';
import { FULL_LEVEL } from '../../../afclient/backup/filelist/types.js';
import { parseCommandLine, optionsOf, plainOptions, preParse, UsageError, yargsOptions, type Program } from '../../../afclient/backup/run/cli-options.js';
import { filesystemType } from '../../../afclient/backup/run/fs-types.js';
import { connect, restore } from '../../afserver/server-helpers.js';
import { pidAlive } from '../../../drivers/library/pid-lock.js';
import { backupWorld, filelistState, full, incr, nextSecond, writeFiles } from './helpers.js';

const base = { servers: [{ host: 'a', port: 1, cartridgeSet: 1 }], placeholders: { V: '/v', C: '/c' }, varDirectory: '/v', processFiles: true, writeChecksums: true, processLogfiles: true, useCTime: false, excludeListFile: '.old' } as unknown as ClientConfig;

test('command line: +B/-B, +x/-x, +L/-L (also grouped) and values starting with "-"', () => {
  const specs = [
    { letter: 'f', alias: 'filesystem-types', type: 'string' as const, describe: '' },
    { letter: 'v', alias: 'verbose', type: 'boolean' as const, describe: '' },
  ];
  assert.deepEqual(preParse(['+B', '-xL', '-f', '-nfs', '-v', 'home', '-m', '/var', '-vf', '+ext4', '--filesystem-types', '-tmpfs', '--', '-B'], specs), {
    args: ['--process-files', '--no-checksums', '--no-compress-index', '--filesystem-types=-nfs', '-v', '-vf', '+ext4', '--filesystem-types=-tmpfs'],
    entries: ['home', '-m', '/var', '-B'],
  });

  const cl = parseCommandLine('full_backup', ['-a', '-dG', '-B', '+Lx', '-f', '-nfs /proc +ext4', '-X', '.excl', '-E', '-I', 'idx/log.', '-M', 'br 2990', '-y', '--progress-file', 'p.txt']);
  assert.deepEqual([cl.append, cl.differential, cl.detach, cl.newCartridge], [true, false, true, true]);
  const c = cl.apply(base);
  assert.equal(c.writeChecksums, true);
  assert.deepEqual(c.filesystemTypes, [
    { type: 'nfs', mode: 'skip' },
    { type: 'proc', mode: 'prune' },
    { type: 'ext4', mode: 'only' },
  ]);
  assert.deepEqual([c.excludeListFile, c.useCTime, c.processFiles, c.processLogfiles], ['.excl', true, false, true]);
  assert.deepEqual([c.indexFilePart, c.progressFile, c.reportProgress], [path.resolve('idx/log.'), path.resolve('p.txt'), true]);
  assert.deepEqual(c.printServerMessages, { programs: 'br', ports: [2990] });

  const long = parseCommandLine('incr_backup', ['--differential', '--no-checksums', '--no-process-files', '--compress-index', '--exclude-list-file', '', '--new-cartridge']);
  assert.deepEqual([long.differential, long.append, long.newCartridge], [true, false, true]);
  const d = long.apply(base);
  assert.equal(d.writeChecksums, false);
  assert.equal(d.excludeListFile, undefined, '-X "" switches the per-directory exclude files off');
  assert.deepEqual([d.processFiles, d.processLogfiles], [false, true]);
  assert.equal(parseCommandLine('incr_backup', ['-a']).differential, true);
  assert.equal(parseCommandLine('incr_backup', ['+x']).apply({ ...base, writeChecksums: false }).writeChecksums, true);

  assert.throws(() => parseCommandLine('full_backup', ['-M', 'x 2988']), /letters of the programs/);
  assert.throws(() => parseCommandLine('full_backup', ['-M', 'b 99999']), /port/);
  assert.throws(() => parseCommandLine('full_backup', ['-f', 'a:b']), /-f: .*not a filesystem type rule/);
  assert.throws(() => parseCommandLine('full_backup', ['-X', 'dir/.excl']), /file name/);
  assert.throws(() => parseCommandLine('full_backup', ['-I', '']), /prefix/);
  assert.throws(() => parseCommandLine('full_backup', ['-H']), UsageError);
  assert.throws(() => parseCommandLine('update_indexes', ['-d']), UsageError);

  // Names on the command line, with DirsToBackup's prefix words.
  assert.deepEqual(parseCommandLine('full_backup', ['-v', 'etc', '-r', 'dev/sda', '-R', 'img', '-m', 'usr']).entries, ['etc', '/../dev/sda', '//../img', './/.usr']);
  assert.equal(parseCommandLine('full_backup', ['-v']).entries, undefined);
  assert.throws(() => parseCommandLine('incr_backup', ['-H', 'etc']), /-H goes with the configured DirsToBackup/);
  assert.throws(() => parseCommandLine('full_backup', ['etc', '-m']), /applies to the name after it/);
});

test('command line: plain options are read as yargs reads them; the rest is left to yargs', () => {
  const plain: [Program, string[]][] = [
    ['incr_backup', ['-c', '/etc/afbackup/client.conf']],
    ['incr_backup', ['-Q', '3', '-a', '-H', '-v', '--config', 'x=y.conf']],
    ['incr_backup', ['-c', '', '-Q', '007', '+LB', '-x']],
    ['full_backup', ['-dGv', '-N', '4', '-O', '30', '-Z', '19', '-f', '-nfs /proc', '-X', '', '-I', 'idx/log.', '-M', 'b 2990']],
    ['full_backup', ['--no-verbose', '--progress', '--progress-file', 'p', '--root-directory', '/', '-D', 'tmp cache', '-F', '*.o', '-s', '*.gz', '-W', 'me', '-V', 'v', '-k', 'key', '-l', '-']],
    ['full_backup', ['-b', 'init', '-e', 'exit %e', '-i', 'info', '-h', 'a b', '-P', '1 2', '-S', '1 2', '-E', '-a']],
    ['update_indexes', ['-v', '-c', 'c.conf', '-h', 'srv']],
  ];
  for (const [program, argv] of plain) {
    const { args: full } = preParse(argv, optionsOf(program));
    const direct = plainOptions(program, full);
    assert.ok(direct, `${program} ${argv.join(' ')} is plain (pre-parsed as ${full.join(' ')})`);
    const y = yargsOptions(program, full);
    for (const key of new Set([...Object.keys(direct), ...Object.keys(y)])) {
      if (key === '$0') continue;
      assert.deepEqual(direct[key], y[key], `${program} ${argv.join(' ')}: ${key}`);
    }
  }
  // Repeated, help, '=' forms of switches, two-word values, groups with a value, signs: yargs.
  for (const argv of [['-v', '-v'], ['--help'], ['--verbose=true'], ['-z', 'gzip', 'gunzip'], ['-vc', 'f'], ['-Q', '-1'], ['-Q', '1.5'], ['-Q', ''], ['--bogus'], ['-q'], ['-c', '"quoted.conf"'], ['-c', "'q'"]]) {
    assert.equal(plainOptions('incr_backup', preParse(argv, optionsOf('incr_backup')).args), undefined, argv.join(' '));
  }
  assert.throws(() => parseCommandLine('incr_backup', ['--bogus']), UsageError);
  assert.equal(parseCommandLine('incr_backup', ['-Q', '5']).level, 5);
  assert.equal(parseCommandLine('incr_backup', ['-c', '"quoted.conf"']).configFile, 'quoted.conf', 'yargs takes the quotes off');
});

test('full_backup -a appends to the current full backup number and is no reference; -G starts on a new cartridge', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'a.txt': 'a1', 'b.txt': 'b1' });
    await nextSecond();
    const r1 = await full(w);
    assert.equal(r1.code, 0, r1.stderr);
    writeFiles(w, { 'a.txt': 'a2 changed' });
    await nextSecond();

    const r2 = await full(w, '-a', '-G');
    assert.equal(r2.code, 0, r2.stderr);
    let st = filelistState(w);
    const [first, appended] = st.runs;
    assert.deepEqual([appended!.fullNumber, appended!.differential, appended!.level, appended!.state], [1, true, FULL_LEVEL - 1, 'complete']);
    assert.deepEqual(st.saved(appended!.id), ['a.txt', 'b.txt'], 'an appended full saves everything');
    assert.notEqual(appended!.first!.cartridge, first!.first!.cartridge, '-G: the run starts on another cartridge');

    // The appended run is no reference: the next incremental still compares with the full.
    const r3 = await incr(w);
    assert.equal(r3.code, 0, r3.stderr);
    st = filelistState(w);
    assert.deepEqual(st.saved(st.runs[2]!.id), ['a.txt']);

    // A later full_backup without -a starts number 2.
    const r4 = await full(w);
    assert.equal(r4.code, 0, r4.stderr);
    assert.equal(filelistState(w).runs[3]!.fullNumber, 2);
  } finally {
    await w.close();
  }
});

test('-B stores contents uncompressed, +x is silent, -x says checksums stay on', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'text.txt': 'compressible line of text\n'.repeat(20_000) });
    await nextSecond();
    const bytesOnTape = (report: string): number => Number(/Bytes on tape: +(\d+)/.exec(report)?.[1]);
    const plain = await full(w, '-v', '-B', '-x');
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stderr, /-x \(WriteChecksums: no\): checksums are part of the archive format/);
    assert.ok(bytesOnTape(plain.stdout) > 20_000 * 26, `-B: ${bytesOnTape(plain.stdout)} bytes on tape`);
    const packed = await full(w, '-v', '+B', '+x');
    assert.equal(packed.code, 0, packed.stderr);
    assert.doesNotMatch(packed.stderr, /-x:/);
    assert.ok(bytesOnTape(packed.stdout) < 50_000, `+B: ${bytesOnTape(packed.stdout)} bytes on tape`);
  } finally {
    await w.close();
  }
});

test('-I keeps a text index per full backup number, compressed with +L, plain with -L; -L also stores the filelist copy uncompressed', async () => {
  const w = await backupWorld();
  try {
    const prefix = path.join(w.setup.dir, 'index', 'backup_log.');
    fs.mkdirSync(path.dirname(prefix));
    writeFiles(w, { 'one.txt': '1', 'two.txt': '2' });
    await nextSecond();
    const r1 = await full(w, '-I', prefix);
    assert.equal(r1.code, 0, r1.stderr);
    writeFiles(w, { 'three.txt': '3' });
    await nextSecond();
    const r2 = await incr(w, '-I', prefix);
    assert.equal(r2.code, 0, r2.stderr);
    // Two runs, two zstd frames in one file: one valid stream.
    const text = decompress(fs.readFileSync(`${prefix}1.zst`)).toString();
    assert.match(text, /^## Full backup at .*\n(.*\n)*.*!1\.\d+\|\d+~\d+: one\.txt\n/);
    assert.match(text, /## Incremental backup at .*\n(.*\n)*.*: three\.txt\n/);
    assert.equal(fs.existsSync(`${prefix}1`), false);

    const r3 = await full(w, '-I', prefix, '-L', '-N', '0');
    assert.equal(r3.code, 0, r3.stderr);
    const plain = fs.readFileSync(`${prefix}2`, 'utf8');
    assert.match(plain, /^## Full backup at .*\n(.*\n)*.*: two\.txt\n/);
    assert.equal(fs.existsSync(`${prefix}1.zst`), false, 'the text index of a rotated filelist goes with it');

    // The run's filelist copy on tape holds the text form as it is.
    const run = filelistState(w).runs.at(-1)!;
    const client = await connect(w.server.port, w.setup, w.clientId);
    try {
      const headers = (await client.request({ listBackupHeaders: { cartridge: run.first!.cartridge } })).headers?.headers ?? [];
      const copy = headers.find((h) => (JSON.parse(h.text ?? '{}') as { kind?: string }).kind === 'filelist' && h.position!.tapeFile! > run.first!.tapeFile);
      assert.ok(copy, 'no filelist copy after the run');
      const data = await restore(client, copy.position!.cartridge!, copy.position!.tapeFile!);
      assert.ok(data.includes(Buffer.from(': two.txt\n')), '-L: the filelist copy is stored uncompressed');
    } finally {
      client.close();
    }
  } finally {
    await w.close();
  }
});

test('-X names the per-directory exclude files, -f the filesystem types, -E keeps ctime-only changes', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'dir/keep.txt': 'k', 'dir/secret.key': 's', 'dir/.nobackup': 'secret.*\n' });
    await nextSecond();
    const r1 = await full(w, '-X', '.nobackup');
    assert.equal(r1.code, 0, r1.stderr);
    let st = filelistState(w);
    assert.deepEqual(st.saved(st.runs[0]!.id), ['dir/.nobackup', 'dir/keep.txt']);

    // The tree's own filesystem type pruned: nothing of it is saved.
    const type = filesystemType(w.tree);
    const r2 = await full(w, '-f', `/${type}`);
    assert.equal(r2.code, 0, r2.stderr);
    st = filelistState(w);
    assert.deepEqual(st.saved(st.runs[1]!.id), []);

    const r3 = await full(w);
    assert.equal(r3.code, 0, r3.stderr);
    fs.chmodSync(path.join(w.tree, 'dir/keep.txt'), 0o600);
    await nextSecond();
    const r4 = await incr(w, '-E');
    assert.equal(r4.code, 0, r4.stderr);
    st = filelistState(w);
    assert.deepEqual(st.saved(st.runs[3]!.id), ['dir/keep.txt']);
  } finally {
    await w.close();
  }
});

test('-M b shows the server\'s drive state during the run; -M without b does not; --progress-file', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'f.txt': 'x' });
    await nextSecond();
    const progress = path.join(w.setup.dir, 'progress.txt');
    const shown = await full(w, '-M', `b ${w.server.port}`, '-y', '--progress-file', progress);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stderr, new RegExp(`server 127\\.0\\.0\\.1:${w.server.port}: (READY|BUSY|UNLOADED)`));
    assert.match(fs.readFileSync(progress, 'utf8'), / 100%\n$/);
    assert.equal(fs.existsSync(path.join(w.varDir, 'progress')), false);

    const quiet = await full(w, '-M', 'rv');
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.doesNotMatch(quiet.stderr, /server 127\.0\.0\.1/);

    const unreachable = await full(w, '-M', 'b 1');
    assert.equal(unreachable.code, 0, 'messages that cannot be shown do not fail the backup');
    assert.match(unreachable.stderr, /server 127\.0\.0\.1:1: its messages cannot be shown/);
  } finally {
    await w.close();
  }
});

test('-d checks the command line in the foreground, then runs in the background with its messages in the log', async () => {
  const w = await backupWorld();
  let pid = 0;
  let finished = false;
  try {
    const bad = await full(w, '-d', '-M', 'x');
    assert.equal(bad.code, 2, 'a usage error is reported before detaching');
    assert.match(bad.stderr, /-M 'x'/);

    writeFiles(w, { 'bg.txt': 'background' });
    await nextSecond();
    const log = path.join(w.setup.dir, 'client.log');
    const started = await full(w, '-d', '-v', '-l', log);
    assert.equal(started.code, 0, started.stderr);
    pid = Number(/as process (\d+)/.exec(started.stderr)?.[1]);
    assert.ok(pid > 0, started.stderr);
    // The background run ends by itself; the bound only keeps a broken run from hanging the
    // suite. Its end is read from its log, not from its PID: that process is not our child, and
    // once it has ended its PID may already belong to another test's process.
    const text = (): string => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
    for (let i = 0; i < 600 && !finished; i++) {
      await new Promise((r) => setTimeout(r, 100));
      finished = /finished with exit status/.test(text());
    }
    assert.ok(finished, 'the background run did not end');
    assert.match(text(), /full_backup\[\d+\]: finished with exit status 0\n/);
    assert.match(text(), /Entries saved: +\d+/, 'the -v report went to the log');
    const st = filelistState(w);
    assert.equal(st.runs[0]!.state, 'complete');
    assert.deepEqual(st.saved(st.runs[0]!.id), ['bg.txt']);
  } finally {
    // Only a run that never said it finished is still ours to stop.
    if (pid > 0 && !finished && pidAlive(pid)) process.kill(pid);
    await w.close();
  }
});

test('names on the command line are saved instead of DirsToBackup, leaving counters and references alone', async () => {
  const w = await backupWorld();
  try {
    writeFiles(w, { 'etc/a.conf': 'a', 'etc/b.conf': 'b', 'home/u.txt': 'u' });
    await nextSecond();
    const r1 = await full(w);
    assert.equal(r1.code, 0, r1.stderr);
    writeFiles(w, { 'etc/a.conf': 'a2', 'home/u.txt': 'u2' });
    fs.rmSync(path.join(w.tree, 'etc/b.conf'));
    await nextSecond();

    const named = await full(w, 'etc');
    assert.equal(named.code, 0, named.stderr);
    const named2 = await incr(w, 'home');
    assert.equal(named2.code, 0, named2.stderr);
    let st = filelistState(w);
    const [, fullNamed, incrNamed] = st.runs;
    assert.deepEqual([fullNamed!.fullNumber, fullNamed!.differential, fullNamed!.dirsToBackup], [1, true, ['etc']]);
    assert.deepEqual(st.saved(fullNamed!.id), ['etc/a.conf']);
    assert.deepEqual(st.deleted(fullNamed!.id), ['etc/b.conf'], 'deletions only within the names given');
    assert.deepEqual([incrNamed!.differential, st.saved(incrNamed!.id)], [true, ['home/u.txt']]);

    // Neither run is a reference: the next plain incremental compares with the full backup.
    const r2 = await incr(w);
    assert.equal(r2.code, 0, r2.stderr);
    st = filelistState(w);
    assert.deepEqual(st.saved(st.runs[3]!.id), ['etc/a.conf', 'home/u.txt']);
  } finally {
    await w.close();
  }
});
