// The native checksums and verified reads (native/vtio.c) behind the virtual tape and the block
// layout: CRC-32 must equal zlib's and CRC-64 a bit-by-bit reference for every length and
// alignment (three code paths: tables, 128-bit and 512-bit carry-less folding), XXH64 an
// independent implementation, a verified read must flag exactly the records whose bytes are
// missing or wrong, a write in pieces must put every byte where one pwritev would, writes queued
// on one order must land in order and not behind a failure until the order is reset, and a read of several records straight
// into their buffers must flag exactly the records that are not there whole.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { closeWriteOrder, crc32, crc64, createWriteOrder, payloadChecksum, readRecords, readVerified, resetWriteOrder, writeAt, xxh64 } from '../../../native/vtio.js';

const M = (1n << 64n) - 1n;
const Q1 = 0x9e3779b185ebca87n, Q2 = 0xc2b2ae3d27d4eb4fn, Q3 = 0x165667b19e3779f9n, Q4 = 0x85ebca77c2b2ae63n, Q5 = 0x27d4eb2f165667c5n;
const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & M;
const round = (acc: bigint, lane: bigint): bigint => (rotl((acc + lane * Q2) & M, 31n) * Q1) & M;

/** XXH64, seed 0, straight from the specification with BigInt: slow, but an independent oracle. */
function referenceXxh64(b: Buffer): bigint {
  let p = 0;
  let h: bigint;
  if (b.length >= 32) {
    const v = [(Q1 + Q2) & M, Q2, 0n, (M + 1n - Q1) & M];
    for (; p + 32 <= b.length; p += 32) for (let i = 0; i < 4; i++) v[i] = round(v[i]!, b.readBigUInt64LE(p + 8 * i));
    h = (rotl(v[0]!, 1n) + rotl(v[1]!, 7n) + rotl(v[2]!, 12n) + rotl(v[3]!, 18n)) & M;
    for (const x of v) h = (((h ^ round(0n, x)) * Q1) + Q4) & M;
  } else {
    h = Q5;
  }
  h = (h + BigInt(b.length)) & M;
  for (; p + 8 <= b.length; p += 8) h = ((rotl(h ^ round(0n, b.readBigUInt64LE(p)), 27n) * Q1) + Q4) & M;
  if (p + 4 <= b.length) {
    h = ((rotl(h ^ ((BigInt(b.readUInt32LE(p)) * Q1) & M), 23n) * Q2) + Q3) & M;
    p += 4;
  }
  for (; p < b.length; p++) h = (rotl(h ^ ((BigInt(b[p]!) * Q5) & M), 11n) * Q1) & M;
  h = ((h ^ (h >> 33n)) * Q2) & M;
  h = ((h ^ (h >> 29n)) * Q3) & M;
  return h ^ (h >> 32n);
}

/** CRC-64/XZ from its definition, a byte-table over BigInt: slow, but an independent oracle. */
const CRC64_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = BigInt(n);
  for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ 0xc96c5795d7870f42n : c >> 1n;
  return c;
});
function referenceCrc64(b: Uint8Array): bigint {
  let c = M;
  for (const x of b) c = CRC64_TABLE[Number((c ^ BigInt(x)) & 0xffn)]! ^ (c >> 8n);
  return c ^ M;
}

