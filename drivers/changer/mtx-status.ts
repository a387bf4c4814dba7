// The text of `mtx status` (Debian mtx 1.3.12), read into a ChangerStatus and printed back
// byte for byte. The virtual changer prints its status through formatMtxStatus, so an operator
// (and any script written for mtx) sees the same lines whichever changer sits underneath.
//
// The shape, as mtx prints it (Status() in mtx.c):
//     "  Storage Changer DEV:D Drives, S Slots ( I Import/Export )"   S counts I
//     "Data Transfer Element N:Empty"
//     "Data Transfer Element N:Full (Storage Element K Loaded)[:VolumeTag = T][:AlternateVolumeTag = A]"
//     "Data Transfer Element N:Full (Unknown Storage Element Loaded)..."
//     "      Storage Element K[ IMPORT/EXPORT]:Full |Empty[:VolumeTag=T][:AlternateVolumeTag=A]"
// Drive lines write " = " around the tag, slot lines do not; "Full " has a space. Tags are
// printed as the library sent them: padded with blanks (32-byte field) or not, and some
// libraries send a blank tag for an empty slot ("Empty:VolumeTag=" and 36 blanks). The recorded
// outputs of real libraries in test/fixtures/mtx/recorded/ show each of these.

import { ChangerError, type ChangerStatus, type DriveElement, type SlotElement } from './changer.js';

const HEADER = /^ {2}Storage Changer (.*):(\d+) Drives, (\d+) Slots \( (\d+) Import\/Export \)$/;
const DRIVE = /^Data Transfer Element (\d+):(?:(Empty)|Full \((?:Storage Element (\d+)|Unknown Storage Element) Loaded\)(.*))$/;
const SLOT = /^ {6}Storage Element (\d+)( IMPORT\/EXPORT)?:(?:Full |(Empty))(.*)$/;

interface Tags {
  primary?: string;
  alternate?: string;
}

/** Splits ":VolumeTag<sep>T:AlternateVolumeTag<sep>A" (either part optional). */
function splitTags(rest: string, sep: string): Tags | null {
  const primaryKey = `:VolumeTag${sep}`;
  const altKey = `:AlternateVolumeTag${sep}`;
  const tags: Tags = {};
  let s = rest;
  if (s.startsWith(primaryKey)) {
    // A tag may itself contain ':'; only the alternate tag's key ends it.
    const alt = s.indexOf(altKey, primaryKey.length);
    tags.primary = s.slice(primaryKey.length, alt < 0 ? undefined : alt);
    s = alt < 0 ? '' : s.slice(alt);
  }
  if (s.startsWith(altKey)) {
    tags.alternate = s.slice(altKey.length);
    s = '';
  }
  return s === '' ? tags : null;
}

/** A tag as printed: the tag without its trailing blanks, and how many blanks there were. */
function readTag(raw: string | undefined): { tag: string; padding: number } | undefined {
  if (raw === undefined) return undefined;
  const tag = raw.replace(/ +$/, '');
  return { tag, padding: raw.length - tag.length };
}

function setTags(e: DriveElement | SlotElement, t: Tags): void {
  const primary = readTag(t.primary);
  const alternate = readTag(t.alternate);
  if (primary) {
    e.volumeTag = primary.tag;
    if (primary.padding > 0) e.volumeTagPadding = primary.padding;
  }
  if (alternate) {
    e.alternateVolumeTag = alternate.tag;
    if (alternate.padding > 0) e.alternateVolumeTagPadding = alternate.padding;
  }
}

/** Reads the output of `mtx -f DEV [nobarcode] status`. Throws ChangerError on anything else. */
export function parseMtxStatus(text: string): ChangerStatus {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const fail = (n: number, why: string): never => {
    throw new ChangerError(
      'mtx status',
      `line ${n + 1} ${JSON.stringify(lines[n] ?? '')}: ${why}; is this the output of mtx 1.3 "status"?`,
    );
  };
  const head = HEADER.exec(lines[0] ?? '') ?? fail(0, 'not a "Storage Changer" header');
  const [, device, driveCount, slotCount, ieCount] = head;
  const nDrives = Number(driveCount);
  const nSlots = Number(slotCount);
  const nIE = Number(ieCount);
  if (lines.length !== 1 + nDrives + nSlots) {
    const cut = lines.length < 1 + nDrives + nSlots ? ' (cut short: run mtx status again and keep all of its output)' : '';
    fail(lines.length - 1, `the header announces ${nDrives} drives and ${nSlots} slots but ${lines.length - 1} element lines follow${cut}`);
  }
  const drives: DriveElement[] = [];
  for (let i = 0; i < nDrives; i++) {
    const n = 1 + i;
    const m = DRIVE.exec(lines[n]!) ?? fail(n, 'not a "Data Transfer Element" line');
    if (Number(m[1]) !== i) fail(n, `drive ${i} expected`);
    const d: DriveElement = { drive: i, full: m[2] === undefined };
    if (d.full) {
      if (m[3] !== undefined) d.sourceSlot = Number(m[3]);
      setTags(d, splitTags(m[4]!, ' = ') ?? fail(n, 'unreadable volume tags'));
    }
    drives.push(d);
  }
  const slots: SlotElement[] = [];
  let seenIE = 0;
  for (let i = 1; i <= nSlots; i++) {
    const n = nDrives + i;
    const m = SLOT.exec(lines[n]!) ?? fail(n, 'not a "Storage Element" line');
    if (Number(m[1]) !== i) fail(n, `storage element ${i} expected`);
    const s: SlotElement = { slot: i, importExport: m[2] !== undefined, full: m[3] === undefined };
    if (s.importExport) seenIE++;
    setTags(s, splitTags(m[4]!, '=') ?? fail(n, 'unreadable volume tags'));
    slots.push(s);
  }
  if (seenIE !== nIE) fail(0, `the header announces ${nIE} import/export slots but ${seenIE} are listed`);
  return { device: device!, drives, slots };
}

/** Prints a status exactly as `mtx status` prints it (trailing newline included). */
export function formatMtxStatus(s: ChangerStatus): string {
  const tags = (e: DriveElement | SlotElement, sep: string): string =>
    (e.volumeTag !== undefined ? `:VolumeTag${sep}${e.volumeTag}${' '.repeat(e.volumeTagPadding ?? 0)}` : '') +
    (e.alternateVolumeTag !== undefined
      ? `:AlternateVolumeTag${sep}${e.alternateVolumeTag}${' '.repeat(e.alternateVolumeTagPadding ?? 0)}`
      : '');
  const ie = s.slots.filter((x) => x.importExport).length;
  const out = [`  Storage Changer ${s.device}:${s.drives.length} Drives, ${s.slots.length} Slots ( ${ie} Import/Export )`];
  s.drives.forEach((d, i) => {
    if (!d.full) out.push(`Data Transfer Element ${i}:Empty`);
    else {
      const src = d.sourceSlot !== undefined ? `Storage Element ${d.sourceSlot}` : 'Unknown Storage Element';
      out.push(`Data Transfer Element ${i}:Full (${src} Loaded)${tags(d, ' = ')}`);
    }
  });
  s.slots.forEach((x, i) => {
    const kind = x.importExport ? ' IMPORT/EXPORT' : '';
    out.push(`      Storage Element ${i + 1}${kind}:${x.full ? 'Full ' : 'Empty'}${tags(x, '=')}`);
  });
  return out.join('\n') + '\n';
}
