// Compares a file on disk with the content stored in the archive: the stored segments byte for
// byte, and the gaps between them (holes) must read as zeros.
import fs from 'node:fs';
import type { DataSegment } from '../../protocol/archive/entry.js';
import { fsx } from '../fsx.js';
import { CHUNK } from '../pack/file-source.js';

/** Null when equal, else where the first difference is. Consumes `content` fully. */
export async function compareContent(path: Buffer, size: bigint, content: AsyncIterable<DataSegment>): Promise<string | null> {
  const fh = await fs.promises.open(path, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  let diff: string | null = null;
  try {
    let pos = 0;
    const buf = Buffer.allocUnsafe(CHUNK);
    for await (const seg of content) {
      if (diff) continue; // keep reading: the archive stream must move past this entry
      const off = Number(seg.offset);
      diff = await zerosBetween(fh, pos, off);
      for (let done = 0; !diff && done < seg.data.length; ) {
        const n = Math.min(CHUNK, seg.data.length - done);
        const { bytesRead } = await fh.read(buf, 0, n, off + done);
        if (bytesRead < n || !buf.subarray(0, n).equals(seg.data.subarray(done, done + n))) diff = `content differs near offset ${off + done}`;
        done += n;
      }
      pos = off + seg.data.length;
    }
    diff ??= await zerosBetween(fh, pos, Number(size));
  } finally {
    await fh.close();
  }
  return diff;
}

/** The range [from, to) of the file holds only zeros (a hole there, or written zeros). */
async function zerosBetween(fh: fs.promises.FileHandle, from: number, to: number): Promise<string | null> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = from;
  while (pos < to) {
    const data = fsx.seekData(fh.fd, pos);
    if (data < 0 || data >= to) return null;
    const n = Math.min(CHUNK, to - data);
    const { bytesRead } = await fh.read(buf, 0, n, data);
    const zero = buf.subarray(0, bytesRead).findIndex((b) => b !== 0);
    if (zero >= 0) return `content differs near offset ${data + zero} (data where the archive has zeros)`;
    if (bytesRead === 0) return null;
    pos = data + bytesRead;
  }
  return null;
}
