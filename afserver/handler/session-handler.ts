// Serves one authenticated client: the requests of protocol/wire/wire.proto against the drive.
// The drive is the client's from OpenForWrite/OpenForRead until CloseTape (or until it leaves);
// other clients wait their turn. A client that vanishes mid-backup leaves its tape file closed
// and readable, the session marked incomplete, and the drive free for the next one.
// OpenForWrite is answered once the drive is the client's, but the session goes on reading
// requests meanwhile: a client that sends its Write right behind it (pipelined) has its data
// buffered while it waits, and the drive goes from one client's stream straight to the next.
import { afwire, toNumber, type ServerSession } from '../../protocol/wire/index.js';
import { u64 } from '../../protocol/wire/codec.js';
import type { IncomingRequest } from '../../protocol/wire/session.js';
import { StreamWriter, type StreamPosition } from '../stream/stream-writer.js';
import { readStream, type ReadStart } from '../stream/stream-reader.js';
import { TapeBuffer } from '../stream/tape-buffer.js';
import { listBackupHeaders } from './backup-headers.js';
import { handleClientMessage } from './client-messages.js';
import { CopyTarget, isCopyRequest } from './copy-target.js';
import { defaultSet, mayUseSet, type ServerContext } from './context.js';
import { remoteStart } from './remote-start.js';
import { sessionTrace, type SessionTrace } from '../session-trace.js';
import { RequestError, statusOf } from './status-of.js';

const PROGRAM_VERSION_KEY = 'clientProgram';

interface Open {
  mode: 'write' | 'read';
  cartridgeSet: number;
  release: () => void;
  /** Write mode: settles once the drive is this session's and its stream is open on tape. */
  ready?: Promise<StreamWriter>;
  /** Write mode: stops waiting for the drive (the client left). */
  giveUp?: () => void;
  writer?: StreamWriter;
  readFrom?: ReadStart;
  /** AFSERVER_TRACE: the steps of a write session. */
  trace?: SessionTrace;
  /** Write mode: how a Write of this session failed. Its Close, pipelined behind it, must not complete it. */
  failed?: { status: afwire.Status; message: string };
}

export class SessionHandler {
  private open: Open | undefined;
  private readonly copy: CopyTarget;

  constructor(
    private readonly ctx: ServerContext,
    private readonly s: ServerSession,
  ) {
    this.copy = new CopyTarget(ctx, s);
  }

  async run(): Promise<void> {
    try {
      for (;;) {
        const req = await this.s.nextRequest();
        if (!req) break;
        try {
          await this.dispatch(req);
        } catch (e) {
          await this.refuse(req, e);
        }
      }
    } finally {
      await this.leave('the client left without closing the tape');
    }
  }

  private async refuse(req: IncomingRequest, e: unknown): Promise<void> {
    const { status, message } = statusOf(e);
    this.ctx.log.warn({ clientId: this.s.clientId, op: req.op }, message);
    req.data?.destroy();
    await this.s.reply(req.id, status, message);
  }

  private async leave(reason: string): Promise<void> {
    await this.copy.abandon(reason);
    const o = this.open;
    this.open = undefined;
    if (o) await this.abandon(o, reason);
  }

  /** Ends an open session without completing it: what reached the tape stays, the session is incomplete. */
  private async abandon(o: Open, reason: string): Promise<void> {
    if (o.ready && !o.writer) {
      // still waiting for the drive, or opening the stream on tape: stop or let it finish first
      o.giveUp?.();
      await o.ready.catch(() => undefined);
    }
    try {
      await o.writer?.abort(reason);
    } catch (e) {
      this.ctx.log.error({ clientId: this.s.clientId }, `could not close the interrupted session cleanly: ${(e as Error).message}`);
      this.ctx.mounter.invalidate();
    } finally {
      o.release();
    }
  }

  private need(mode: Open['mode']): Open {
    if (!this.open || this.open.mode !== mode) {
      const what = mode === 'write' ? 'writing; send OpenForWrite first' : 'reading; send OpenForRead first';
      throw new RequestError(afwire.Status.NOT_OPEN, `the tape is not open for ${what}`);
    }
    return this.open;
  }

