import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ChangerError } from '../../../drivers/changer/changer.js';
import { MtxChanger } from '../../../drivers/changer/mtx-changer.js';
import { composed, recorded } from './mtx-fixtures.js';

let dir = '';
let mtxPath = '';

// A stand-in for mtx: records its argv (one line per run, arguments separated by "|") and
// answers each command from COMMAND.out / COMMAND.err / COMMAND.rc beside it.
const FAKE = `#!/bin/sh
d=$(dirname "$0")
for a in "$@"; do printf '%s|' "$a"; done >> "$d/argv.log"
echo >> "$d/argv.log"
shift 2
[ "$1" = nobarcode ] && shift
[ -f "$d/$1.out" ] && cat "$d/$1.out"
[ -f "$d/$1.err" ] && cat "$d/$1.err" >&2
[ -f "$d/$1.rc" ] && exit "$(cat "$d/$1.rc")"
exit 0
`;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'af-fake-mtx-'));
  mtxPath = path.join(dir, 'mtx');
  fs.writeFileSync(mtxPath, FAKE, { mode: 0o755 });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function answer(command: string, a: { out?: string; err?: string; rc?: number }): void {
  for (const ext of ['out', 'err', 'rc'] as const) fs.rmSync(path.join(dir, `${command}.${ext}`), { force: true });
  if (a.out !== undefined) fs.writeFileSync(path.join(dir, `${command}.out`), a.out);
  if (a.err !== undefined) fs.writeFileSync(path.join(dir, `${command}.err`), a.err);
  if (a.rc !== undefined) fs.writeFileSync(path.join(dir, `${command}.rc`), String(a.rc));
}

function argvLog(): string[][] {
  const p = path.join(dir, 'argv.log');
  const lines = fs.existsSync(p) ? fs.readFileSync(p, 'utf8').split('\n').filter((l) => l !== '') : [];
  fs.rmSync(p, { force: true });
  return lines.map((l) => l.split('|').slice(0, -1));
}

test('status runs "mtx -f DEV status" and parses it', async () => {
  answer('status', { out: recorded('hera-lto9-2drives-24slots-1ie.txt').text });
  const c = new MtxChanger('/dev/sg25', { mtxPath });
  const s = await c.status();
  assert.equal(s.drives.length, 2);
  assert.equal(s.drives[1]!.volumeTag, 'HER002L9');
  assert.deepEqual(argvLog(), [['-f', '/dev/sg25', 'status']]);
});

test('status reads stdout only: sense data mtx printed on stderr before a good status is ignored', async () => {
  // As recorded on a Tandberg StorageLoader after a unit attention: mtx still exits 0.
  const r = recorded('tandberg-storageloader-1drive-7slots.txt');
  assert.ok(r.stderr?.includes('Mode sense (0x1A) for Page 0x1D failed'));
  answer('status', { out: r.text, err: r.stderr! });
  const s = await new MtxChanger('/dev/sg5', { mtxPath }).status();
  assert.deepEqual(s.slots.map((x) => x.volumeTag), ['000711L4', 'A00008L5', 'A00034L5', 'A00014L5', 'A00036L5', 'A00025L5', '000218L5']);
  argvLog();
});

test('nobarcode is passed before the command', async () => {
  answer('status', { out: composed('mhvtl-2drives-10slots-2ie-nobarcode.txt') });
  const s = await new MtxChanger('/dev/sg1', { mtxPath, noBarcode: true }).status();
  assert.equal(s.slots[1]!.volumeTag, undefined);
  assert.deepEqual(argvLog(), [['-f', '/dev/sg1', 'nobarcode', 'status']]);
});

test('load, unload to a named slot, transfer and inventory pass their element numbers', async () => {
  for (const c of ['load', 'unload', 'transfer', 'inventory']) answer(c, { out: '' });
  const c = new MtxChanger('/dev/sg 1', { mtxPath });
  await c.load(3, 1);
  await c.unload(1, 4);
  await c.transfer(2, 9);
  await c.inventory();
  assert.deepEqual(argvLog(), [
    ['-f', '/dev/sg 1', 'load', '3', '1'],
    ['-f', '/dev/sg 1', 'unload', '4', '1'],
    ['-f', '/dev/sg 1', 'transfer', '2', '9'],
    ['-f', '/dev/sg 1', 'inventory'],
  ]);
});

