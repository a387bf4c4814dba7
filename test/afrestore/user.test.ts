// User self-service restore: afrestore run through sudo (root with SUDO_UID, as the shipped
// sudoers rule runs it) acts for an unprivileged user created for the test: only that user's
// files are listed and restored, another user's file is refused with the very words of a
// missing one, only places the user owns are written, and a symbolic link the user planted in
// the target is replaced, not followed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { backupRun, runCli, runHere, startFixture, type Fixture } from './fixture.js';

const isRoot = process.getuid?.() === 0;
const hasUseradd = spawnSync('sh', ['-c', 'command -v useradd && command -v userdel'], { stdio: 'ignore' }).status === 0;
const skip = !isRoot ? 'needs root to create an unprivileged user and run afrestore for it' : !hasUseradd ? 'needs useradd/userdel' : false;

describe('afrestore for a normal user (through sudo)', { skip }, () => {
  let fx: Fixture;
  let uid: number;
  let gid: number;
  const user = `afr${crypto.randomBytes(3).toString('hex')}`;
  const tree = (...p: string[]): string => path.join(fx.root, 'tree', ...p);
  const sudo = () => ({ SUDO_UID: String(uid), SUDO_GID: String(gid), SUDO_USER: user });
  // Restores switch ids, so they run in a child; listings and refusals run here.
  const asUser = (...args: string[]) => runCli('cli', ['-c', fx.confFile, ...args], sudo());
  const listAsUser = (...args: string[]) => runHere('cli', ['-c', fx.confFile, ...args], sudo());
  const noMatch = (stderr: string, pattern: string): string => stderr.replace(`'${pattern}'`, "'PATTERN'");

  before(async () => {
    const made = spawnSync('useradd', ['-M', '-U', '-s', '/usr/sbin/nologin', user], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const id = (flag: string): number => Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());
    uid = id('-u');
    gid = id('-g');
    fx = await startFixture();
    fs.mkdirSync(tree('home'), { recursive: true, mode: 0o755 });
    fs.chmodSync(tree(), 0o755);
    fs.chownSync(tree('home'), uid, gid);
    fs.writeFileSync(tree('home/mine.txt'), 'my file');
    fs.chownSync(tree('home/mine.txt'), uid, gid);
    fs.writeFileSync(tree('secret.txt'), 'root only', { mode: 0o600 });
    await backupRun(fx, ['tree'], { full: true, startNs: BigInt(Date.now() - 60_000) * 1_000_000n });
  });
  after(async () => {
    await fx?.stop();
    spawnSync('userdel', [user], { stdio: 'ignore' });
  });

  it("lists only the user's files; another's is refused with the words of a missing one", async () => {
    const mine = await listAsUser('-l', 'txt');
    assert.equal(mine.code, 0, mine.stderr);
    assert.deepEqual(mine.stdout.trim().split('\n').map((l) => l.split(': ')[1]), ['tree/home/mine.txt']);
    const other = await listAsUser('secret.txt');
    const missing = await listAsUser('nosuch.txt');
    assert.equal(other.code, 1);
    assert.equal(missing.code, 1);
    assert.equal(noMatch(other.stderr, 'secret.txt'), noMatch(missing.stderr, 'nosuch.txt'));
    assert.equal(other.stdout, '');
  });

  it("restores the user's own file in place, owned by the user", async () => {
    fs.rmSync(tree('home/mine.txt'));
    const r = await asUser('mine.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(tree('home/mine.txt'), 'utf8'), 'my file');
    assert.equal(fs.statSync(tree('home/mine.txt')).uid, uid);
  });

  it('relocates only into a directory the user owns; new directories are 0700 and theirs', async () => {
    const rootOwned = path.join(fx.dir, 'rootdir');
    fs.mkdirSync(rootOwned, { mode: 0o777 });
    const refused = await asUser('-C', rootOwned, 'mine.txt');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /is not owned by you/);
    assert.deepEqual(fs.readdirSync(rootOwned), []);

    const target = tree('home/restored/deeper');
    const r = await asUser('-C', target, 'mine.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(target, 'tree/home/mine.txt'), 'utf8'), 'my file');
    for (const d of [tree('home/restored'), target, path.join(target, 'tree')]) {
      const st = fs.statSync(d);
      assert.equal(st.uid, uid, `${d} belongs to the user`);
      assert.equal(st.mode & 0o777, 0o700, `${d} is 0700`);
    }
  });

  it('replaces a symbolic link planted at the target instead of writing through it', async () => {
    const victim = path.join(fx.dir, 'victim');
    fs.writeFileSync(victim, 'untouched', { mode: 0o644 });
    fs.rmSync(tree('home/mine.txt'));
    fs.symlinkSync(victim, tree('home/mine.txt'));
    fs.lchownSync(tree('home/mine.txt'), uid, gid);
    const r = await asUser('mine.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'untouched');
    assert.equal(fs.lstatSync(tree('home/mine.txt')).isFile(), true);
  });

  it("never writes into another user's directory, even where root could", async () => {
    fs.chownSync(tree('home'), 0, 0);
    try {
      fs.rmSync(tree('home/mine.txt'));
      const r = await asUser('mine.txt');
      assert.equal(r.code, 1);
      assert.match(r.stderr, /is not owned by you/);
      assert.equal(fs.existsSync(tree('home/mine.txt')), false);
    } finally {
      fs.chownSync(tree('home'), uid, gid);
    }
  });

  it("afverify for a user compares only the user's files", async () => {
    fs.writeFileSync(tree('secret.txt'), 'root only, changed', { mode: 0o600 });
    fs.appendFileSync(tree('home/mine.txt'), ' changed');
    const r = await runCli('verify-cli', ['-c', fx.confFile], sudo());
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^tree\/home\/mine\.txt: size differs/m);
    assert.doesNotMatch(r.stdout + r.stderr, /secret/);
  });

  it('refuses a configuration the user could have written', async () => {
    const own = path.join(fx.dir, 'user.conf');
    fs.copyFileSync(fx.confFile, own);
    fs.chownSync(own, uid, gid);
    const r = await runHere('cli', ['-c', own, '-l', 'txt'], sudo());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not owned by root/);
  });

  it('refuses the options of root: -V, -W, -e and -E', async () => {
    for (const args of [['-V', fx.varDir, 'mine'], ['-W', 'other', 'mine']]) {
      const r = await listAsUser(...args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /may only be used by root/);
    }
    for (const args of [['-e'], ['-E', '-l']]) {
      const r = await listAsUser(...args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Emergency restore may only be performed by root/);
    }
  });
});
