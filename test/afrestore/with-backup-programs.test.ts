// afrestore and afverify on backups made by full_backup and incr_backup themselves (their
// filelist, the minimum restore information block at the start of each stream, the filelist
// copies on tape): the newest version, the state before a deletion, in-place restore, verify.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { backupMain } from '../../afclient/backup/run/main.js';
import { runHere, startFixture, type Fixture } from './fixture.js';

describe('afrestore after full_backup and incr_backup', () => {
  let fx: Fixture;
  let betweenSec: number;
  const data = (...p: string[]): string => path.join(fx.root, 'data', ...p);
  const restore = (...args: string[]) => runHere('cli', ['-c', fx.confFile, ...args]);
  before(async () => {
    fx = await startFixture();
    fs.mkdirSync(data('sub'), { recursive: true });
    fs.writeFileSync(data('a.txt'), 'a version 1');
    fs.writeFileSync(data('sub/b.txt'), 'b');
    fs.appendFileSync(fx.confFile, 'DirsToBackup: data\n');
    assert.equal(await backupMain('full_backup', ['-c', fx.confFile]), 0);
    betweenSec = Math.ceil(Date.now() / 1000);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the incremental starts a second later
    fs.writeFileSync(data('a.txt'), 'a version 2, longer');
    fs.rmSync(data('sub/b.txt'));
    assert.equal(await backupMain('incr_backup', ['-c', fx.confFile]), 0);
  });
  after(async () => {
    await fx?.stop();
  });

  it('afverify compares the last run and checks it on tape', async () => {
    const clean = await runHere('verify-cli', ['-c', fx.confFile]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    const tape = await runHere('verify-cli', ['-c', fx.confFile, '--tape', '-1']);
    assert.equal(tape.code, 0, tape.stdout + tape.stderr);
    fs.chmodSync(data('a.txt'), 0o600);
    const changed = await runHere('verify-cli', ['-c', fx.confFile]);
    assert.equal(changed.code, 1);
    assert.match(changed.stdout, /^data\/a\.txt: mode differs/m);
    fs.chmodSync(data('a.txt'), 0o644);
  });

  it('restores the newest version in place and an older state elsewhere, without resurrecting deletions', async () => {
    const list = await restore('-l', 'txt');
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(list.stdout.trim().split('\n').map((l) => l.split(': ')[1]), ['data/a.txt'], 'b.txt was deleted by the incremental');

    fs.rmSync(data('a.txt'));
    const inPlace = await restore('a.txt');
    assert.equal(inPlace.code, 0, inPlace.stderr);
    assert.equal(fs.readFileSync(data('a.txt'), 'utf8'), 'a version 2, longer');

    const out = path.join(fx.dir, 'before');
    const older = await restore('-C', out, '-B', `% ${betweenSec}`, 'txt');
    assert.equal(older.code, 0, older.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'data/a.txt'), 'utf8'), 'a version 1');
    assert.equal(fs.readFileSync(path.join(out, 'data/sub/b.txt'), 'utf8'), 'b');
  });
});
