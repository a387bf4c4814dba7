// This server as the target of another server's copy_tape (CopyBegin, CopyTapeFile, CopyCommit
// in wire.proto). Only a client that the target cartridge's set names in its access list may
// write a copy; a read-only cartridge or one a client still needs is refused. The copy is
// labelled with the original's number as its secondary label from the start (a label cannot be
// rewritten without losing what follows it), but this catalog takes it for the original only
// after CopyCommit read every tape file back and found it equal to what the source read. A copy
// that fails, or whose client leaves before CopyCommit, is labelled anew without the secondary
// label; if even that fails, the catalog's comment says the cartridge holds an unfinished copy.
import { type Label } from '../../drivers/layout/index.js';
import { TapeRecordWriter } from '../../drivers/tape/tape-writer.js';
import { isTapeError } from '../../drivers/tape/tape-error.js';
import { afwire, type ServerSession } from '../../protocol/wire/index.js';
import type { IncomingRequest } from '../../protocol/wire/session.js';
import { countTapeFiles, toTapeFile, variableMode } from '../admin/copy-run.js';
import { digestDifference, digestFromWire, digestToWire, RecordDigest, recordsOf, type TapeFileDigest } from '../admin/copy-records.js';
import { readRecord } from '../admin/copy-staging.js';
import { checkOriginalNumber, recordOriginal } from './copy-import.js';
import type { ServerContext } from './context.js';
import { RequestError } from './status-of.js';

interface Copy {
  cartridge: number;
  original: number;
  sourceServer: string;
  firstTapeFile: number;
  label: Label;
  writer: TapeRecordWriter;
  /** The tape file CopyTapeFile must send next. */
  next: number;
  /** The last tape file ended at end of data without a filemark: nothing can follow it. */
  ended: boolean;
  written: TapeFileDigest[];
  release: () => void;
}

/** The requests CopyTarget serves. */
export const isCopyRequest = (op: string): boolean => op === 'copyBegin' || op === 'copyTapeFile' || op === 'copyCommit';

