// The packer as afclient -c runs it: pack() on the calling thread, while the archive writer's
// encoding threads compress and hash. writePackItem reads files straight into the writer's
// batches; a consumer that iterates a large file's content instead gets its segments in one
// reused ring of memory (read-ring.ts).
//
// Files are not read on a thread of their own. Measured on 2 cores (1.2 GB, 20k files), a reading thread cost more than it saved: the codec
// threads already keep both cores busy, and posting every entry's metadata and data between
// threads (structured clone, slab transfers, garbage) added a third of the CPU time. Metadata
// calls and small reads are short synchronous syscalls (small-file.ts, file-source.ts); large
// files are read with asynchronous reads.
import type { Reporter } from '../report.js';
import type { Selection } from '../select.js';
import { FileSource } from './file-source.js';
import { noCompressMatcher } from './no-compress.js';
import { isWhole, pack, type PackItem } from './packer.js';
import { ReadRing } from './read-ring.js';
import { SmallFile } from './small-file.js';

/** What afclient -c tells the packer: the options of pack() that are plain data. */
export interface PackRequest {
  root: string;
  inputs: Buffer[];
  selection: Selection;
  noCompressPatterns: string[];
  keepAtime: boolean;
  exclude?: { dev: bigint; ino: bigint };
}

/**
 * The same PackItems as pack(), in the same order. A segment's data is valid until the consumer
 * asks for the next segment, an entry's content until it asks for the next entry (copy what is
 * kept longer). Content left unread is closed (files) or read to its end (command output).
 */
export async function* packWithRing(opts: PackRequest, report: Reporter): AsyncGenerator<PackItem> {
  const ring = new ReadRing();
  const items = pack({ ...opts, noCompress: noCompressMatcher(opts.noCompressPatterns), report, alloc: ring.alloc });
  for (const item of items) {
    if (!item.content || isWhole(item.content) || item.content instanceof SmallFile) {
      yield item;
      continue;
    }
    if (item.content instanceof FileSource) {
      yield item;
      // Written (writePackItem reads it directly), read by the consumer, or left: closed now.
      await item.content.release();
      continue;
    }
    const content = once(item.content);
    yield { ...item, content };
    // Not (fully) consumed, e.g. after an error: finish it, which also closes the file.
    for await (const _ of content);
  }
}

/** An iterable whose second iteration continues (or ends) the first instead of starting over. */
function once<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  return (async function* () {
    yield* source;
  })();
}
