// Writes one regular file's content. Without -u the file is created with O_EXCL (an existing
// name, or a link planted there, makes it fail, never redirects it); with -u the content goes to
// a new temporary file in the same directory that is then renamed over the old name (rename
// replaces a symlink, it does not follow it). Holes: the data is written at its offsets and the
// file is extended with ftruncate, so gaps stay holes.
import fs from 'node:fs';
import type { DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import { applyMetaFd, type MetaContext } from './apply-meta.js';
import type { TargetDir } from './target-dir.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
const CREATE = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
let tempCounter = 0;

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
  const fh = await fs.promises.open(path, CREATE, 0o600);
  let ok = false;
  try {
    for await (const seg of content) {
      for (let done = 0; done < seg.data.length; ) {
        const { bytesWritten } = await fh.write(seg.data, done, seg.data.length - done, Number(seg.offset) + done);
        done += bytesWritten;
      }
    }
    await fh.truncate(Number(meta.size));
    applyMetaFd(fh.fd, meta, ctx);
    ok = true;
  } finally {
    await fh.close();
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
