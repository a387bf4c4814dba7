// `afclient -x`, `-t` and `-d`: read an archive and restore, list or compare its entries.
// Damage is reported once per damaged place: entries whose content failed are reported by name
// by the mode itself, other damage (lost headers, skipped garbage) from the reader's list.
import type { DataSegment, EntryMeta } from '../protocol/archive/entry.js';
import { ArchiveDamageError, ArchiveReader, type ReadEntry } from '../protocol/archive/index.js';
import { openInput } from './archive-file.js';
import type { CliOptions } from './cli-args.js';
import { compare } from './compare/compare.js';
import { listLine } from './list.js';
import { isWithin, storedName } from './names.js';
import type { Reporter } from './report.js';
import { isSelected } from './select.js';
import type { UnpackEntry } from './unpack/restore-entry.js';
import { unpack } from './unpack/unpacker.js';

/** Returns the number of differences found by -d (0 for the other modes). `input` replaces -f (the server's data stream). */
export async function runRead(o: CliOptions, report: Reporter, input: NodeJS.ReadableStream = openInput(o.file)): Promise<number> {
  // -x and -d hand every segment back (write-file.ts, compare/content.ts) once written or compared.
  const reader = new ArchiveReader(input, { skipLeadingGarbage: o.skipGarbage, releasesChunks: o.mode === 'extract' || o.mode === 'compare' });
  const reported = new Set<bigint>();
  const entries = tracked(reader.entries(), reported);
  const wanted = wantedBy(o);
  const out = (line: string): void => void process.stdout.write(line + '\n');
  let differences = 0;
  switch (o.mode) {
    case 'extract':
      await unpack(entries, { root: o.root, overwrite: o.overwrite, wanted, report, onRestored: o.verbose ? (m) => out(listLine(m, false)) : undefined });
      break;
    case 'list':
      for await (const e of entries) {
        if (wanted(e.meta)) out(listLine(e.meta, o.verbose));
        await e.skip();
      }
      break;
    case 'compare':
      differences = await compare(entries, { root: o.root, wanted, onDifference: (m, what) => out(`${listLine(m, false)}: ${what}`) });
      break;
    default:
      throw new Error(`runRead cannot ${o.mode}`);
  }
  for (const d of reader.damage) {
    if (reported.has(d.streamOffset)) continue;
    report.problem(d.name ?? `stream offset ${d.streamOffset}`, `archive damaged at stream offset ${d.streamOffset}: ${d.reason}`);
  }
  return differences;
}

/** The entries, remembering which damage content() already turned into an error for a caller. */
async function* tracked(entries: AsyncIterable<ReadEntry>, reported: Set<bigint>): AsyncGenerator<UnpackEntry> {
  for await (const e of entries) {
    yield {
      meta: e.meta,
      skip: () => e.skip(),
      content: () => watch(e.content(), reported),
    };
  }
}

async function* watch(content: AsyncIterable<DataSegment>, reported: Set<bigint>): AsyncGenerator<DataSegment> {
  try {
    yield* content;
  } catch (err) {
    if (err instanceof ArchiveDamageError) reported.add(err.report.streamOffset);
    throw err;
  }
}

function wantedBy(o: CliOptions): (meta: EntryMeta) => boolean {
  const prefixes = o.names.map((n) => storedName(n)?.name ?? n);
  return (meta) => {
    if (!isSelected(meta, o.selection)) return false;
    if (prefixes.length === 0) return true;
    const name = meta.type === 'command' ? meta.name : (storedName(meta.name)?.name ?? meta.name);
    return prefixes.some((p) => isWithin(name, p));
  };
}
