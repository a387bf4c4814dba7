// StreamWriter.close hands the drive over before its flush is done: the filemark is written,
// the flush is under way, the next session may use the drive, and only once the flush is done
// is the session complete. The flush is held back by a gate in front of TapeRecordWriter.flush.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { StreamWriter } from '../../afserver/stream/stream-writer.js';
import { readStream } from '../../afserver/stream/stream-reader.js';
import { TapeRecordWriter } from '../../drivers/tape/tape-writer.js';
import { storageStack, type Stack } from './helpers.js';

/** Turns the event loop until `done()` holds, at most `steps` times (so that a failure fails instead of hanging); says whether it held. */
async function turnsUntil(done: () => boolean, steps = 20_000): Promise<boolean> {
  for (let i = 0; i < steps && !done(); i++) await new Promise((r) => setImmediate(r));
  return done();
}

async function collect(it: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of it) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

describe('StreamWriter.close hands the drive over while it flushes', () => {
  let s: Stack;
  const realFlush = TapeRecordWriter.prototype.flush;
  let release: (() => void) | undefined;
  let flushes = 0;
  beforeEach(async () => {
    s = await storageStack({ cartridges: 1, capacityBytes: 4_000_000, earlyWarningBytes: 100_000 });
    flushes = 0;
    TapeRecordWriter.prototype.flush = async function (this: TapeRecordWriter): Promise<void> {
      flushes++;
      await new Promise<void>((r) => (release = r));
      return realFlush.call(this);
    };
  });
  afterEach(async () => {
    TapeRecordWriter.prototype.flush = realFlush;
    release?.();
    await s.close();
  });

  it('frees the drive after the filemark, completes the session after the flush, and the next session appends after it', async () => {
    const opts = { cartridgeSet: 1, blockSize: 4096, maxBytesPerFile: 1 << 20 };
    const first = crypto.randomBytes(30_000);
    const a = await StreamWriter.open(s.catalog, s.mounter, s.cartridges, { clientId: 'hostA', ...opts }, s.log);
    await a.write(first);
    let driveFree = false;
    let closed = false;
    const closing = a.close(() => (driveFree = true)).then((session) => {
      closed = true;
      return session;
    });
    assert.ok(await turnsUntil(() => driveFree), 'the drive was not handed over while the flush was held back');
    assert.equal(flushes, 1, 'the flush was started before the drive was handed over');
    assert.equal(closed, false);
    assert.equal(s.catalog.sessions.get(a.session.id)?.state, 'open', 'complete before its flush was done');

    // the next session writes while the first one's flush is still held back
    const second = crypto.randomBytes(20_000);
    const b = await StreamWriter.open(s.catalog, s.mounter, s.cartridges, { clientId: 'hostB', ...opts }, s.log);
    assert.deepEqual([b.position().cartridge, b.position().tapeFile], [1, 2]);
    await b.write(second);
    assert.equal(closed, false);

    const firstFlush = release!;
    release = undefined;
    firstFlush();
    const sessionA = await closing;
    assert.equal(sessionA.state, 'complete');
    assert.equal(sessionA.bytes, first.length);

    const closingB = b.close();
    assert.ok(await turnsUntil(() => release !== undefined), 'the second session did not flush');
    release!();
    assert.equal((await closingB).state, 'complete');

    assert.ok((await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 1 }, { clientId: 'hostA', singleTapeFile: true }, s.log))).equals(first));
    assert.ok((await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 2 }, { clientId: 'hostB', singleTapeFile: true }, s.log))).equals(second));
  });
});
