// Max Bytes Per Tape: the server continues a stream on the next cartridge before a cartridge
// holds more than its configured capacity, even when the medium itself is larger.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseTapeCapacity } from '../../afserver/config/tape-capacity.js';
import { StreamWriter } from '../../afserver/stream/stream-writer.js';
import { readStream } from '../../afserver/stream/stream-reader.js';
import { storageStack, type Stack } from './helpers.js';

describe('Max Bytes Per Tape', () => {
  let s: Stack;
  beforeEach(async () => {
    s = await storageStack({ cartridges: 3, capacityBytes: 8_000_000, earlyWarningBytes: 100_000 });
  });
  afterEach(() => s.close());

  it('moves on to the next cartridge at the configured capacity of each cartridge', async () => {
    const capacity = parseTapeCapacity('1M 1:100K', 3);
    const w = await StreamWriter.open(
      s.catalog,
      s.mounter,
      s.cartridges,
      { clientId: 'hostCap', cartridgeSet: 1, blockSize: 4096, maxBytesPerFile: 1 << 30, tapeCapacity: capacity },
      s.log,
    );
    const data = crypto.randomBytes(400_000);
    for (let i = 0; i < data.length; i += 10_000) await w.write(data.subarray(i, i + 10_000));
    await w.close();
    const files = w.tapeFiles();
    assert.deepEqual(files.map((f) => f.cartridge), [1, 2]);
    assert.ok(s.catalog.cartridges.require(1).bytes <= 100 * 1024, `cartridge 1 holds ${s.catalog.cartridges.require(1).bytes} bytes`);
    assert.equal(s.catalog.cartridges.require(1).full, true);
    const parts: Buffer[] = [];
    for await (const c of readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 1 }, { clientId: 'hostCap' }, s.log)) parts.push(Buffer.from(c));
    assert.ok(Buffer.concat(parts).equals(data));
  });
});
