// Reads a session's stream back from any (cartridge, tape file, block, offset): to the end of
// that tape file, then on through the session's later tape files, on whatever cartridges they
// are, as the catalog recorded them. A client only ever reads its own sessions.
import type { Logger } from 'pino';
import { openTapeFileForRead, type BlockDamage } from '../../drivers/layout/index.js';
import type { Catalog, TapeFile } from '../catalog/index.js';
import type { Mounter } from '../media/mounter.js';

export interface ReadStart {
  cartridge: number;
  tapeFile: number;
  block?: number;
  offsetInBlock?: number;
}

export interface StreamReadOptions {
  /** The reading client; tape files of other clients' sessions are refused. */
  clientId: string;
  /** Stop after this tape file instead of following the session. */
  singleTapeFile?: boolean;
  onDamage?: (where: { cartridge: number; tapeFile: number } & BlockDamage) => void;
  signal?: AbortSignal;
}

export class StreamReadError extends Error {
  override readonly name = 'StreamReadError';
  constructor(
    readonly reason: 'not-found' | 'not-yours',
    message: string,
  ) {
    super(message);
  }
}

/** The tape files to read, starting with the one at `start`. */
export function readPlan(catalog: Catalog, start: ReadStart, clientId: string, singleTapeFile = false): TapeFile[] {
  const first = catalog.sessions.tapeFileAt(start.cartridge, start.tapeFile);
  const session = first?.sessionId != null ? catalog.sessions.get(first.sessionId) : undefined;
  // The same answer whether the tape file is missing or another client's: nothing is revealed.
  if (!first || !session) throw new StreamReadError('not-found', `no backup of yours at cartridge ${start.cartridge} tape file ${start.tapeFile}`);
  if (session.clientId !== clientId) throw new StreamReadError('not-yours', `no backup of yours at cartridge ${start.cartridge} tape file ${start.tapeFile}`);
  if (singleTapeFile) return [first];
  return catalog.sessions.tapeFiles(session.id).filter((f) => f.sequence >= first.sequence);
}

export async function* readStream(catalog: Catalog, mounter: Mounter, start: ReadStart, o: StreamReadOptions, log: Logger): AsyncGenerator<Uint8Array> {
  const plan = readPlan(catalog, start, o.clientId, o.singleTapeFile);
  for (const [i, f] of plan.entries()) {
    o.signal?.throwIfAborted();
    await mounter.mount(f.cartridge, 'read');
    const dev = mounter.drive;
    await dev.op('rewind');
    await dev.op('fsf', f.tapeFile);
    const at = i === 0 ? { startBlock: start.block ?? 0, offsetInBlock: start.offsetInBlock ?? (start.block ? 0 : f.headerBytes) } : { startBlock: 0, offsetInBlock: f.headerBytes };
    const { header, reader } = await openTapeFileForRead(dev, {
      blockSize: f.blockSize,
      startBlock: at.startBlock,
      offsetInBlock: at.offsetInBlock,
      onDamage: (d) => {
        log.warn(`cartridge ${f.cartridge} tape file ${f.tapeFile}: block ${d.block} damaged: ${d.reason}`);
        o.onDamage?.({ cartridge: f.cartridge, tapeFile: f.tapeFile, ...d });
      },
    });
    if (header && header.clientId !== o.clientId) {
      // The catalog and the tape disagree (a cartridge was replaced): trust the tape.
      throw new StreamReadError('not-found', `cartridge ${f.cartridge} tape file ${f.tapeFile} does not hold your backup (its header names another client)`);
    }
    for await (const chunk of reader) {
      o.signal?.throwIfAborted();
      yield chunk;
    }
  }
}
