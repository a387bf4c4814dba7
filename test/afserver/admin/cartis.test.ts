// cartis: the cartridge in the drive, and the next write position of a cartridge set (-i) with
// its refusals: another set's cartridge, tape file 0, read-only, and overwriting needed backups.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Catalog } from '../../../afserver/catalog/index.js';
import { holdDrive, testServer, withCatalog, type TestServer } from './helpers.js';

let s: TestServer;
before(() => {
  s = testServer('Cartridge-Sets: 1-2 3-4');
});
after(() => s.cleanup());


/** Three tape files of one session on cartridge 1, 10 blocks each. */
function writeSessionOnCartridge1(c: Catalog): void {
  c.cartridges.define([1, 2], 1);
  c.cartridges.define([3, 4], 2);
  const session = c.sessions.begin('hostA', 1);
  for (const tapeFile of [1, 2, 3]) {
    c.sessions.beginTapeFile(session.id, { cartridge: 1, tapeFile, kind: 'backup', blockSize: 4096, payloadPerBlock: 4000, headerBytes: 100 });
    c.sessions.grow(session.id, 1, tapeFile, 40_000, 10);
    c.sessions.completeTapeFile(1, tapeFile);
  }
  c.sessions.finish(session.id, 'complete');
  c.cartridges.setWritePosition(1, { cartridge: 1, tapeFile: 4 });
  c.precious.replace('hostA', [1]);
}

test('cartis -i: usage errors exit 2', async () => {
  for (const args of [['-i', '1', '0'], ['-i', 'x', '1'], ['-S', '1', '2']]) {
    const r = await s.run('cartis', args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});

test('cartis -i sets the write position and refuses what would lose data', async () => {
  withCatalog(s.varDir, writeSessionOnCartridge1);

  const otherSet = await s.run('cartis', ['-i', '3', '1', '-S', '1']);
  assert.equal(otherSet.code, 1);
  assert.match(otherSet.stderr, /cartridge 3 belongs to cartridge set 2, not to set 1/);

  const needed = await s.run('cartis', ['-i', '1', '2']);
  assert.equal(needed.code, 1);
  assert.match(needed.stderr, /would overwrite tape files 2-3 of cartridge 1 \(80000 bytes\).*needed by hostA; use -f/);
  withCatalog(s.varDir, (c) => {
    assert.deepEqual(c.cartridges.writePosition(1), { cartridge: 1, tapeFile: 4 });
    assert.equal(c.sessions.onCartridge(1).length, 3);
  });

  const gap = await s.run('cartis', ['-i', '2', '5']);
  assert.equal(gap.code, 1);
  assert.match(gap.stderr, /cartridge 2 has 0 tape files; tape file 5 would leave a gap/);

  const next = await s.run('cartis', ['-i', '2', '1']);
  assert.equal(next.code, 0, next.stderr);
  assert.equal(next.stdout, 'cartridge set 1 is written next at cartridge 2, tape file 1\n');
  withCatalog(s.varDir, (c) => assert.deepEqual(c.cartridges.writePosition(1), { cartridge: 2, tapeFile: 1 }));

  const forced = await s.run('cartis', ['-i', '1', '3', '-f']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stderr, /tape file 3 of cartridge 1 \(40000 bytes\) will be overwritten, although hostA still need/);
  withCatalog(s.varDir, (c) => {
    assert.deepEqual(c.cartridges.writePosition(1), { cartridge: 1, tapeFile: 3 });
    assert.deepEqual(c.sessions.onCartridge(1).map((f) => f.tapeFile), [1, 2]);
    const one = c.cartridges.require(1);
    assert.equal(one.tapeFiles, 2);
    assert.equal(one.bytes, 2 * 10 * 4096);
  });

  withCatalog(s.varDir, (c) => c.cartridges.setReadOnly([4], true));
  const ro = await s.run('cartis', ['-i', '4', '1']);
  assert.equal(ro.code, 1);
  assert.match(ro.stderr, /cartridge 4 is read-only/);

  const set2 = await s.run('cartis', ['-i', '3', '1']);
  assert.equal(set2.code, 0, set2.stderr);
  withCatalog(s.varDir, (c) => assert.deepEqual(c.cartridges.writePosition(2), { cartridge: 3, tapeFile: 1 }));
});

test('cartis N checks the label in the drive and continues the set on it', async () => {
  const labelled = await s.run('label-tape', ['2', '-s', '2']);
  assert.equal(labelled.code, 0, labelled.stderr);

  const wrong = await s.run('cartis', ['1']);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /holds cartridge 2, not cartridge 1/);

  const right = await s.run('cartis', ['2']);
  assert.equal(right.code, 0, right.stderr);
  assert.equal(right.stdout, 'cartridge 2 is in the drive; cartridge set 1 continues on it at tape file 1\n');
  withCatalog(s.varDir, (c) => assert.deepEqual(c.cartridges.writePosition(1), { cartridge: 2, tapeFile: 1 }));
});

test('cartis N while the server holds the drive records it without reading the label', async () => {
  withCatalog(s.varDir, (c) => c.cartridges.setWritePosition(1, { cartridge: 1, tapeFile: 3 }));
  const holder = await holdDrive(s.library);
  try {
    const r = await s.run('cartis', ['2']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `cartis: the label was not checked: the drive is in use by a running afserver (pid ${holder.pid}); the server checks it when it writes\n`);
  } finally {
    await holder.stop();
  }
  withCatalog(s.varDir, (c) => assert.deepEqual(c.cartridges.writePosition(1), { cartridge: 2, tapeFile: 1 }));
});
