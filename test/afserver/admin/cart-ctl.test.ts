// cart_ctl on a virtual library: the cartridge table, attributes, comments, the inventory in
// mtx's format, labelling blank cartridges, moving, ejecting, adding and importing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { formatMtxStatus, parseMtxStatus } from '../../../drivers/changer/mtx-status.js';
import { testServer, withCatalog, type TestServer } from './helpers.js';

let s: TestServer;
before(() => {
  s = testServer();
});
after(() => s.cleanup());


async function ok(args: string[]): Promise<string> {
  const r = await s.run('cart-ctl', args);
  assert.equal(r.code, 0, `cart_ctl ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test('usage errors exit 2', async () => {
  for (const args of [[], ['-l', '-i'], ['-a', '5:r'], ['-a', '1:x']]) {
    const r = await s.run('cart-ctl', args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('-i prints the inventory exactly as mtx status does', async () => {
  const text = await ok(['-i']);
  assert.equal(formatMtxStatus(parseMtxStatus(text)), text);
  assert.equal(
    text,
    [
      `  Storage Changer ${s.library}:1 Drives, 5 Slots ( 1 Import/Export )`,
      'Data Transfer Element 0:Empty',
      '      Storage Element 1:Full :VolumeTag=AFB001L8',
      '      Storage Element 2:Full :VolumeTag=AFB002L8',
      '      Storage Element 3:Full :VolumeTag=AFB003L8',
      '      Storage Element 4:Full :VolumeTag=AFB004L8',
      '      Storage Element 5 IMPORT/EXPORT:Empty',
      '',
    ].join('\n'),
  );
});

test('-t labels every blank cartridge as its slot, and leaves labelled ones alone', async () => {
  const first = await ok(['-t', '-n', 'new set']);
  assert.match(first, /^slot 1 \(AFB001L8\): labelled as cartridge 1$/m);
  assert.match(first, /^slot 4 \(AFB004L8\): labelled as cartridge 4$/m);
  assert.match(first, /^4 cartridge\(s\) labelled$/m);
  const again = await ok(['-t']);
  assert.match(again, /^slot 2 \(AFB002L8\): cartridge 2, labelled already$/m);
  assert.match(again, /^0 cartridge\(s\) labelled$/m);
  withCatalog(s.varDir, (c) => {
    for (const n of [1, 2, 3, 4]) {
      const cart = c.cartridges.require(n);
      assert.equal(cart.barcode, `AFB00${n}L8`);
      assert.equal(cart.comment, 'new set');
    }
  });
});

test('-l lists every cartridge in aligned columns; -a sets and clears flags; -N sets the comment', async () => {
  withCatalog(s.varDir, (c) => {
    const session = c.sessions.begin('hostB', 1);
    c.sessions.beginTapeFile(session.id, { cartridge: 2, tapeFile: 1, kind: 'backup', blockSize: 4096, payloadPerBlock: 4000, headerBytes: 100 });
    c.sessions.grow(session.id, 2, 1, 12_000, 3);
    c.precious.replace('hostB', [2]);
    c.precious.replace('hostC', [2]);
  });
  const changed = await ok(['-a', '3-4:r,4:f']);
  assert.equal(changed, 'cartridge 3: read-only, not full\ncartridge 4: read-only, full\n');
  assert.equal(await ok(['-N', '1', 'off', 'site']), 'cartridge 1: comment set\n');

  const table = (await ok(['-l'])).split('\n').filter((l) => l !== '');
  assert.equal(table.length, 5);
  const header = table[0]!;
  for (const title of ['cartridge', 'set', 'barcode', 'labelled (UTC)', 'bytes', 'tape files', 'full', 'read-only', 'needed by', 'last write (UTC)']) {
    assert.ok(header.includes(title), title);
  }
  const cells = (line: string): string[] => line.trim().split(/\s{2,}/);
  const row2 = cells(table[2]!);
  assert.deepEqual([row2[0], row2[1], row2[2], row2[4], row2[5], row2[6], row2[7], row2[8]], ['2', '1', 'AFB002L8', '12288', '1', 'no', 'no', 'hostB,hostC']);
  assert.deepEqual(cells(table[4]!).slice(6, 8), ['yes', 'yes']);
  // Aligned: every column starts at the same place in every line (right-aligned numbers end there).
  const at = (line: string, word: string): number => line.indexOf(word) + word.length;
  assert.equal(at(table[2]!, 'AFB002L8'), at(header, 'barcode') + 1);
  assert.equal(at(table[2]!, '12288'), at(header, 'bytes'));

  const attrs = await ok(['-l', '-a']);
  assert.match(attrs.split('\n')[0]!, /uses +block size +secondary +comment$/);
  assert.match(attrs, /^ +1 .* off site$/m);

  assert.equal(await ok(['-a', '3-4:!r,4:!f']), 'cartridge 3: writable, not full\ncartridge 4: writable, not full\n');
  withCatalog(s.varDir, (c) => {
    assert.equal(c.cartridges.require(3).readOnly, false);
    assert.equal(c.cartridges.require(4).full, false);
    assert.equal(c.cartridges.require(1).comment, 'off site');
  });
});

test('-m moves a cartridge into the drive, -e takes it out, --add and --import bring cartridges in', async () => {
  assert.equal(await ok(['-m', '-C', '3']), 'cartridge 3 (barcode AFB003L8) moved from slot 3 into drive 0\n');
  assert.equal(await ok(['-m', '-C', '3', '-D', '0']), 'cartridge 3 (barcode AFB003L8) is in drive 0 already\n');
  assert.match(await ok(['-i']), /^Data Transfer Element 0:Full \(Storage Element 3 Loaded\):VolumeTag = AFB003L8$/m);

  const exported = path.join(s.library, 'exported', 'AFB003L8.vtape');
  assert.equal(await ok(['-e', '-C', '3']), `cartridge 3 (barcode AFB003L8) exported from slot 3; its cartridge file is now ${exported}\n`);
  assert.ok(fs.existsSync(exported));
  const gone = await s.run('cart-ctl', ['-m', '-C', '3']);
  assert.equal(gone.code, 1);
  assert.match(gone.stderr, /cartridge 3 \(barcode AFB003L8\) is not in virtual library/);

  const added = await ok(['--add', '1']);
  assert.match(added, /^added blank cartridge AFB005L8 in slot 3 \(label it with label_tape -s 3 N, or cart_ctl -t\)$/m);
  assert.match(added, /Number Of Cartridges \(4\) covers them/);
  const full = await s.run('cart-ctl', ['--add', '1']);
  assert.equal(full.code, 1);
  assert.match(full.stderr, /only 0 storage slots are empty/);

  assert.equal(await ok(['--import', exported]), 'cartridge AFB003L8 imported into slot 5; label it with label_tape -s 5 N if it is new to this server\n');
  const inventory = await ok(['-i']);
  assert.match(inventory, /^ {6}Storage Element 3:Full :VolumeTag=AFB005L8$/m);
  assert.match(inventory, /^ {6}Storage Element 5 IMPORT\/EXPORT:Full :VolumeTag=AFB003L8$/m);
  // The cartridge is found by its barcode, in the mailslot too.
  assert.equal(await ok(['-m', '-C', '3']), 'cartridge 3 (barcode AFB003L8) moved from slot 5 into drive 0\n');
});
