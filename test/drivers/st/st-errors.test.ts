import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stError } from '../../../drivers/st/st-errors.js';
import { TapeError } from '../../../drivers/tape/tape-error.js';

function sysError(code: string, message = `${code}: failed`): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(message);
  e.code = code;
  return e;
}

describe('stError: errno of an st call -> TapeError', () => {
  for (const code of ['EIO', 'ENOSPC', 'ENOMEM', 'EINVAL', 'EBUSY', 'EACCES', 'EROFS', 'ENOSYS', 'ENOMEDIUM', 'ESPIPE', 'ENOTTY'] as const) {
    it(`keeps ${code} as ${code}`, () => {
      const cause = sysError(code);
      const e = stError(cause, '/dev/nst0', 'write', 'write of a 1024-byte record');
      assert.ok(e instanceof TapeError);
      assert.equal(e.code, code);
      assert.equal(e.device, '/dev/nst0');
      assert.equal(e.cause, cause);
      assert.match(e.message, /^\/dev\/nst0: write of a 1024-byte record failed/);
    });
  }

  it('says the device is not a tape for ENOTTY', () => {
    assert.match(stError(sysError('ENOTTY'), '/tmp/x', 'op', 'MTREW 1').message, /\/tmp\/x is not a tape device/);
  });

  it('turns EBADF on write (descriptor opened read-only) into EACCES', () => {
    const e = stError(sysError('EBADF'), '/dev/nst0', 'write', 'write');
    assert.equal(e.code, 'EACCES');
    assert.match(e.message, /read-only/);
  });

  it('turns EBADF elsewhere into EIO', () => {
    assert.equal(stError(sysError('EBADF'), '/dev/nst0', 'read', 'read').code, 'EIO');
  });

  it('explains EIO at close as a filemark that could not be written', () => {
    const e = stError(sysError('EIO'), '/dev/nst0', 'close', 'close');
    assert.equal(e.code, 'EIO');
    assert.match(e.message, /filemark could not be written/);
  });

  it('tells the operator what to do on EBUSY', () => {
    assert.match(stError(sysError('EBUSY'), '/dev/nst0', 'open', 'open').message, /held by another program/);
  });

  for (const code of ['ENOENT', 'ENXIO', 'ENODEV', 'EISDIR']) {
    it(`reports ${code} at open as "not a tape device" (ENOTTY)`, () => {
      const e = stError(sysError(code), '/dev/nst9', 'open', 'open');
      assert.equal(e.code, 'ENOTTY');
      assert.match(e.message, /is not a tape device/);
    });
  }

  it('explains EACCES at open as a permission problem, not write protection', () => {
    const e = stError(sysError('EACCES'), '/dev/nst0', 'open', 'open');
    assert.equal(e.code, 'EACCES');
    assert.match(e.message, /permission denied.*'tape'/);
    assert.doesNotMatch(e.message, /write-protect/);
  });

  it('maps EPERM to EACCES and EAGAIN to EBUSY', () => {
    assert.equal(stError(sysError('EPERM'), 'd', 'open', 'open').code, 'EACCES');
    assert.equal(stError(sysError('EAGAIN'), 'd', 'read', 'read').code, 'EBUSY');
  });

  it('maps an unexpected errno to EIO and keeps the original text', () => {
    const e = stError(sysError('EXDEV', 'EXDEV: cross-device link'), 'd', 'op', 'MTFSF 1');
    assert.equal(e.code, 'EIO');
    assert.match(e.message, /EXDEV: cross-device link/);
  });

  it('maps an error without errno to EIO', () => {
    assert.equal(stError(new Error('strange'), 'd', 'op', 'MTFSF 1').code, 'EIO');
    assert.equal(stError('text', 'd', 'op', 'MTFSF 1').code, 'EIO');
  });

  it('does not repeat the request the addon already names', () => {
    const e = stError(sysError('EIO', 'MTFSF 2 failed: Input/output error'), '/dev/nst0', 'op', 'MTFSF 2');
    assert.equal(e.message, '/dev/nst0: MTFSF 2 failed: Input/output error (EIO)');
  });
});
