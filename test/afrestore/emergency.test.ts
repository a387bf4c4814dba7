// afrestore -e after the client's whole VarDirectory is gone: the minimum restore information
// (in a mail) is enough to rebuild the filelist from the copies full_backup and incr_backup
// wrote to tape (-f), and to restore everything of the last state.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { backupMain } from '../../afclient/backup/run/main.js';
import { exportText } from '../../afclient/backup/filelist/text-form.js';
import { filelistCopyProducer, nextSessionStart, runLabel, writeTapeSession } from '../../afclient/backup/run/tape-sessions.js';
import { exportRunJsonl, RUN_COPY_SUFFIX } from '../../afclient/backup/filelist/run-copy.js';
import { formatMinInfo } from '../../afclient/backup/min-restore-info.js';
import { connectToServer } from '../../afclient/remote/connection.js';
import { importCopy, minInfoFrom } from '../../afrestore/emergency.js';
import { planReads } from '../../afrestore/read-plan.js';
import { CLIENT_ID, runHere, startFixture, type Fixture } from './fixture.js';

describe('afrestore -e: emergency restore from the tapes', () => {
  let fx: Fixture;
  let minInfo: string;
  /** The filelist as the backups left it, copied before VarDirectory was deleted. */
  let original: string;
  const data = (...p: string[]): string => path.join(fx.root, 'data', ...p);
  before(async () => {
    fx = await startFixture();
    fs.mkdirSync(data('sub'), { recursive: true });
    fs.writeFileSync(data('a.txt'), 'a version 1');
    fs.writeFileSync(data('sub/b.txt'), 'b');
    fs.writeFileSync(data('gone.txt'), 'deleted before the last run');
    // Incompressible, so the entries after it start many blocks into the tape file.
    fs.writeFileSync(data('big.bin'), crypto.randomBytes(300_000));
    fs.appendFileSync(fx.confFile, 'DirsToBackup: data\n');
    assert.equal(await backupMain('full_backup', ['-c', fx.confFile]), 0);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the incremental starts a second later
    fs.writeFileSync(data('a.txt'), 'a version 2, longer');
    fs.rmSync(data('gone.txt'));
    assert.equal(await backupMain('incr_backup', ['-c', fx.confFile]), 0);
    const fl = Filelist.open(fx.varDir);
    try {
      minInfo = fl.runs().at(-1)!.minInfo!;
      original = path.join(fx.dir, 'original');
      fs.mkdirSync(original);
      fl.db.exec(`VACUUM INTO '${path.join(original, 'filelist.db')}'`);
    } finally {
      fl.close();
    }
    fs.rmSync(fx.varDir, { recursive: true });
  });
  after(async () => {
    await fx?.stop();
  });

  it('refuses garbage and input without the information, clearly', async () => {
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, 'Subject: backup\n\nnothing here\n');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no minimum restore information/);
    const damaged = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, minInfo.replace(/ \w{8}$/, ' 00000000'));
    assert.equal(damaged.code, 2);
    assert.match(damaged.stderr, /checksum mismatch/);
    fs.rmSync(fx.varDir, { recursive: true, force: true });
  });

  it('rebuilds the filelist from the copies on tape (-f)', async () => {
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, `From: root\nSubject: afbackup\n\n${minInfo}\n-- \n`);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/filelist copy at/g)?.length, 2, r.stderr);
    const list = await runHere('cli', ['-c', fx.confFile, '-l', 'txt']);
    assert.deepEqual(list.stdout.trim().split('\n').map((l) => l.split(': ')[1]), ['data/a.txt', 'data/sub/b.txt']);
    const again = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, minInfo);
    assert.equal(again.code, 2, 'an existing filelist is not mixed with the copies');
    assert.match(again.stderr, /already holds 2 backup run/);
    fs.rmSync(fx.varDir, { recursive: true });
  });

  it('rebuilds the filelist losslessly: types, sizes, inodes, block positions, deletions, runs', async () => {
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    const columns = 'name, type, size, uid, mtime_ns, ctime_ns, inode, dev, unstable, cartridge, tape_file, block, block_offset, stream_offset';
    const rows = (fl: Filelist): unknown => ({
      runs: fl.runs().map(({ id: _id, ...run }) => run),
      entries: fl.db.prepare(`SELECT ${columns} FROM entries ORDER BY run_id, rowid`).safeIntegers(true).all(),
      deletions: fl.db.prepare('SELECT name FROM deletions ORDER BY run_id, rowid').all(),
    });
    const before = Filelist.open(original);
    const rebuilt = Filelist.open(fx.varDir);
    try {
      assert.deepEqual(rows(rebuilt), rows(before));
      assert.ok(rebuilt.runs().every((run) => run.first !== undefined), 'every run knows where it starts');
      const types = rebuilt.db.prepare('SELECT DISTINCT type FROM entries ORDER BY type').pluck().all();
      assert.deepEqual(types, ['directory', 'file']);
      assert.deepEqual(rebuilt.db.prepare('SELECT name FROM deletions').pluck().all().map(String), ['data/gone.txt']);
      // A restore of a file behind big.bin reads from its block, not from the start of the tape file.
      const wanted = rebuilt.findVersions({ patterns: ['data/sub/b.txt'], exact: true, latest: true });
      const [read] = planReads(wanted, (runId, offset) => rebuilt.nextRecordOffset(runId, offset));
      assert.equal(read?.byName, false);
      assert.ok(read.first.block > 0, `data/sub/b.txt is read from block ${read.first.block}`);
    } finally {
      before.close();
      rebuilt.close();
    }
    const out = path.join(fx.dir, 'out');
    const restored = await runHere('cli', ['-c', fx.confFile, '-C', out, 'data/sub/b.txt']);
    assert.equal(restored.code, 0, restored.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'data/sub/b.txt'), 'utf8'), 'b');
    fs.rmSync(out, { recursive: true });
    fs.rmSync(fx.varDir, { recursive: true });
  });

  it('-E finds the information on the cartridges with no information at all (-l, -n)', async () => {
    const listed = await runHere('cli', ['-c', fx.confFile, '-E', '-l']);
    assert.equal(listed.code, 0, listed.stderr);
    const lines = listed.stdout.trim().split('\n');
    assert.equal(lines.length, 2, 'one per run');
    assert.equal(lines.at(-1), minInfo);
    assert.equal(fs.existsSync(fx.varDir), false, 'only listing: no filelist is made');
    const summary = await runHere('cli', ['-c', fx.confFile, '-E', '-n', `1@127.0.0.1%${fx.port}`]);
    assert.equal(summary.code, 0, summary.stderr);
    assert.match(summary.stdout, new RegExp(`^127\\.0\\.0\\.1%${fx.port}!1\\.\\d+: client restore-test, full backup 1, started 20\\d\\d-`, 'm'));
    assert.match(summary.stdout, new RegExp(`^127\\.0\\.0\\.1%${fx.port}!1\\.\\d+: client restore-test, level 0 backup of number 1, started 20\\d\\d-`, 'm'));
    const bad = await runHere('cli', ['-c', fx.confFile, '-E', '-l', 'x-y']);
    assert.equal(bad.code, 2);
    fs.rmSync(fx.varDir, { recursive: true, force: true });
  });

  it('-E -f rebuilds the filelist from the newest information it finds', async () => {
    const r = await runHere('cli', ['-c', fx.confFile, '-E', '-f']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /using @@@===--->>> AFB2/);
    const list = await runHere('cli', ['-c', fx.confFile, '-n', 'txt']);
    assert.equal(list.stdout.trim(), '2');
    fs.rmSync(fx.varDir, { recursive: true });
  });

  it('restores everything of the last state, without what was deleted before it', async () => {
    fs.rmSync(data(), { recursive: true });
    const r = await runHere('cli', ['-c', fx.confFile, '-e'], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(data('a.txt'), 'utf8'), 'a version 2, longer');
    assert.equal(fs.readFileSync(data('sub/b.txt'), 'utf8'), 'b');
    assert.equal(fs.existsSync(data('gone.txt')), false);
  });

  it('reads copies of older releases that hold the text form alone', async () => {
    const source = Filelist.open(original);
    const textFile = path.join(fx.dir, 'old-copy.txt');
    let full;
    try {
      full = source.runs()[0]!;
      fs.writeFileSync(textFile, [...exportText(source, [full])].join(''));
    } finally {
      source.close();
    }
    const { client } = await connectToServer({ hosts: ['127.0.0.1'], ports: [fx.port], keyFile: fx.setup.keyFile, clientId: CLIENT_ID, cartridgeSet: 0 });
    const target = Filelist.open(path.join(fx.dir, 'from-text'));
    try {
      const written = await writeTapeSession(client, 0, 'filelist', {}, filelistCopyProducer([{ file: textFile, name: 'filelist.1.1.1' }]));
      const n = await importCopy(client, 0, { cartridge: written.start.cartridge, tapeFile: written.start.tapeFile, info: minInfoFrom(minInfo, CLIENT_ID) }, target);
      assert.deepEqual(n, { runs: 1, entries: full.entryCount });
      // What the text form carries: names, cartridge and tape file, owner, mtime in seconds.
      const rows = target.db.prepare('SELECT DISTINCT type, size, block, block_offset AS offset FROM entries').all();
      assert.deepEqual(rows, [{ type: 'file', size: 0, block: 0, offset: 0 }]);
    } finally {
      target.close();
      client.close();
    }
  });

  it('a rebuild that fails half-way leaves no filelist behind, and the next try succeeds', async () => {
    // A copy of a later run that is cut short (its end line is missing) is read last.
    const source = Filelist.open(original);
    const cut = path.join(fx.dir, 'cut-copy.jsonl');
    try {
      const lines = [...exportRunJsonl(source, source.runs().at(-1)!.id)];
      fs.writeFileSync(cut, lines.slice(0, -1).join(''));
    } finally {
      source.close();
    }
    const { client } = await connectToServer({ hosts: ['127.0.0.1'], ports: [fx.port], keyFile: fx.setup.keyFile, clientId: CLIENT_ID, cartridgeSet: 0 });
    let later: string;
    try {
      const at = await nextSessionStart(client, 0);
      later = formatMinInfo({ ...minInfoFrom(minInfo, CLIENT_ID), filelist: { ...at, block: 0 }, timeSec: Math.floor(Date.now() / 1000) + 5 });
      await writeTapeSession(client, 0, 'filelist', { minInfo: later, afbackupRun: runLabel(CLIENT_ID, 1, 1, 1, 0) }, filelistCopyProducer([{ file: cut, name: `filelist.1.1.9${RUN_COPY_SUFFIX}` }]));
    } finally {
      client.close();
    }
    fs.rmSync(fx.varDir, { recursive: true, force: true });
    const failed = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, later);
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, /filelist copy at cartridge 1 tape file \d+ \(level 0 backup of number 1, started [^)]*\): 1 run\(s\)/, 'the first copies were read');
    assert.match(failed.stderr, /end/, failed.stderr);
    assert.deepEqual(fs.readdirSync(fx.varDir), [], 'no filelist, not even a part of one');
    const r = await runHere('cli', ['-c', fx.confFile, '-e', '-f'], {}, minInfo);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await runHere('cli', ['-c', fx.confFile, '-n', 'txt'])).stdout, '2\n');
  });
});
