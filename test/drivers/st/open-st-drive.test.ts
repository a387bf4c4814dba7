// openStDrive refuses anything that is not a tape and leaves it untouched.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStDrive } from '../../../drivers/st/index.js';
import { TapeError } from '../../../drivers/tape/tape-error.js';

describe('openStDrive on something that is not a tape', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-st-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a regular file with ENOTTY and does not change it', async () => {
    const file = path.join(dir, 'archive.tar');
    fs.writeFileSync(file, 'precious');
    await assert.rejects(openStDrive(file), (e: unknown) => {
      assert.ok(e instanceof TapeError);
      assert.equal(e.code, 'ENOTTY');
      assert.equal(e.device, file);
      assert.match(e.message, /is not a tape device \(a regular file\)/);
      return true;
    });
    assert.equal(fs.readFileSync(file, 'utf8'), 'precious');
  });

  it('refuses /dev/null (a character device without MTIOCGET) with ENOTTY', async () => {
    await assert.rejects(openStDrive('/dev/null'), (e: unknown) => {
      assert.ok(e instanceof TapeError);
      assert.equal(e.code, 'ENOTTY');
      assert.match(e.message, /\/dev\/null is not a tape device \(it refuses MTIOCGET\)/);
      return true;
    });
  });

  it('refuses a directory with ENOTTY', async () => {
    await assert.rejects(openStDrive(dir), { name: 'TapeError', code: 'ENOTTY' });
  });

  it('refuses a missing device with ENOTTY and says to check the name', async () => {
    await assert.rejects(openStDrive(path.join(dir, 'nst9')), (e: unknown) => {
      assert.ok(e instanceof TapeError);
      assert.equal(e.code, 'ENOTTY');
      assert.match(e.message, /check the device name/);
      return true;
    });
  });

  // Only descriptors on /dev/null are counted: the runner and libuv open and close others of
  // their own at any moment, which made a plain count of /proc/self/fd flaky.
  it('does not leak the descriptor it opened', async () => {
    const openOnDevNull = (): number =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === '/dev/null';
        } catch {
          return false; // closed between the listing and the readlink
        }
      }).length;
    const before = openOnDevNull();
    for (let i = 0; i < 20; i++) await openStDrive('/dev/null').catch(() => undefined);
    assert.equal(openOnDevNull(), before);
  });
});
