// Writes one backup session's stream to tape: a new tape file per session, cut into tape files
// of at most Max Bytes Per File, continued on the next cartridge of the set when a cartridge
// reaches its logical end. Every tape file is recorded in the catalog as it is written, so a
// reader can later follow the stream across tape files and cartridges, and locate any offset.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { BLOCK_HEADER_LENGTH, BlockedWriter, openTapeFileForWrite, type TapeFileHeader } from '../../drivers/layout/index.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import { TapeRecordWriter } from '../../drivers/tape/tape-writer.js';
import type { Catalog, Session, TapeFile } from '../catalog/index.js';
import type { Mounter } from '../media/mounter.js';
import type { SessionTrace } from '../session-trace.js';
import { findAppendPoint } from './append-point.js';
import type { CartridgeSource, Target } from './cartridge-source.js';

export interface StreamWriterOptions {
  clientId: string;
  cartridgeSet: number;
  blockSize: number;
  maxBytesPerFile: number;
  /** Kind written into each tape file header ('archive' for backups). */
  kind?: string;
  metadata?: Record<string, string>;
  /** Max Bytes Per Tape: a cartridge is continued on the next one before it holds more. */
  tapeCapacity?: (cartridge: number) => number | undefined;
  /** AFSERVER_TRACE: hears of each step. */
  trace?: SessionTrace;
}

/** Where a stream byte landed: what the client's filelist records. */
export interface StreamPosition {
  cartridge: number;
  tapeFile: number;
  block: number;
  offsetInBlock: number;
}

/**
 * Blocks per call while the early-warning point is far (16 cost eight clients at once two to
 * three times the system time: bench/README.md).
 */
const BATCH_BLOCKS = 4;

interface Current {
  cartridge: number;
  tapeFile: number;
  writer: BlockedWriter;
  bytes: number;
  accounted: { bytes: number; blocks: number };
  /** Bytes of the cartridge's earlier tape files, as the catalog counts them. */
  cartridgeBytesBefore: number;
}

export class StreamWriter {
  private current: Current | undefined;
  private records: TapeRecordWriter | undefined;
  private streamBytes = 0;
  private readonly streamId = randomUUID();

  private constructor(
    readonly session: Session,
    private readonly catalog: Catalog,
    private readonly mounter: Mounter,
    private readonly cartridges: CartridgeSource,
    private readonly o: StreamWriterOptions,
    private readonly log: Logger,
  ) {}

  /** Starts a session at the set's write position (choosing a cartridge when there is none yet). */
  static async open(
    catalog: Catalog,
    mounter: Mounter,
    cartridges: CartridgeSource,
    o: StreamWriterOptions,
    log: Logger,
  ): Promise<StreamWriter> {
    const session = catalog.sessions.begin(o.clientId, o.cartridgeSet);
    o.trace?.mark('catalog');
    const w = new StreamWriter(session, catalog, mounter, cartridges, o, log);
    try {
      await w.startTapeFile(await cartridges.writePosition(o.cartridgeSet));
    } catch (e) {
      catalog.sessions.finish(session.id, 'incomplete');
      throw e;
    }
    return w;
  }

  /** Where the next stream byte will land. */
  position(): StreamPosition {
    const c = this.mustHave();
    const t = c.writer.tell();
    return { cartridge: c.cartridge, tapeFile: c.tapeFile, block: t.block, offsetInBlock: t.offsetInBlock };
  }

  get bytesWritten(): number {
    return this.streamBytes;
  }

  /** Appends stream bytes; resolves when they are handed to the drive (durable after close()). */
  async write(buf: Uint8Array): Promise<void> {
    let rest = buf;
    while (rest.length > 0) {
      const c = this.mustHave();
      const room = this.o.maxBytesPerFile - c.bytes;
      if (room <= 0) {
        await this.nextTapeFile();
        continue;
      }
      const part = rest.subarray(0, Math.min(room, rest.length, this.callBytes(c)));
      rest = rest.subarray(part.length);
      let leom = false;
      try {
        leom = (await c.writer.write(part)).logicalEndOfMedium;
      } catch (e) {
        if (!isTapeError(e, 'ENOSPC')) throw e;
        // Physical end: what did not fit goes first onto the next cartridge.
        const unwritten = c.writer.unwritten();
        const landed = part.length - unwritten.length;
        c.bytes += landed;
        this.streamBytes += landed;
        await this.account();
        await this.continueOnNextCartridge(false);
        rest = Buffer.concat([unwritten, rest]);
        continue;
      }
      c.bytes += part.length;
      this.streamBytes += part.length;
      if (leom || this.reachedCapacity(c)) await this.continueOnNextCartridge(true);
    }
  }

