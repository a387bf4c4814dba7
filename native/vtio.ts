// The typed face of the vtio addon (native/vtio.c): XXH64 and CRC-32 computed natively, and a
// positioned read whose records' payload checksums are verified on a thread-pool thread.
import { loadAddon } from './load.js';

export interface ReadVerifiedArgs {
  fd: number;
  /** Receives the bytes; at least `length` long. */
  buf: Uint8Array;
  length: number;
  /** File offset of the read. */
  position: number;
  /** Cartridge format version: which payload checksum (drivers/vtape/FORMAT.md). */
  version: number;
  /** Records to verify: the first `count` entries of the four arrays below. */
  count: number;
  /** Offset of each record's payload in `buf`. */
  starts: Float64Array;
  lengths: Float64Array;
  /** The checksum each payload must have. */
  sums: BigUint64Array;
  /** Set per record: 1 = read completely and its checksum matches, 0 = not. */
  verdict: Uint8Array;
}

interface VtioAddon {
  xxh64(data: Uint8Array): bigint;
  crc32(data: Uint8Array, crc?: number): number;
  payloadChecksum(version: number, data: Uint8Array): bigint;
  readVerified(args: [number, Uint8Array, number, number, number, number, Float64Array, Float64Array, BigUint64Array, Uint8Array]): Promise<number>;
}

let addon: VtioAddon | undefined;
const vtio = (): VtioAddon => (addon ??= loadAddon<VtioAddon>('vtio'));

/** XXH64 with seed 0. */
export function xxh64(data: Uint8Array): bigint {
  return vtio().xxh64(data);
}

/** CRC-32 as zlib.crc32(data, crc). */
export function crc32(data: Uint8Array, crc = 0): number {
  return vtio().crc32(data, crc);
}

/** The vtape payload checksum of format `version`: CRC-32 (1) or XXH64, piecewise above 4 MiB (2). */
export function payloadChecksum(version: number, data: Uint8Array): bigint {
  return vtio().payloadChecksum(version, data);
}

/** Reads and verifies on the thread pool; resolves to the bytes read (fewer at end of file). */
export function readVerified(a: ReadVerifiedArgs): Promise<number> {
  return vtio().readVerified([a.fd, a.buf, a.length, a.position, a.version, a.count, a.starts, a.lengths, a.sums, a.verdict]);
}
