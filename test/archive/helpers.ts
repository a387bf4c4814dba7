// Shared helpers of the archive format tests: build entries, write them into one buffer, read
// a buffer back into plain values.
import {
  ArchiveReader,
  ArchiveWriter,
  type ArchiveReaderOptions,
  type ArchiveWriterOptions,
  type CodecSpec,
  type DamageReport,
  type DataSegment,
  type EntryMeta,
  type WrittenEntry,
} from '../../protocol/archive/index.js';

export function meta(name: string | Buffer, extra: Partial<EntryMeta> = {}): EntryMeta {
  return {
    name: typeof name === 'string' ? Buffer.from(name) : name,
    type: 'file',
    mode: 0o644,
    uid: 1000,
    gid: 100,
    user: 'alice',
    group: 'users',
    mtimeNs: 1_700_000_000_123_456_789n,
    ctimeNs: 1_700_000_001_000_000_000n,
    atimeNs: 1_700_000_002_000_000_000n,
    size: 0n,
    ...extra,
  };
}

export interface InputEntry {
  meta: EntryMeta;
  segments?: DataSegment[];
  codec?: CodecSpec;
}

export async function* iterate(segments: DataSegment[]): AsyncGenerator<DataSegment> {
  for (const s of segments) yield s;
}

/** Writes the entries and returns the stream plus what onWritten reported. */
export async function writeStream(
  entries: InputEntry[],
  opts: Partial<ArchiveWriterOptions> = {},
): Promise<{ stream: Buffer; written: WrittenEntry[]; bytes: bigint; count: number }> {
  const parts: Buffer[] = [];
  const written: WrittenEntry[] = [];
  const w = new ArchiveWriter(
    async (b) => {
      parts.push(Buffer.from(b));
    },
    { codec: { kind: 'zstd', level: 1 }, ...opts, onWritten: (i) => written.push(i) },
  );
  for (const e of entries) await w.writeEntry(e.meta, e.segments ? iterate(e.segments) : undefined, e.codec ? { codec: e.codec } : undefined);
  const r = await w.finish();
  return { stream: Buffer.concat(parts), written, bytes: r.bytes, count: r.entries };
}

export interface ReadBack {
  meta: EntryMeta;
  codec: CodecSpec;
  streamOffset: bigint;
  /** Content merged into contiguous runs: offset -> bytes. */
  segments: DataSegment[];
  error?: Error;
}

/** Merges adjacent segments so that results do not depend on chunk boundaries. */
export function normalise(segments: DataSegment[]): DataSegment[] {
  const out: DataSegment[] = [];
  for (const s of segments) {
    if (s.data.length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.offset + BigInt(last.data.length) === s.offset) last.data = Buffer.concat([last.data, s.data]);
    else out.push({ offset: s.offset, data: Buffer.from(s.data) });
  }
  return out;
}

export async function readStream(
  input: Buffer | AsyncIterable<Buffer>,
  opts: ArchiveReaderOptions & { skipContent?: boolean } = {},
): Promise<{ entries: ReadBack[]; damage: DamageReport[] }> {
  const r = new ArchiveReader(Buffer.isBuffer(input) ? [input] : input, { workers: 0, ...opts });
  const entries: ReadBack[] = [];
  for await (const e of r.entries()) {
    const rb: ReadBack = { meta: e.meta, codec: e.codec, streamOffset: e.streamOffset, segments: [] };
    entries.push(rb);
    if (opts.skipContent) continue;
    const segs: DataSegment[] = [];
    try {
      for await (const s of e.content()) segs.push({ offset: s.offset, data: Buffer.from(s.data) });
    } catch (err) {
      rb.error = err as Error;
    }
    rb.segments = normalise(segs);
  }
  return { entries, damage: r.damage };
}

/** Splits a buffer into pieces of `size` bytes (to exercise the reader's buffering). */
export async function* pieces(b: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let p = 0; p < b.length; p += size) yield b.subarray(p, p + size);
}
