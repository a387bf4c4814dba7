// Serves one authenticated client: the requests of protocol/wire/wire.proto against the drive.
// The drive is the client's from OpenForWrite/OpenForRead until CloseTape (or until it leaves);
// other clients wait their turn. A client that vanishes mid-backup leaves its tape file closed
// and readable, the session marked incomplete, and the drive free for the next one.
import { afwire, toNumber, type ServerSession } from '../../protocol/wire/index.js';
import { u64 } from '../../protocol/wire/codec.js';
import type { IncomingRequest } from '../../protocol/wire/session.js';
import { StreamWriter } from '../stream/stream-writer.js';
import { readStream, type ReadStart } from '../stream/stream-reader.js';
import { TapeBuffer } from '../stream/tape-buffer.js';
import { listBackupHeaders } from './backup-headers.js';
import { handleClientMessage } from './client-messages.js';
import { defaultSet, mayUseSet, type ServerContext } from './context.js';
import { remoteStart } from './remote-start.js';
import { RequestError, statusOf } from './status-of.js';

const PROGRAM_VERSION_KEY = 'clientProgram';

interface Open {
  mode: 'write' | 'read';
  cartridgeSet: number;
  release: () => void;
  writer?: StreamWriter;
  readFrom?: ReadStart;
}

export class SessionHandler {
  private open: Open | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly s: ServerSession,
  ) {}

  async run(): Promise<void> {
    try {
      for (;;) {
        const req = await this.s.nextRequest();
        if (!req) break;
        try {
          await this.dispatch(req);
        } catch (e) {
          const { status, message } = statusOf(e);
          this.ctx.log.warn({ clientId: this.s.clientId, op: req.op }, message);
          req.data?.destroy();
          await this.s.reply(req.id, status, message);
        }
      }
    } finally {
      await this.leave('the client left without closing the tape');
    }
  }

  private async leave(reason: string): Promise<void> {
    const o = this.open;
    this.open = undefined;
    if (!o) return;
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

  private async acquire(mode: Open['mode'], cartridgeSet: number): Promise<Open> {
    if (this.open) throw new RequestError(afwire.Status.BAD_REQUEST, 'the tape is already open; close it first');
    // On SIGTERM what runs may finish, but nothing new starts.
    if (this.s.signal.aborted) throw new RequestError(afwire.Status.SHUTTING_DOWN, 'the server is shutting down; try again later');
    const release = await this.ctx.driveLock.acquire(this.s.clientId, mode, this.s.signal);
    this.open = { mode, cartridgeSet, release };
    return this.open;
  }

  private async dispatch(req: IncomingRequest): Promise<void> {
    const r = req.request;
    const { ctx, s } = this;
    switch (req.op) {
      case 'openForWrite': {
        const o = await this.acquire('write', this.chooseSet(r.openForWrite?.cartridgeSet ?? 0));
        try {
          o.writer = await StreamWriter.open(
            ctx.catalog,
            ctx.mounter,
            ctx.cartridges,
            {
              clientId: s.clientId,
              cartridgeSet: o.cartridgeSet,
              blockSize: ctx.config.blockSize,
              maxBytesPerFile: ctx.config.maxBytesPerFile,
              tapeCapacity: ctx.config.maxBytesPerTape,
              kind: r.openForWrite?.kind || 'archive',
              metadata: { ...r.openForWrite?.metadata, [PROGRAM_VERSION_KEY]: `${s.client.program} ${s.client.programVersion}` },
            },
            ctx.log,
          );
        } catch (e) {
          this.open = undefined;
          o.release();
          throw e;
        }
        return s.ok(req.id, { position: toWire(o.writer.position()) });
      }
      case 'write': {
        const w = this.need('write').writer!;
        const start = w.position();
        const before = w.bytesWritten;
        const spool = ctx.config.spoolDirectory;
        const buffer = new TapeBuffer(ctx.config.tapeBuffer, (b) => w.write(b), spool === undefined ? {} : { spoolDirectory: spool });
        try {
          for await (const chunk of req.data!) await buffer.push(chunk as Buffer);
        } finally {
          await buffer.end();
        }
        return s.ok(req.id, { writeResult: { start: toWire(start), bytes: u64(w.bytesWritten - before) } });
      }
      case 'close': {
        const o = this.open;
        if (!o) return s.ok(req.id);
        this.open = undefined;
        try {
          if (o.writer) {
            const session = await o.writer.close();
            const files = o.writer.tapeFiles();
            return await s.ok(req.id, {
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
        const w = this.open?.writer;
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
        const w = this.need('write').writer!;
        await w.nextTapeFile();
        return s.ok(req.id, { position: toWire(w.position()) });
      }
      case 'newCartridge': {
        const w = this.need('write').writer!;
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
