// Reading a backup back from the server (afclient -x/-t/-d -h): open the tape for reading,
// ask for the stream from a cartridge, tape file and optionally block and offset in the block
// (block-precise, straight from a filelist), and hand the bytes to the archive reader.
import type { Readable } from 'node:stream';
import { u64, type ProtocolClient } from '../../protocol/wire/index.js';

export interface ReadSessionOptions {
  cartridgeSet: number;
  cartridge: number;
  tapeFile: number;
  block?: number;
  offsetInBlock?: number;
  /** Stop at the end of that tape file instead of following the stream. */
  singleTapeFile?: boolean;
  /**
   * Stream bytes to ask for at most (afrestore: up to where the record after the last wanted
   * one starts), so the server stops sending there instead of the reader dropping the rest.
   */
  maxBytes?: number;
}

/**
 * Consumes the stream: an archive reader over `input`. Reading may start in the middle of the
 * stream (a later tape file, a block), so the reader must skip leading garbage (afbackup's
 * restore always reads with -g for the same reason).
 */
export type ArchiveConsumer<T> = (input: Readable) => Promise<T>;

export function checkReadStart(o: ReadSessionOptions): void {
  const positive = (flag: string, v: number, min: number): void => {
    if (!Number.isSafeInteger(v) || v < min) throw new Error(`${flag} ${v}: must be a whole number of at least ${min}`);
  };
  positive('--cartridge', o.cartridge, 1);
  positive('-F', o.tapeFile, 1);
  positive('--block', o.block ?? 0, 0);
  positive('--offset', o.offsetInBlock ?? 0, 0);
  positive('maxBytes', o.maxBytes ?? 1, 1);
}

export async function readSession<T>(client: ProtocolClient, o: ReadSessionOptions, consume: ArchiveConsumer<T>): Promise<T> {
  checkReadStart(o);
  await client.request({ openForRead: { cartridgeSet: o.cartridgeSet } });
  let result: T;
  const { data } = await client.receiveData({
    read: {
      start: { cartridge: o.cartridge, tapeFile: o.tapeFile, block: u64(o.block ?? 0), offset: o.offsetInBlock ?? 0 },
      singleTapeFile: Boolean(o.singleTapeFile),
      ...(o.maxBytes !== undefined ? { maxBytes: u64(o.maxBytes) } : {}),
    },
  });
  try {
    result = await consume(data);
  } finally {
    // The reader stops at the archive's end record; what follows (padding) is dropped by the
    // wire layer so the connection stays in step for CloseTape.
    data.destroy();
  }
  await client.request({ close: {} });
  return result;
}
