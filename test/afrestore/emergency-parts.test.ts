// afrestore -e over full backups in parts (NumBackupParts 3, DirsToBackup1..3): after part 2
// of full backup 3, the last state is made of the parts of 3 done so far, the part of full
// backup 2 not redone yet, and the incrementals after them; files deleted before the last run
// stay deleted. -e -e goes one complete full backup further back (to an earlier cartridge).
// Also -e with patterns and afrestore's listing options, and -E over the same tapes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { parseMinInfoLine } from '../../afclient/backup/min-restore-info.js';
import { backupMain } from '../../afclient/backup/run/main.js';
import { connect } from '../afserver/server-helpers.js';
import { nextSecond } from '../backup/run/helpers.js';
import { CLIENT_ID, runHere, startFixture, writeConf, type Fixture } from './fixture.js';

describe('afrestore -e after a full backup in parts', () => {
  let fx: Fixture;
  let minInfo: string;
  let lastFullCartridge: number;
  const tree = (...p: string[]): string => path.join(fx.root, ...p);
  const write = (name: string, content: string): void => {
    fs.mkdirSync(path.dirname(tree(name)), { recursive: true });
    fs.writeFileSync(tree(name), content);
  };
  const configure = (lines: string): void => {
    writeConf(fx.confFile, { root: fx.root, varDir: fx.varDir, keyFile: fx.setup.keyFile, port: fx.port });
    fs.appendFileSync(fx.confFile, lines);
  };
  const backup = async (program: 'full_backup' | 'incr_backup'): Promise<void> => {
    assert.equal(await backupMain(program, ['-c', fx.confFile]), 0);
  };
  /** The runs of the filelist as number.part/parts and level kind. */
  const runsOf = (): string[] => {
    const fl = Filelist.open(fx.varDir);
    try {
      return fl.runs().map((r) => `${r.fullNumber}.${r.part}/${r.parts} ${r.level === 2147483647 ? 'full' : 'incr'}`);
    } finally {
      fl.close();
    }
  };
  /** Every regular file below the tree with its content. */
  const contents = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
    }
    return out;
  };
  const lastState = { 'p1/a': 'a version 3', 'p2/b': 'b version 2', 'p3/c': 'c version 2', 'p3/d': 'd', 'p3/new': 'new after full 3 part 1' };

  before(async () => {
    fx = await startFixture();
    write('p1/a', 'a1');
    write('p1/old', 'deleted before part 1 of full backup 3');
    write('p2/b', 'b1');
    write('p3/c', 'c1');
    write('p3/d', 'd');
    write('p3/gone', 'deleted before an incremental');
    // Full backup 1 in one part, on cartridge 1.
    configure('DirsToBackup: p1 p2 p3\n');
    await backup('full_backup');
    // Full backup 2 starts on cartridge 2: -e -e has to look at the cartridge before it.
    const client = await connect(fx.port, fx.setup, CLIENT_ID);
    try {
      await client.request({ openForWrite: { cartridgeSet: 0 } });
      await client.request({ newCartridge: {} });
      await client.request({ close: {} });
    } finally {
      client.close();
    }
    configure('NumBackupParts: 3\nDirsToBackup1: p1\nDirsToBackup2: p2\nDirsToBackup3: p3\n');
    await backup('full_backup');
    await backup('full_backup');
    await backup('full_backup');
    write('p3/c', 'c version 2');
    write('p1/a', 'a version 2');
    fs.rmSync(tree('p3/gone'));
    await backup('incr_backup');
    write('p1/a', 'a version 3');
    fs.rmSync(tree('p1/old'));
    await backup('full_backup');
    write('p3/new', 'new after full 3 part 1');
    await backup('incr_backup');
    write('p2/b', 'b version 2');
    await backup('full_backup');
    assert.deepEqual(runsOf(), ['1.1/1 full', '2.1/3 full', '2.2/3 full', '2.3/3 full', '2.1/1 incr', '3.1/3 full', '3.1/1 incr', '3.2/3 full']);
    const fl = Filelist.open(fx.varDir);
    try {
      minInfo = fl.runs().at(-1)!.minInfo!;
    } finally {
      fl.close();
    }
    const info = parseMinInfoLine(minInfo);
    assert.equal(info.version, 2);
    lastFullCartridge = info.lastFull.cartridge;
    assert.deepEqual(contents(fx.root), lastState);
  });
  beforeEach(() => fs.rmSync(fx.varDir, { recursive: true, force: true }));
  after(async () => {
    await fx?.stop();
  });

  it('restores the newest version of every file from the parts of both full backups and the incrementals, without deleted files', async () => {
    fs.rmSync(fx.root, { recursive: true });
    const r = await runHere('cli', ['-c', fx.confFile, '-e'], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(contents(fx.root), lastState);
    assert.deepEqual(runsOf(), ['2.1/3 full', '2.2/3 full', '2.3/3 full', '2.1/1 incr', '3.1/3 full', '3.1/1 incr', '3.2/3 full']);
  });

  it('-e -e goes one complete full backup further back, to the cartridge before, and restores the same state', async () => {
    assert.ok(lastFullCartridge > 1, `full backup 2 starts on cartridge ${lastFullCartridge}`);
    const out = path.join(fx.dir, 'out-ee');
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-e', '-C', out], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(runsOf(), ['1.1/1 full', '2.1/3 full', '2.2/3 full', '2.3/3 full', '2.1/1 incr', '3.1/3 full', '3.1/1 incr', '3.2/3 full']);
    assert.deepEqual(contents(out), lastState);
    // The older filelists are there again: -1 searches full backup 2's runs, -2 full backup 1.
    for (const [n, content] of [['-1', 'a version 2'], ['-2', 'a1']] as const) {
      const older = await runHere('cli', ['-c', fx.confFile, n, '-C', out, '-p', 'p1/a']);
      assert.equal(older.code, 0, older.stderr);
      assert.equal(fs.readFileSync(path.join(out, 'p1/a'), 'utf8'), content, n);
    }
    fs.rmSync(out, { recursive: true });
  });

  it('-e with patterns restores only what matches, relocated, and merges with -m', async () => {
    const out = path.join(fx.dir, 'out-pattern');
    fs.mkdirSync(path.join(out, 'p3'), { recursive: true });
    fs.writeFileSync(path.join(out, 'p3/c'), 'kept by -m');
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-m', '-C', out, 'p3/'], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(contents(out), { 'p3/c': 'kept by -m', 'p3/d': 'd', 'p3/new': 'new after full 3 part 1' });
    fs.rmSync(out, { recursive: true });
  });

  it('-e with -l, -n, -p and -i lists from the rebuilt filelist and restores nothing', async () => {
    const listed = await runHere('cli', ['-c', fx.confFile, '-e', '-l', '-i', 'P1/A'], {}, minInfo);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split('\n').map((l) => l.split(': ')[1]), ['p1/a']);
    fs.rmSync(fx.varDir, { recursive: true });
    const counted = await runHere('cli', ['-c', fx.confFile, '-e', '-n', '-p', 'p3/d', 'p3/gone'], {}, minInfo);
    assert.equal(counted.code, 0, counted.stderr);
    assert.equal(counted.stdout, '1\n');
  });

  it('-E -<k> scans the cartridge written on now and the k before it', async () => {
    const newest = await runHere('cli', ['-c', fx.confFile, '-E', '-l', '-0']);
    assert.equal(newest.code, 0, newest.stderr);
    assert.equal(newest.stdout.trim().split('\n').length, 7, 'the copies of full backups 2 and 3 on cartridge 2');
    const two = await runHere('cli', ['-c', fx.confFile, '-El', `-1@127.0.0.1%${fx.port}`, '2']);
    assert.equal(two.stdout.trim().split('\n').length, 8, 'and the one of full backup 1 on cartridge 1, each once');
    assert.equal(two.stdout.trim().split('\n').at(-1), minInfo);
  });

  it('-E finds the newest information and rebuilds the same runs', async () => {
    const r = await runHere('cli', ['-c', fx.confFile, '-E', '-f']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /using @@@===--->>> AFB2 \S+ \S+ \d+ \S+ \S+ 3\.2\/3 /);
    assert.deepEqual(runsOf(), ['2.1/3 full', '2.2/3 full', '2.3/3 full', '2.1/1 incr', '3.1/3 full', '3.1/1 incr', '3.2/3 full']);
  });

  it('refuses -f with patterns or listings, and -e without patterns with -<n>', async () => {
    for (const args of [['-e', '-f', 'p1'], ['-e', '-f', '-l'], ['-e', '-1']]) {
      const r = await runHere('cli', ['-c', fx.confFile, ...args], {}, minInfo);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /see 'afrestore --help'/);
    }
    assert.equal(fs.existsSync(fx.varDir), false, 'nothing was rebuilt');
  });

  // Last: it writes to the tapes.
  it('the rebuilt filelist carries on: the next full_backup does part 3 of full backup 3, an incremental compares with it', async () => {
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    // Part 3 must start in a later second than the files were last changed: a file changed in
    // the second its run started is saved again by the next run (the mtime granularity rule),
    // which is not what this test looks at.
    await nextSecond();
    await backup('full_backup');
    write('p2/b', 'b version 3, after the rebuild');
    await backup('incr_backup');
    const fl = Filelist.open(fx.varDir);
    try {
      const runs = fl.runs();
      assert.deepEqual(runs.slice(-2).map((run) => `${run.fullNumber}.${run.part}/${run.parts}`), ['3.3/3', '3.1/1']);
      const saved = (id: number): string[] => (fl.db.prepare("SELECT name FROM entries WHERE run_id = ? AND type = 'file' ORDER BY name").pluck().all(id) as Buffer[]).map(String);
      assert.deepEqual(saved(runs.at(-2)!.id), ['p3/c', 'p3/d', 'p3/new']);
      // p1/a may be saved again too: the restore in place gave it a new inode and ctime.
      const incremental = saved(runs.at(-1)!.id);
      assert.ok(incremental.includes('p2/b') && !incremental.some((n) => n.startsWith('p3/')), incremental.join(' '));
    } finally {
      fl.close();
    }
  });
});