export class CopyTarget {
  private copy: Copy | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly s: ServerSession,
  ) {}

  /** A copy holds the drive: the tape cannot be opened meanwhile. */
  get active(): boolean {
    return this.copy !== undefined;
  }

  /** Serves CopyBegin, CopyTapeFile and CopyCommit; `tapeOpen`: the session has the tape open for a backup or restore. */
  async handle(req: IncomingRequest, tapeOpen: boolean): Promise<void> {
    const r = req.request;
    if (req.op === 'copyBegin') {
      if (tapeOpen || this.copy) throw new RequestError(afwire.Status.BAD_REQUEST, 'the tape is already open (or a copy is running); close it first');
      await this.begin(r.copyBegin!);
      return this.s.ok(req.id, { copy: this.report(this.copy!, []) });
    }
    const copy = this.copy;
    if (!copy) throw new RequestError(afwire.Status.NOT_OPEN, 'no copy is running; send CopyBegin first');
    let report: afwire.ICopyReport;
    try {
      report =
        req.op === 'copyTapeFile'
          ? this.report(copy, [await this.tapeFile(copy, r.copyTapeFile!, req.data!)])
          : { ...this.report(copy, await this.commit(copy, r.copyCommit!)), secondary: copy.original };
    } catch (e) {
      req.data?.destroy();
      const message = await this.withdraw(copy, e instanceof Error ? e.message : String(e));
      throw e instanceof RequestError ? new RequestError(e.status, message) : new Error(message);
    }
    return this.s.ok(req.id, { copy: report });
  }

  /** The client left: an unfinished copy must not be taken for the original. */
  async abandon(reason: string): Promise<void> {
    if (this.copy) await this.withdraw(this.copy, reason);
  }

  private report(c: Copy, tapeFiles: readonly TapeFileDigest[]): afwire.ICopyReport {
    return { cartridge: c.cartridge, barcode: c.label.barcode, tapeFiles: tapeFiles.map(digestToWire) };
  }

  private authorise(cartridge: number): void {
    const { ctx, s } = this;
    const c = ctx.catalog.cartridges.get(cartridge);
    if (!c) throw new RequestError(afwire.Status.INVALID_CARTRIDGE, `cartridge ${cartridge} is not configured on this server (see Number Of Cartridges / Cartridge-Sets)`);
    const set = ctx.config.cartridgeSets.find((x) => x.number === c.cartridgeSet);
    if (!set?.clients?.includes(s.clientId)) {
      ctx.log.warn({ clientId: s.clientId, peer: s.peer }, `refused a copy onto cartridge ${cartridge}: the client is not named in the access list of cartridge set ${c.cartridgeSet}`);
      throw new RequestError(
        afwire.Status.CARTRIDGE_SET_DENIED,
        `client ${s.clientId} may not write copies onto cartridge ${cartridge}: only clients named in the access list of its cartridge set (${c.cartridgeSet}) may; see Cartridge-Sets in afserver.conf(5)`,
      );
    }
  }

  private async begin(b: afwire.ICopyBegin): Promise<void> {
    const { ctx, s } = this;
    const cartridge = b.cartridge ?? 0;
    const original = b.original ?? 0;
    const sourceServer = b.sourceServer ?? '';
    if (original < 1 || original > 16_777_215 || sourceServer === '') {
      throw new RequestError(afwire.Status.BAD_REQUEST, 'CopyBegin needs the original cartridge (1 to 16777215) and the source server identifier');
    }
    this.authorise(cartridge);
    checkOriginalNumber(ctx.catalog, ctx.config, original, sourceServer);
    ctx.catalog.cartridges.checkOverwritable(cartridge, ctx.catalog.precious.holders(cartridge));
    if (s.signal.aborted) throw new RequestError(afwire.Status.SHUTTING_DOWN, 'the server is shutting down; try again later');
    const release = await ctx.driveLock.acquire(s.clientId, 'admin', s.signal);
    try {
      await ctx.mounter.mount(cartridge, 'write');
      const what = `copy of cartridge ${original} of server ${sourceServer}`;
      const label = await ctx.mounter.label(cartridge, `${what}, duplicated ${new Date().toISOString()}`, { secondary: original });
      // Until CopyCommit this catalog does not know the copy as one (no secondary number).
      ctx.catalog.cartridges.recordLabel(cartridge, {
        barcode: label.barcode,
        labelTime: label.labelTime.getTime(),
        blockSize: label.blockSize,
        comment: `unfinished ${what}: not used in its place; label it anew (label_tape -f ${cartridge}) or copy again`,
      });
      const writer = new TapeRecordWriter(ctx.mounter.drive);
      const firstTapeFile = Math.max(1, b.firstTapeFile ?? 1);
      this.copy = { cartridge, original, sourceServer, firstTapeFile, label, writer, next: firstTapeFile, ended: false, written: [], release };
      await variableMode(ctx.mounter.drive);
      writer.resync();
      for (let f = 1; f < firstTapeFile; f++) await writer.writeFilemark();
      ctx.log.info({ clientId: s.clientId }, `copying cartridge ${original} of server ${sourceServer} onto cartridge ${cartridge}`);
    } catch (e) {
      if (this.copy) throw new Error(await this.withdraw(this.copy, (e as Error).message));
      release();
      throw e;
    }
  }

  private async tapeFile(copy: Copy, t: afwire.ICopyTapeFile, data: AsyncIterable<Uint8Array>): Promise<TapeFileDigest> {
    const n = t.tapeFile ?? 0;
    if (copy.ended) throw new RequestError(afwire.Status.BAD_REQUEST, `tape file ${copy.next - 1} ended at the end of data; no tape file can follow it`);
    if (n !== copy.next) throw new RequestError(afwire.Status.BAD_REQUEST, `tape file ${copy.next} must come next, not tape file ${n}`);
    const digest = new RecordDigest(n);
    try {
      for await (const record of recordsOf(data, this.ctx.mounter.drive.limits().maxBlock)) {
        await copy.writer.writeRecord(record);
        digest.add(record);
      }
      if (t.filemark) await copy.writer.writeFilemark();
    } catch (e) {
      if (isTapeError(e, 'ENOSPC')) throw new Error(`cartridge ${copy.cartridge} is too small for the copy: tape file ${n} does not fit (${(e as Error).message})`);
      throw e;
    }
    copy.ended = !t.filemark;
    copy.next++;
    const d = digest.result();
    copy.written.push(d);
    return d;
  }

  private async commit(copy: Copy, c: afwire.ICopyCommit): Promise<TapeFileDigest[]> {
    const { ctx } = this;
    const expected = (c.expected ?? []).map(digestFromWire);
    if (expected.length === 0) throw new RequestError(afwire.Status.BAD_REQUEST, 'CopyCommit names no tape files: nothing was copied');
    if (expected.length !== copy.written.length || expected.some((e, i) => e.tapeFile !== copy.written[i]!.tapeFile)) {
      throw new Error(`the source names tape files ${expected.map((e) => e.tapeFile).join(', ')}, but tape files ${copy.written.map((w) => w.tapeFile).join(', ') || 'none'} arrived`);
    }
    for (const [i, e] of expected.entries()) {
      const why = digestDifference(e, copy.written[i]!, `tape file ${e.tapeFile} as it arrived`);
      if (why) throw new Error(why);
    }
    const readBack = await this.readBack(copy, expected);
    ctx.catalog.transaction(() => {
      recordOriginal(ctx.catalog, { original: copy.original, sourceServer: copy.sourceServer, copyBarcode: copy.label.barcode, backups: c.backups ?? [] });
      ctx.catalog.cartridges.recordLabel(copy.cartridge, {
        barcode: copy.label.barcode,
        secondary: copy.original,
        labelTime: copy.label.labelTime.getTime(),
        blockSize: copy.label.blockSize,
        comment: copy.label.comment,
      });
      // Backups must never reuse the copy: it is the original's stand-in.
      ctx.catalog.cartridges.setReadOnly([copy.cartridge], true);
    });
    this.copy = undefined;
    copy.release();
    ctx.log.info({ clientId: this.s.clientId }, `cartridge ${copy.cartridge} is a verified copy of cartridge ${copy.original} of server ${copy.sourceServer}`);
    return readBack;
  }

  /** Reads every written tape file back and compares it with the source's digests. */
  private async readBack(copy: Copy, expected: readonly TapeFileDigest[]): Promise<TapeFileDigest[]> {
    const dev = this.ctx.mounter.drive;
    if (copy.ended) await copy.writer.writeFilemark({ flush: true });
    await toTapeFile(dev, copy.firstTapeFile);
    const buf = Buffer.allocUnsafe(dev.limits().maxBlock);
    const out: TapeFileDigest[] = [];
    for (const e of expected) {
      const digest = new RecordDigest(e.tapeFile);
      for (;;) {
        const n = await readRecord(dev, buf);
        if (n === null || n === 0) break;
        digest.add(buf.subarray(0, n));
      }
      const got = digest.result();
      const why = digestDifference(e, got, `tape file ${e.tapeFile} of the copy, read back,`);
      if (why) throw new Error(why);
      out.push(got);
    }
    const last = await countTapeFiles(dev, copy.cartridge);
    if (last > copy.next) throw new Error(`cartridge ${copy.cartridge} holds ${last - 1} tape files after the copy; ${copy.next - 1} were written`);
    return out;
  }

  /** Labels the target anew without the secondary label; resolves to the message for the client. */
  private async withdraw(copy: Copy, why: string): Promise<string> {
    const { ctx } = this;
    this.copy = undefined;
    try {
      await ctx.mounter.mount(copy.cartridge, 'write');
      await ctx.mounter.label(copy.cartridge, `copy of cartridge ${copy.original} of server ${copy.sourceServer} failed: ${why}`.slice(0, 200));
      ctx.log.warn({ clientId: this.s.clientId }, `copy onto cartridge ${copy.cartridge} failed (${why}); the cartridge was labelled anew without the secondary label`);
      return `${why}; cartridge ${copy.cartridge} of the target server was labelled anew without the secondary label, so the partial copy is never used in place of cartridge ${copy.original}`;
    } catch (e) {
      ctx.mounter.invalidate();
      ctx.log.error({ clientId: this.s.clientId }, `copy onto cartridge ${copy.cartridge} failed (${why}) and relabelling it failed too: ${(e as Error).message}`);
      return `${why}; relabelling cartridge ${copy.cartridge} of the target server failed too (${(e as Error).message}): the server's catalog does not use it as a copy, but relabel it with label_tape -f ${copy.cartridge} before using it`;
    } finally {
      copy.release();
    }
  }
}
