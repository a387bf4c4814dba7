// What the archive writer takes and gives: its options, the entries it announces as written,
// and its output (a function, or a Writable turned into one).
import type { CodecSpec } from '../../afclient/codec/spec.js';
import type { EntryMeta } from './entry.js';

export interface WrittenEntry {
  meta: EntryMeta;
  /** Byte offset of the record's sync marker in the stream. */
  streamOffset: bigint;
  /** Bytes of the whole record (sync marker to the end of its trailer). */
  storedBytes: bigint;
  /** The entry's content checksum as its trailer holds it (FORMAT.md, "Content checksum"). */
  checksum: Buffer;
}

export interface ArchiveWriterOptions {
  codec: CodecSpec;
  /** Bytes of content per chunk (default and most 4 MiB: zstd finds more repeats in a larger chunk). */
  chunkSize?: number;
  /** Called in stream order once an entry's record has been handed to the output. */
  onWritten?: (info: WrittenEntry) => void;
  /** Bytes of batches in flight before writeEntry waits (default 64 MiB). */
  memoryBudget?: number;
}

export type Sink = (chunk: Buffer) => Promise<void>;

export function writableSink(out: NodeJS.WritableStream): Sink {
  let failure: Error | undefined;
  out.on('error', (err: Error) => (failure ??= err));
  // Resolves when the stream has handled the chunk (its write callback), not when it queued it:
  // the writer refills the chunk's memory after that.
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      out.write(chunk, (err?: Error | null) => (err ? reject(err) : resolve()));
    });
}
