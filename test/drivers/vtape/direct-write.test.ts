// The writing thread's direct writes (native/vtio-direct.h): whole pages through O_DIRECT, the
// last partial page through the page cache. The file must get exactly the bytes the page-cache
// path writes, wherever jobs start and end, and a failure must reject as one of that path does.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { closeWriteOrder, createWriteOrder, directGranule, writeAt } from '../../../native/vtio.js';

/** A buffered and a direct descriptor of one new file in the temporary folder; skips where direct I/O is not possible. */
async function withDirectFile(t: TestContext, body: (fd: number, dfd: number, file: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vtio-direct-'));
  const file = path.join(dir, 'cartridge');
  fs.writeFileSync(file, '');
  const fd = fs.openSync(file, 'r+');
  let dfd = -1;
  try {
    try {
      dfd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_DIRECT);
    } catch {
      t.skip(`${os.tmpdir()} does not allow O_DIRECT`);
      return;
    }
    if (directGranule(dfd) === 0) {
      t.skip(`${os.tmpdir()} does not say how direct writes must be aligned`);
      return;
    }
    await body(fd, dfd, file);
  } finally {
    if (dfd >= 0) fs.closeSync(dfd);
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Frames of 32 bytes and payloads of these sizes, as writeRecords hands a batch over. */
const batch = (sizes: number[]): Buffer[] => sizes.flatMap((n) => [randomBytes(32), randomBytes(n)]);
const bytesOf = (bufs: Buffer[]): number => bufs.reduce((n, b) => n + b.length, 0);

describe('direct writes of the writing thread', () => {
  it('says the page size direct writes use here, and 0 for a descriptor that is no file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vtio-direct-'));
    try {
      const fd = fs.openSync(path.join(dir, 'f'), 'w');
      const g = directGranule(fd);
      fs.closeSync(fd);
      assert.ok(g === 0 || g === 4096, `granule ${g}`);
      assert.equal(directGranule(987654), 0);
      assert.throws(() => directGranule('x' as unknown as number), TypeError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes exactly the bytes of the page-cache path, jobs starting and ending anywhere in a page', async (t) => {
    await withDirectFile(t, async (fd, dfd, file) => {
      const order = createWriteOrder();
      // a cartridge header (too small for a direct write), then jobs as a drive streams them: one
      // record, several, one larger than the 4 MiB window, small ones between large ones, one
      // ending on a page boundary
      const jobs = [[96], [262_112], [262_112, 262_112, 262_112], [9_000_000], [5], [70_000], [300], [4096 * 40 - 64 - 32]].map(batch);
      const header = randomBytes(128);
      const all = [writeAt(fd, 0, 256 * 1024, [header], order, dfd)];
      let at = 128;
      for (const job of jobs) {
        all.push(writeAt(fd, at, 256 * 1024, job, order, dfd));
        at += bytesOf(job);
      }
      assert.deepEqual(await Promise.all(all), [128, ...jobs.map(bytesOf)]);
      closeWriteOrder(order);
      const got = fs.readFileSync(file);
      assert.equal(got.length, at);
      assert.ok(got.equals(Buffer.concat([header, ...jobs.flat()])), 'the file holds every job in order');
    });
  });

  it('writes over the end of the medium and past the end of the file as the page-cache path does', async (t) => {
    await withDirectFile(t, async (fd, dfd, file) => {
      const order = createWriteOrder();
      const first = batch([500_000]);
      assert.equal(await writeAt(fd, 0, 256 * 1024, first, order, dfd), bytesOf(first));
      // the tape positioned back: the file is cut and written from mid-page on
      fs.ftruncateSync(fd, 10_000);
      const second = batch([200_000]);
      assert.equal(await writeAt(fd, 10_000, 256 * 1024, second, order, dfd), bytesOf(second));
      // past the end: what lies between reads as zeros
      const end = 10_000 + bytesOf(second);
      const third = batch([100_000]);
      assert.equal(await writeAt(fd, end + 5000, 256 * 1024, third, order, dfd), bytesOf(third));
      closeWriteOrder(order);
      const got = fs.readFileSync(file);
      const expected = Buffer.concat([Buffer.concat(first).subarray(0, 10_000), ...second, Buffer.alloc(5000), ...third]);
      assert.ok(got.equals(expected));
    });
  });

  it('rejects a failed direct write with its errno, and writes nothing queued behind it', async (t) => {
    await withDirectFile(t, async (fd, _dfd, file) => {
      const order = createWriteOrder();
      const readOnly = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_DIRECT);
      try {
        const job = batch([300_000]);
        const failing = writeAt(fd, 0, 256 * 1024, job, order, readOnly);
        const behind = writeAt(fd, bytesOf(job), 256 * 1024, batch([300_000]), order);
        await assert.rejects(failing, { code: 'EBADF' });
        await assert.rejects(behind, { code: 'ECANCELED' });
        assert.equal(fs.statSync(file).size, 0, 'nothing of either reached the file');
      } finally {
        closeWriteOrder(order);
        fs.closeSync(readOnly);
      }
    });
  });

  it('refuses a direct descriptor that is not one', () => {
    assert.throws(() => writeAt(1, 0, 4096, [], createWriteOrder(), -1), TypeError);
    assert.throws(() => writeAt(1, 0, 4096, [], createWriteOrder(), 'x' as unknown as number), TypeError);
  });
});
