import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ChangerError } from '../../../drivers/changer/changer.js';
import { formatMtxStatus, parseMtxStatus } from '../../../drivers/changer/mtx-status.js';
import { createLibrary, openLibrary, type VirtualLibrary } from '../../../drivers/library/index.js';
import { createCartridge, readCartridgeInfo } from '../../../drivers/vtape/index.js';

const run = promisify(execFile);
const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'library-worker.ts');
let dir = '';
let open: VirtualLibrary[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-vlib-'));
  open = [];
});
afterEach(async () => {
  for (const l of open) await l.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function make(opts: Parameters<typeof openLibrary>[1] = {}, p: Partial<Parameters<typeof createLibrary>[1]> = {}): Promise<VirtualLibrary> {
  await createLibrary(dir, { slots: 8, drives: 2, importExport: 2, cartridges: 5, capacityBytes: 1 << 20, ...p });
  const lib = await openLibrary(dir, opts);
  open.push(lib);
  return lib;
}

const changerError = (re: RegExp) => (e: unknown) => e instanceof ChangerError && re.test(e.message);

test('a new library prints like mtx status, with barcodes in slots 1..cartridges', async () => {
  const lib = await make();
  const text = await lib.changer.statusText();
  assert.equal(
    text,
    `  Storage Changer ${dir}:2 Drives, 10 Slots ( 2 Import/Export )\n` +
      'Data Transfer Element 0:Empty\n' +
      'Data Transfer Element 1:Empty\n' +
      [1, 2, 3, 4, 5].map((i) => `      Storage Element ${i}:Full :VolumeTag=AFB00${i}L8\n`).join('') +
      [6, 7, 8].map((i) => `      Storage Element ${i}:Empty\n`).join('') +
      '      Storage Element 9 IMPORT/EXPORT:Empty\n' +
      '      Storage Element 10 IMPORT/EXPORT:Empty\n',
  );
  assert.deepEqual(parseMtxStatus(text), await lib.changer.status());
  const info = await readCartridgeInfo(path.join(dir, 'cartridges', 'AFB003L8.vtape'));
  assert.equal(info.barcode, 'AFB003L8');
  assert.equal(info.capacityBytes, 1 << 20);
  const state = JSON.parse(fs.readFileSync(path.join(dir, 'library.json'), 'utf8'));
  assert.equal(state.version, 1);
  await assert.rejects(createLibrary(dir, { slots: 1, drives: 1, importExport: 0, cartridges: 0, capacityBytes: 1 }), changerError(/already holds a library/));
});

test('load puts the cartridge file into the drive; unload takes it back to its slot', async () => {
  const lib = await make();
  await lib.changer.load(2, 1);
  assert.equal(lib.drive(1).cartridgeFile, path.join(dir, 'cartridges', 'AFB002L8.vtape'));
  let s = await lib.changer.status();
  assert.deepEqual(s.drives[1], { drive: 1, full: true, sourceSlot: 2, volumeTag: 'AFB002L8' });
  assert.equal(s.slots[1]!.full, false);
  assert.match(formatMtxStatus(s), /Data Transfer Element 1:Full \(Storage Element 2 Loaded\):VolumeTag = AFB002L8\n/);
  await lib.drive(1).write(Buffer.from('label'));
  await lib.changer.unload(1);
  assert.equal(lib.drive(1).cartridgeFile, null);
  s = await lib.changer.status();
  assert.equal(s.slots[1]!.volumeTag, 'AFB002L8');
  assert.equal(s.drives[1]!.full, false);
  // The record and the filemark the unload wrote are on the cartridge.
  await lib.changer.load(2, 0);
  const b = Buffer.alloc(100);
  assert.equal(await lib.drive(0).read(b), 5);
  assert.equal(await lib.drive(0).read(b), 0);
  await lib.changer.unload(0, 6);
  assert.equal((await lib.changer.status()).slots[5]!.volumeTag, 'AFB002L8');
});

test('mtx-like refusals say what to do', async () => {
  const lib = await make();
  await lib.changer.load(1, 0);
  await assert.rejects(lib.changer.load(7, 1), changerError(/slot 7 is empty.*choose a full slot/));
  await assert.rejects(lib.changer.load(2, 0), changerError(/drive 0 is full \(cartridge AFB001L8 from slot 1 loaded\): unload it first/));
  await assert.rejects(lib.changer.unload(0, 3), changerError(/slot 3 is already full \(AFB003L8\): unload into an empty slot/));
  await assert.rejects(lib.changer.unload(1), changerError(/drive 1 is empty/));
  await assert.rejects(lib.changer.load(11, 1), changerError(/no slot 11: slots are 1\.\.8, 9\.\.10 import\/export/));
  await assert.rejects(lib.changer.load(0, 1), changerError(/no slot 0/));
  await assert.rejects(lib.changer.load(2, 2), changerError(/no drive 2: drives are 0\.\.1/));
  await assert.rejects(lib.changer.transfer(6, 7), changerError(/slot 6 is empty/));
  await assert.rejects(lib.changer.transfer(2, 3), changerError(/slot 3 is already full/));
  assert.throws(() => lib.drive(5), changerError(/no drive 5/));
  // Nothing moved.
  const s = await lib.changer.status();
  assert.deepEqual(s.slots.map((x) => x.volumeTag ?? '-'), ['-', 'AFB002L8', 'AFB003L8', 'AFB004L8', 'AFB005L8', '-', '-', '-', '-', '-']);
});

test('changes started at once in one process are made one after the other', async () => {
  const lib = await make();
  await Promise.all([lib.changer.load(1, 0), lib.changer.load(2, 1), lib.changer.transfer(3, 6), lib.addCartridges(1)]);
  const s = await lib.changer.status();
  assert.deepEqual(s.drives.map((d) => d.volumeTag), ['AFB001L8', 'AFB002L8']);
  assert.deepEqual(s.slots.map((x) => x.volumeTag ?? '-'), ['AFB006L8', '-', '-', 'AFB004L8', 'AFB005L8', 'AFB003L8', '-', '-', '-', '-']);
});

test('unload to the source slot when it was filled meanwhile goes to the first empty slot', async () => {
  const lib = await make();
  await lib.changer.load(1, 0);
  await lib.changer.transfer(2, 1);
  await lib.changer.unload(0);
  const s = await lib.changer.status();
  assert.equal(s.slots[0]!.volumeTag, 'AFB002L8');
  assert.equal(s.slots[1]!.volumeTag, 'AFB001L8');
});

test('a library that needs the drive offline before unload', async () => {
  const lib = await make({ requireOfflineBeforeUnload: true, loadDelayMs: 5, unloadDelayMs: 5 });
  await lib.changer.load(3, 0);
  await assert.rejects(lib.changer.unload(0), changerError(/take it offline \(mt offline\), then unload/));
  await lib.drive(0).op('offline');
  await lib.changer.unload(0);
  assert.equal((await lib.changer.status()).slots[2]!.full, true);
});

test('transfer, export through the mailslot, import, addCartridges', async () => {
  const lib = await make();
  await lib.changer.transfer(5, 9);
  let s = await lib.changer.status();
  assert.deepEqual(s.slots[8], { slot: 9, importExport: true, full: true, volumeTag: 'AFB005L8' });
  const out = await lib.exportCartridge(9);
  assert.equal(out, path.join(dir, 'exported', 'AFB005L8.vtape'));
  assert.ok(!fs.existsSync(path.join(dir, 'cartridges', 'AFB005L8.vtape')));
  const out4 = await lib.exportCartridge(4);
  await assert.rejects(lib.exportCartridge(4), changerError(/slot 4 is empty/));
  s = await lib.changer.status();
  assert.equal(s.slots.filter((x) => x.full).length, 3);

  const foreign = path.join(dir, 'foreign.vtape');
  await createCartridge(foreign, { capacityBytes: 4096, earlyWarningBytes: 100, barcode: 'XYZ900L8' });
  assert.deepEqual(await lib.importCartridge(foreign), { slot: 9, barcode: 'XYZ900L8' });
  assert.deepEqual(await lib.importCartridge(out), { slot: 10, barcode: 'AFB005L8' });
  await assert.rejects(lib.importCartridge(out4), changerError(/every import\/export slot is full/));
  assert.ok(fs.existsSync(out4), 'a refused import leaves the file where it was');
  await assert.rejects(lib.importCartridge(path.join(dir, 'nope.vtape')), changerError(/not a readable cartridge/));
  const copy = path.join(dir, 'dup.vtape');
  await createCartridge(copy, { capacityBytes: 4096, earlyWarningBytes: 100, barcode: 'AFB001L8' });
  await assert.rejects(lib.importCartridge(copy), changerError(/AFB001L8 is already in the library/));
  const unlabeled = path.join(dir, 'unlabeled.vtape');
  await createCartridge(unlabeled, { capacityBytes: 4096, earlyWarningBytes: 100 });
  await assert.rejects(lib.importCartridge(unlabeled), changerError(/no barcode label/));

  await lib.changer.transfer(9, 5);
  const added = await lib.addCartridges(2);
  assert.deepEqual(added, ['AFB006L8', 'AFB007L8']);
  await assert.rejects(lib.addCartridges(5), changerError(/only 2 storage slots are empty/));
  s = await lib.changer.status();
  assert.deepEqual(s.slots.map((x) => x.volumeTag ?? '-'), ['AFB001L8', 'AFB002L8', 'AFB003L8', 'AFB006L8', 'XYZ900L8', 'AFB007L8', '-', '-', '-', 'AFB005L8']);
});

test('cleaning cartridges sit in the last slots, print as CLN tags, clean instead of loading', async () => {
  const lib = await make({}, { slots: 6, importExport: 0, cartridges: 3, cleaningCartridges: 1 });
  assert.match(await lib.changer.statusText(), /\n {6}Storage Element 6:Full :VolumeTag=CLN001L8\n$/);
  await assert.rejects(lib.changer.load(6, 0), changerError(/cleaning cartridge .*drive 0 was cleaned and CLN001L8 is back in slot 6/));
  const s = await lib.changer.status();
  assert.equal(s.drives[0]!.full, false);
  assert.equal(s.slots[5]!.volumeTag, 'CLN001L8');
  await lib.changer.inventory();
  await lib.changer.transfer(6, 5);
  await assert.rejects(createLibrary(path.join(dir, 'x'), { slots: 2, drives: 1, importExport: 0, cartridges: 2, cleaningCartridges: 1, capacityBytes: 10 }), changerError(/do not fit into 2 slots/));
});

test('inventory names cartridge files that went missing', async () => {
  const lib = await make();
  await lib.changer.inventory();
  fs.rmSync(path.join(dir, 'cartridges', 'AFB004L8.vtape'));
  await assert.rejects(lib.changer.inventory(), changerError(/cartridge files of AFB004L8 are missing/));
});

test('a damaged library.json is refused, not guessed at', async () => {
  await make();
  const file = path.join(dir, 'library.json');
  const state = JSON.parse(fs.readFileSync(file, 'utf8'));
  state.slots[6] = 'AFB001L8';
  fs.writeFileSync(file, JSON.stringify(state));
  await assert.rejects(openLibrary(dir), changerError(/damaged \(barcode AFB001L8 in two places\)/));
  fs.writeFileSync(file, '{"format":"afbackup-virtual-library","version":2}');
  await assert.rejects(openLibrary(dir), changerError(/version 2 is not 1/));
  await assert.rejects(openLibrary(path.join(dir, 'cartridges')), changerError(/holds no virtual library/));
});

test('locks: a stale lock of a dead process is taken over, a live holder is waited for', async () => {
  const lib = await make({ lockWaitMs: 50 });
  fs.writeFileSync(path.join(dir, 'library.lock'), '999999999\n');
  await lib.changer.transfer(1, 6);
  assert.ok(!fs.existsSync(path.join(dir, 'library.lock')));
  fs.writeFileSync(path.join(dir, 'library.lock'), `${process.ppid}\n`);
  await assert.rejects(lib.changer.transfer(6, 1), changerError(new RegExp(`in use by process ${process.ppid}`)));
  fs.rmSync(path.join(dir, 'library.lock'));
  await lib.changer.transfer(6, 1);
});

test('two processes moving cartridges at once lose no update', async () => {
  await createLibrary(dir, { slots: 8, drives: 1, importExport: 0, cartridges: 2, capacityBytes: 4096 });
  const rounds = '15';
  await Promise.all([
    run(process.execPath, ['--import', 'tsx', worker, dir, '1', '5', rounds]),
    run(process.execPath, ['--import', 'tsx', worker, dir, '2', '6', rounds]),
  ]);
  const lib = await openLibrary(dir);
  open.push(lib);
  const s = await lib.changer.status();
  assert.deepEqual(s.slots.map((x) => x.volumeTag ?? '-'), ['AFB001L8', 'AFB002L8', '-', '-', '-', '-', '-', '-']);
});

test('a cartridge another process left in a drive is taken up here', async () => {
  await createLibrary(dir, { slots: 4, drives: 1, importExport: 0, cartridges: 2, capacityBytes: 1 << 16 });
  await run(process.execPath, ['--import', 'tsx', worker, dir, 'load', '2', '0']);
  const lib = await openLibrary(dir);
  open.push(lib);
  assert.equal(lib.drive(0).cartridgeFile, path.join(dir, 'cartridges', 'AFB002L8.vtape'));
  const b = Buffer.alloc(100);
  const n = await lib.drive(0).read(b);
  assert.match(b.subarray(0, n).toString(), /^written by \d+$/);
  await lib.changer.unload(0);
  assert.equal((await lib.changer.status()).slots[1]!.volumeTag, 'AFB002L8');
});