describe('native checksums', () => {
  const pool = randomBytes(3 << 20);

  it('CRC-32 equals zlib.crc32 for every length to 2 KiB, at every alignment, with and without a start value', () => {
    for (let len = 0; len <= 2100; len++) {
      const b = pool.subarray(len % 64, (len % 64) + len);
      assert.equal(crc32(b), zlibCrc32(b), `length ${len}`);
      const seed = (len * 2654435761) >>> 0;
      assert.equal(crc32(b, seed), zlibCrc32(b, seed), `length ${len}, start ${seed}`);
    }
  });

  it('CRC-32 equals zlib.crc32 on large and odd-sized buffers, and chains like it', () => {
    for (const len of [4096, 65536 + 17, 262144, 262144 - 32, 1 << 20, (3 << 20) - 5]) {
      const b = pool.subarray(5, 5 + Math.min(len, pool.length - 5));
      assert.equal(crc32(b), zlibCrc32(b), `length ${b.length}`);
      const half = b.length >> 1;
      assert.equal(crc32(b.subarray(half), crc32(b.subarray(0, half))), zlibCrc32(b));
    }
    assert.equal(crc32(Buffer.alloc(1 << 20)), zlibCrc32(Buffer.alloc(1 << 20)));
  });

  it('CRC-64/XZ equals its definition for every length to 1.2 KiB at every alignment, and for large buffers', () => {
    assert.equal(crc64(Buffer.from('123456789')), 0x995dc9bbdf1939fan, 'the catalogued check value');
    for (let len = 0; len <= 1200; len++) {
      const b = pool.subarray(len % 64, (len % 64) + len);
      assert.equal(crc64(b), referenceCrc64(b), `length ${len}`);
    }
    for (const len of [4096 + 13, 65536 + 17]) {
      const b = pool.subarray(7, 7 + len);
      assert.equal(crc64(b), referenceCrc64(b), `length ${len}`);
    }
    const big = pool.subarray(0, 1 << 20);
    const flipped = Buffer.from(big);
    flipped[123_456] ^= 0x10;
    assert.notEqual(crc64(flipped), crc64(big));
    assert.equal(crc64(Buffer.alloc(262144)), referenceCrc64(Buffer.alloc(262144)));
  });

  it('XXH64 equals the specification for every length to 300 and for large buffers', () => {
    for (let len = 0; len <= 300; len++) {
      const b = pool.subarray(len % 8, (len % 8) + len);
      assert.equal(xxh64(b), referenceXxh64(b), `length ${len}`);
    }
    const big = pool.subarray(3, 3 + 100_003);
    assert.equal(xxh64(big), referenceXxh64(big));
    assert.equal(xxh64(Buffer.from('abc')), 0x44bc2cf5ad770999n);
  });

  it('payload checksums: CRC-32 in version 1, XXH64 in version 2 (pieces of 4 MiB above that), CRC-64 in version 3', () => {
    const small = pool.subarray(0, 70_000);
    assert.equal(payloadChecksum(1, small), BigInt(zlibCrc32(small)));
    assert.equal(payloadChecksum(2, small), xxh64(small));
    assert.equal(payloadChecksum(3, small), referenceCrc64(small));
    const piece = 4 << 20;
    const large = Buffer.concat([pool, pool, pool.subarray(0, 100)]); // 6 MiB + 100: two pieces
    const digests = Buffer.alloc(16);
    digests.writeBigUInt64BE(xxh64(large.subarray(0, piece)), 0);
    digests.writeBigUInt64BE(xxh64(large.subarray(piece)), 8);
    assert.equal(payloadChecksum(2, large), xxh64(digests));
    assert.equal(payloadChecksum(2, large.subarray(0, piece)), xxh64(large.subarray(0, piece)));
    assert.equal(payloadChecksum(3, large), crc64(large), 'version 3 has no pieces');
  });

  it('refuses what is not a Uint8Array with a TypeError', () => {
    assert.throws(() => payloadChecksum(2, 'text' as unknown as Uint8Array), TypeError);
    assert.throws(() => crc32(new Uint16Array(4) as unknown as Uint8Array), TypeError);
    assert.throws(() => crc64(null as unknown as Uint8Array), TypeError);
  });
});

describe('verified reads', () => {
  /** A file of three payloads of 1000 bytes at offsets 100, 1100, 2100 (and bytes before). */
  function fixture(): { file: string; dir: string; data: Buffer } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vtio-'));
    const file = path.join(dir, 'f');
    const data = randomBytes(3100);
    fs.writeFileSync(file, data);
    return { file, dir, data };
  }

  async function read(file: string, data: Buffer, length: number, sums: bigint[]): Promise<{ got: number; verdict: number[]; buf: Buffer }> {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(length);
      const verdict = new Uint8Array(3);
      const got = await readVerified({
        fd, buf, length, position: 100, version: 2, count: 3,
        starts: Float64Array.from([0, 1000, 2000]), lengths: Float64Array.from([1000, 1000, 1000]),
        sums: BigUint64Array.from(sums), verdict,
      });
      return { got, verdict: [...verdict], buf };
    } finally {
      fs.closeSync(fd);
    }
  }

  it('flags good records 1, a wrong checksum 0, and a record cut short by the end of the file 0', async () => {
    const { file, dir, data } = fixture();
    try {
      const sums = [0, 1, 2].map((i) => payloadChecksum(2, data.subarray(100 + 1000 * i, 1100 + 1000 * i)));
      let r = await read(file, data, 3000, sums);
      assert.equal(r.got, 3000);
      assert.deepEqual(r.verdict, [1, 1, 1]);
      assert.ok(r.buf.equals(data.subarray(100)));
      r = await read(file, data, 3000, [sums[0]!, sums[1]! ^ 1n, sums[2]!]);
      assert.deepEqual(r.verdict, [1, 0, 1]);
      fs.truncateSync(file, 2600);
      r = await read(file, data, 3000, sums);
      assert.equal(r.got, 2500);
      assert.deepEqual(r.verdict, [1, 1, 0]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects records outside the read and a bad descriptor with clear errors', async () => {
    const buf = Buffer.alloc(10);
    const args = { fd: 0, buf, length: 10, position: 0, version: 2, count: 1, starts: Float64Array.from([5]), lengths: Float64Array.from([6]), sums: new BigUint64Array(1), verdict: new Uint8Array(1) };
    assert.throws(() => readVerified(args), /outside the read/);
    assert.throws(() => readVerified({ ...args, length: 11 }), /bad arguments/);
    await assert.rejects(readVerified({ ...args, fd: 987654, lengths: Float64Array.from([1]) }), { code: 'EBADF' });
  });
});