  private chooseSet(requested: number): number {
    const set = requested === 0 ? defaultSet(this.ctx, this.s.clientId) : requested;
    if (set === undefined || !mayUseSet(this.ctx, this.s.clientId, set)) {
      throw new RequestError(afwire.Status.CARTRIDGE_SET_DENIED, `client ${this.s.clientId} may not use cartridge set ${requested || '(default)'}`);
    }
    return set;
  }

  private mayOpen(): void {
    if (this.open || this.copy.active) throw new RequestError(afwire.Status.BAD_REQUEST, 'the tape is already open (or a copy is running); close it first');
    // On SIGTERM what runs may finish, but nothing new starts.
    if (this.s.signal.aborted) throw new RequestError(afwire.Status.SHUTTING_DOWN, 'the server is shutting down; try again later');
  }

  private async acquire(mode: Open['mode'], cartridgeSet: number): Promise<Open> {
    this.mayOpen();
    const release = await this.ctx.driveLock.acquire(this.s.clientId, mode, this.s.signal);
    this.open = { mode, cartridgeSet, release };
    return this.open;
  }

  /** Opens for writing without waiting: the session is open at once, its stream once the drive is free. */
  private openForWrite(cartridgeSet: number, ow: afwire.IOpenForWrite): Open {
    this.mayOpen();
    const { ctx, s } = this;
    const waiting = new AbortController();
    const trace = sessionTrace();
    const o: Open = { mode: 'write', cartridgeSet, release: () => undefined, giveUp: () => waiting.abort(), ...(trace ? { trace } : {}) };
    o.ready = (async () => {
      const release = await ctx.driveLock.acquire(s.clientId, 'write', AbortSignal.any([s.signal, waiting.signal]));
      trace?.mark('drive');
      try {
        o.writer = await StreamWriter.open(
          ctx.catalog,
          ctx.mounter,
          ctx.cartridges,
          {
            clientId: s.clientId,
            cartridgeSet,
            blockSize: ctx.config.blockSize,
            maxBytesPerFile: ctx.config.maxBytesPerFile,
            tapeCapacity: ctx.config.maxBytesPerTape,
            kind: ow.kind || 'archive',
            metadata: { ...ow.metadata, [PROGRAM_VERSION_KEY]: `${s.client.program} ${s.client.programVersion}` },
            ...(trace ? { trace } : {}),
          },
          ctx.log,
        );
      } catch (e) {
        if (this.open === o) this.open = undefined;
        release();
        throw e;
      }
      o.release = release;
      return o.writer;
    })();
    o.ready.catch(() => undefined); // reported to the client by whichever request waits for it
    // a client that vanishes while waiting leaves its turn, even with all its data sent
    void s.connection.whenClosed().then(() => waiting.abort());
    this.open = o;
    return o;
  }

  /** A Write: its data goes through the Tape-Buffer to the session's stream, taken while the drive is readied. */
  private async write(req: IncomingRequest, o: Open): Promise<void> {
    const { ctx, s } = this;
    const ready = o.ready!;
    let from: { start: StreamPosition; before: number } | undefined;
    const writer = async (): Promise<StreamWriter> => {
      const w = await ready;
      from ??= { start: w.position(), before: w.bytesWritten };
      return w;
    };
    const spool = ctx.config.spoolDirectory;
    const buffer = new TapeBuffer(ctx.config.tapeBuffer, async (b) => (await writer()).write(b), {
      ...(spool === undefined ? {} : { spoolDirectory: spool }),
      ...(streamsAtOnce(ctx) ? { highWater: Math.min(DISK_BURST, ctx.config.tapeBuffer / 2) } : {}),
      ...(o.writer ? {} : { driveReady: ready }),
    });
    try {
      await req.data!.pipeInto({ take: (chunk) => buffer.take(chunk), write: (chunk) => buffer.push(chunk) });
    } catch (e) {
      // the client is gone (or gave up) while still waiting for the drive: it leaves its turn
      if (!o.writer) o.giveUp!();
      await buffer.end().catch(() => undefined);
      throw e;
    }
    await buffer.end();
    o.trace?.mark('data');
    const w = await writer();
    return s.ok(req.id, { writeResult: { start: toWire(from!.start), bytes: u64(w.bytesWritten - from!.before) } });
  }

