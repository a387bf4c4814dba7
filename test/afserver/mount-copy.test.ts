import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CartridgeUnavailableError } from '../../afserver/media/mounter.js';
import { StreamWriter } from '../../afserver/stream/stream-writer.js';
import { storageStack, type Stack } from './helpers.js';

describe('a copy of a cartridge (copy_tape) in the changer', () => {
  let s: Stack;
  beforeEach(async () => {
    s = await storageStack({ cartridges: 4, capacityBytes: 400_000, earlyWarningBytes: 80_000 });
    const w = await StreamWriter.open(s.catalog, s.mounter, s.cartridges, { clientId: 'hostA', cartridgeSet: 1, blockSize: 4096, maxBytesPerFile: 1 << 20 }, s.log);
    await w.write(crypto.randomBytes(10_000));
    await w.close();
    await s.mounter.mount(3);
    await s.mounter.label(3, 'copy of cartridge 1', { secondary: 1 });
  });
  afterEach(() => s.close());

  it('stands in for the original when reading, also when the original has left the library', async () => {
    await s.mounter.mount(1);
    const slotOf1 = (await s.library.changer.status()).drives[0]!.sourceSlot!;
    s.mounter.invalidate();
    await s.media.drive.op('offline');
    await s.library.changer.unload(0);
    await s.library.exportCartridge(slotOf1);
    const label = await s.mounter.mount(1, 'read');
    assert.equal(label.cartridge, 3);
    assert.equal(label.secondary, 1);
  });

  it('is never written as if it were the original', async () => {
    await s.mounter.mount(1);
    const slotOf1 = (await s.library.changer.status()).drives[0]!.sourceSlot!;
    s.mounter.invalidate();
    await s.media.drive.op('offline');
    await s.library.changer.unload(0);
    await s.library.exportCartridge(slotOf1);
    await assert.rejects(s.mounter.mount(1), CartridgeUnavailableError);
    await assert.rejects(s.mounter.mount(1, 'write'), /cartridge 1 \(barcode AFB001L8\) is not in/);
  });
});
