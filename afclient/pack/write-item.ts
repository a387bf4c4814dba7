// Writes one packed entry into the archive. A read error in the middle of a file's content is
// that file's problem, not the archive's: the record is closed as incomplete (a restore reports
// it damaged) and packing goes on with the next entry.
import type { FileSettle } from '../../protocol/archive/batch.js';
import type { DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import type { ArchiveWriter, CodecSpec, DirectSource } from '../../protocol/archive/index.js';
import type { Reporter } from '../report.js';
import { FileSource } from './file-source.js';
import { isWhole, type PackItem } from './packer.js';
import { replayReports, SmallFile } from './small-file.js';

const NONE: CodecSpec = { kind: 'none' };
const NONE_OPTS = { codec: NONE };

class ContentError extends Error {}

async function* guarded(content: AsyncIterable<DataSegment>): AsyncGenerator<DataSegment> {
  try {
    yield* content;
  } catch (err) {
    throw contentError(err);
  }
}

function contentError(err: unknown): ContentError {
  return new ContentError((err as Error).message);
}

/** Read errors (and hole searches that fail) as the entry's problem. */
function guardedSource(source: DirectSource): DirectSource {
  return {
    *regions() {
      try {
        yield* source.regions();
      } catch (err) {
        throw contentError(err);
      }
    },
    read: (dst, at, position, length) =>
      source.read(dst, at, position, length).catch((err: unknown) => {
        throw contentError(err);
      }),
  };
}

/** What became of an item: not stored (it vanished or was replaced: reported), or stored, maybe cut short by a read error. */
export type WriteOutcome = { stored: false } | { stored: true; readError?: string };

const STORED: WriteOutcome = { stored: true };
const NOT_STORED: WriteOutcome = { stored: false };

/**
 * writePackItem for a caller that learns each item's outcome through `settle`: a small file is
 * read by the codec thread that compresses it (ArchiveWriter.writeFile), so its outcome is known
 * once that thread has read it, before the writer's onWritten tells of it; other items are
 * written by writePackItem and settled at once. One queue per writer: every small file's
 * outcome comes through one function, so the thousands of files waiting in the writer keep no
 * closure each. `report` is where the items' messages go (the Reporter they were prepared with).
 */
export class ItemQueue {
  private readonly onFile: FileSettle;

  constructor(
    private readonly writer: ArchiveWriter,
    report: Reporter,
    private readonly settle: (o: WriteOutcome, meta: EntryMeta) => void,
  ) {
    this.onFile = (o, meta) => {
      replayReports(o, meta.name, report);
      settle(!o.stored ? NOT_STORED : o.readError === undefined ? STORED : { stored: true, readError: o.readError }, meta);
    };
  }

  /**
   * Queues the item: undefined when it is queued already (a small file the writer took at once:
   * ArchiveWriter.writeFileNow), else a promise that resolves once it is queued. Throws or
   * rejects with what the writer does.
   */
  put(item: PackItem): Promise<void> | undefined {
    const { content } = item;
    const codec = item.compress ? this.writer.codec : NONE;
    if (content === undefined) {
      // No content (a directory, link, device...): nothing can fail but the writer itself.
      if (this.writer.writeEntryNow(item.meta, item.compress ? undefined : NONE_OPTS)) {
        this.settle(STORED, item.meta);
        return undefined;
      }
      return this.putItem(item);
    }
    if (!(content instanceof SmallFile) || codec.kind === 'filter') return this.putItem(item);
    const file = content.request();
    const opts = codec === this.writer.codec ? undefined : { codec };
    if (this.writer.writeFileNow(item.meta, file, this.onFile, opts)) return undefined;
    return this.writer.writeFile(item.meta, file, this.onFile, opts);
  }

  private async putItem(item: PackItem): Promise<void> {
    this.settle(await writePackItem(this.writer, item), item.meta);
  }
}

export async function writePackItem(writer: ArchiveWriter, item: PackItem): Promise<WriteOutcome> {
  const opts = item.compress ? undefined : { codec: NONE };
  try {
    const { content } = item;
    if (content instanceof SmallFile) {
      const read = (dst: Buffer, at: number): number | null => {
        try {
          return content.readInto(dst, at);
        } catch (err) {
          throw contentError(err);
        }
      };
      return (await writer.writeDirect(item.meta, read, opts)) ? STORED : NOT_STORED;
    }
    if (content instanceof FileSource) {
      try {
        await writer.writeSource(item.meta, guardedSource(content.direct()), opts);
        content.finish();
      } finally {
        await content.release();
      }
      return STORED;
    }
    // Content read whole (small sparse files) cannot fail any more: only a reading source needs the guard.
    await writer.writeEntry(item.meta, content && (isWhole(content) ? content : guarded(content)), opts);
    return STORED;
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return { stored: true, readError: err.message };
  }
}
