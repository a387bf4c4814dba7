// Content the archive writer reads straight into its batches, instead of being handed segments
// to copy: the packer's files (afclient/pack). The writer leaves room for the data behind a
// chunk frame and the reader fills it, so file data is never copied on the writer's thread.
import type { DataSegment } from './entry.js';

/**
 * Reads an entry's content (at most its size, from logical offset 0, no holes) into `dst[at..]`,
 * which has room for the entry's size. Returns the bytes placed, or null when the entry is not
 * to be stored after all (its reader reported why).
 */
export type DirectRead = (dst: Buffer, at: number) => number | null;

/** Content read a chunk at a time (large files). */
export interface DirectSource {
  /** The data runs [start, end), in increasing order; the gaps between them are holes. */
  regions(): Iterable<readonly [number, number]>;
  /**
   * Reads `length` bytes of content at `position` into `dst[at..]`; resolves to the bytes read,
   * fewer only where the content ended early (nothing is read after that).
   */
  read(dst: Buffer, at: number, position: number, length: number): Promise<number>;
}

/** A DirectSource as segments in memory of their own (for external filters, which need a stream). */
export async function* segmentsOf(source: DirectSource, chunkSize: number): AsyncGenerator<DataSegment> {
  for (const [start, end] of source.regions()) {
    for (let off = start; off < end; ) {
      const want = Math.min(chunkSize, end - off);
      const data = Buffer.allocUnsafe(want);
      const n = await source.read(data, 0, off, want);
      if (n > 0) yield { offset: BigInt(off), data: data.subarray(0, n) };
      if (n < want) return;
      off += n;
    }
  }
}

/** Content that fails at once: the record is stored incomplete. */
export async function* failing(err: unknown): AsyncGenerator<DataSegment> {
  throw err;
}
