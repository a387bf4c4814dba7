// Decodes an archive stream into entries. Damage never stops it: the damaged record is reported
// in `damage`, the reader searches for the next sync marker and goes on, so one bad byte costs
// one entry. Every length is checked against its bound before anything is buffered.
import { CompressPool } from '../../afclient/codec/pool.js';
import { EntryBody, READ_AHEAD, type BodyMemory, type ReadEntry } from './body.js';
import { ByteSource, type ArchiveInput } from './byte-source.js';
import { ArchiveVersionError, type DamageReport } from './errors.js';
import {
  crc32,
  decodeRecordFrame,
  FORMAT_MAJOR,
  FORMAT_MINOR,
  KIND_END,
  KIND_ENTRY,
  MAX_HEADER_LEN,
  RECORD_HEAD_LEN,
  SYNC_LEN,
} from './format.js';
import { decodeHeader } from './header.js';

export type { ReadEntry } from './body.js';

export interface ArchiveReaderOptions {
  /** The input starts in the middle of a stream: skip silently to the first sync marker. */
  skipLeadingGarbage?: boolean;
  /** Stream offset of the input's first byte (for offsets in entries and damage reports). */
  startOffset?: bigint;
  /**
   * Threads decoding large chunks; 0 (the default) decodes on this one. zstd decodes at over
   * 1 GB/s per core, faster than copying a chunk to a worker and back costs: measured on 1.1 GB
   * of level 1 chunks, 0 workers read in 1.1 s and 147 MB resident, 2 workers in 1.7 s and 228 MB.
   * Workers pay off only where the input is faster than a core can decode.
   */
  workers?: number;
  /**
   * The consumer hands every segment's data to releaseChunk (afclient/codec/decode-chunk.ts)
   * once done with it: large chunks then reuse a few buffers instead of piling up new ones
   * until V8 collects them. Data not handed back is only garbage, as without this option.
   */
  releasesChunks?: boolean;
}

type Head =
  | { kind: 'entry'; body: EntryBody }
  | { kind: 'end' }
  /** Not usable: reported (or, for a record kind of a newer minor version, silently skipped). */
  | { kind: 'skip' };

export class ArchiveReader {
  readonly damage: DamageReport[] = [];
  private readonly src: ByteSource;
  private started = false;
  private pool: CompressPool | undefined;
  private readonly memory: BodyMemory;

  constructor(
    input: ArchiveInput,
    private readonly opts: ArchiveReaderOptions = {},
  ) {
    this.src = new ByteSource(input, Number(opts.startOffset ?? 0n));
    this.memory = { decodeAhead: (opts.workers ?? 0) > 0 ? READ_AHEAD : 1, recycle: opts.releasesChunks === true };
  }

  async *entries(): AsyncGenerator<ReadEntry> {
    if (this.started) throw new Error('ArchiveReader.entries() can be iterated once');
    this.started = true;
    try {
      yield* this.records();
    } finally {
      await this.pool?.close();
    }
  }

  private async *records(): AsyncGenerator<ReadEntry> {
    let leading = true;
    let resyncing = false;
    for (;;) {
      const at = this.src.pos;
      const { found, skipped } = await this.src.findSync();
      if (skipped > 0 && !resyncing && !(leading && this.opts.skipLeadingGarbage))
        this.report({ streamOffset: BigInt(at), reason: `${skipped} bytes of garbage where a record should start` });
      leading = false;
      resyncing = false;
      if (!found) {
        this.report({ streamOffset: BigInt(this.src.pos), reason: 'stream ends without end-of-stream record' });
        return;
      }
      const head = await this.readHead();
      if (head.kind === 'end') return;
      if (head.kind === 'skip') {
        this.src.skip(1); // past this record's own sync marker
        resyncing = true;
        continue;
      }
      yield head.body.entry;
      await head.body.finish();
      resyncing = head.body.damaged;
    }
  }

  private report(r: DamageReport): void {
    this.damage.push(r);
  }

  private async readHead(): Promise<Head> {
    const at = this.src.pos;
    const damaged = (reason: string): Head => {
      this.report({ streamOffset: BigInt(at), reason });
      return { kind: 'skip' };
    };
    if (!(await this.src.ensure(RECORD_HEAD_LEN))) return damaged('stream ends inside a record frame (truncated)');
    const frame = decodeRecordFrame(this.src.peek(RECORD_HEAD_LEN).subarray(SYNC_LEN));
    if (!frame) return damaged('damaged record frame (CRC mismatch)');
    if (frame.major > FORMAT_MAJOR) throw new ArchiveVersionError(frame.major, frame.minor, BigInt(at));
    if (frame.major !== FORMAT_MAJOR) return damaged(`record of unknown format version ${frame.major}.${frame.minor}`);
    if (frame.headerLen > MAX_HEADER_LEN)
      return damaged(`record header claims ${frame.headerLen} bytes, more than the bound ${MAX_HEADER_LEN}`);
    if (!(await this.src.ensure(RECORD_HEAD_LEN + frame.headerLen))) return damaged('stream ends inside a record header (truncated)');
    const header = this.src.peek(RECORD_HEAD_LEN + frame.headerLen).subarray(RECORD_HEAD_LEN);
    if (crc32(header) !== frame.headerCrc) return damaged('damaged record header (CRC mismatch)');
    if (frame.kind === KIND_END) {
      this.src.skip(RECORD_HEAD_LEN + frame.headerLen);
      return { kind: 'end' };
    }
    if (frame.kind !== KIND_ENTRY) {
      // A record kind from a newer minor version: an older reader passes over it quietly.
      if (frame.minor > FORMAT_MINOR) return { kind: 'skip' };
      return damaged(`unknown record kind ${frame.kind}`);
    }
    let decoded: ReturnType<typeof decodeHeader>;
    try {
      decoded = decodeHeader(header);
    } catch (err) {
      return damaged(`undecodable record header: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.src.skip(RECORD_HEAD_LEN + frame.headerLen);
    const workers = this.opts.workers ?? 0;
    const pool = (): CompressPool | undefined => (workers > 0 ? (this.pool ??= new CompressPool(workers)) : undefined);
    const body = new EntryBody(this.src, decoded.meta, decoded.codec, at, frame.minor, (r) => this.report(r), pool, this.memory);
    return { kind: 'entry', body };
  }
}
