import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TapeError, isTapeError } from '../../drivers/tape/tape-error.js';

test('TapeError names the device, the failure and the errno', () => {
  const e = new TapeError('ENOSPC', '/dev/nst0', 'end of medium');
  assert.equal(e.message, '/dev/nst0: end of medium (ENOSPC)');
  assert.ok(isTapeError(e, 'ENOSPC'));
  assert.ok(!isTapeError(e, 'EIO'));
  assert.ok(!isTapeError(new Error('x')));
});
