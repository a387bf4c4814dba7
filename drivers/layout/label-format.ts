// The bytes of a cartridge label (FORMAT.md §3) and the recognition of what else may sit at the
// start of a tape (FORMAT.md §3.4): an afbackup 3.x label, tar, cpio, dump, our own data blocks.
import { crc32 } from 'node:zlib';
import { looksLikeBlock } from './block-format.js';

export const LABEL_MAGIC_LINE = 'AFBACKUP TAPE LABEL';
export const LABEL_FORMAT_VERSION = 1;
/** The label text, padded with NULs, is one record of this size (or the next multiple of the fixed block size). */
export const LABEL_RECORD_SIZE = 4096;

export interface LabelFields {
  /** 1..16 777 215, as afbackup numbers cartridges. */
  cartridge: number;
  /** For a copy made by copy_tape: the number of the cartridge it was copied from; 0 otherwise. */
  secondary: number;
  cartridgeSet: number;
  labelTime: Date;
  /** The data block size this cartridge is written with. */
  blockSize: number;
  programVersion: string;
  comment: string;
  /** Barcode (volume tag) of the cartridge, '' when unknown. */
  barcode: string;
}

export interface Label extends LabelFields {
  kind: 'label';
  formatVersion: number;
}

export interface Afbackup3Label {
  cartridge: number;
  secondary: number;
  labelTime: string;
  blockSize: number;
  programVersion: string;
  comment: string;
}

export interface ForeignData {
  kind: 'foreign';
  /** For the operator: what the start of the tape looks like. */
  hint: string;
  format: 'afbackup3' | 'afbackup-data' | 'tar' | 'cpio' | 'dump' | 'unknown';
  afbackup3?: Afbackup3Label;
}

export class LabelError extends Error {
  override readonly name = 'LabelError';
  constructor(
    readonly reason: 'corrupt' | 'refused' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

function escapeValue(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\0/g, '\\0');
}

function unescapeValue(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === '0' ? '\0' : c));
}

function checkRange(name: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) throw new LabelError('invalid', `label: ${name} ${v} is out of range ${min}..${max}`);
}

/** The label text, without padding. */
export function encodeLabel(l: LabelFields): Buffer {
  checkRange('cartridge number', l.cartridge, 1, 16_777_215);
  checkRange('secondary cartridge number', l.secondary, 0, 16_777_215);
  checkRange('cartridge set', l.cartridgeSet, 1, 2_147_483_647);
  checkRange('block size', l.blockSize, 512, 0x7fff_ffff);
  if (Number.isNaN(l.labelTime.getTime())) throw new LabelError('invalid', 'label: invalid label time');
  const lines = [
    LABEL_MAGIC_LINE,
    `format: ${LABEL_FORMAT_VERSION}`,
    `cartridge: ${l.cartridge}`,
    `secondary: ${l.secondary}`,
    `set: ${l.cartridgeSet}`,
    `labelled: ${l.labelTime.toISOString()}`,
    `block-size: ${l.blockSize}`,
    `program: ${escapeValue(l.programVersion)}`,
    `barcode: ${escapeValue(l.barcode)}`,
    `comment: ${escapeValue(l.comment)}`,
  ];
  const body = Buffer.from(lines.join('\n') + '\n', 'utf8');
  const text = Buffer.concat([body, Buffer.from(`crc32: ${crc32(body).toString(16).padStart(8, '0')}\n`, 'latin1')]);
  if (text.length > LABEL_RECORD_SIZE) {
    throw new LabelError('invalid', `label text is ${text.length} bytes, more than ${LABEL_RECORD_SIZE}: shorten the comment`);
  }
  return text;
}

/** True when the bytes start like one of our labels (then a parse failure means damage). */
export function looksLikeLabel(b: Uint8Array): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', 0, LABEL_MAGIC_LINE.length + 1) === LABEL_MAGIC_LINE + '\n';
}

/** True when `b` holds the whole label text (through its crc32 line). */
export function labelComplete(b: Uint8Array): boolean {
  return /\ncrc32: [0-9a-f]{8}\n/.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'));
}

