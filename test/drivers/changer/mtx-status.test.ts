import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ChangerError, type ChangerStatus, type DriveElement, type SlotElement } from '../../../drivers/changer/changer.js';
import { formatMtxStatus, parseMtxStatus } from '../../../drivers/changer/mtx-status.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/mtx');
const fixtureFiles = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt'));

test('there are fixtures to check', () => {
  assert.ok(fixtureFiles.length >= 6);
});

for (const f of fixtureFiles) {
  test(`fixture ${f} prints back byte for byte`, () => {
    const text = fs.readFileSync(path.join(fixtures, f), 'utf8');
    const s = parseMtxStatus(text);
    assert.equal(formatMtxStatus(s), text);
    assert.deepEqual(parseMtxStatus(formatMtxStatus(s)), s);
  });
}

test('the mhvtl example reads as drives from 0, slots from 1, mailslots after the slots', () => {
  const s = parseMtxStatus(fs.readFileSync(path.join(fixtures, 'mhvtl-2drives-10slots-2ie.txt'), 'utf8'));
  assert.equal(s.device, '/dev/sg1');
  assert.deepEqual(s.drives[0], { drive: 0, full: true, sourceSlot: 1, volumeTag: 'E01001L8' });
  assert.deepEqual(s.drives[1], { drive: 1, full: false });
  assert.equal(s.slots.length, 10);
  assert.deepEqual(s.slots[0], { slot: 1, importExport: false, full: false });
  assert.deepEqual(s.slots[1], { slot: 2, importExport: false, full: true, volumeTag: 'E01002L8' });
  assert.deepEqual(s.slots[7], { slot: 8, importExport: false, full: true, volumeTag: 'CLN101L8' });
  assert.deepEqual(s.slots[8], { slot: 9, importExport: true, full: true, volumeTag: 'E01009L8' });
  assert.deepEqual(s.slots[9], { slot: 10, importExport: true, full: false });
  assert.equal(s.volumeTagWidth, undefined);
});

test('padded tags are trimmed and the padding width is kept', () => {
  const s = parseMtxStatus(fs.readFileSync(path.join(fixtures, 'autoloader-1drive-8slots-padded.txt'), 'utf8'));
  assert.equal(s.volumeTagWidth, 32);
  assert.equal(s.drives[0]!.volumeTag, '000003L4');
  assert.equal(s.slots[7]!.volumeTag, 'CLN001L1');
});

test('unknown source, alternate and blank tags', () => {
  const s = parseMtxStatus(fs.readFileSync(path.join(fixtures, 'scalar-2drives-24slots-4ie-alttags.txt'), 'utf8'));
  assert.deepEqual(s.drives[0], { drive: 0, full: true, volumeTag: 'A00010L6', alternateVolumeTag: 'SET-A' });
  assert.equal(s.slots[6]!.volumeTag, '');
  assert.equal(s.slots[0]!.alternateVolumeTag, 'SET-A');
  assert.deepEqual(
    s.slots.filter((x) => x.importExport).map((x) => [x.slot, x.full]),
    [[21, true], [22, false], [23, true], [24, false]],
  );
});

test('the first lines of the brief print exactly', () => {
  const s: ChangerStatus = {
    device: '/dev/sg1',
    drives: [
      { drive: 0, full: true, sourceSlot: 1, volumeTag: 'E01001L8' },
      { drive: 1, full: false },
    ],
    slots: [
      { slot: 1, importExport: false, full: false },
      { slot: 2, importExport: false, full: true, volumeTag: 'E01002L8' },
      { slot: 3, importExport: true, full: true, volumeTag: 'E01003L8' },
    ],
  };
  assert.equal(
    formatMtxStatus(s),
    '  Storage Changer /dev/sg1:2 Drives, 3 Slots ( 1 Import/Export )\n' +
      'Data Transfer Element 0:Full (Storage Element 1 Loaded):VolumeTag = E01001L8\n' +
      'Data Transfer Element 1:Empty\n' +
      '      Storage Element 1:Empty\n' +
      '      Storage Element 2:Full :VolumeTag=E01002L8\n' +
      '      Storage Element 3 IMPORT/EXPORT:Full :VolumeTag=E01003L8\n',
  );
});

test('a device name with colons survives (virtual library folders)', () => {
  const s: ChangerStatus = { device: 'vlib:/srv/a:b', drives: [{ drive: 0, full: false }], slots: [] };
  assert.deepEqual(parseMtxStatus(formatMtxStatus(s)), s);
});

test('garbage and truncated output are refused with the line at fault', () => {
  assert.throws(() => parseMtxStatus(''), ChangerError);
  assert.throws(() => parseMtxStatus('mtx: cannot open SCSI device\n'), /line 1/);
  const text = fs.readFileSync(path.join(fixtures, 'mhvtl-2drives-10slots-2ie.txt'), 'utf8');
  assert.throws(() => parseMtxStatus(text.split('\n').slice(0, 5).join('\n')), /announces 2 drives and 10 slots/);
  assert.throws(() => parseMtxStatus(text.replace('Storage Element 3:', 'Storage Element 4:')), /line 6.*storage element 3 expected/);
  assert.throws(() => parseMtxStatus(text.replace('( 2 Import', '( 1 Import')), /1 import\/export/);
  assert.throws(() => parseMtxStatus(text.replace(':VolumeTag=E01002L8', ':Tag=E01002L8')), /unreadable volume tags/);
});

const tagChars = fc.stringMatching(/^[A-Z0-9][A-Z0-9 :-]{0,14}[A-Z0-9]$/);

const statusArb: fc.Arbitrary<ChangerStatus> = fc
  .record({
    drives: fc.array(
      fc.record({
        full: fc.boolean(),
        src: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        tag: fc.option(tagChars, { nil: undefined }),
        alt: fc.option(tagChars, { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    slots: fc.array(
      fc.record({
        full: fc.boolean(),
        tag: fc.option(tagChars, { nil: undefined }),
        alt: fc.option(tagChars, { nil: undefined }),
      }),
      { maxLength: 30 },
    ),
    ie: fc.nat(3),
    padded: fc.boolean(),
  })
  .map(({ drives, slots, ie, padded }) => {
    const status: ChangerStatus = {
      device: '/dev/sg4',
      drives: drives.map((d, i): DriveElement => {
        const e: DriveElement = { drive: i, full: d.full };
        if (!d.full) return e;
        if (d.src !== undefined) e.sourceSlot = d.src;
        if (d.tag !== undefined) e.volumeTag = d.tag;
        if (d.alt !== undefined) e.alternateVolumeTag = d.alt;
        return e;
      }),
      slots: slots.map((x, i): SlotElement => {
        const e: SlotElement = { slot: i + 1, importExport: i >= slots.length - ie, full: x.full };
        if (x.tag !== undefined) e.volumeTag = x.tag;
        if (x.alt !== undefined) e.alternateVolumeTag = x.alt;
        return e;
      }),
    };
    const anyTag = [...status.drives, ...status.slots].some((e) => e.volumeTag !== undefined || e.alternateVolumeTag !== undefined);
    if (padded && anyTag) status.volumeTagWidth = 32;
    return status;
  });

test('parse(format(x)) == x for any status mtx can print', () => {
  fc.assert(
    fc.property(statusArb, (s) => {
      assert.deepEqual(parseMtxStatus(formatMtxStatus(s)), s);
    }),
    { numRuns: 300 },
  );
});