  private async dispatch(req: IncomingRequest): Promise<void> {
    const r = req.request;
    const { ctx, s } = this;
    if (isCopyRequest(req.op)) return this.copy.handle(req, this.open !== undefined);
    switch (req.op) {
      case 'openForWrite': {
        const o = this.openForWrite(this.chooseSet(r.openForWrite?.cartridgeSet ?? 0), r.openForWrite ?? {});
        void o.ready!.then(
          (w) => s.ok(req.id, { position: toWire(w.position()) }),
          (e: unknown) => this.refuse(req, e),
        ).catch(() => undefined); // the connection is gone: the run loop ends the session
        return;
      }
      case 'write': {
        const o = this.need('write');
        try {
          return await this.write(req, o);
        } catch (e) {
          o.failed ??= statusOf(e);
          throw e;
        }
      }
      case 'close': {
        const o = this.open;
        if (!o) return s.ok(req.id);
        this.open = undefined;
        if (o.failed) {
          // A Close pipelined behind a Write that failed (PROTOCOL.md): the session ends as if
          // the client had left, and the Close says why it is not complete.
          const why = `a write of this session failed (${o.failed.message})`;
          await this.abandon(o, why);
          throw new RequestError(o.failed.status, `${why}; the session is closed incomplete: nothing of it counts as saved`);
        }
        try {
          if (o.ready) {
            const w = await o.ready;
            o.trace?.mark('to close');
            const session = await w.close(() => o.release());
            const files = w.tapeFiles();
            await s.ok(req.id, {
              session: {
                sessionId: u64(session.id),
                bytes: u64(session.bytes),
                tapeFiles: files.map((f) => ({
                  cartridge: f.cartridge,
                  tapeFile: f.tapeFile,
                  streamOffset: u64(f.streamOffset),
                  bytes: u64(f.bytes),
                  payloadPerBlock: f.payloadPerBlock,
                  headerBytes: f.headerBytes,
                })),
              },
            });
            o.trace?.mark('reply');
            o.trace?.end(`session ${session.id} of ${s.clientId} (${session.bytes} bytes)`);
            return;
          }
          return await s.ok(req.id);
        } finally {
          o.release();
        }
      }
      case 'openForRead': {
        await this.acquire('read', this.chooseSet(r.openForRead?.cartridgeSet ?? 0));
        return s.ok(req.id);
      }
      case 'setCartridge': {
        const o = this.need('read');
        const cartridge = r.setCartridge?.cartridge ?? 0;
        ctx.catalog.cartridges.require(cartridge);
        o.readFrom = { cartridge, tapeFile: 1 };
        return s.ok(req.id, { position: { cartridge, tapeFile: 1 } });
      }
      case 'setTapeFile': {
        const o = this.need('read');
        if (!o.readFrom) throw new Error('set the cartridge first (SetCartridge)');
        o.readFrom = { cartridge: o.readFrom.cartridge, tapeFile: r.setTapeFile?.tapeFile ?? 1 };
        return s.ok(req.id, { position: { cartridge: o.readFrom.cartridge, tapeFile: o.readFrom.tapeFile } });
      }
      case 'read': {
        const o = this.need('read');
        const st = r.read?.start;
        const from: ReadStart | undefined = st?.cartridge
          ? { cartridge: st.cartridge, tapeFile: st.tapeFile ?? 1, block: toNumber(st.block), offsetInBlock: st.offset ?? 0 }
          : o.readFrom;
        if (!from) throw new Error('no read position: give ReadData.start or use SetCartridge/SetTapeFile');
        const stream = readStream(ctx.catalog, ctx.mounter, from, { clientId: s.clientId, singleTapeFile: Boolean(r.read?.singleTapeFile), signal: s.signal }, ctx.log);
        // Refusals (not this client's, no such tape file) must come as a status, before any data.
        const first = await stream.next();
        const limit = toNumber(r.read?.maxBytes);
        await s.replyWithData(req.id, limited(first, stream, limit));
        return;
      }
      case 'queryPosition': {
        const w = await this.open?.ready;
        if (w) return s.ok(req.id, { position: toWire(w.position()) });
        const label = ctx.mounter.loaded;
        return s.ok(req.id, { position: { cartridge: label?.cartridge ?? 0, tapeFile: this.open?.readFrom?.tapeFile ?? 0 } });
      }
      case 'queryWritePosition': {
        const set = this.chooseSet(r.queryWritePosition?.cartridgeSet ?? 0);
        const pos = await ctx.cartridges.writePosition(set);
        return s.ok(req.id, { position: { cartridge: pos.cartridge, tapeFile: pos.tapeFile } });
      }
      case 'queryStreamerState': {
        const use = ctx.driveLock.current;
        const label = ctx.mounter.loaded;
        const state = use ? afwire.StreamerState.BUSY : label ? afwire.StreamerState.READY : afwire.StreamerState.UNLOADED;
        const detail = `${ctx.config.device.kind} ${label ? `cartridge ${label.cartridge} loaded` : 'no cartridge known to be loaded'}${use ? `, in use by ${use.clientId} (${use.purpose})` : ''}${ctx.driveLock.queued ? `, ${ctx.driveLock.queued} waiting` : ''}`;
        return s.ok(req.id, { streamerState: { state, changeable: ctx.config.device.kind === 'library' || Boolean((ctx.config.device as { changer?: unknown }).changer), detail } });
      }
      case 'newTapeFile': {
        const w = await this.need('write').ready!;
        await w.nextTapeFile();
        return s.ok(req.id, { position: toWire(w.position()) });
      }
      case 'newCartridge': {
        const w = await this.need('write').ready!;
        await w.newCartridge();
        return s.ok(req.id, { position: toWire(w.position()) });
      }
      case 'listBackupHeaders': {
        const release = await ctx.driveLock.acquire(s.clientId, 'read', s.signal);
        try {
          const headers = await listBackupHeaders(ctx, s.clientId, r.listBackupHeaders?.cartridge ?? 0);
          return await s.ok(req.id, { headers: { headers } });
        } finally {
          release();
        }
      }
      case 'clientMessage': {
        const said = handleClientMessage(ctx, s.clientId, r.clientMessage!);
        ctx.log.info({ clientId: s.clientId }, said);
        return s.reply(req.id, afwire.Status.OK, said);
      }
      case 'remoteStart': {
        const rs = r.remoteStart!;
        let started;
        try {
          started = remoteStart(ctx.config.programDirectory, rs.program ?? '', rs.args ?? [], Boolean(rs.quiet));
        } catch (e) {
          return s.reply(req.id, afwire.Status.PROGRAM_NOT_FOUND, (e as Error).message);
        }
        ctx.log.info({ clientId: s.clientId }, `remote start of ${rs.program} ${(rs.args ?? []).join(' ')}`);
        await s.replyWithData(req.id, started.output, started.exit);
        return;
      }
      default:
        return s.reply(req.id, afwire.Status.UNSUPPORTED, `this server does not implement ${req.op}`);
    }
  }
}