test('unload without a slot sends the cartridge back to its source slot', async () => {
  answer('status', { out: recorded('quantum-superloader3-1drive-8slots.txt').text });
  answer('unload', { out: 'Unloading drive 0 into Storage Element 6...done\n' });
  await new MtxChanger('/dev/sg8', { mtxPath }).unload(0);
  assert.deepEqual(argvLog(), [['-f', '/dev/sg8', 'status'], ['-f', '/dev/sg8', 'unload', '6', '0']]);
});

test('unload without a slot refuses an empty drive and an unknown source', async () => {
  answer('status', { out: composed('scalar-2drives-24slots-4ie-alttags.txt') });
  const c = new MtxChanger('/dev/sg5', { mtxPath });
  await assert.rejects(c.unload(0), /which slot drive 0's cartridge came from: name the slot/);
  answer('status', { out: recorded('spectralogic-215-2drives-30slots-nobarcode.txt').text });
  await assert.rejects(c.unload(0), /drive 0 is empty/);
  await assert.rejects(c.unload(2), /no drive 2/);
  argvLog();
});

const errors: [string, string, RegExp][] = [
  ['load', 'mtx: Source Element Address 1004 is Empty\n', /source element \(SCSI address 1004\) is empty.*inventory/],
  ['load', 'mtx: Drive 0 Full (Storage Element 1 loaded)\n', /drive 0 already holds a cartridge \(from slot 1\): unload it first/],
  ['unload', '/usr/sbin/mtx: Storage Element 3 is Already Full\n', /slot 3 is already full: unload into an empty slot/],
  ['status', "cannot open SCSI device '/dev/sg9' - No such file or directory\n", /cannot open changer device \/dev\/sg9 \(No such file or directory\): check/],
  ['status', '/dev/null is not an sg device, or old sg driver\n', /\/dev\/null is not a SCSI generic device/],
  ['load', 'mtx: Invalid <storage-element-number> argument \'44\' to \'load\' command\n', /no slot 44/],
  ['unload', 'mtx: Drive needs offline before move\n', /eject it first \(mt -f \/dev\/nstN offline\)/],
  [
    'status',
    'mtx: Request Sense: Sense Key=Illegal Request\nmtx: Request Sense: Additional Sense Code = 20\nREAD ELEMENT STATUS Command Failed\n',
    /not a tape drive/,
  ],
  [
    'transfer',
    'mtx: Request Sense: Additional Sense Code = 21\nmtx: Request Sense: Additional Sense Qualifier = 01\nmtx: MOVE MEDIUM from Element Address 1000 to 1031 Failed\n',
    /refused to move a cartridge from SCSI address 1000 to 1031 \(sense data: .*Additional Sense Code = 21/,
  ],
  ['inventory', 'mtx: something new\n', /mtx failed: something new/],
];

for (const [command, stderr, expect] of errors) {
  test(`mtx error "${stderr.trim().split('\n').at(-1)}" becomes a ChangerError saying what to do`, async () => {
    answer(command, { err: stderr, rc: 1 });
    const c = new MtxChanger('/dev/sg1', { mtxPath });
    const run = (): Promise<unknown> =>
      command === 'load' ? c.load(44, 0) : command === 'unload' ? c.unload(0, 3) : command === 'transfer' ? c.transfer(1, 10) : command === 'inventory' ? c.inventory() : c.status();
    await assert.rejects(run(), (e: unknown) => e instanceof ChangerError && expect.test(e.message) && e.message.startsWith('/dev/sg1: '));
    answer(command, {});
    argvLog();
  });
}

test('a missing mtx program, unreadable status and bad element numbers are reported', async () => {
  await assert.rejects(new MtxChanger('/dev/sg1', { mtxPath: path.join(dir, 'nope') }).status(), /install the Debian package "mtx" or set mtxPath/);
  answer('status', { out: 'garbage\n' });
  await assert.rejects(new MtxChanger('/dev/sg1', { mtxPath }).status(), /could not read "mtx status"/);
  await assert.rejects(new MtxChanger('/dev/sg1', { mtxPath }).load(-1, 0), /not a whole number/);
  argvLog();
});
