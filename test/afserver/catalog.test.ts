import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Catalog } from '../../afserver/catalog/index.js';

let dir: string;
let cat: Catalog;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-catalog-'));
  cat = Catalog.open(dir);
  cat.cartridges.define([1, 2, 3], 1);
  cat.cartridges.define([4, 5], 2);
});
afterEach(() => {
  cat.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('catalog: cartridges and write positions', () => {
  it('keeps cartridges by set and records labels', () => {
    assert.deepEqual(cat.cartridges.inSet(2).map((c) => c.number), [4, 5]);
    cat.cartridges.recordLabel(2, { barcode: 'AFB002L8', labelTime: 1000, blockSize: 262144, comment: 'auto' });
    const c = cat.cartridges.require(2);
    assert.equal(c.barcode, 'AFB002L8');
    assert.equal(c.blockSize, 262144);
    assert.throws(() => cat.cartridges.require(9), /cartridge 9 is not configured/);
  });

  it('refuses a write position on a cartridge of another set or before tape file 1', () => {
    cat.cartridges.setWritePosition(1, { cartridge: 2, tapeFile: 3 });
    assert.deepEqual(cat.cartridges.writePosition(1), { cartridge: 2, tapeFile: 3 });
    assert.throws(() => cat.cartridges.setWritePosition(1, { cartridge: 4, tapeFile: 1 }), /belongs to cartridge set 2/);
    assert.throws(() => cat.cartridges.setWritePosition(1, { cartridge: 1, tapeFile: 0 }), /not a data tape file/);
  });

  it('chooses the next writable cartridge of the set, skipping read-only and precious ones', () => {
    cat.cartridges.setReadOnly([2], true);
    assert.equal(cat.cartridges.nextWritable(1, 1, () => false)?.number, 3);
    cat.precious.replace('hostA', [3]);
    assert.equal(cat.cartridges.nextWritable(1, 1, (n) => cat.precious.isPrecious(n)), undefined);
    cat.precious.release('hostA', [3]);
    // wraps around: after 3 comes 1 again
    assert.equal(cat.cartridges.nextWritable(1, 3, () => false)?.number, 1);
  });

  it('prefers cartridges with room, and reuses a full one only when every client released it', () => {
    cat.cartridges.markFull(2);
    assert.equal(cat.cartridges.nextWritable(1, 1, () => false)?.number, 3, 'the one with room comes first');
    cat.cartridges.markFull(3);
    assert.equal(cat.cartridges.nextWritable(1, 1, () => false)?.number, 2, 'then the next full, released one');
    assert.equal(cat.cartridges.nextWritable(1, 1, (n) => n === 2)?.number, 3, 'never one still needed');
    assert.equal(cat.cartridges.nextWritable(1, 1, (n) => n !== 1), undefined);
  });

  it('never starts over a read-only or precious cartridge', () => {
    cat.cartridges.setReadOnly([1], true);
    assert.throws(() => cat.cartridges.checkOverwritable(1, []), /read-only/);
    assert.throws(() => cat.cartridges.checkOverwritable(2, ['hostA']), /needed by hostA/);
    cat.cartridges.checkOverwritable(2, []);
    cat.cartridges.startOver(2, { barcode: 'X1', labelTime: 7, blockSize: 4096, comment: 'new' });
    assert.equal(cat.cartridges.require(2).uses, 1);
    assert.equal(cat.cartridges.require(2).barcode, 'X1');
  });
});

describe('catalog: precious tapes', () => {
  it('replaces, releases and deletes per client', () => {
    cat.precious.replace('a', [1, 2]);
    cat.precious.replace('b', [2, 3]);
    cat.precious.replace('a', [1]);
    assert.deepEqual(cat.precious.holders(2), ['b']);
    cat.precious.release('b', [2]);
    assert.equal(cat.precious.isPrecious(2), false);
    cat.precious.deleteClient('b');
    assert.deepEqual(cat.precious.of('b'), []);
    assert.deepEqual(cat.precious.of('a'), [1]);
  });
});

describe('catalog: sessions and tape files', () => {
  it('maps stream offsets across tape files and cartridges to blocks', () => {
    const s = cat.sessions.begin('hostA', 1, 5);
    const geometry = { kind: 'archive', blockSize: 1024, payloadPerBlock: 1000, headerBytes: 100 };
    cat.sessions.beginTapeFile(s.id, { cartridge: 1, tapeFile: 1, ...geometry });
    cat.sessions.grow(s.id, 1, 1, 2500, 3);
    cat.sessions.completeTapeFile(1, 1);
    cat.sessions.beginTapeFile(s.id, { cartridge: 2, tapeFile: 1, ...geometry });
    cat.sessions.grow(s.id, 2, 1, 700, 1);
    // block 0 carries 900 stream bytes after the 100-byte tape file header, later blocks 1000
    assert.deepEqual(cat.sessions.locate(s.id, 0), { cartridge: 1, tapeFile: 1, block: 0, offsetInBlock: 100 });
    assert.deepEqual(cat.sessions.locate(s.id, 899), { cartridge: 1, tapeFile: 1, block: 0, offsetInBlock: 999 });
    assert.deepEqual(cat.sessions.locate(s.id, 900), { cartridge: 1, tapeFile: 1, block: 1, offsetInBlock: 0 });
    assert.deepEqual(cat.sessions.locate(s.id, 2499), { cartridge: 1, tapeFile: 1, block: 2, offsetInBlock: 599 });
    assert.deepEqual(cat.sessions.locate(s.id, 2500), { cartridge: 2, tapeFile: 1, block: 0, offsetInBlock: 100 });
    assert.deepEqual(cat.sessions.locate(s.id, 3199), { cartridge: 2, tapeFile: 1, block: 0, offsetInBlock: 799 });
    assert.equal(cat.sessions.locate(s.id, 3200), undefined);
    assert.equal(cat.sessions.get(s.id)?.bytes, 3200);
    assert.deepEqual(cat.sessions.tapeFiles(s.id).map((f) => [f.cartridge, f.sequence, f.streamOffset]), [
      [1, 0, 0],
      [2, 1, 2500],
    ]);
    assert.equal(cat.cartridges.require(1).bytes, 3 * 1024);
    assert.equal(cat.cartridges.require(1).tapeFiles, 1);
  });

  it('refuses to record a tape file twice', () => {
    const s = cat.sessions.begin('hostA', 1);
    const f = { cartridge: 1, tapeFile: 1, kind: 'archive', blockSize: 512, payloadPerBlock: 480, headerBytes: 60 };
    cat.sessions.beginTapeFile(s.id, f);
    assert.throws(() => cat.sessions.beginTapeFile(s.id, f), /UNIQUE|PRIMARY KEY/);
  });

  it('marks sessions left open by a crash as incomplete', () => {
    const a = cat.sessions.begin('hostA', 1);
    const b = cat.sessions.begin('hostB', 1);
    cat.sessions.finish(a.id, 'complete');
    assert.equal(cat.sessions.closeAbandoned(), 1);
    assert.equal(cat.sessions.get(b.id)?.state, 'incomplete');
    assert.equal(cat.sessions.get(a.id)?.state, 'complete');
  });

  it('survives reopening and refuses a catalog from a newer afserver', () => {
    const s = cat.sessions.begin('hostA', 1);
    cat.close();
    cat = Catalog.open(dir);
    assert.equal(cat.sessions.get(s.id)?.clientId, 'hostA');
    cat.close();
    const raw = new Database(path.join(dir, 'catalog.sqlite'));
    raw.pragma('user_version = 99');
    raw.close();
    assert.throws(() => Catalog.open(dir), /schema version 99, newer than this afserver knows/);
    fs.rmSync(dir, { recursive: true, force: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-catalog-'));
    cat = Catalog.open(dir);
  });
});