/** Runs `use` on a new file holding `initial`, open for reading and writing; removes it after. */
async function withFile(initial: Buffer | string, use: (fd: number, file: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vtio-'));
  try {
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, initial);
    const fd = fs.openSync(file, 'r+');
    try {
      await use(fd, file);
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('writes in pieces', () => {
  it('writes buffers of every size at any offset, in order, as one write would', async () => {
    await withFile(Buffer.alloc(100, 7), async (fd, file) => {
      // frames and payloads as a batch of records, straddling the 4096-byte pieces; an empty one
      const bufs = [32, 10_000, 32, 4096, 0, 32, 5, 9000].map((n) => randomBytes(n));
      const total = bufs.reduce((sum, b) => sum + b.length, 0);
      assert.equal(await writeAt(fd, 100, 4096, bufs), total);
      assert.equal(await writeAt(fd, 100 + total, 4096, []), 0);
      const got = fs.readFileSync(file);
      assert.equal(got.length, 100 + total);
      assert.ok(got.subarray(0, 100).equals(Buffer.alloc(100, 7)), 'the bytes before are untouched');
      assert.ok(got.subarray(100).equals(Buffer.concat(bufs)));
    });
  });

  it('keeps writes queued on one order in order, and writes none behind a failed one until the order is reset', async () => {
    await withFile('', async (fd, file) => {
      const order = createWriteOrder();
      const parts = Array.from({ length: 6 }, () => randomBytes(300_000));
      // queued at once: each starts where the one before ends, and lands there in full
      const all = parts.map((p, i) => writeAt(fd, i * 300_000, 4096, [p], order));
      assert.deepEqual(await Promise.all(all), parts.map(() => 300_000));
      assert.ok(fs.readFileSync(file).equals(Buffer.concat(parts)));
      // the second of three fails (a descriptor that is not open): the third writes nothing
      const [a, b, c] = [writeAt(fd, 0, 4096, [Buffer.alloc(10, 1)], order), writeAt(987654, 10, 4096, [Buffer.alloc(10, 2)], order), writeAt(fd, 20, 4096, [Buffer.alloc(10, 3)], order)];
      assert.equal(await a, 10);
      await assert.rejects(b, { code: 'EBADF' });
      await assert.rejects(c, { code: 'ECANCELED' });
      const got = fs.readFileSync(file);
      assert.ok(got.subarray(0, 10).equals(Buffer.alloc(10, 1)));
      assert.ok(got.subarray(20, 30).equals(parts[0]!.subarray(20, 30)), 'the write behind the failed one left the file alone');
      // nothing in flight any more, but the caller has not cleaned up yet: still nothing written
      await assert.rejects(writeAt(fd, 20, 4096, [Buffer.alloc(10, 3)], order), { code: 'ECANCELED' });
      assert.ok(fs.readFileSync(file).subarray(20, 30).equals(parts[0]!.subarray(20, 30)));
      // reset: the next write goes ahead, also after its thread was ended
      resetWriteOrder(order);
      closeWriteOrder(order);
      assert.equal(await writeAt(fd, 20, 4096, [Buffer.alloc(10, 3)], order), 10);
      assert.ok(fs.readFileSync(file).subarray(20, 30).equals(Buffer.alloc(10, 3)));
      closeWriteOrder(order);
    });
  });

  it('reads back a stream written far past the pages its order hands back to the kernel, also after writing again from the start', async () => {
    await withFile('', async (fd) => {
      const order = createWriteOrder();
      const job = 4 * 1024 * 1024;
      const base = randomBytes(job);
      const jobOf = (n: number): Buffer => {
        const b = Buffer.from(base);
        b.writeUInt32LE(n, 0);
        b.writeUInt32LE(n, job - 4);
        return b;
      };
      // 96 MiB queued as a drive streams: the pages far behind the writing point are dropped meanwhile
      const writes = Array.from({ length: 24 }, (_, i) => writeAt(fd, i * job, 256 * 1024, [jobOf(i)], order));
      assert.deepEqual(await Promise.all(writes), writes.map(() => job));
      // the tape positioned back to the start and 64 MiB written over (a new start of the dropped range)
      const again = Array.from({ length: 16 }, (_, i) => writeAt(fd, i * job, 256 * 1024, [jobOf(100 + i)], order));
      assert.deepEqual(await Promise.all(again), again.map(() => job));
      closeWriteOrder(order);
      const got = Buffer.alloc(job);
      for (let i = 0; i < 24; i++) {
        assert.equal(fs.readSync(fd, got, 0, job, i * job), job);
        assert.ok(got.equals(jobOf(i < 16 ? 100 + i : i)), `4 MiB piece ${i} reads back as written`);
      }
    });
  });

  it('rejects a failed write with its errno as code, and bad arguments with a TypeError', async () => {
    await assert.rejects(writeAt(987654, 0, 4096, [Buffer.alloc(10)]), { code: 'EBADF' });
    assert.throws(() => writeAt(1, 0, 100, [Buffer.alloc(10)]), TypeError);
    assert.throws(() => writeAt(1, 0, 4096, ['text' as unknown as Uint8Array]), TypeError);
    assert.throws(() => writeAt(1, 0, 4096, [], {} as ReturnType<typeof createWriteOrder>), TypeError);
  });
});

describe('reads of several records into their buffers', () => {
  it('puts each payload in its buffer and flags exactly the records not there whole or wrong', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vtio-'));
    try {
      const file = path.join(dir, 'f');
      const payloads = [70_000, 5, 262_144].map((n) => randomBytes(n));
      const frames = payloads.map((_, i) => Buffer.alloc(32, i + 1));
      fs.writeFileSync(file, Buffer.concat([Buffer.alloc(100), ...payloads.flatMap((p, i) => [frames[i]!, p])]));
      const sums = BigUint64Array.from(payloads.map((p) => payloadChecksum(3, p)));
      const read = async (): Promise<{ into: Buffer[]; verdict: number[]; got: number; frames: Buffer }> => {
        const fd = fs.openSync(file, 'r');
        try {
          const into = payloads.map((p) => Buffer.alloc(p.length));
          const verdict = new Uint8Array(3);
          const frameBuf = Buffer.alloc(96);
          const got = await readRecords({ fd, position: 100, version: 3, frames: frameBuf, payloads: into, sums, verdict });
          return { into, verdict: [...verdict], got, frames: frameBuf };
        } finally {
          fs.closeSync(fd);
        }
      };
      let r = await read();
      assert.deepEqual(r.verdict, [1, 1, 1]);
      assert.equal(r.got, 96 + 70_005 + 262_144);
      r.into.forEach((b, i) => assert.ok(b.equals(payloads[i]!), `payload ${i}`));
      assert.ok(r.frames.equals(Buffer.concat(frames)));
      const bytes = fs.readFileSync(file);
      bytes[100 + 32 + 70_000 + 32 + 2]! ^= 1;
      fs.writeFileSync(file, bytes.subarray(0, bytes.length - 1));
      r = await read();
      assert.deepEqual(r.verdict, [1, 0, 0], 'the second damaged, the third one byte short');
      await assert.rejects(readRecords({ fd: 987654, position: 0, version: 3, frames: Buffer.alloc(32), payloads: [Buffer.alloc(1)], sums, verdict: new Uint8Array(1) }), { code: 'EBADF' });
      assert.throws(() => readRecords({ fd: 1, position: 0, version: 3, frames: Buffer.alloc(8), payloads: [Buffer.alloc(1)], sums, verdict: new Uint8Array(1) }), TypeError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