/**
 * Bytes a virtual library or directory tape waits for before it writes: they are files, which
 * neither stop nor start like a tape, so the Tape-Buffer's bursts (two thirds of it, 43 MiB by
 * default) would only hold a small backup's whole stream until its end, its writing and the flush
 * after the client's last byte. A socket read's worth (at most half the buffer) keeps the calls
 * to the drive large.
 */
const DISK_BURST = 1024 * 1024;

function streamsAtOnce(ctx: ServerContext): boolean {
  const kind = ctx.config.device.kind;
  return kind === 'library' || kind === 'dirtape';
}

function toWire(p: { cartridge: number; tapeFile: number; block: number; offsetInBlock: number }): afwire.IWritePosition {
  return { cartridge: p.cartridge, tapeFile: p.tapeFile, block: u64(p.block), offset: p.offsetInBlock };
}

async function* limited(first: IteratorResult<Uint8Array>, rest: AsyncGenerator<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let left = limit > 0 ? limit : Number.POSITIVE_INFINITY;
  let item = first;
  while (!item.done && left > 0) {
    const chunk = item.value.length > left ? item.value.subarray(0, left) : item.value;
    left -= chunk.length;
    yield chunk;
    if (left <= 0) break;
    item = await rest.next();
  }
  await rest.return(undefined);
}
