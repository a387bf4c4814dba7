// Cartridge files on the shelf: creation, label and fill level, write protection, the on-disk
// layout FORMAT.md describes, and refusal of files that are not cartridges.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { FILEMARK_COST_BYTES, VirtualTape, createCartridge, readCartridgeInfo, setWriteProtect } from '../../../drivers/vtape/index.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { record, tempCartridge } from './helpers.js';

describe('cartridge files', () => {
  it('round trip: label, sizes, write protection and used bytes', async () => {
    const c = await tempCartridge({ capacityBytes: 1_000_000, earlyWarningBytes: 50_000, barcode: 'E01001L8' });
    try {
      assert.deepEqual(await readCartridgeInfo(c.file), {
        capacityBytes: 1_000_000, earlyWarningBytes: 50_000, writeProtected: false, barcode: 'E01001L8', usedBytes: 0,
      });
      const tape = await VirtualTape.open(c.file);
      await tape.write(record(0, 1000));
      await tape.write(record(1, 234));
      await tape.op('weof', 2);
      await tape.close();
      assert.equal((await readCartridgeInfo(c.file)).usedBytes, 1234 + 2 * FILEMARK_COST_BYTES);
      await setWriteProtect(c.file, true);
      assert.equal((await readCartridgeInfo(c.file)).writeProtected, true);
      await setWriteProtect(c.file, false);
      assert.equal((await readCartridgeInfo(c.file)).writeProtected, false);
    } finally {
      await c.cleanup();
    }
  });

  it('the file is the header, then one 32-byte frame per object before its payload', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      await tape.write(Buffer.from('hello'));
      await tape.op('weof', 1);
      await tape.close();
      const bytes = await fs.readFile(c.file);
      assert.equal(bytes.toString('latin1', 0, 8), 'AFVTAPE\0');
      assert.equal(bytes.length, 128 + 32 + 5 + 32);
      assert.equal(bytes.toString('latin1', 128, 132), 'AFOB');
      assert.equal(bytes.readUInt32LE(128 + 8), 5);
      assert.equal(bytes.toString('latin1', 160, 165), 'hello');
      assert.equal(bytes.toString('latin1', 165, 169), 'AFOB');
      assert.equal(bytes.readUInt32LE(165 + 4), 2, 'a filemark');
    } finally {
      await c.cleanup();
    }
  });

  it('createCartridge refuses to overwrite a file and rejects impossible sizes', async () => {
    const c = await tempCartridge();
    try {
      const before = await fs.readFile(c.file);
      await assert.rejects(createCartridge(c.file, { capacityBytes: 1000, earlyWarningBytes: 10 }), /exists already/);
      assert.ok(before.equals(await fs.readFile(c.file)), 'the existing file is untouched');
      const other = `${c.dir}/other.vtape`;
      await assert.rejects(createCartridge(other, { capacityBytes: 1000, earlyWarningBytes: 1000 }), (e) => isTapeError(e, 'EINVAL'));
      await assert.rejects(createCartridge(other, { capacityBytes: 0, earlyWarningBytes: 0 }), (e) => isTapeError(e, 'EINVAL'));
      await assert.rejects(createCartridge(other, { capacityBytes: 1000, earlyWarningBytes: 1, barcode: 'has space' }), (e) => isTapeError(e, 'EINVAL'));
      await assert.rejects(fs.access(other), 'nothing was created');
    } finally {
      await c.cleanup();
    }
  });

  it('write protection cannot change while the cartridge is in a drive', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      await assert.rejects(setWriteProtect(c.file, true), (e) => isTapeError(e, 'EBUSY'));
      await tape.close();
      await setWriteProtect(c.file, true);
      const again = await VirtualTape.open(c.file);
      assert.equal((await again.status()).writeProtected, true);
      await assert.rejects(again.write(record(0, 10)), (e) => isTapeError(e, 'EACCES'));
      await assert.rejects(again.op('erase'), (e) => isTapeError(e, 'EACCES'));
      // As st_write: the size checks come before the write protection.
      await again.op('setblk', 512);
      await assert.rejects(again.write(record(0, 100)), (e) => isTapeError(e, 'EINVAL'));
      await again.close();
    } finally {
      await c.cleanup();
    }
  });

  it('a cartridge file the process may not write behaves as write-protected', { skip: process.getuid?.() === 0 && 'root may write any file' }, async () => {
    const c = await tempCartridge();
    try {
      await fs.chmod(c.file, 0o444);
      const tape = await VirtualTape.open(c.file);
      assert.equal((await tape.status()).writeProtected, true);
      await assert.rejects(tape.write(record(0, 10)), (e) => isTapeError(e, 'EACCES'));
      await tape.close();
    } finally {
      await c.cleanup();
    }
  });

  it('a file that is not a cartridge, or from a newer afbackup, gives a clear EIO', async () => {
    const c = await tempCartridge();
    try {
      const notCartridge = `${c.dir}/notes.txt`;
      await fs.writeFile(notCartridge, 'just some text, long enough to fill a header of a cartridge file '.repeat(4));
      await assert.rejects(VirtualTape.open(notCartridge), (e) => isTapeError(e, 'EIO') && /notes\.txt: not a virtual tape cartridge/.test(e.message));
      await assert.rejects(readCartridgeInfo(notCartridge), /not a virtual tape cartridge/);

      const bytes = await fs.readFile(c.file);
      bytes.writeUInt16LE(99, 8);
      await fs.writeFile(c.file, bytes);
      await assert.rejects(VirtualTape.open(c.file), /format version 99 is newer/);

      bytes.writeUInt16LE(1, 8);
      bytes[20] = bytes[20]! ^ 0xff;
      await fs.writeFile(c.file, bytes);
      await assert.rejects(VirtualTape.open(c.file), /header checksum mismatch/);
      await assert.rejects(fs.access(`${c.file}.lock`), 'a failed load leaves no lock behind');
    } finally {
      await c.cleanup();
    }
  });
});
