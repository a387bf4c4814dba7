// afbackup's text index (IndexFilePart, -I): besides the SQLite filelist, every run's lines in
// the text form (text-form.ts) are appended to one file per full backup number, PREFIX<number>,
// as afbackup kept backup_log.<number>; scripts that grep those files keep working. With
// ProcessLogfiles (+L) each run's lines are appended as one zstd frame to PREFIX<number>.zst:
// concatenated frames are one valid file for `zstd -dc`, so nothing is ever rewritten.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { CompressStream } from 'zstd-napi';

const INDEX_ZSTD_LEVEL = 9;

export function textIndexFile(prefix: string, fullNumber: number, compressed: boolean): string {
  return `${prefix}${fullNumber}${compressed ? '.zst' : ''}`;
}

/** Appends the run's text form (the file `lines`) to the index file of its full backup number. */
export async function appendTextIndex(prefix: string, fullNumber: number, compressed: boolean, lines: string): Promise<string> {
  const target = textIndexFile(prefix, fullNumber, compressed);
  const out = fs.createWriteStream(target, { flags: 'a', mode: 0o600 });
  const input = fs.createReadStream(lines);
  if (compressed) await pipeline(input, new CompressStream({ compressionLevel: INDEX_ZSTD_LEVEL }), out);
  else await pipeline(input, out);
  return target;
}

/**
 * Removes the index files of the full backup numbers the filelist rotation just dropped (only
 * those: files of other numbers under the same prefix, e.g. afbackup's own, are left alone).
 */
export function removeTextIndexes(prefix: string, dropped: Iterable<number>): string[] {
  const removed: string[] = [];
  for (const n of dropped) {
    for (const file of [textIndexFile(prefix, n, false), textIndexFile(prefix, n, true)]) {
      if (fs.existsSync(file)) {
        fs.rmSync(file, { force: true });
        removed.push(file);
      }
    }
  }
  return removed;
}
