// The archive afclient reads or writes: a file, or standard input/output for '-'. Opening happens
// before any work so that a bad path fails at once with a clear message.
import fs from 'node:fs';
import { promisify } from 'node:util';

const writeAsync = promisify(fs.write);

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
    fd = fs.openSync(file, 'w', 0o600);
  } catch (err) {
    throw new Error(`cannot create the archive ${file}: ${(err as Error).message}`);
  }
  const st = fs.fstatSync(fd, { bigint: true });
  return {
    sink: async (chunk) => {
      for (let done = 0; done < chunk.length; ) done += (await writeAsync(fd, chunk, done, chunk.length - done)).bytesWritten;
    },
    id: { dev: st.dev, ino: st.ino },
    close: async () => fs.closeSync(fd),
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
