// Writes one packed entry into the archive. A read error in the middle of a file's content is
// that file's problem, not the archive's: the record is closed as incomplete (a restore reports
// it damaged) and packing goes on with the next entry.
import type { DataSegment } from '../../protocol/archive/entry.js';
import type { ArchiveWriter, CodecSpec } from '../../protocol/archive/index.js';
import { isWhole, type PackItem } from './packer.js';

const NONE: CodecSpec = { kind: 'none' };

class ContentError extends Error {}

async function* guarded(content: AsyncIterable<DataSegment>): AsyncGenerator<DataSegment> {
  try {
    yield* content;
  } catch (err) {
    throw new ContentError((err as Error).message);
  }
}

/** Resolves to the read error that cut the entry's content short, or undefined when it is whole. */
export async function writePackItem(writer: ArchiveWriter, item: PackItem): Promise<string | undefined> {
  try {
    // Content read whole (small files) cannot fail any more: only a reading source needs the guard.
    const content = item.content && (isWhole(item.content) ? item.content : guarded(item.content));
    await writer.writeEntry(item.meta, content, item.compress ? undefined : { codec: NONE });
    return undefined;
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return err.message;
  }
}
