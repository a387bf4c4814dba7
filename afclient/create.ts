// `afclient -c`: packs the named paths into an archive. Entries that cannot be read are reported
// and left out (or, when reading fails midway, stored marked incomplete); a failing output ends
// the run (exit status 2) because the archive behind it is unusable.
import { ArchiveWriter, type WrittenEntry } from '../protocol/archive/index.js';
import { openOutput, type ArchiveOutput } from './archive-file.js';
import type { CliOptions } from './cli-args.js';
import { listLine } from './list.js';
import { packWithRing } from './pack/ring-packer.js';
import { writePackItem } from './pack/write-item.js';
import type { Reporter } from './report.js';

// Bytes of batches waiting for compression or output; with the worker threads' own heaps this
// keeps afclient -c well below 200 MB resident whatever the tree.
const WRITER_BUDGET = 16 << 20;

/** Where the archive goes instead of -f (the server's data stream), and who wants each entry's offset. */
export interface CreateTarget {
  sink: (chunk: Buffer) => Promise<void>;
  onWritten?: ((e: WrittenEntry) => void) | undefined;
}

export async function runCreate(o: CliOptions, report: Reporter, target?: CreateTarget): Promise<void> {
  const out: ArchiveOutput = target ? { sink: target.sink, close: async () => undefined } : openOutput(o.file);
  // With the archive on standard output, -v lists to standard error.
  const log = (line: string): boolean => (o.file === '-' ? process.stderr : process.stdout).write(line + '\n');
  const writer = new ArchiveWriter(out.sink, { codec: o.codec, memoryBudget: WRITER_BUDGET, ...(target?.onWritten ? { onWritten: target.onWritten } : {}) });
  const items = packWithRing(
    { root: o.root, inputs: o.names, selection: o.selection, noCompressPatterns: o.noCompressPatterns, keepAtime: o.keepAtime, exclude: out.id },
    report,
  );
  for await (const item of items) {
    const written = await writePackItem(writer, item);
    if (!written.stored) continue;
    if (written.readError !== undefined) {
      report.problem(item.meta.name, `read error (${written.readError}); stored incomplete, a restore will report it damaged`);
      continue;
    }
    if (o.verbose) log(listLine(item.meta, false));
  }
  await writer.finish();
  await out.close();
}
