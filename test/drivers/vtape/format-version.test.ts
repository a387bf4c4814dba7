// Cartridge format versions: new cartridges are version 3 (CRC-64/XZ payload checksums); version
// 1 (CRC-32) and version 2 (XXH64) cartridges, written here frame by frame as the afbackups of
// those formats wrote them, are still read, checked and appended to, and keep their version.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import { xxh64Into } from '../../../afclient/codec/xxh64.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { FRAME_SIZE, HEADER_SIZE, encodeFrame, encodeHeader, payloadChecksum } from '../../../drivers/vtape/format.js';
import { crc64 } from '../../../native/vtio.js';
import { record, tempCartridge } from './helpers.js';

function xxh64(data: Uint8Array): bigint {
  const out = Buffer.alloc(8);
  xxh64Into(data, out, 0);
  return out.readBigUInt64BE(0);
}

/** Flips one byte of the file at `offset`. */
async function flip(file: string, offset: number): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    const b = Buffer.alloc(1);
    await fh.read(b, 0, 1, offset);
    b[0] = b[0]! ^ 0xff;
    await fh.write(b, 0, 1, offset);
  } finally {
    await fh.close();
  }
}

/** The large single record of the cartridge reads back whole; with its last byte flipped, it is refused. */
async function checkedToLastByte(file: string, payload: Buffer): Promise<void> {
  const buf = Buffer.alloc(payload.length);
  let tape = await VirtualTape.open(file);
  assert.equal(await tape.read(buf), payload.length);
  assert.ok(buf.equals(payload));
  await tape.close();
  await flip(file, HEADER_SIZE + FRAME_SIZE + payload.length - 1);
  tape = await VirtualTape.open(file, { report: () => undefined });
  await tape.op('seek', 0);
  await assert.rejects(tape.read(buf), (e) => isTapeError(e, 'EIO') && /checksum/.test(e.message));
  await tape.close();
}

describe('cartridge format versions', () => {
  it('a new cartridge is version 3: each record frame holds the CRC-64/XZ of its payload', async () => {
    const c = await tempCartridge();
    try {
      const tape = await VirtualTape.open(c.file);
      const payload = record(1, 3000);
      await tape.write(payload);
      await tape.close();
      const bytes = await fs.readFile(c.file);
      assert.equal(bytes.readUInt16LE(8), 3);
      const sum = crc64(payload);
      assert.equal(bytes.readUInt32LE(HEADER_SIZE + 12), Number(sum & 0xffff_ffffn), 'low half');
      assert.equal(bytes.readUInt32LE(HEADER_SIZE + 24), Number(sum >> 32n), 'high half');
    } finally {
      await c.cleanup();
    }
  });

  for (const old of [
    { version: 2, checksum: 'XXH64', sum: xxh64 },
    { version: 1, checksum: 'CRC-32', sum: (p: Uint8Array): bigint => BigInt(crc32(p)) },
  ]) {
    it(`a version ${old.version} cartridge (${old.checksum}) reads, detects damage, and stays version ${old.version} when appended to`, async () => {
      const c = await tempCartridge();
      try {
        const header = encodeHeader({ formatVersion: old.version, capacityBytes: 1 << 20, earlyWarningBytes: 1 << 16, writeProtected: false });
        const frames: Buffer[] = [header];
        for (let i = 0; i < 3; i++) {
          const payload = record(i, 1000);
          frames.push(encodeFrame({ kind: 'record', length: 1000, payloadChecksum: old.sum(payload), address: i }, old.version), payload);
        }
        frames.push(encodeFrame({ kind: 'filemark', length: 0, payloadChecksum: 0n, address: 3 }, old.version));
        await fs.writeFile(c.file, Buffer.concat(frames));

        let tape = await VirtualTape.open(c.file);
        const buf = Buffer.alloc(1000);
        for (let i = 0; i < 3; i++) {
          assert.equal(await tape.read(buf), 1000);
          assert.ok(buf.equals(record(i, 1000)), `record ${i}`);
        }
        assert.equal(await tape.read(buf), 0);
        await tape.write(record(9, 500));
        await tape.close();

        const bytes = await fs.readFile(c.file);
        assert.equal(bytes.readUInt16LE(8), old.version, `still version ${old.version}`);
        const at = HEADER_SIZE + 3 * (FRAME_SIZE + 1000) + FRAME_SIZE;
        const sum = old.sum(record(9, 500));
        assert.equal(bytes.readUInt32LE(at + 12), Number(sum & 0xffff_ffffn), `the appended record has a ${old.checksum}`);
        assert.equal(bytes.readUInt32LE(at + 24), Number(sum >> 32n));

        await flip(c.file, HEADER_SIZE + FRAME_SIZE + 20);
        tape = await VirtualTape.open(c.file);
        await assert.rejects(tape.read(buf), (e) => isTapeError(e, 'EIO') && /checksum/.test(e.message));
        assert.equal(await tape.read(buf), 1000);
        assert.ok(buf.equals(record(1, 1000)));
        await tape.op('fsf', 1);
        assert.equal(await tape.read(buf), 500);
        assert.ok(buf.subarray(0, 500).equals(record(9, 500)));
        await tape.close();
      } finally {
        await c.cleanup();
      }
    });
  }

  it('a record larger than an XXH64 piece (4 MiB) of a version 2 cartridge is checked whole, to its last byte', async () => {
    const c = await tempCartridge();
    try {
      const size = 9 * 1024 * 1024 + 7;
      const payload = record(3, size);
      assert.notEqual(payloadChecksum(2, payload), payloadChecksum(2, Buffer.concat([payload.subarray(0, size - 1), Buffer.from([payload[size - 1]! ^ 1])])));
      const header = encodeHeader({ formatVersion: 2, capacityBytes: 32 * 1024 * 1024, earlyWarningBytes: 1 << 16, writeProtected: false });
      const frame = encodeFrame({ kind: 'record', length: size, payloadChecksum: payloadChecksum(2, payload), address: 0 }, 2);
      const filemark = encodeFrame({ kind: 'filemark', length: 0, payloadChecksum: 0n, address: 1 }, 2);
      await fs.writeFile(c.file, Buffer.concat([header, frame, payload, filemark]));
      await checkedToLastByte(c.file, payload);
    } finally {
      await c.cleanup();
    }
  });

  it('a large record of a version 3 cartridge is checked whole, to its last byte', async () => {
    const c = await tempCartridge({ capacityBytes: 32 * 1024 * 1024 });
    try {
      const size = 9 * 1024 * 1024 + 7;
      const payload = record(4, size);
      const tape = await VirtualTape.open(c.file);
      await tape.write(payload);
      await tape.close();
      await checkedToLastByte(c.file, payload);
    } finally {
      await c.cleanup();
    }
  });
});
