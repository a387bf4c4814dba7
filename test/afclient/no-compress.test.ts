import assert from 'node:assert/strict';
import { test } from 'node:test';
import picomatch from 'picomatch';
import { DEFAULT_NO_COMPRESS, noCompressMatcher } from '../../afclient/pack/no-compress.js';

const NAMES = [
  'a.gz',
  'dir/a.gz',
  'dir/a.gz/b',
  '.gz',
  'dir/.hidden.zst',
  'a.GZ',
  'a.tar.gz.txt',
  'archive.tgz',
  'photo.jpeg',
  'x/y/z.7z',
  'naïve.png',
  'plain',
  'log.1',
  'data/build.o',
  'data/keep.o.txt',
];

test('the no-compress matcher agrees with picomatch on suffix and glob patterns', () => {
  const patterns = [...DEFAULT_NO_COMPRESS, '*.o', 'log.?', 'data/*.txt', '*.[Gg][Zz]'];
  const reference = picomatch(patterns, { basename: true, dot: true });
  const ours = noCompressMatcher(patterns);
  for (const n of NAMES) assert.equal(ours(Buffer.from(n)), reference(n), n);
  assert.equal(ours(Buffer.from('a.gz')), true);
  assert.equal(ours(Buffer.from('a.GZ')), true);
  assert.equal(ours(Buffer.from('log.1')), true);
  assert.equal(ours(Buffer.from('plain')), false);
});

test('no patterns match nothing; a name that is not UTF-8 still matches by its ending', () => {
  assert.equal(noCompressMatcher([])(Buffer.from('a.gz')), false);
  const latin1 = Buffer.concat([Buffer.from([0x66, 0xe9, 0xff]), Buffer.from('.zip')]);
  assert.equal(noCompressMatcher(DEFAULT_NO_COMPRESS)(latin1), true);
});
