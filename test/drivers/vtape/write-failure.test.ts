// A write to the cartridge file that fails: the batch queued behind it (writeRecordsAfter) while
// the cartridge still cuts the file back after the failure must not be written, nor entered into
// the index, so that index and file agree and a fresh load finds exactly what was written before.
// The failure is injected by handing the writing thread a read-only descriptor of the file (EBADF),
// for its writes through the page cache and, where the file system allows them, its direct writes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { record, tapeContents, tempCartridge } from './helpers.js';

const MAX_BLOCK = 64 * 1024;

describe('a failed write on the virtual tape', () => {
  it('writes nothing queued behind it while the cartridge cleans up, and loads cleanly afterwards', async () => {
    const c = await tempCartridge();
    const readOnly = fs.openSync(c.file, 'r');
    try {
      const tape = await VirtualTape.open(c.file, { maxBlock: MAX_BLOCK, report: (m) => assert.fail(`unexpected repair: ${m}`) });
      const before = [record(1, 4096), record(2, 4096)];
      assert.equal((await tape.writeRecords(before)).written, 2);
      const { fh, direct } = (tape as unknown as { cartridge: { fh: FileHandle; direct: FileHandle | undefined } }).cartridge;
      const truncate = fh.truncate.bind(fh);
      let behind: Promise<unknown> | undefined;
      for (const h of [fh, direct]) if (h) Object.defineProperty(h, 'fd', { configurable: true, get: () => readOnly });
      fh.truncate = async (len?: number) => {
        // the failed batch has settled natively; the file works again, so anything not held back lands
        for (const h of [fh, direct]) if (h) delete (h as { fd?: number }).fd;
        await truncate(len);
        behind ??= tape.writeRecordsAfter([record(3, 4096), record(4, 4096)]);
      };
      const failed = await tape.writeRecords([record(5, 32 * 1024), record(6, 32 * 1024)]);
      assert.equal(failed.written, 0);
      assert.ok(failed.stop !== undefined && 'error' in failed.stop, 'the batch on the read-only descriptor failed');
      assert.ok(behind !== undefined, 'the cartridge cut the file back after the failure');
      assert.equal(await behind, undefined, 'the batch behind the failed one was not written');
      const end = (tape as unknown as { cartridge: { index: { endOffset: number } } }).cartridge.index.endOffset;
      assert.equal(fs.statSync(c.file).size, end, 'the file ends where the index does');
      assert.equal((await tape.writeRecords([record(7, 4096)])).stop, undefined, 'a later write goes ahead');
      const expect = ['4096:00000001', '4096:00000002', '4096:00000007'];
      // the rewind ends the written data with a filemark
      const contents = (await tapeContents(tape, MAX_BLOCK)).map((s) => s.slice(0, 13));
      assert.deepEqual(contents.slice(0, 3), expect);
      assert.ok(contents.slice(3).every((s) => s === 'FM'), contents.join(' '));
      await tape.close();
      const again = await VirtualTape.open(c.file, { maxBlock: MAX_BLOCK, report: (m) => assert.fail(`unexpected repair on reload: ${m}`) });
      try {
        assert.deepEqual((await tapeContents(again, MAX_BLOCK)).map((s) => s.slice(0, 13)), contents);
      } finally {
        await again.close();
      }
    } finally {
      fs.closeSync(readOnly);
      await c.cleanup();
    }
  });
});
