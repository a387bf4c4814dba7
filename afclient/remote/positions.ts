// Where a byte of a backup session's stream lies on tape. The server's SessionSummary lists the
// session's tape files with the stream offset each one starts at; inside a tape file, block 0
// holds the tape file header and then the first payload_per_block - header_bytes stream bytes,
// every later block payload_per_block bytes. This is the same rule as the server catalog's
// locate(), so a filelist written from it points a restore straight at the block.
import { toNumber, type afwire } from '../../protocol/wire/index.js';
import { blockOf } from '../../protocol/wire/block-of.js';
import { cEscape } from '../names.js';

export interface TapeLocation {
  cartridge: number;
  tapeFile: number;
  block: number;
  offsetInBlock: number;
}

export interface TapeFileExtent {
  cartridge: number;
  tapeFile: number;
  /** First stream byte in this tape file. */
  streamOffset: number;
  /** Stream bytes in it. */
  bytes: number;
  payloadPerBlock: number;
  headerBytes: number;
}

/** The extents of a SessionSummary as plain numbers, in the server's order (tape file sequence). */
export function extentsOf(summary: afwire.ISessionSummary): TapeFileExtent[] {
  return (summary.tapeFiles ?? []).map((f) => ({
    cartridge: f.cartridge ?? 0,
    tapeFile: f.tapeFile ?? 0,
    streamOffset: toNumber(f.streamOffset),
    bytes: toNumber(f.bytes),
    payloadPerBlock: f.payloadPerBlock ?? 0,
    headerBytes: f.headerBytes ?? 0,
  }));
}

/** Maps stream offsets of one session to tape locations. */
export class StreamMap {
  private readonly extents: TapeFileExtent[];

  constructor(extents: readonly TapeFileExtent[]) {
    for (const e of extents) {
      if (!(e.payloadPerBlock > 0) || e.headerBytes < 0 || e.headerBytes > e.payloadPerBlock)
        throw new RangeError(`tape file ${e.cartridge}.${e.tapeFile}: payload per block ${e.payloadPerBlock} and header ${e.headerBytes} bytes do not fit`);
    }
    // Stable sort: among tape files starting at the same offset (an empty one left behind by a
    // new tape file or cartridge request) the later one holds the bytes, as in the catalog.
    this.extents = extents.map((e, seq) => ({ e, seq })).sort((a, b) => a.e.streamOffset - b.e.streamOffset || a.seq - b.seq).map((x) => x.e);
  }

  /** The extents in the order locate() searches them (native/copy-lines.c searches them alike). */
  get inOrder(): readonly TapeFileExtent[] {
    return this.extents;
  }

  /** The tape location of stream byte `offset`, or undefined when the session holds no such byte. */
  locate(offset: number | bigint): TapeLocation | undefined {
    const o = Number(offset);
    let lo = 0;
    let hi = this.extents.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.extents[mid]!.streamOffset <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    const r = this.extents[found]!;
    if (o >= r.streamOffset + r.bytes) return undefined;
    return { cartridge: r.cartridge, tapeFile: r.tapeFile, ...blockOf(o - r.streamOffset, r.payloadPerBlock, r.headerBytes) };
  }
}

/** afbackup's filelist and verbose prefix: `host%port!cart.file`. */
export function positionPrefix(host: string, port: number, loc: Pick<TapeLocation, 'cartridge' | 'tapeFile'>): string {
  return `${host}%${port}!${loc.cartridge}.${loc.tapeFile}`;
}

/** The part of a filelist line after the position: `uid~mtime: C-escaped name` (mtime in whole seconds). */
export function entrySuffix(meta: { uid: number; mtimeNs: bigint; name: Buffer }): string {
  const ns = meta.mtimeNs;
  // whole seconds rounded down, also before 1970 (BigInt division truncates toward zero)
  const seconds = ns / 1_000_000_000n - (ns < 0n && ns % 1_000_000_000n !== 0n ? 1n : 0n);
  return `${meta.uid}~${seconds}: ${cEscape(meta.name)}`;
}

/** One filelist line: `host%port!cart.file|uid~mtime: C-escaped name`. */
export function filelistLine(host: string, port: number, loc: Pick<TapeLocation, 'cartridge' | 'tapeFile'>, meta: { uid: number; mtimeNs: bigint; name: Buffer }): string {
  return `${positionPrefix(host, port, loc)}|${entrySuffix(meta)}`;
}
