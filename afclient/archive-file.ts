// The archive afclient reads or writes: a file, or standard input/output for '-'. Opening happens
// before any work so that a bad path fails at once with a clear message.
import fs from 'node:fs';
import { promisify } from 'node:util';

const writeAsync = promisify(fs.write);
const ftruncateAsync = promisify(fs.ftruncate);

export interface ArchiveOutput {
  /** Where the archive writer puts its bytes (a file is written through its descriptor directly). */
  sink: NodeJS.WritableStream | ((chunk: Buffer) => Promise<void>);
  /** Identity of the archive file, so that packing can leave it out of the archive. */
  id?: { dev: bigint; ino: bigint };
  close(): Promise<void>;
}

export function openOutput(file: string): ArchiveOutput {
  if (file === '-') return { sink: process.stdout, close: async () => undefined };
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o600);
  } catch (err) {
    throw new Error(`cannot create the archive ${file}: ${(err as Error).message}`);
  }
  const st = fs.fstatSync(fd, { bigint: true });
  // The old content of a regular file is dropped on a thread-pool thread while packing starts:
  // freeing the pages of a large archive took 0.1-0.5 s, which O_TRUNC spent here before any work.
  // A FIFO or a tape device has nothing to drop (and ftruncate would fail on them).
  const emptied = st.isFile() ? ftruncateAsync(fd, 0) : Promise.resolve();
  emptied.catch(() => undefined); // awaited (and reported) at the first write
  return {
    sink: async (chunk) => {
      await emptied.catch((err: Error) => {
        throw new Error(`cannot empty the archive ${file}: ${err.message}`);
      });
      for (let done = 0; done < chunk.length; ) done += (await writeAsync(fd, chunk, done, chunk.length - done)).bytesWritten;
    },
    id: { dev: st.dev, ino: st.ino },
    close: async () => {
      // never close the descriptor under a pending ftruncate (the number could be reused)
      await emptied.catch(() => undefined);
      fs.closeSync(fd);
    },
  };
}

export function openInput(file: string): NodeJS.ReadableStream {
  if (file === '-') return process.stdin;
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw new Error(`cannot open the archive ${file}: ${(err as Error).message}`);
  }
  return fs.createReadStream(file, { fd, highWaterMark: 1 << 20 });
}
