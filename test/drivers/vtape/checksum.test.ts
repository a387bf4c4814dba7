// The native checksums and verified reads (native/vtio.c) behind the virtual tape and the block
// layout: CRC-32 must equal zlib's for every length and alignment (three code paths: tables,
// 128-bit and 512-bit carry-less folding), XXH64 an independent implementation, and a verified
// read must flag exactly the records whose bytes are missing or wrong.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32, payloadChecksum, readVerified, xxh64 } from '../../../native/vtio.js';

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

  it('XXH64 equals the specification for every length to 300 and for large buffers', () => {
    for (let len = 0; len <= 300; len++) {
      const b = pool.subarray(len % 8, (len % 8) + len);
      assert.equal(xxh64(b), referenceXxh64(b), `length ${len}`);
    }
    const big = pool.subarray(3, 3 + 100_003);
    assert.equal(xxh64(big), referenceXxh64(big));
    assert.equal(xxh64(Buffer.from('abc')), 0x44bc2cf5ad770999n);
  });

  it('payload checksums: CRC-32 in version 1, XXH64 in version 2, pieces of 4 MiB above that', () => {
    const small = pool.subarray(0, 70_000);
    assert.equal(payloadChecksum(1, small), BigInt(zlibCrc32(small)));
    assert.equal(payloadChecksum(2, small), xxh64(small));
    const piece = 4 << 20;
    const large = Buffer.concat([pool, pool, pool.subarray(0, 100)]); // 6 MiB + 100: two pieces
    const digests = Buffer.alloc(16);
    digests.writeBigUInt64BE(xxh64(large.subarray(0, piece)), 0);
    digests.writeBigUInt64BE(xxh64(large.subarray(piece)), 8);
    assert.equal(payloadChecksum(2, large), xxh64(digests));
    assert.equal(payloadChecksum(2, large.subarray(0, piece)), xxh64(large.subarray(0, piece)));
  });

  it('refuses what is not a Uint8Array with a TypeError', () => {
    assert.throws(() => payloadChecksum(2, 'text' as unknown as Uint8Array), TypeError);
    assert.throws(() => crc32(new Uint16Array(4) as unknown as Uint8Array), TypeError);
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
