// label_tape on a virtual library: labelling, relabelling, -f, the refusals, -q, and a drive
// held by another process.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openLibrary } from '../../../drivers/library/index.js';
import { holdDrive, testServer, withCatalog, type TestServer } from './helpers.js';

let s: TestServer;
before(() => {
  s = testServer();
});
after(() => s.cleanup());


test('usage and configuration errors exit with 2, one line, no stack trace', async () => {
  const none = await s.run('label-tape', []);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^label_tape: give the number of the cartridge to label/);
  const zero = await s.run('label-tape', ['0']);
  assert.equal(zero.code, 2);
  assert.match(zero.stderr, /'0' is not a cartridge number/);
  const badConf = await s.run('label-tape', ['-q', '-c', `${s.dir}/missing.conf`]);
  assert.equal(badConf.code, 2);
  assert.equal(badConf.stderr.trim().split('\n').length, 1);
  assert.match(badConf.stderr, /missing\.conf: cannot read the configuration file/);
});

test('labels, reads back, refuses another label unless -f, forgets the replaced cartridge', async () => {
  const empty = await s.run('label-tape', ['-q']);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /drive .* is empty: name a slot to load with -s SLOT/);

  const blank = await s.run('label-tape', ['-q', '-s', '1']);
  assert.equal(blank.code, 0, blank.stderr);
  assert.equal(blank.stdout, 'blank (no label, no data)\n');

  const first = await s.run('label-tape', ['1', '-n', 'first tape']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /labelled as cartridge 1 \(set 1, block size 4096, barcode AFB001L8\)/);

  const q = await s.run('label-tape', ['--query']);
  assert.equal(q.code, 0, q.stderr);
  assert.match(q.stdout, /^cartridge: +1$/m);
  assert.match(q.stdout, /^secondary: +0 \(not a copy\)$/m);
  assert.match(q.stdout, /^cartridge set: +1$/m);
  assert.match(q.stdout, /^labelled: +\d{4}-\d\d-\d\dT/m);
  assert.match(q.stdout, /^block size: +4096$/m);
  assert.match(q.stdout, /^program version: +\d+\.\d+\.\d+$/m);
  assert.match(q.stdout, /^comment: +first tape$/m);
  assert.match(q.stdout, /^barcode: +AFB001L8$/m);
  withCatalog(s.varDir, (c) => {
    const one = c.cartridges.require(1);
    assert.equal(one.barcode, 'AFB001L8');
    assert.equal(one.comment, 'first tape');
    assert.equal(one.blockSize, 4096);
  });

  const relabel = await s.run('label-tape', ['1', '-n', 'again', '-b', '8k']);
  assert.equal(relabel.code, 0, relabel.stderr);
  assert.match(relabel.stdout, /cartridge 1 .*block size 8192/);

  const other = await s.run('label-tape', ['2']);
  assert.equal(other.code, 1);
  assert.match(other.stderr, /labelled as cartridge 1 .*refusing to relabel it as cartridge 2/);
  assert.equal(other.stderr.trim().split('\n').length, 1);

  withCatalog(s.varDir, (c) => c.cartridges.setReadOnly([1], true));
  const protectedOld = await s.run('label-tape', ['2', '-f']);
  assert.equal(protectedOld.code, 1);
  assert.match(protectedOld.stderr, /cartridge 1 is read-only/);
  withCatalog(s.varDir, (c) => c.cartridges.setReadOnly([1], false));

  const forced = await s.run('label-tape', ['2', '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stderr, /the tape was cartridge 1/);
  withCatalog(s.varDir, (c) => {
    assert.equal(c.cartridges.require(2).barcode, 'AFB001L8');
    assert.equal(c.cartridges.require(1).barcode, null);
    assert.equal(c.cartridges.require(1).labelTime, null);
  });
});

test('refuses read-only and precious cartridges, and foreign data without -f', async () => {
  withCatalog(s.varDir, (c) => {
    c.cartridges.setReadOnly([3], true);
    c.precious.replace('hostA', [4]);
  });
  const ro = await s.run('label-tape', ['3', '-s', '3']);
  assert.equal(ro.code, 1);
  assert.match(ro.stderr, /cartridge 3 is read-only/);
  const precious = await s.run('label-tape', ['4', '-f']);
  assert.equal(precious.code, 1);
  assert.match(precious.stderr, /cartridge 4 still holds backups needed by hostA/);
  withCatalog(s.varDir, (c) => {
    c.cartridges.setReadOnly([3], false);
    c.precious.deleteClient('hostA');
  });

  // A tar archive on the cartridge in slot 4.
  const lib = await openLibrary(s.library);
  await lib.changer.unload(0);
  await lib.changer.load(4, 0);
  const block = Buffer.alloc(4096);
  block.write('ustar', 257, 'latin1');
  await lib.drive(0).write(block);
  await lib.drive(0).op('weof', 1);
  await lib.close();

  const q = await s.run('label-tape', ['-q']);
  assert.equal(q.code, 0, q.stderr);
  assert.equal(q.stdout, 'not labelled by afbackup: holds a tar archive\n');
  const refused = await s.run('label-tape', ['4']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /holds a tar archive; refusing to overwrite it/);
  const forced = await s.run('label-tape', ['4', '-f', '-n', 'reused']);
  assert.equal(forced.code, 0, forced.stderr);
  withCatalog(s.varDir, (c) => assert.equal(c.cartridges.require(4).barcode, 'AFB004L8'));
});

test('a drive held by a running server is reported in one line with its pid', async () => {
  const holder = await holdDrive(s.library);
  try {
    const r = await s.run('label-tape', ['-q']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `label_tape: the drive is in use by a running afserver (pid ${holder.pid}); stop it or try later\n`);
  } finally {
    await holder.stop();
  }
  const after = await s.run('label-tape', ['-q']);
  assert.equal(after.code, 0, after.stderr);
  assert.match(after.stdout, /^cartridge: +4$/m);
});
