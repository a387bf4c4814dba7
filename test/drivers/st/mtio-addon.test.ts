// The addon on a host without a tape drive: every request must settle (never hang, never throw
// asynchronously) and carry the errno name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { mtio } from '../../../drivers/st/mtio-addon.js';

describe('mtio addon on a descriptor that is not a tape', () => {
  const m = mtio();
  let fd = -1;
  before(() => {
    fd = fs.openSync('/dev/null', 'r');
  });
  after(() => fs.closeSync(fd));

  it('exports the Linux <sys/mtio.h> operation codes', () => {
    assert.deepEqual(
      { ...m.ops },
      {
        MTFSF: 1, MTBSF: 2, MTFSR: 3, MTBSR: 4, MTWEOF: 5, MTREW: 6, MTOFFL: 7, MTNOP: 8, MTBSFM: 10, MTFSFM: 11,
        MTEOM: 12, MTERASE: 13, MTSETBLK: 20, MTSEEK: 22, MTSETDRVBUFFER: 24, MTLOAD: 30, MTSETPART: 33,
        MTMKPART: 34, MTWEOFI: 35,
      },
    );
    assert.ok(Object.isFrozen(m.ops));
  });

  for (const [name, call] of [
    ['mtop', () => m.mtop(fd, m.ops.MTREW, 1)],
    ['mtget', () => m.mtget(fd)],
    ['mtpos', () => m.mtpos(fd)],
    ['blockLimits', () => m.blockLimits(fd)],
  ] as const) {
    it(`${name} rejects with ENOTTY and errno 25`, async () => {
      await assert.rejects(call(), (e: NodeJS.ErrnoException) => {
        assert.equal(e.code, 'ENOTTY');
        assert.equal(e.errno, 25);
        assert.match(e.message, /failed: Inappropriate ioctl for device/);
        return true;
      });
    });
  }

  it('names the operation in the message', async () => {
    await assert.rejects(m.mtop(fd, m.ops.MTFSF, 3), /^Error: MTFSF 3 failed/);
  });

  it('rejects with EBADF on a closed descriptor', async () => {
    const closed = fs.openSync('/dev/null', 'r');
    fs.closeSync(closed);
    await assert.rejects(m.mtget(closed), { code: 'EBADF', errno: 9 });
  });

  it('throws TypeError at once on bad arguments', () => {
    const loose = m as unknown as Record<string, (...a: unknown[]) => unknown>;
    assert.throws(() => loose.mtop(fd, 'rewind', 1), TypeError);
    assert.throws(() => loose.mtop(fd, m.ops.MTREW), TypeError);
    assert.throws(() => loose.mtget('3'), TypeError);
    assert.throws(() => loose.mtpos(1.5), TypeError);
    assert.throws(() => loose.mtpos(NaN), TypeError);
    assert.throws(() => loose.mtop(fd, m.ops.MTFSF, 2 ** 31), TypeError);
    assert.throws(() => loose.mtop(fd, -1, 1), RangeError);
  });

  it('runs many requests concurrently and settles them all', async () => {
    const results = await Promise.allSettled(Array.from({ length: 64 }, () => m.mtget(fd)));
    assert.equal(results.length, 64);
    assert.ok(results.every((r) => r.status === 'rejected'));
  });
});