  /** Client request: the next bytes start a new tape file (afclient -j). */
  async nextTapeFile(): Promise<void> {
    const c = this.mustHave();
    await c.writer.finishTapeFile({});
    await this.closeTapeFile();
    await this.startTapeFile({ cartridge: c.cartridge, tapeFile: c.tapeFile + 1, overwrite: false });
  }

  /** Client request: continue on another cartridge (afclient -G). */
  async newCartridge(): Promise<void> {
    await this.continueOnNextCartridge(true);
  }

  /**
   * Ends the stream: the tape file is finished with its filemark, flushed to the medium, and the
   * session is complete. `driveFree` is called once the drive may serve the next session: after
   * the filemark and with the flush under way, so that the next session's records are written
   * while this one waits for the medium; the session is complete only once the flush is done.
   * The tape file's catalog record is written while the medium flushes: nothing ever ordered it
   * after the tape's bytes (the catalog is not synced with the tape, and a power cut may keep
   * either without the other: recovery trusts the tape, stream/append-point.ts); the session's
   * completion, which the Close's answer reports, still waits for the flush.
   */
  async close(driveFree?: () => void): Promise<Session> {
    const c = this.mustHave();
    const trace = this.o.trace;
    await c.writer.finishTapeFile({ endOfStream: true });
    trace?.mark('last block and filemark');
    const flushed = this.records!.flush();
    flushed.catch(() => undefined); // awaited below, after the catalog's part
    try {
      await this.closeTapeFile();
    } catch (e) {
      // The drive is released once this fails: not while the flush still runs on it.
      await flushed.catch(() => undefined);
      throw e;
    }
    trace?.mark('catalog');
    driveFree?.();
    await flushed;
    trace?.mark('flush');
    this.catalog.sessions.finish(this.session.id, 'complete');
    const done = this.catalog.sessions.get(this.session.id)!;
    trace?.mark('catalog');
    return done;
  }

  /**
   * The client went away: what reached the tape stays there and readable, closed with a
   * filemark, and the session is marked incomplete; the next backup goes on after it.
   */
  async abort(reason: string): Promise<void> {
    const c = this.current;
    try {
      if (c) {
        await c.writer.finishTapeFile({ flush: true });
        await this.closeTapeFile();
      }
    } finally {
      this.catalog.sessions.finish(this.session.id, 'incomplete');
      this.log.warn({ clientId: this.o.clientId, session: this.session.id }, `backup session ended incomplete: ${reason}`);
    }
  }

  tapeFiles(): TapeFile[] {
    return this.catalog.sessions.tapeFiles(this.session.id);
  }

  private mustHave(): Current {
    if (!this.current) throw new Error('the stream is not open on a tape file');
    return this.current;
  }

  private async startTapeFile(wanted: Target, continuesFrom?: { cartridge: number; tapeFile: number }): Promise<void> {
    let target = wanted;
    const trace = this.o.trace;
    let label = await this.mounter.mount(target.cartridge);
    trace?.mark('mount');
    const dev = this.mounter.drive;
    while ((await dev.status()).writeProtected) {
      // The tab on the cartridge outranks the catalog: it is read-only from now on, for all.
      this.catalog.cartridges.setReadOnly([target.cartridge], true);
      this.log.warn(`cartridge ${target.cartridge} is write-protected; it is marked read-only and the next cartridge of set ${this.o.cartridgeSet} is written`);
      target = await this.cartridges.nextCartridge(this.o.cartridgeSet, target.cartridge);
      label = await this.mounter.mount(target.cartridge);
    }
    const cartridge = target.cartridge;
    // mount() leaves the tape at the start of tape file 1: where a reused cartridge is written
    const tapeFile = target.overwrite ? 1 : await findAppendPoint(dev, this.catalog, cartridge, target.tapeFile, this.log);
    trace?.mark('append point');
    if (!this.records || this.records.dev !== dev || continuesFrom) this.records = new TapeRecordWriter(dev);
    const header: TapeFileHeader = {
      kind: this.o.kind ?? 'archive',
      cartridge,
      tapeFile,
      cartridgeSet: this.o.cartridgeSet,
      clientId: this.o.clientId,
      sessionId: String(this.session.id),
      streamId: this.streamId,
      time: new Date(),
      streamOffset: this.streamBytes,
      ...(continuesFrom ? { continuesFrom } : {}),
      metadata: this.o.metadata ?? {},
    };
    const blockSize = label.blockSize || this.o.blockSize;
    const cartridgeBytesBefore = this.catalog.cartridges.require(cartridge).bytes;
    const writer = await openTapeFileForWrite(this.records, header, { blockSize });
    this.catalog.sessions.beginTapeFile(this.session.id, {
      cartridge,
      tapeFile,
      kind: header.kind,
      blockSize,
      payloadPerBlock: blockSize - BLOCK_HEADER_LENGTH,
      headerBytes: writer.tell().offsetInBlock,
    });
    this.cartridges.advance(this.o.cartridgeSet, { cartridge, tapeFile: tapeFile + 1 });
    this.current = { cartridge, tapeFile, writer, bytes: 0, accounted: { bytes: 0, blocks: 0 }, cartridgeBytesBefore };
    trace?.mark('tape file header');
  }

