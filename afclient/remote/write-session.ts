// One backup session on the server (afclient -c -h): open the tape for writing in the
// cartridge set, optionally start a new tape file (-j) or cartridge (-G), stream the archive
// as the packer produces it, close. The close is the durability point; its SessionSummary says
// which tape files hold the stream, from which every entry's position follows (positions.ts).
import { PIPELINED_CLOSE_MINOR, toNumber, type afwire, type ProtocolClient } from '../../protocol/wire/index.js';
import { ChunkQueue } from './chunk-queue.js';
import { extentsOf, StreamMap, type TapeFileExtent, type TapeLocation } from './positions.js';

export interface WriteSessionOptions {
  /** Cartridge set; 0 = the client's default set. */
  cartridgeSet: number;
  /** -j: request a new tape file before writing. */
  newTapeFile?: boolean;
  /** -G: request a new cartridge before writing. */
  newCartridge?: boolean;
  /** What the tape files hold: 'archive' (the server's default) or 'filelist'. */
  kind?: string;
  /** Copied into every tape file header of the session, where a tape scan (-I) finds it. */
  metadata?: Record<string, string>;
  /** Bytes of small chunks the hand-over to the socket may hold as copies (default 4 MiB; large chunks are lent, not copied). */
  queueBytes?: number;
}

export interface WriteSessionResult {
  /** Where the first byte of the stream went. */
  start: TapeLocation;
  sessionId: number;
  bytes: number;
  extents: TapeFileExtent[];
  /** Stream offset -> tape location, for -v and the filelist. */
  map: StreamMap;
}

/** Produces the archive into `sink` (an ArchiveWriter's output); resolves when it is complete. */
export type ArchiveProducer = (sink: (chunk: Buffer) => Promise<void>) => Promise<void>;

export function locationOf(p: afwire.IWritePosition | null | undefined): TapeLocation {
  return { cartridge: p?.cartridge ?? 0, tapeFile: p?.tapeFile ?? 0, block: toNumber(p?.block), offsetInBlock: p?.offset ?? 0 };
}

/**
 * Writes one session. If anything fails (the packer, the server, the connection), the
 * connection is closed without CloseTape, so the server keeps what reached the tape, marks the
 * session incomplete and frees the drive; the error is passed on.
 */
export async function writeSession(client: ProtocolClient, o: WriteSessionOptions, produce: ArchiveProducer): Promise<WriteSessionResult> {
  try {
    const open = { cartridgeSet: o.cartridgeSet, ...(o.kind ? { kind: o.kind } : {}), ...(o.metadata ? { metadata: o.metadata } : {}) };
    // The write and its data follow the open at once (PROTOCOL.md: pipelining): the server takes
    // them while it loads and positions the cartridge, and the packing goes on meanwhile. A
    // refused open fails the write too; its own error is the one passed on.
    const opening = client.request({ openForWrite: open });
    const refusal = opening.then(
      () => undefined,
      (e: unknown) => e,
    );
    // -G and -j act on the open session: they wait for its answer
    const waitForOpen = Boolean(o.newCartridge || o.newTapeFile);
    let at: afwire.IWritePosition | null | undefined;
    if (waitForOpen) {
      at = (await opening).position;
      if (o.newCartridge) at = (await client.request({ newCartridge: {} })).position;
      if (o.newTapeFile) at = (await client.request({ newTapeFile: {} })).position;
    }
    // Chunks of at least the socket's high-water mark are lent to the data stream, not copied:
    // writing one fills the socket's buffer past its mark, so Connection.writeData waits for
    // 'drain', which comes once the socket's buffer is empty; the stream asks for the next chunk
    // only then, when the socket holds nothing of this one any more. Smaller chunks are copied
    // (few: the writer's output comes in batches of a megabyte or more), so this holds however
    // writeData treats a write that stays below the mark.
    const queue = new ChunkQueue(o.queueBytes, client.connection.socket.writableHighWaterMark);
    const sending = client.sendData({ write: {} }, queue);
    // Whichever side fails first must release the other: a failed request stops the producer's
    // next push, a failed producer aborts the data stream.
    sending.catch((e: unknown) => queue.close(e instanceof Error ? e : new Error(String(e))));
    let closing: Promise<afwire.Response> | undefined;
    try {
      await produce(queue.push);
      queue.end();
      // The Close goes out right behind the data's end, without waiting for the Write's answer
      // (a round trip per session), where the server refuses the Close of a session whose Write
      // failed; the answers are taken in order all the same, a failed Write's first.
      if (client.protocolMinor >= PIPELINED_CLOSE_MINOR) {
        closing = client.request({ close: {} });
        closing.catch(() => undefined); // a failed Write is the error reported
      }
      await sending;
    } catch (e) {
      queue.fail(e instanceof Error ? e : new Error(String(e)));
      await sending.catch(() => undefined);
      throw (await refusal) ?? e;
    }
    if (!waitForOpen) at = (await opening).position;
    const closed = await (closing ?? client.request({ close: {} }));
    const extents = extentsOf(closed.session ?? {});
    return { start: locationOf(at), sessionId: toNumber(closed.session?.sessionId), bytes: toNumber(closed.session?.bytes), extents, map: new StreamMap(extents) };
  } catch (e) {
    client.close();
    throw e;
  }
}
