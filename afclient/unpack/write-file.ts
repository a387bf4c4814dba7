// Writes one regular file's content. Without -u the file is created with O_EXCL (an existing
// name, or a link planted there, makes it fail, never redirects it); with -u the content goes to
// a new temporary file in the same directory that is then renamed over the old name (rename
// replaces a symlink, it does not follow it). Holes: the data is written at its offsets and the
// file is extended with ftruncate, so gaps stay holes.
//
// Metadata calls and small writes are synchronous (a thread-pool round trip costs more than
// writing a few KiB into the page cache; most files of a tree are small). A large segment is
// written by the thread pool while the reader decodes the next one.
import fs from 'node:fs';
import { promisify } from 'node:util';
import type { DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import { releaseChunk } from '../codec/decode-chunk.js';
import { applyMetaFd, type MetaContext } from './apply-meta.js';
import type { TargetDir } from './target-dir.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
const CREATE = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
/** Segments from this size on are written asynchronously, overlapping the next one's decoding. */
const ASYNC_WRITE_MIN = 256 << 10;
const writeAsync = promisify(fs.write);
let tempCounter = 0;

function writeAllSync(fd: number, data: Buffer, position: number): void {
  for (let done = 0; done < data.length; ) done += fs.writeSync(fd, data, done, data.length - done, position + done);
}

async function writeAll(fd: number, data: Buffer, position: number): Promise<void> {
  for (let done = 0; done < data.length; ) done += (await writeAsync(fd, data, done, data.length - done, position + done)).bytesWritten;
}

export async function writeFile(
  target: TargetDir,
  dirFd: number,
  leaf: Buffer,
  meta: EntryMeta,
  content: AsyncIterable<DataSegment>,
  replace: boolean,
  ctx: MetaContext,
): Promise<void> {
  const finalPath = target.at(dirFd, leaf);
  const path = replace ? target.at(dirFd, Buffer.from(`.afclient-${process.pid}-${++tempCounter}.tmp`)) : finalPath;
  const fd = fs.openSync(path, CREATE, 0o600);
  let ok = false;
  // At most one write in flight; its segment goes back to the reader (releaseChunk) once written.
  let writing: Promise<void> | undefined;
  try {
    let end = 0;
    for await (const seg of content) {
      await writing;
      const at = Number(seg.offset);
      if (seg.data.length < ASYNC_WRITE_MIN) {
        writeAllSync(fd, seg.data, at);
        releaseChunk(seg.data);
      } else {
        const data = seg.data;
        writing = writeAll(fd, data, at).then(() => releaseChunk(data));
      }
      end = at + seg.data.length;
    }
    await writing;
    // Holes at the end (and files whose stored data is shorter than their size) need the size set.
    if (end !== Number(meta.size)) fs.ftruncateSync(fd, Number(meta.size));
    applyMetaFd(fd, meta, ctx);
    ok = true;
  } finally {
    await writing?.catch(() => undefined);
    fs.closeSync(fd);
    if (!ok) fs.rmSync(path, { force: true });
  }
  if (replace) {
    try {
      fs.renameSync(path, finalPath);
    } catch (err) {
      fs.rmSync(path, { force: true });
      throw err;
    }
  }
}
