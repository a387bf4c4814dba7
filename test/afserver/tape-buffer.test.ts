// TapeBuffer: bursts to the drive, bounded memory, and with a spool folder an overflow file that
// is written while the drive drains it, in order.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TapeBuffer } from '../../afserver/stream/tape-buffer.js';

/** A drive that writes only when allowed to (open()), collecting what it got. */
function gatedSink() {
  const got: Buffer[] = [];
  let gate: Promise<void> = new Promise<void>(() => undefined);
  let open!: () => void;
  gate = new Promise<void>((r) => (open = r));
  return {
    got,
    open: () => open(),
    sink: async (b: Uint8Array) => {
      await gate;
      got.push(Buffer.from(b));
    },
  };
}

describe('TapeBuffer', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-spool-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('without a spool folder makes the client wait once memory is full', async () => {
    const d = gatedSink();
    const capacity = 64 * 1024;
    const buf = new TapeBuffer(capacity, d.sink);
    const data = crypto.randomBytes(16 * 16 * 1024);
    let pushed = 0;
    let waiting: Promise<void> | undefined;
    while (pushed < data.length) {
      const push = buf.push(data.subarray(pushed, pushed + 16 * 1024));
      const done = await Promise.race([push.then(() => true), new Promise<false>((r) => setImmediate(() => r(false)))]);
      pushed += 16 * 1024;
      if (!done) {
        waiting = push;
        break;
      }
    }
    assert.ok(waiting, 'a push waits for the drive');
    // memory holds at most the capacity; the stopped drive holds at most one slab (here: the capacity)
    assert.ok(pushed <= 2 * capacity + 16 * 1024, `${pushed} bytes were taken before the client had to wait`);
    assert.ok(buf.memoryBytes <= capacity);
    d.open();
    await waiting;
    for (; pushed < data.length; pushed += 16 * 1024) await buf.push(data.subarray(pushed, pushed + 16 * 1024));
    await buf.end();
    assert.ok(Buffer.concat(d.got).equals(data), 'the drive got every byte, in order');
  });

  it('reuses its memory: the drive sees each byte once, even when it holds the data a while', async () => {
    const got: Buffer[] = [];
    const buf = new TapeBuffer(40_000, async (b) => {
      await new Promise((r) => setImmediate(r));
      got.push(Buffer.from(b));
    }, { highWater: 1, writeSize: 10_000 });
    const data = crypto.randomBytes(1_000_000);
    for (let i = 0; i < data.length; i += 7_777) await buf.push(data.subarray(i, i + 7_777));
    await buf.end();
    assert.ok(Buffer.concat(got).equals(data));
  });

  it('with a spool folder takes everything at once, keeps memory bounded, and delivers in order', async () => {
    const d = gatedSink();
    const capacity = 64 * 1024;
    const buf = new TapeBuffer(capacity, d.sink, { spoolDirectory: dir, writeSize: 50_000 });
    const data = crypto.randomBytes(2_000_000);
    let maxMemory = 0;
    for (let i = 0; i < data.length; i += 10_000) {
      // while the drive is stopped, nothing waits: what memory cannot hold goes to the spool file
      await buf.push(data.subarray(i, i + 10_000));
      maxMemory = Math.max(maxMemory, buf.memoryBytes);
    }
    assert.ok(maxMemory <= capacity, `memory stayed within the buffer (${maxMemory})`);
    // memory, plus what the stopped drive holds (one slab of writeSize at most), plus the spool file: all of it
    assert.ok(buf.spooledBytes >= data.length - capacity - 50_000, 'the rest is in the spool file');
    assert.deepEqual(fs.readdirSync(dir), [], 'the spool file is unlinked while in use');
    d.open();
    await buf.end();
    assert.ok(Buffer.concat(d.got).equals(data));
  });

  it('spools and drains at the same time, alternating memory and file, without reordering', async () => {
    const got: Buffer[] = [];
    let delay = 0;
    const buf = new TapeBuffer(32 * 1024, async (b) => {
      // a drive that is sometimes slower, sometimes faster than the client
      if (++delay % 7 === 0) await new Promise((r) => setTimeout(r, 2));
      got.push(Buffer.from(b));
    }, { spoolDirectory: dir, highWater: 8 * 1024, writeSize: 20_000 });
    const data = crypto.randomBytes(1_500_000);
    for (let i = 0; i < data.length; ) {
      const n = 1 + crypto.randomInt(30_000);
      await buf.push(data.subarray(i, i + n));
      i += n;
      if (crypto.randomInt(5) === 0) await new Promise((r) => setImmediate(r));
    }
    await buf.end();
    assert.ok(Buffer.concat(got).equals(data));
  });

  for (const spool of [false, true]) {
    it(`take() copies what fits without waiting, a network read at most beyond its memory; push() takes the rest, in order${spool ? ' (with a spool folder)' : ''}`, async () => {
      const d = gatedSink();
      const capacity = 256 * 1024;
      const buf = new TapeBuffer(capacity, d.sink, { writeSize: 64 * 1024, ...(spool ? { spoolDirectory: dir } : {}) });
      const data = crypto.randomBytes(3 * 1024 * 1024);
      const read = 100_000;
      // as the server's connection feeds it: take() from each read, push() what it refused
      let i = 0;
      let refused: Promise<void> | undefined;
      for (; i < data.length && !refused; i += read) {
        const chunk = data.subarray(i, i + read);
        const n = buf.take(chunk);
        assert.ok(buf.memoryBytes <= capacity + 1024 * 1024, `memory ${buf.memoryBytes}`);
        if (n < chunk.length) refused = buf.push(chunk.subarray(n));
      }
      assert.ok(refused, 'the stopped drive leaves take() no room at some point');
      if (spool) {
        await refused;
        assert.ok(buf.spooledBytes > 0, 'what memory refused is in the spool file');
        assert.equal(buf.take(data.subarray(i, i + read)), 0, 'nothing goes to memory ahead of the spool file');
      }
      d.open();
      await refused;
      for (; i < data.length; i += read) {
        const chunk = data.subarray(i, i + read);
        const n = buf.take(chunk);
        if (n < chunk.length) await buf.push(chunk.subarray(n));
      }
      await buf.end();
      assert.ok(Buffer.concat(d.got).equals(data), 'the drive got every byte, in order');
    });
  }

  it('a drive failure reaches the client, and the spool file is closed', async () => {
    const buf = new TapeBuffer(16 * 1024, async () => {
      throw new Error('EIO on the drive');
    }, { spoolDirectory: dir, highWater: 1 });
    await assert.rejects(async () => {
      for (let i = 0; i < 100; i++) await buf.push(Buffer.alloc(8192));
    }, /EIO on the drive/);
    await assert.rejects(buf.end(), /EIO on the drive/);
  });

  it('reports a Spool-Directory it cannot write to', async () => {
    const buf = new TapeBuffer(1024, () => new Promise(() => undefined), { spoolDirectory: path.join(dir, 'missing') });
    await assert.rejects(buf.push(Buffer.alloc(2000)), /cannot create a spool file in Spool-Directory .*missing/);
  });
});
