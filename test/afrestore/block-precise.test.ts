// Block-precise restore: one small file from the middle of a backup of many MB is read from the
// block where its record starts up to where the next record starts, so the server sends a
// small fraction of the session (counted by a relay between afrestore and the server).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { backupRun, countingProxy, runHere, startFixture, type BackupRun, type Fixture } from './fixture.js';

describe('afrestore reads block-precisely', () => {
  let fx: Fixture;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let run: BackupRun;
  before(async () => {
    fx = await startFixture();
    proxy = await countingProxy(fx.port);
    const big = path.join(fx.root, 'big');
    fs.mkdirSync(big);
    for (let i = 0; i < 8; i++) {
      fs.writeFileSync(path.join(big, `a${i}.bin`), crypto.randomBytes(600_000));
      fs.writeFileSync(path.join(big, `z${i}.bin`), crypto.randomBytes(600_000));
    }
    fs.writeFileSync(path.join(big, 'middle.txt'), 'the one file wanted\n');
    run = await backupRun(fx, ['big'], { full: true, startNs: BigInt(Date.now() - 60_000) * 1_000_000n, recordPort: proxy.port });
  });
  after(async () => {
    await proxy?.close();
    await fx?.stop();
  });

  it('restores one small file from the middle of a 9.6 MB session reading little more than it', async () => {
    const names = run.entries.map((e) => e.meta.name.toString());
    const at = names.indexOf('big/middle.txt');
    assert.ok(at > 2 && at < names.length - 3, `the file is in the middle of the session (${at} of ${names.length})`);
    const sessionBytes = Number(run.entries.at(-1)!.streamOffset);
    assert.ok(sessionBytes > 9_000_000, `the session holds ${sessionBytes} bytes`);

    const out = path.join(fx.dir, 'out');
    const before = proxy.fromServer();
    const r = await runHere('cli', ['-c', fx.confFile, '-C', out, '-p', 'big/middle.txt']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(out, 'big/middle.txt'), 'utf8'), 'the one file wanted\n');
    const sent = proxy.fromServer() - before;
    assert.ok(sent < 64 * 1024, `the server sent ${sent} bytes for a 20-byte file (the session has ${sessionBytes})`);
  });

  it('reads several files of one session in one pass, in tape order', async () => {
    const out = path.join(fx.dir, 'out2');
    const r = await runHere('cli', ['-c', fx.confFile, '-C', out, '-v', 'big/a1', 'big/middle', 'big/z0']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['big/a1.bin', 'big/middle.txt', 'big/z0.bin']);
    assert.equal(fs.statSync(path.join(out, 'big/z0.bin')).size, 600_000);
  });
});