  /**
   * Stream bytes for the next call of the tape file's writer. Near the end of the cartridge, one
   * block's payload, so that the early warning is acted on within a block and the tape file's end
   * (its last block and filemark) still fits before the physical end: a small cartridge's
   * early-warning zone can be a block or two (a dirtape's is 1 % of its capacity), less than the
   * writer's batches would run past it (drivers/layout/FORMAT.md 7.1); and Max Bytes Per Tape is
   * checked after every block. While the drive knows that its early-warning point is further
   * away than the batches in flight and this call can reach (a virtual tape), and so is Max Bytes
   * Per Tape, a batch's worth of blocks: a block per call costs the drive's writing thread a
   * hand-off and a wait per block, which held one client to a third of the disk's speed.
   */
  private callBytes(c: Current): number {
    const { blockSize } = c.writer;
    const payload = blockSize - BLOCK_HEADER_LENGTH;
    const room = this.records?.dev.roomBeforeEarlyWarning?.();
    if (room === undefined) return payload;
    const batch = BATCH_BLOCKS * payload;
    // what the writer may still have in flight with this call, the partly filled block, the tape file's end
    const margin = (BlockedWriter.blocksInFlight(BATCH_BLOCKS) + 4) * blockSize;
    const capacity = this.o.tapeCapacity?.(c.cartridge);
    const far = Math.min(room, capacity === undefined ? room : capacity - this.onTape(c)) - margin;
    return far >= batch ? batch : payload;
  }

  /** Bytes the cartridge holds with the current tape file's blocks so far, the one being filled included. */
  private onTape(c: Current): number {
    return c.cartridgeBytesBefore + (c.writer.tell().block + 1) * c.writer.blockSize;
  }

  /** Whether the cartridge is at its Max Bytes Per Tape, keeping room for the block and filemark that close the tape file. */
  private reachedCapacity(c: Current): boolean {
    const capacity = this.o.tapeCapacity?.(c.cartridge);
    if (capacity === undefined) return false;
    return this.onTape(c) + 2 * c.writer.blockSize >= capacity;
  }

  /** Brings the catalog up to what the current tape file holds on tape. */
  private async account(): Promise<void> {
    const c = this.mustHave();
    const blocks = c.writer.tell().block + (c.writer.tell().offsetInBlock > 0 ? 1 : 0);
    const bytes = c.writer.bytesOnTape;
    this.catalog.sessions.grow(this.session.id, c.cartridge, c.tapeFile, bytes - c.accounted.bytes, blocks - c.accounted.blocks);
    c.accounted = { bytes, blocks };
  }

  private async closeTapeFile(): Promise<void> {
    const c = this.mustHave();
    await this.account();
    this.catalog.sessions.completeTapeFile(c.cartridge, c.tapeFile);
  }

  private async continueOnNextCartridge(finishFirst: boolean): Promise<void> {
    const c = this.mustHave();
    if (finishFirst) await c.writer.finishTapeFile({ continued: true, flush: true });
    await this.closeTapeFile();
    this.catalog.cartridges.markFull(c.cartridge);
    const next = await this.cartridges.nextCartridge(this.o.cartridgeSet, c.cartridge);
    this.log.info({ clientId: this.o.clientId }, `cartridge ${c.cartridge} is full; the stream continues on cartridge ${next.cartridge}`);
    await this.startTapeFile(next, { cartridge: c.cartridge, tapeFile: c.tapeFile });
  }
}
