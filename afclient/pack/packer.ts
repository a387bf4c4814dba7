// The packer: turns the paths to back up into archive entries (EntryMeta + content), in walk
// order. Reading runs on this thread while the archive writer compresses earlier entries on its
// encoding threads. writePackItem (write-item.ts) has files read straight into the writer's
// batches: a small one whole in one native call (small-file.ts), a large one a chunk at a time.
import fs from 'node:fs';
import { failing } from '../../protocol/archive/direct-source.js';
import type { DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import { isCommandSpec, parseCommandSpec } from '../command.js';
import type { Reporter } from '../report.js';
import { isSelected, type Selection } from '../select.js';
import { commandMeta, dumpOutput } from './dump-command.js';
import { CHUNK, FileSource } from './file-source.js';
import { addXattrs, baseMeta } from './meta.js';
import { SmallFile } from './small-file.js';
import { walkPath, type WalkItem } from './walk.js';

export interface PackItem {
  meta: EntryMeta;
  /**
   * Content: read as it is consumed (large files, command output), read whole when the item was
   * made (small sparse files: an array), or a small file the archive writer reads straight into
   * its memory (SmallFile; when it vanished meanwhile, it is reported and not stored then).
   */
  content?: AsyncIterable<DataSegment> | readonly DataSegment[] | SmallFile;
  /** False for names matching the no-compress patterns (already compressed data). */
  compress: boolean;
}

/** Whether an item's content was read whole (a small sparse file) rather than being read as it is consumed. */
export function isWhole(content: PackItem['content'] & object): content is readonly DataSegment[] {
  return Array.isArray(content);
}

export interface PackOptions {
  /** Directory relative names are read from (-C, default the current directory). */
  root: string;
  /** Paths as given (stored as given, relative to root), or command entries "||| dump ||| restore". */
  inputs: Buffer[];
  selection: Selection;
  /** Names whose content is stored without compression. */
  noCompress: (name: Buffer) => boolean;
  keepAtime: boolean;
  report: Reporter;
  /** Memory for file data (see FileSource); default: a new buffer for every read. */
  alloc?: (size: number) => Buffer;
  /** A file never to store: the archive being written (tar's "file is the archive"). */
  exclude?: { dev: bigint; ino: bigint };
}


/** The items in walk order; made synchronously (reading is left to the consumer, see PackItem.content). */
export function* pack(opts: PackOptions): Generator<PackItem> {
  // Hard links: (dev, ino) of files with several names -> the name stored first.
  const firstNames = new Map<string, Buffer>();
  for (const input of opts.inputs) {
    for (const w of entriesOf(input, opts)) {
      const item = 'command' in w ? w.command : prepare(w, firstNames, opts);
      if (item) yield item;
    }
  }
}

function* entriesOf(input: Buffer, opts: PackOptions): Generator<WalkItem | { command: PackItem }> {
  const text = input.toString('utf8');
  if (isCommandSpec(text)) {
    let spec;
    try {
      spec = parseCommandSpec(text);
    } catch (err) {
      opts.report.problem(input, `${(err as Error).message}; not stored`);
      return;
    }
    const meta = commandMeta(spec);
    if (isSelected(meta, opts.selection)) yield { command: { meta, content: dumpOutput(meta, spec, opts.root, opts.report), compress: true } };
    return;
  }
  yield* walkPath(opts.root, input, opts.report);
}

/** What prepare() needs of PackOptions. */
export type ItemOptions = Pick<PackOptions, 'selection' | 'noCompress' | 'keepAtime' | 'report' | 'alloc' | 'exclude'>;

/**
 * One walked entry as an archive item, or null when it is not stored (reported). Hard links:
 * `firstNames` maps (dev, ino) to the name stored first. Also used by full_backup/incr_backup
 * for the entries their change detection selects.
 */
export function prepare(w: WalkItem, firstNames: Map<string, Buffer>, opts: ItemOptions): PackItem | null {
  const meta = baseMeta(w.name, w.st);
  if (!isSelected(meta, opts.selection)) return null;
  if (opts.exclude && w.st.ino === opts.exclude.ino && w.st.dev === opts.exclude.dev) {
    opts.report.note(w.name, 'is the archive being written; not stored');
    return null;
  }
  if (meta.type !== 'directory' && w.st.nlink > 1) {
    const key = `${w.st.dev}:${w.st.ino}`;
    const first = firstNames.get(key);
    if (first) {
      Object.assign(meta, { type: 'hardlink', size: 0n, linkTarget: first });
      delete meta.devMajor;
      delete meta.devMinor;
      return { meta, compress: false };
    }
    firstNames.set(key, w.name);
  }
  if (w.st.xattrs) addXattrs(meta, w.path, opts.report);
  const compress = !opts.noCompress(w.name);
  if (meta.type === 'symlink') {
    try {
      meta.linkTarget = fs.readlinkSync(w.path, { encoding: 'buffer' });
    } catch (err) {
      opts.report.problem(w.name, `cannot read the symbolic link (${(err as Error).message}); not stored`);
      return null;
    }
  }
  if (meta.type !== 'file') return { meta, compress };
  // opts serves as the ReadOptions (keepAtime, alloc): no object per file.
  if (w.st.size > CHUNK) {
    const src = FileSource.open(w.path, w.name, w.st, opts, opts.report);
    return src && { meta, content: src, compress };
  }
  if (w.st.blocks * 512n >= w.st.size) return { meta, content: new SmallFile(w.path, w.name, w.st, opts, opts.report), compress };
  let segments: DataSegment[] | null;
  try {
    segments = FileSource.readSmall(w.path, w.name, w.st, opts, opts.report);
  } catch (err) {
    // Like a read error in the middle of a large file: the entry is stored incomplete and reported.
    return { meta, content: failing(err), compress };
  }
  return segments && { meta, content: segments, compress };
}
