// The tape file header (FORMAT.md §5): what a data tape file holds, at the start of the payload
// of its block 0. A framed, checksummed UTF-8 JSON object, so `dd | strings` shows it and new
// fields can be added without breaking old readers.
import { crc32 } from 'node:zlib';

export const TAPE_FILE_HEADER_MAGIC = 'AFTF';
export const TAPE_FILE_HEADER_VERSION = 1;
export const TAPE_FILE_HEADER_PREFIX = 16;
/** The encoded header must fit in block 0 with room to spare even at the smallest block size. */
export const MAX_TAPE_FILE_HEADER = 3072;

/** Known kinds; readers must accept (and may skip) kinds they do not know. */
export type TapeFileKind = 'archive' | 'filelist';

export interface TapeFileHeader {
  /** 'archive' (a backup session's stream) or 'filelist' (a copy of an index); see FORMAT.md. */
  kind: TapeFileKind | (string & {});
  cartridge: number;
  tapeFile: number;
  cartridgeSet: number;
  clientId: string;
  sessionId: string;
  streamId: string;
  time: Date;
  /** Stream bytes written before this tape file (in earlier tape files / cartridges). */
  streamOffset: number;
  /** Set when this tape file continues the stream of a tape file on another cartridge. */
  continuesFrom?: { cartridge: number; tapeFile: number };
  metadata: Record<string, string>;
}

export class TapeFileHeaderError extends Error {
  override readonly name = 'TapeFileHeaderError';
}

function checkCount(name: string, v: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(v) || v < min || v > max) throw new TapeFileHeaderError(`tape file header: ${name} ${v} is out of range ${min}..${max}`);
}

export function encodeTapeFileHeader(h: TapeFileHeader): Buffer {
  checkCount('cartridge', h.cartridge, 1, 16_777_215);
  checkCount('tape file', h.tapeFile, 1, 2_147_483_647);
  checkCount('cartridge set', h.cartridgeSet, 1);
  checkCount('stream offset', h.streamOffset, 0);
  if (h.continuesFrom) {
    checkCount('continued cartridge', h.continuesFrom.cartridge, 1, 16_777_215);
    checkCount('continued tape file', h.continuesFrom.tapeFile, 1, 2_147_483_647);
  }
  if (Number.isNaN(h.time.getTime())) throw new TapeFileHeaderError('tape file header: invalid time');
  const body = Buffer.from(
    JSON.stringify({
      kind: h.kind,
      cartridge: h.cartridge,
      tapeFile: h.tapeFile,
      cartridgeSet: h.cartridgeSet,
      clientId: h.clientId,
      sessionId: h.sessionId,
      streamId: h.streamId,
      time: h.time.toISOString(),
      streamOffset: h.streamOffset,
      ...(h.continuesFrom ? { continuesFrom: { cartridge: h.continuesFrom.cartridge, tapeFile: h.continuesFrom.tapeFile } } : {}),
      metadata: h.metadata,
    }),
  );
  if (TAPE_FILE_HEADER_PREFIX + body.length > MAX_TAPE_FILE_HEADER) {
    throw new TapeFileHeaderError(`tape file header is ${body.length} bytes, more than ${MAX_TAPE_FILE_HEADER - TAPE_FILE_HEADER_PREFIX}: shorten the metadata`);
  }
  const out = Buffer.alloc(TAPE_FILE_HEADER_PREFIX + body.length);
  out.write(TAPE_FILE_HEADER_MAGIC, 0, 'latin1');
  out.writeUInt16LE(TAPE_FILE_HEADER_VERSION, 4);
  out.writeUInt32LE(body.length, 8);
  out.writeUInt32LE(crc32(body), 12);
  body.copy(out, TAPE_FILE_HEADER_PREFIX);
  return out;
}

/** Bytes the framed header at the start of `payload` occupies, or throws when there is none. */
export function tapeFileHeaderLength(payload: Uint8Array): number {
  const b = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  if (b.length < TAPE_FILE_HEADER_PREFIX || b.toString('latin1', 0, 4) !== TAPE_FILE_HEADER_MAGIC) {
    throw new TapeFileHeaderError('block 0 does not start with a tape file header');
  }
  const len = TAPE_FILE_HEADER_PREFIX + b.readUInt32LE(8);
  if (len > b.length) throw new TapeFileHeaderError(`tape file header claims ${len} bytes but block 0 holds ${b.length}`);
  return len;
}

function str(o: Record<string, unknown>, k: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new TapeFileHeaderError(`tape file header: field ${k} missing or not a string`);
  return v;
}

function num(o: Record<string, unknown>, k: string): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new TapeFileHeaderError(`tape file header: field ${k} missing or not an integer`);
  return v;
}

export function decodeTapeFileHeader(payload: Uint8Array): TapeFileHeader {
  const len = tapeFileHeaderLength(payload);
  const b = Buffer.from(payload.buffer, payload.byteOffset, len);
  const version = b.readUInt16LE(4);
  if (version > TAPE_FILE_HEADER_VERSION) {
    throw new TapeFileHeaderError(`tape file header version ${version} is newer than this program reads (${TAPE_FILE_HEADER_VERSION}); use a newer afbackup`);
  }
  const body = b.subarray(TAPE_FILE_HEADER_PREFIX);
  if (crc32(body) !== b.readUInt32LE(12)) throw new TapeFileHeaderError('tape file header checksum mismatch (damaged)');
  let o: unknown;
  try {
    o = JSON.parse(body.toString('utf8'));
  } catch {
    throw new TapeFileHeaderError('tape file header is not valid JSON (damaged)');
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new TapeFileHeaderError('tape file header is not a JSON object');
  const r = o as Record<string, unknown>;
  const time = new Date(str(r, 'time'));
  if (Number.isNaN(time.getTime())) throw new TapeFileHeaderError('tape file header: invalid time');
  const metadata: Record<string, string> = {};
  const m = r.metadata;
  if (typeof m === 'object' && m !== null) {
    for (const [k, v] of Object.entries(m)) if (typeof v === 'string') metadata[k] = v;
  }
  const cf = r.continuesFrom;
  const header: TapeFileHeader = {
    kind: str(r, 'kind'),
    cartridge: num(r, 'cartridge'),
    tapeFile: num(r, 'tapeFile'),
    cartridgeSet: num(r, 'cartridgeSet'),
    clientId: str(r, 'clientId'),
    sessionId: str(r, 'sessionId'),
    streamId: str(r, 'streamId'),
    time,
    streamOffset: num(r, 'streamOffset'),
    metadata,
  };
  if (typeof cf === 'object' && cf !== null) {
    const c = cf as Record<string, unknown>;
    header.continuesFrom = { cartridge: num(c, 'cartridge'), tapeFile: num(c, 'tapeFile') };
  }
  return header;
}
