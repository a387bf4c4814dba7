import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cEscape, cUnescape, isWithin, splitName, storedName } from '../../afclient/names.js';
import { safeName } from '../../afclient/unpack/safe-name.js';

const b = (s: string): Buffer => Buffer.from(s);

test('cEscape gives one printable line and cUnescape reverses it for any bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      const name = Buffer.from(bytes);
      const line = cEscape(name);
      assert.ok(!/[\x00-\x1f\x7f]/.test(line), `control character in ${JSON.stringify(line)}`);
      assert.deepEqual(cUnescape(line), name);
    }),
  );
});

test('cEscape leaves ordinary and non-ASCII UTF-8 names alone', () => {
  assert.equal(cEscape(b('dir/Grüße-😀.txt')), 'dir/Grüße-😀.txt');
  assert.equal(cEscape(b('a\nb\\c\td')), 'a\\nb\\\\c\\td');
  assert.equal(cEscape(Buffer.from([0x61, 0xff, 0x62])), 'a\\377b');
});

test('storedName strips leading / and ../ like tar and refuses .. inside', () => {
  assert.deepEqual(storedName(b('/etc//passwd/')), { name: b('etc/passwd'), stripped: '/' });
  assert.deepEqual(storedName(b('../../x/y')), { name: b('x/y'), stripped: '../../' });
  assert.deepEqual(storedName(b('./a/./b')), { name: b('a/b'), stripped: '' });
  assert.equal(storedName(b('a/../../b')), null);
  assert.equal(storedName(b('/')), null);
  assert.deepEqual(storedName(b('-leading-dash')), { name: b('-leading-dash'), stripped: '' });
});

test('safeName re-roots absolute names and refuses any .. component', () => {
  const abs = safeName(b('/etc/passwd'));
  assert.ok(abs.ok && abs.rerooted);
  assert.deepEqual(abs.ok && abs.parts, [b('etc'), b('passwd')]);
  assert.equal(safeName(b('../../etc/passwd')).ok, false);
  assert.equal(safeName(b('a/b/../../../x')).ok, false);
  assert.equal(safeName(b('a\0b')).ok, false);
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', '..', '.', '', 'b c', '\n'), { maxLength: 8 }), (parts) => {
      const r = safeName(b(parts.join('/')));
      if (r.ok) assert.ok(!r.parts.some((p) => p.equals(b('..'))) && !r.parts.some((p) => p.length === 0));
      else assert.ok(parts.includes('..'));
    }),
  );
});

test('isWithin matches whole components only', () => {
  assert.ok(isWithin(b('a/b/c'), b('a/b')));
  assert.ok(isWithin(b('a/b'), b('a/b')));
  assert.ok(!isWithin(b('a/bc'), b('a/b')));
  assert.deepEqual(splitName(b('//a/./b//')).parts, [b('a'), b('b')]);
});
