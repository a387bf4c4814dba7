import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ChangerError, type ChangerStatus, type DriveElement, type SlotElement } from '../../../drivers/changer/changer.js';
import { formatMtxStatus, parseMtxStatus } from '../../../drivers/changer/mtx-status.js';
import { composed, composedNames, recorded, recordedNames } from './mtx-fixtures.js';

const TRUNCATED = 'ibm-03584l32-3drives-1840slots-255ie-truncated.txt';

/** What a test states about a library's status: enough to catch any misread element. */
interface Expected {
  device: string;
  /** 'empty', or 'TAG from slot N' / 'TAG from an unknown slot' ('(no tag)' for none). */
  drives: string[];
  slots: number;
  importExport: number[];
  /** Every full slot with its tag ('' for a blank tag, null for none); all others are empty. */
  full: Record<number, string | null>;
  /** Distinct counts of blanks after the tags, ascending (0: unpadded). */
  padding: number[];
}

function describeStatus(s: ChangerStatus): Expected {
  const tags = [...s.drives, ...s.slots].filter((e) => e.volumeTag !== undefined);
  return {
    device: s.device,
    drives: s.drives.map((d) =>
      !d.full ? 'empty' : `${d.volumeTag ?? '(no tag)'} from ${d.sourceSlot === undefined ? 'an unknown slot' : `slot ${d.sourceSlot}`}`,
    ),
    slots: s.slots.length,
    importExport: s.slots.filter((x) => x.importExport).map((x) => x.slot),
    full: Object.fromEntries(s.slots.filter((x) => x.full).map((x) => [x.slot, x.volumeTag ?? null])),
    padding: [...new Set(tags.map((e) => e.volumeTagPadding ?? 0))].sort((a, b) => a - b),
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const expected: Record<string, Expected> = {
  'tandberg-storageloader-1drive-7slots.txt': {
    device: '/dev/sg5',
    drives: ['empty'],
    slots: 7,
    importExport: [],
    full: { 1: '000711L4', 2: 'A00008L5', 3: 'A00034L5', 4: 'A00014L5', 5: 'A00036L5', 6: 'A00025L5', 7: '000218L5' },
    padding: [24],
  },
  'quantum-superloader3-1drive-8slots.txt': {
    device: '/dev/sg8',
    drives: ['NDD311L3 from slot 6'],
    slots: 8,
    importExport: [],
    full: { 8: 'NDD312L3' },
    padding: [5, 24],
  },
  'hera-lto9-2drives-24slots-1ie.txt': {
    device: '/dev/sg25',
    drives: ['042142L9 from slot 8', 'HER002L9 from slot 8'],
    slots: 24,
    importExport: [24],
    full: {
      ...Object.fromEntries(
        ['HER006L9', 'HER009L9', 'HER012L9', 'HER001L9', 'HER005L9', 'HER008L9', 'HER011L9'].map((t, i) => [i + 1, t]),
      ),
      ...Object.fromEntries(
        ['HER004L9', 'HER007L9', 'HER010L9', 'CLN003L1', 'HER021L9', 'HER018L9', 'HER015L9', 'HER023L9', 'HER020L9',
          'HER017L9', 'HER014L9', 'HER022L9', 'HER019L9', 'HER016L9', 'HER013L9', 'HER003L9'].map((t, i) => [i + 9, t]),
      ),
    },
    padding: [0],
  },
  'ibm-33614lx-2drives-38slots-36ie.txt': {
    device: '/dev/pass2',
    drives: ['empty', 'empty'],
    slots: 38,
    importExport: range(3, 38),
    full: { 3: 'UN0101L3', 4: 'UN0102L3', 5: 'UN0103L3', 6: null },
    padding: [24],
  },
  'spectralogic-215-2drives-30slots-nobarcode.txt': {
    device: '/dev/changer',
    drives: ['empty', 'empty'],
    slots: 30,
    importExport: [],
    full: {},
    padding: [],
  },
};

test('every recorded status has its expectations and says where it was recorded', () => {
  const names = recordedNames().filter((f) => f !== TRUNCATED);
  assert.deepEqual(names, Object.keys(expected).sort());
  for (const f of recordedNames()) {
    const { about } = recorded(f);
    assert.match(about.join('\n'), /^library: .+\nsource: .+/, f);
  }
});

for (const [name, want] of Object.entries(expected)) {
  test(`recorded ${name} reads as the library reported it`, () => {
    const s = parseMtxStatus(recorded(name).text);
    assert.deepEqual(describeStatus(s), want);
    s.drives.forEach((d, i) => assert.equal(d.drive, i));
    s.slots.forEach((x, i) => assert.equal(x.slot, i + 1));
    for (const x of s.slots) assert.equal(x.full, x.slot in want.full, `slot ${x.slot}`);
  });

  test(`recorded ${name} prints back byte for byte`, () => {
    const { text } = recorded(name);
    const s = parseMtxStatus(text);
    assert.equal(formatMtxStatus(s), text);
    assert.deepEqual(parseMtxStatus(formatMtxStatus(s)), s);
  });
}

test('a status cut short is refused, saying so; its whole lines read and print back', () => {
  const { text } = recorded(TRUNCATED);
  assert.throws(
    () => parseMtxStatus(text),
    (e: unknown) => e instanceof ChangerError && /announces 3 drives and 1840 slots but 52 element lines follow \(cut short/.test(e.message),
  );
  // The 48 whole slot lines, under a header that announces just them.
  const whole = text.split('\n').slice(0, 52);
  whole[0] = '  Storage Changer /dev/sg1:3 Drives, 48 Slots ( 0 Import/Export )';
  const part = whole.join('\n') + '\n';
  const s = parseMtxStatus(part);
  assert.deepEqual(s.slots[0], { slot: 1, importExport: false, full: true, volumeTag: 'IBM006LA' });
  // This library sends a blank 36-byte tag for an empty slot.
  assert.deepEqual(s.slots[2], { slot: 3, importExport: false, full: false, volumeTag: '', volumeTagPadding: 36 });
  assert.deepEqual(describeStatus(s).full, { 1: 'IBM006LA', 2: 'IBM014LA', 4: 'IBM009LA', 5: 'IBM013LA', 6: 'IBM015LA' });
  assert.equal(formatMtxStatus(s), part);
});

test('a status built element by element prints exactly the lines of a real library', () => {
  // What the virtual changer does: no parser involved, only formatMtxStatus.
  const tags = ['HER006L9', 'HER009L9', 'HER012L9', 'HER001L9', 'HER005L9', 'HER008L9', 'HER011L9', null, 'HER004L9', 'HER007L9',
    'HER010L9', 'CLN003L1', 'HER021L9', 'HER018L9', 'HER015L9', 'HER023L9', 'HER020L9', 'HER017L9', 'HER014L9', 'HER022L9',
    'HER019L9', 'HER016L9', 'HER013L9', 'HER003L9'];
  const s: ChangerStatus = {
    device: '/dev/sg25',
    drives: [
      { drive: 0, full: true, sourceSlot: 8, volumeTag: '042142L9' },
      { drive: 1, full: true, sourceSlot: 8, volumeTag: 'HER002L9' },
    ],
    slots: tags.map((t, i): SlotElement => (t === null
      ? { slot: i + 1, importExport: false, full: false }
      : { slot: i + 1, importExport: i === 23, full: true, volumeTag: t })),
  };
  assert.equal(formatMtxStatus(s), recorded('hera-lto9-2drives-24slots-1ie.txt').text);
  const padded: ChangerStatus = {
    device: '/dev/sg8',
    drives: [{ drive: 0, full: true, sourceSlot: 6, volumeTag: 'NDD311L3', volumeTagPadding: 24 }],
    slots: range(1, 8).map((n): SlotElement => (n < 8
      ? { slot: n, importExport: false, full: false }
      : { slot: n, importExport: false, full: true, volumeTag: 'NDD312L3', volumeTagPadding: 5 })),
  };
  assert.equal(formatMtxStatus(padded), recorded('quantum-superloader3-1drive-8slots.txt').text);
});

for (const f of composedNames()) {
  test(`composed ${f} prints back byte for byte`, () => {
    const text = composed(f);
    const s = parseMtxStatus(text);
    assert.equal(formatMtxStatus(s), text);
    assert.deepEqual(parseMtxStatus(formatMtxStatus(s)), s);
  });
}

test('composed: mailslots after the slots, a cleaning cartridge, nobarcode', () => {
  const s = parseMtxStatus(composed('mhvtl-2drives-10slots-2ie.txt'));
  assert.deepEqual(s.drives, [{ drive: 0, full: true, sourceSlot: 1, volumeTag: 'E01001L8' }, { drive: 1, full: false }]);
  assert.deepEqual(s.slots[7], { slot: 8, importExport: false, full: true, volumeTag: 'CLN101L8' });
  assert.deepEqual(s.slots[8], { slot: 9, importExport: true, full: true, volumeTag: 'E01009L8' });
  assert.deepEqual(s.slots[9], { slot: 10, importExport: true, full: false });
  const n = parseMtxStatus(composed('mhvtl-2drives-10slots-2ie-nobarcode.txt'));
  assert.deepEqual(n.slots.map((x) => x.full), s.slots.map((x) => x.full));
  assert.ok([...n.drives, ...n.slots].every((e) => e.volumeTag === undefined));
});

test('composed: unknown source slot, alternate and blank tags (no recording shows them)', () => {
  const s = parseMtxStatus(composed('scalar-2drives-24slots-4ie-alttags.txt'));
  assert.deepEqual(s.drives[0], {
    drive: 0, full: true, volumeTag: 'A00010L6', volumeTagPadding: 24, alternateVolumeTag: 'SET-A', alternateVolumeTagPadding: 27,
  });
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

test('garbage and damaged output are refused with the line at fault', () => {
  assert.throws(() => parseMtxStatus(''), ChangerError);
  assert.throws(() => parseMtxStatus('mtx: cannot open SCSI device\n'), /line 1/);
  const text = recorded('hera-lto9-2drives-24slots-1ie.txt').text;
  assert.throws(() => parseMtxStatus(text.split('\n').slice(0, 5).join('\n')), /announces 2 drives and 24 slots but 4 element lines follow \(cut short/);
  assert.throws(() => parseMtxStatus(text + '      Storage Element 25:Empty\n'), /but 27 element lines follow;/);
  assert.throws(() => parseMtxStatus(text.replace('Storage Element 3:', 'Storage Element 4:')), /line 6 .*storage element 3 expected/);
  assert.throws(() => parseMtxStatus(text.replace('( 1 Import', '( 2 Import')), /announces 2 import\/export slots but 1 are listed/);
  assert.throws(() => parseMtxStatus(text.replace(':VolumeTag=HER009L9', ':Tag=HER009L9')), /unreadable volume tags/);
  assert.throws(() => parseMtxStatus(text.replace('Data Transfer Element 1:', 'Data Transfer Element 2:')), /line 3 .*drive 1 expected/);
});

const tag = fc.oneof(fc.stringMatching(/^[A-Z0-9][A-Z0-9 :-]{0,14}[A-Z0-9]$/), fc.constant(''));
const padding = fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined });
const tags: fc.Arbitrary<ArbTags> = fc.record({ tag: fc.option(tag, { nil: undefined }), pad: padding, alt: fc.option(tag, { nil: undefined }), altPad: padding });

interface ArbTags {
  tag: string | undefined;
  pad: number | undefined;
  alt: string | undefined;
  altPad: number | undefined;
}

function withTags<E extends DriveElement | SlotElement>(e: E, t: ArbTags): E {
  if (t.tag !== undefined) {
    e.volumeTag = t.tag;
    if (t.pad !== undefined) e.volumeTagPadding = t.pad;
  }
  if (t.alt !== undefined) {
    e.alternateVolumeTag = t.alt;
    if (t.altPad !== undefined) e.alternateVolumeTagPadding = t.altPad;
  }
  return e;
}

const statusArb: fc.Arbitrary<ChangerStatus> = fc
  .record({
    drives: fc.array(fc.record({ full: fc.boolean(), src: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), tags }), { maxLength: 4 }),
    slots: fc.array(fc.record({ full: fc.boolean(), ie: fc.boolean(), tags }), { maxLength: 40 }),
  })
  .map(({ drives, slots }) => ({
    device: '/dev/sg4',
    drives: drives.map((d, i): DriveElement => {
      if (!d.full) return { drive: i, full: false };
      const e: DriveElement = { drive: i, full: true };
      if (d.src !== undefined) e.sourceSlot = d.src;
      return withTags(e, d.tags);
    }),
    slots: slots.map((x, i): SlotElement => withTags({ slot: i + 1, importExport: x.ie, full: x.full }, x.tags)),
  }));

test('parse(format(x)) == x for any status mtx can print', () => {
  fc.assert(
    fc.property(statusArb, (s) => {
      assert.deepEqual(parseMtxStatus(formatMtxStatus(s)), s);
    }),
    { numRuns: 300 },
  );
});
