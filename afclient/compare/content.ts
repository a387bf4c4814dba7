// Compares a file on disk with the content stored in the archive: the stored segments byte for
// byte, and the gaps between them (holes) must read as zeros. The file's atime is left as it
// was: O_NOATIME where the kernel allows it (owner or root), otherwise it is written back.
// Reads are synchronous into one reused buffer: most files are small, and a thread-pool round
// trip (or a new buffer) per read would cost more than the read.
import fs from 'node:fs';
import type { DataSegment } from '../../protocol/archive/entry.js';
import { releaseChunk } from '../codec/decode-chunk.js';
import { fsx } from '../fsx.js';
import { CHUNK, openForReading } from '../pack/file-source.js';

let disk: Buffer | undefined;

/** Null when equal, else where the first difference is. Consumes `content` fully, handing each segment to releaseChunk. */
export async function compareContent(path: Buffer, size: bigint, atimeNs: bigint, content: AsyncIterable<DataSegment>): Promise<string | null> {
  const { fd, writeBackAtime } = openForReading(path, true);
  const buf = (disk ??= Buffer.allocUnsafeSlow(CHUNK));
  let diff: string | null = null;
  try {
    let pos = 0;
    for await (const seg of content) {
      // After a difference, keep reading: the archive stream must move past this entry.
      if (!diff) diff = compareSegment(fd, buf, pos, seg);
      pos = Number(seg.offset) + seg.data.length;
      releaseChunk(seg.data);
    }
    diff ??= zerosBetween(fd, buf, pos, Number(size));
  } finally {
    if (writeBackAtime) fsx.futimens(fd, atimeNs, -1n);
    fs.closeSync(fd);
  }
  return diff;
}

/** The file's bytes from `pos` to the segment's end (zeros before the segment): null when equal. */
function compareSegment(fd: number, buf: Buffer, pos: number, seg: DataSegment): string | null {
  const off = Number(seg.offset);
  const diff = zerosBetween(fd, buf, pos, off);
  if (diff) return diff;
  for (let done = 0; done < seg.data.length; done += CHUNK) {
    const n = Math.min(CHUNK, seg.data.length - done);
    const got = readFully(fd, buf, n, off + done);
    if (got < n || buf.compare(seg.data, done, done + n, 0, n) !== 0) return `content differs near offset ${off + done}`;
  }
  return null;
}

/** Reads up to `n` bytes at `position` into the start of `buf`; fewer only at the end of the file. */
function readFully(fd: number, buf: Buffer, n: number, position: number): number {
  let got = 0;
  for (let r = -1; got < n && r !== 0; got += r) r = fs.readSync(fd, buf, got, n - got, position + got);
  return got;
}

/** The range [from, to) of the file holds only zeros (a hole there, or written zeros). */
function zerosBetween(fd: number, buf: Buffer, from: number, to: number): string | null {
  let pos = from;
  while (pos < to) {
    const data = fsx.seekData(fd, pos);
    if (data < 0 || data >= to) return null;
    const got = readFully(fd, buf, Math.min(CHUNK, to - data), data);
    if (got === 0) return null;
    const zero = buf.subarray(0, got).findIndex((b) => b !== 0);
    if (zero >= 0) return `content differs near offset ${data + zero} (data where the archive has zeros)`;
    pos = data + got;
  }
  return null;
}
