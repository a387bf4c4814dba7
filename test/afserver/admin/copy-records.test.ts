// The form copy_tape sends tape files in: records survive any cutting of the stream into
// chunks, a cut-off or oversized record is refused, and the digest sees record boundaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { digestDifference, framedRecord, RecordDigest, recordsOf, RecordStreamError } from '../../../afserver/admin/copy-records.js';

async function collect(chunks: Buffer[], maxRecord: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const r of recordsOf((async function* () {
    yield* chunks;
  })(), maxRecord)) {
    out.push(Buffer.from(r));
  }
  return out;
}

/** `whole` cut at the given offsets. */
function cut(whole: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((p) => p % (whole.length + 1)))].sort((x, y) => x - y);
  const parts: Buffer[] = [];
  let from = 0;
  for (const p of [...points, whole.length]) {
    parts.push(whole.subarray(from, p));
    from = p;
  }
  return parts;
}

describe('copy_tape record stream', () => {
  it('gives back the records whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 20 }), async (records, at) => {
        const whole = Buffer.concat(records.map(framedRecord));
        const got = await collect(cut(whole, at), 300);
        assert.deepEqual(got.map((r) => r.toString('hex')), records.map((r) => Buffer.from(r).toString('hex')));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a stream cut off inside a record, and a record the drive cannot take', async () => {
    const whole = Buffer.concat([framedRecord(Buffer.alloc(100, 1)), framedRecord(Buffer.alloc(50, 2))]);
    await assert.rejects(collect([whole.subarray(0, whole.length - 1)], 100), RecordStreamError);
    await assert.rejects(collect([whole.subarray(0, 106)], 100), /ends inside a record/);
    await assert.rejects(collect([whole], 99), /a record of 100 bytes cannot be written \(the drive takes 1 to 99\)/);
  });

  it('tells records apart in the digest: the same bytes in other records differ', () => {
    const one = new RecordDigest(3);
    one.add(Buffer.from('abcd'));
    const two = new RecordDigest(3);
    two.add(Buffer.from('ab'));
    two.add(Buffer.from('cd'));
    const a = one.result();
    const b = two.result();
    assert.equal(a.bytes, b.bytes);
    assert.match(digestDifference(a, b, 'the copy')!, /the copy has 2 records; the original's tape file 3 has 1/);
    const same = new RecordDigest(3);
    same.add(Buffer.from('abcd'));
    assert.equal(digestDifference(a, same.result(), 'the copy'), undefined);
  });
});
