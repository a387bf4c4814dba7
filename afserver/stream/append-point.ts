// Where to append on a cartridge. The catalog says which tape file comes next, but after a
// crash the tape may hold more than the catalog knows (a tape file written but not recorded, or
// one cut off by the kill without its filemark) or, after someone swapped cartridges, less. The
// tape is the truth: nothing on it is ever overwritten because the catalog forgot it.
import { BLOCK_HEADER_LENGTH, openTapeFileForRead } from '../../drivers/layout/index.js';
import { openBlock } from '../../drivers/layout/block-format.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import type { Catalog } from '../catalog/index.js';
import type { Logger } from 'pino';

/** Counts the records from here to the next filemark or end of data (the drive ends after it). */
async function recordsToFilemark(dev: TapeDevice): Promise<number | undefined> {
  const from = await dev.tell().catch(() => undefined);
  if (from === undefined) return undefined;
  await dev.op('fsr', 0x7fffffff).catch((e: unknown) => {
    if (!isTapeError(e, 'EIO')) throw e;
  });
  const to = await dev.tell();
  const st = await dev.status();
  // fsr stops after the filemark it met (st rule 19), which is no record of this tape file
  return to - from - (st.eof ? 1 : 0);
}

/**
 * Registers tape file `tapeFile` (found on tape, unknown to the catalog) as the first tape file
 * of a recovered, incomplete session of the client its header names.
 */
async function adoptTapeFile(dev: TapeDevice, catalog: Catalog, cartridge: number, tapeFile: number, log: Logger): Promise<void> {
  await dev.op('rewind');
  await dev.op('fsf', tapeFile);
  let opened;
  try {
    opened = await openTapeFileForRead(dev);
  } catch (e) {
    log.warn(`cartridge ${cartridge} tape file ${tapeFile} is unreadable (${(e as Error).message}); it is kept, not overwritten`);
  }
  const h = opened?.header;
  await dev.op('rewind');
  await dev.op('fsf', tapeFile);
  const blocks = (await recordsToFilemark(dev)) ?? 0;
  const c = catalog.cartridges.require(cartridge);
  const blockSize = c.blockSize ?? 0;
  catalog.transaction(() => {
    const s = catalog.sessions.begin(h?.clientId ?? '(unknown)', h?.cartridgeSet ?? c.cartridgeSet, h?.time.getTime() ?? Date.now());
    catalog.sessions.finish(s.id, 'incomplete');
    const payloadPerBlock = blockSize > BLOCK_HEADER_LENGTH ? blockSize - BLOCK_HEADER_LENGTH : 1;
    catalog.sessions.beginTapeFile(s.id, {
      cartridge,
      tapeFile,
      kind: h?.kind ?? 'unknown',
      blockSize,
      payloadPerBlock,
      headerBytes: 0,
    });
    catalog.sessions.grow(s.id, cartridge, tapeFile, Math.max(0, blocks * payloadPerBlock), blocks);
    catalog.sessions.completeTapeFile(cartridge, tapeFile);
  });
  log.warn(
    `cartridge ${cartridge} tape file ${tapeFile} (${h ? `${h.kind} of client ${h.clientId}` : 'header unreadable'}, ${blocks} blocks) was on tape but not in the catalog; recorded as an incomplete session`,
  );
}

/** The last block of a tape file that ends at end of data without a filemark. */
interface CutOff {
  /** Its block number within the tape file, or undefined when it cannot be read. */
  block?: number;
  payloadLength?: number;
}

/** At end of data: undefined when the last object is a filemark, else what the last block says. */
async function lastTapeFileCutOff(dev: TapeDevice): Promise<CutOff | undefined> {
  try {
    await dev.op('bsr', 1);
  } catch (e) {
    // bsr stops at a filemark with EIO (st rule 20): the last tape file is closed.
    if (isTapeError(e, 'EIO')) return undefined;
    throw e;
  }
  const record = Buffer.allocUnsafe(dev.limits().maxBlock);
  const n = await dev.read(record).catch(() => 0);
  const opened = openBlock(record.subarray(0, n));
  return opened.ok ? { block: opened.header.block, payloadLength: opened.header.payloadLength } : {};
}

/**
 * The catalog's record of a cut-off tape file gets the size it really has on tape: its writer
 * accounted only what it had closed, and the rest reached the tape before the kill.
 */
function recordCutOff(catalog: Catalog, cartridge: number, tapeFile: number, cut: CutOff, log: Logger): void {
  const f = catalog.sessions.tapeFileAt(cartridge, tapeFile);
  if (!f || f.sessionId === null) return; // not in the catalog: adopted below like any unknown tape file
  if (cut.block !== undefined && cut.payloadLength !== undefined) {
    const blocks = cut.block + 1;
    const bytes = cut.block * f.payloadPerBlock + cut.payloadLength - f.headerBytes;
    catalog.sessions.grow(f.sessionId, cartridge, tapeFile, Math.max(0, bytes - f.bytes), Math.max(0, blocks - f.blocks));
  }
  catalog.sessions.completeTapeFile(cartridge, tapeFile);
  const s = catalog.sessions.get(f.sessionId);
  if (s?.state === 'open') catalog.sessions.finish(s.id, 'incomplete');
  log.warn(`cartridge ${cartridge} tape file ${tapeFile} was cut off without its filemark (the server was killed while writing it); closed with a filemark and kept, its session is incomplete`);
}

/**
 * Positions the mounted cartridge at its end of data and returns the number of the tape file
 * that a write there starts. `expected` is what the catalog says.
 */
export async function findAppendPoint(dev: TapeDevice, catalog: Catalog, cartridge: number, expected: number, log: Logger): Promise<number> {
  await dev.op('eom');
  let st = await dev.status();
  if (st.fileNumber < 0) {
    // The drive lost count (fast EOM): count the filemarks from the start instead.
    await dev.op('rewind');
    let files = 0;
    for (;;) {
      try {
        await dev.op('fsf', 1);
        files++;
      } catch (e) {
        if (!isTapeError(e, 'EIO')) throw e;
        break;
      }
    }
    st = { ...(await dev.status()), fileNumber: files };
  }
  // st does not know the block number at end of data (rule 22), so whether the last tape file
  // ended with its filemark is seen only by looking at the object before end of data.
  const cutOff = await lastTapeFileCutOff(dev);
  await dev.op('eom');
  if (cutOff) {
    // A tape file cut off without its filemark (the writer was killed): close it, keep it.
    await dev.op('weof', 1);
    recordCutOff(catalog, cartridge, st.fileNumber, cutOff, log);
    st = { ...st, fileNumber: st.fileNumber + 1, blockNumber: 0 };
  }
  const onTape = st.fileNumber;
  if (onTape === expected) return expected;
  if (onTape < expected) {
    log.warn(`cartridge ${cartridge} ends before tape file ${expected} the catalog expected; appending at tape file ${onTape} (the catalog's later tape files are not on this cartridge)`);
    catalog.sessions.forgetTapeFilesFrom(cartridge, onTape);
    return onTape;
  }
  for (let f = Math.max(1, expected); f < onTape; f++) {
    if (!catalog.sessions.tapeFileAt(cartridge, f)) await adoptTapeFile(dev, catalog, cartridge, f, log);
  }
  await dev.op('eom');
  return onTape;
}
