// label_tape -S: a copy of a cartridge carries the original's number as its secondary label,
// and the server then accepts the copy in the original's place.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Catalog } from '../../../afserver/catalog/index.js';
import { testServer, type TestServer } from './helpers.js';

let s: TestServer;
before(() => {
  s = testServer();
});
after(() => s.cleanup());

test('label_tape -S writes and records the secondary label; -q shows it', async () => {
  const copy = await s.run('label-tape', ['3', '-S', '1', '-s', '3', '-n', 'copy of 1']);
  assert.equal(copy.code, 0, copy.stderr);
  assert.match(copy.stdout, /labelled as cartridge 3, a copy of cartridge 1 \(set 1/);
  const q = await s.run('label-tape', ['-q']);
  assert.equal(q.code, 0, q.stderr);
  assert.match(q.stdout, /^secondary: +1 \(copy of cartridge 1\)$/m);
  const c = Catalog.open(s.varDir);
  try {
    assert.equal(c.cartridges.require(3).secondary, 1);
  } finally {
    c.close();
  }
});

test('label_tape -S refuses a copy of itself, an unknown cartridge, and -S with -q', async () => {
  const self = await s.run('label-tape', ['2', '-S', '2']);
  assert.equal(self.code, 2);
  assert.match(self.stderr, /a cartridge cannot be a copy of itself/);
  const unknown = await s.run('label-tape', ['2', '-S', '99']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /99/);
  const withQ = await s.run('label-tape', ['-q', '-S', '1']);
  assert.equal(withQ.code, 2);
  assert.match(withQ.stderr, /-q takes no cartridge number and no -f, -n, -b, -S/);
});