export function parseLabel(b: Uint8Array, device: string): Label {
  const raw = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const latin = raw.toString('latin1');
  const m = /\ncrc32: ([0-9a-f]{8})\n/.exec(latin);
  const damaged = (why: string): LabelError =>
    new LabelError('corrupt', `${device}: the cartridge label is damaged (${why}); the cartridge may still hold data: inspect it, or relabel it with force if it is to be reused`);
  if (!looksLikeLabel(raw) || !m) throw damaged('no checksum line');
  const body = raw.subarray(0, m.index + 1);
  if (crc32(body) !== parseInt(m[1]!, 16)) throw damaged('checksum mismatch');
  const fields = new Map<string, string>();
  for (const line of body.toString('utf8').split('\n').slice(1)) {
    const i = line.indexOf(': ');
    if (i > 0) fields.set(line.slice(0, i), unescapeValue(line.slice(i + 2)));
  }
  const formatVersion = Number(fields.get('format'));
  if (!Number.isInteger(formatVersion) || formatVersion < 1) throw damaged('no format version');
  if (formatVersion > LABEL_FORMAT_VERSION) {
    throw new LabelError('corrupt', `${device}: label format ${formatVersion} is newer than this program reads (${LABEL_FORMAT_VERSION}); use a newer afbackup`);
  }
  const int = (k: string): number => {
    const v = fields.get(k);
    if (v === undefined || !/^\d+$/.test(v)) throw damaged(`field ${k} missing or not a number`);
    return Number(v);
  };
  const labelTime = new Date(fields.get('labelled') ?? '');
  if (Number.isNaN(labelTime.getTime())) throw damaged('bad label time');
  return {
    kind: 'label',
    formatVersion,
    cartridge: int('cartridge'),
    secondary: int('secondary'),
    cartridgeSet: int('set'),
    labelTime,
    blockSize: int('block-size'),
    programVersion: fields.get('program') ?? '',
    barcode: fields.get('barcode') ?? '',
    comment: fields.get('comment') ?? '',
  };
}

const AF3_MAGIC = "\nAF's backup system\n";

function parseAfbackup3(text: string): Afbackup3Label {
  const field = (name: string): string => new RegExp(`\\n${name}:\\t+([^\\n]*)\\n`).exec(text)?.[1] ?? '';
  return {
    cartridge: Number(field('Cartridge number')) || 0,
    secondary: Number(field('2nd cartridge number')) || 0,
    labelTime: field('Labeling time'),
    blockSize: Number(field('Tape Blocksize')) || 0,
    programVersion: field('Program version'),
    comment: field('Comment').replace(/^<(.*)>$/, '$1'),
  };
}

/** Names what the first record of a tape holds when it is not one of our labels. */
export function identifyForeign(first: Uint8Array): ForeignData {
  const b = Buffer.from(first.buffer, first.byteOffset, first.byteLength);
  const latin = b.toString('latin1', 0, Math.min(b.length, 4096));
  if (latin.startsWith(AF3_MAGIC)) {
    const a = parseAfbackup3(latin);
    return {
      kind: 'foreign',
      format: 'afbackup3',
      afbackup3: a,
      hint: `afbackup 3.x label: cartridge ${a.cartridge}, labelled ${a.labelTime || 'at an unknown time'}, program version ${a.programVersion || 'unknown'}, block size ${a.blockSize}`,
    };
  }
  if (looksLikeBlock(b)) {
    return { kind: 'foreign', format: 'afbackup-data', hint: 'afbackup data blocks without a label (tape file 0 holds data)' };
  }
  if (b.length >= 263 && b.toString('latin1', 257, 262) === 'ustar') return { kind: 'foreign', format: 'tar', hint: 'a tar archive' };
  if (/^07070[127]/.test(latin) || (b.length >= 2 && (b.readUInt16LE(0) === 0o70707 || b.readUInt16BE(0) === 0o70707))) {
    return { kind: 'foreign', format: 'cpio', hint: 'a cpio archive' };
  }
  // dump(8): NFS_MAGIC (60012) as a 32-bit word at byte 24 of the first header
  if (b.length >= 28 && (b.readUInt32LE(24) === 60012 || b.readUInt32BE(24) === 60012)) {
    return { kind: 'foreign', format: 'dump', hint: 'a dump(8) archive' };
  }
  const shown = b.subarray(0, 16).toString('hex').replace(/(..)/g, '$1 ').trim();
  return { kind: 'foreign', format: 'unknown', hint: `unknown data (${b.length}-byte first record starting ${shown})` };
}
