// The typed face of the vtio addon (native/vtio.c): XXH64, CRC-32 and CRC-64 computed natively,
// a positioned read whose records' payload checksums are verified on a thread-pool thread, and a
// positioned write of a batch of buffers in aligned pieces on a thread-pool thread.
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
  crc64(data: Uint8Array): bigint;
  payloadChecksum(version: number, data: Uint8Array): bigint;
  readVerified(args: [number, Uint8Array, number, number, number, number, Float64Array, Float64Array, BigUint64Array, Uint8Array]): Promise<number>;
  writeAt(fd: number, position: number, piece: number, buffers: readonly Uint8Array[], order?: WriteOrder, directFd?: number): Promise<number>;
  directGranule(fd: number): number;
  createWriteOrder(): WriteOrder;
  closeWriteOrder(order: WriteOrder): void;
  resetWriteOrder(order: WriteOrder): void;
  readRecords(args: [number, number, number, Uint8Array, readonly Uint8Array[], BigUint64Array, Uint8Array]): Promise<number>;
}

/** Keeps the writes to one file in the order they were queued (createWriteOrder). */
export interface WriteOrder {
  readonly __brand: 'vtio.WriteOrder';
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

/** CRC-64/XZ (ECMA-182 polynomial, reflected, initial and final value all ones), as xz computes it. */
export function crc64(data: Uint8Array): bigint {
  return vtio().crc64(data);
}

/** The vtape payload checksum of format `version`: CRC-32 (1), XXH64, piecewise above 4 MiB (2), or CRC-64/XZ (3). */
export function payloadChecksum(version: number, data: Uint8Array): bigint {
  return vtio().payloadChecksum(version, data);
}

export interface ReadRecordsArgs {
  fd: number;
  /** File offset of the first record's frame header. */
  position: number;
  /** Cartridge format version: which payload checksum. */
  version: number;
  /** Receives the frame headers, 32 bytes each. */
  frames: Uint8Array;
  /** Where each record's payload goes, exactly its length (1 to 512 records). */
  payloads: readonly Uint8Array[];
  /** The checksum each payload must have. */
  sums: BigUint64Array;
  /** Set per record: 1 = read completely and its checksum matches, 0 = not. */
  verdict: Uint8Array;
}

/**
 * Reads consecutive records (frame header + payload each) with preadv straight into their
 * buffers and checks their payloads, on the thread pool; resolves to the bytes read.
 */
export function readRecords(a: ReadRecordsArgs): Promise<number> {
  return vtio().readRecords([a.fd, a.position, a.version, a.frames, a.payloads, a.sums, a.verdict]);
}

/** Reads and verifies on the thread pool; resolves to the bytes read (fewer at end of file). */
export function readVerified(a: ReadVerifiedArgs): Promise<number> {
  return vtio().readVerified([a.fd, a.buf, a.length, a.position, a.version, a.count, a.starts, a.lengths, a.sums, a.verdict]);
}

/**
 * Writes `buffers` one after the other at `position` on one thread-pool thread, in pwritev calls
 * that end on file offsets that are multiples of `piece` (at least 4096); resolves to the bytes
 * written, all of them, or rejects with the failing call's errno as `code`. A failure leaves the
 * bytes before it written. With an `order`, the write starts only once every write queued before
 * it on that order has finished, and writes nothing (rejects with ECANCELED) when one of those
 * failed, until resetWriteOrder(order) is called: a write queued before that reset is never
 * written, even when the failed one has already settled. An order's thread starts the disk on
 * each write and hands the file's pages more than 32 MiB behind the latest write back to the
 * kernel once written back (a streaming file's page cache stays a few tens of MiB; see
 * native/vtio-write.h for why). With an order and `directFd` (the same file opened with
 * O_DIRECT, where directGranule says the file system allows it), a write of 64 KiB or more puts
 * its whole pages on the disk through that one instead (native/vtio-direct.h); the file's bytes
 * and when they are there are the same. `fd` must then be readable too: such a write starts by
 * reading back the part of its first page that lies before `position`.
 */
export function writeAt(fd: number, position: number, piece: number, buffers: readonly Uint8Array[], order?: WriteOrder, directFd?: number): Promise<number> {
  return vtio().writeAt(fd, position, piece, buffers, order, directFd);
}

/**
 * The page size in which writeAt writes through `fd`, a file opened with O_DIRECT, or 0 when the
 * file system does not allow direct writes there (or does not say how they must be aligned).
 */
export function directGranule(fd: number): number {
  return vtio().directGranule(fd);
}

/**
 * A new order for the writes to one file (writeAt), with a thread of its own that writes them,
 * started at the first write.
 */
export function createWriteOrder(): WriteOrder {
  return vtio().createWriteOrder();
}

/** Ends the order's thread once the writes queued to it are written (a later write starts another). */
export function closeWriteOrder(order: WriteOrder): void {
  vtio().closeWriteOrder(order);
}

/**
 * Ends the failure of a write on `order` (call it once the caller has cleaned up after it): the
 * writes queued from now on are written; those queued before still reject with ECANCELED.
 */
export function resetWriteOrder(order: WriteOrder): void {
  vtio().resetWriteOrder(order);
}
