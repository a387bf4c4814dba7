// A client that sends its Write right behind OpenForWrite while another client has the drive:
// the server takes its data meanwhile (memory, then the spool file), answers OpenForWrite with
// the exact position once the drive is free, and puts the stream on tape byte-exact.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';
import { afwire, type ProtocolClient } from '../../protocol/wire/index.js';
import { connect, restore, serverSetup, startTestServer, toNumber } from './server-helpers.js';

/** Chunks of `data`, counting how much the client's connection has taken. */
function counted(data: Buffer, chunk: number): { source: Iterable<Buffer>; taken: () => number } {
  let taken = 0;
  return {
    source: (function* () {
      for (let i = 0; i < data.length; i += chunk) {
        const part = data.subarray(i, i + chunk);
        taken += part.length;
        yield part;
      }
    })(),
    taken: () => taken,
  };
}

async function until(what: string, cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cond(), `gave up waiting until ${what}`);
}

describe('pipelined OpenForWrite and Write', () => {
  it('gathers a waiting client\'s data while another writes, then writes it at the exact position', async () => {
    const setup = serverSetup({ 'Spool-Directory': 'spool', 'Max Bytes Per Tape': '60M', 'Max Bytes Per File': '30M' });
    const server = await startTestServer(setup);
    const clients: ProtocolClient[] = [];
    try {
      const a = await connect(server.port, setup, 'hostA');
      const b = await connect(server.port, setup, 'hostB');
      clients.push(a, b);
      const first = await a.request({ openForWrite: { cartridgeSet: 0 } });
      const dataA = crypto.randomBytes(1_000_000);
      // far more than the memory a waiting client may use and the sockets' buffers together
      const dataB = crypto.randomBytes(24 * 1024 * 1024);
      const b1 = counted(dataB, 256 * 1024);
      let answered = false;
      const openedB = b.request({ openForWrite: { cartridgeSet: 0 } }).then((r) => {
        answered = true;
        return r;
      });
      const sentB = b.sendData({ write: {} }, b1.source);
      await until('hostB has sent everything', () => b1.taken() === dataB.length);
      assert.equal(answered, false, 'OpenForWrite waits for the drive');
      await a.sendData({ write: {} }, [dataA]);
      const closedA = await a.request({ close: {} });
      const tapeFileA = closedA.session!.tapeFiles![0]!;
      const posB = (await openedB).position!;
      assert.equal(posB.cartridge, tapeFileA.cartridge);
      assert.equal(posB.tapeFile, tapeFileA.tapeFile! + 1, 'hostB starts in the tape file after hostA');
      const written = await sentB;
      assert.deepEqual(written.writeResult?.start, posB, 'the write starts where OpenForWrite said');
      assert.equal(toNumber(written.writeResult?.bytes), dataB.length);
      const closedB = await b.request({ close: {} });
      assert.equal(toNumber(closedB.session?.bytes), dataB.length);
      assert.ok((await restore(b, posB.cartridge!, posB.tapeFile!)).equals(dataB), 'hostB reads its stream back byte-exact');
      assert.ok((await restore(a, first.position!.cartridge!, first.position!.tapeFile!)).equals(dataA), 'hostA too');
    } finally {
      clients.forEach((c) => c.close());
      await server.close(1000);
      setup.cleanup();
    }
  });

  it('a client that leaves while waiting for the drive gives up its turn and writes nothing', async () => {
    const setup = serverSetup({ 'Max Bytes Per Tape': '20M', 'Max Bytes Per File': '10M' });
    const server = await startTestServer(setup);
    const clients: ProtocolClient[] = [];
    try {
      const [a, b, c] = await Promise.all(['hostA', 'hostB', 'hostC'].map((id) => connect(server.port, setup, id)));
      clients.push(a!, b!, c!);
      await a!.request({ openForWrite: { cartridgeSet: 0 } });
      const gone = [b!.request({ openForWrite: { cartridgeSet: 0 } }), b!.sendData({ write: {} }, [crypto.randomBytes(2_000_000)])];
      await until('hostB waits for the drive', () => server.context.driveLock.queued === 1);
      b!.close();
      await Promise.allSettled(gone);
      await until('hostB left the queue', () => server.context.driveLock.queued === 0);
      const closedA = await a!.request({ close: {} });
      const data = crypto.randomBytes(50_000);
      const openedC = c!.request({ openForWrite: { cartridgeSet: 0 } });
      await c!.sendData({ write: {} }, [data]);
      const posC = (await openedC).position!;
      assert.equal(posC.tapeFile, closedA.session!.tapeFiles![0]!.tapeFile! + 1, 'no tape file of hostB in between');
      await c!.request({ close: {} });
      assert.ok((await restore(c!, posC.cartridge!, posC.tapeFile!)).equals(data));
    } finally {
      clients.forEach((cl) => cl.close());
      await server.close(1000);
      setup.cleanup();
    }
  });

  it('with a spool directory, a client that sent its whole stream and leaves while waiting gives up its turn', async () => {
    // The spool refuses the connection's direct hand-over, so the stream's end is queued: reading
    // must go on after it, or the client's leaving is never seen and it keeps its turn.
    const setup = serverSetup({ 'Spool-Directory': 'spool', 'Max Bytes Per Tape': '60M', 'Max Bytes Per File': '30M' });
    const server = await startTestServer(setup);
    const clients: ProtocolClient[] = [];
    try {
      const [a, b] = await Promise.all(['hostA', 'hostB'].map((id) => connect(server.port, setup, id)));
      clients.push(a!, b!);
      await a!.request({ openForWrite: { cartridgeSet: 0 } });
      const data = crypto.randomBytes(12 * 1024 * 1024);
      const src = counted(data, 256 * 1024);
      const gone = [b!.request({ openForWrite: { cartridgeSet: 0 } }), b!.sendData({ write: {} }, src.source)];
      await until('hostB waits for the drive', () => server.context.driveLock.queued === 1);
      await until('hostB sent everything', () => src.taken() === data.length);
      await new Promise((r) => setTimeout(r, 300));
      b!.close();
      await Promise.allSettled(gone);
      await until('hostB left the queue', () => server.context.driveLock.queued === 0);
    } finally {
      clients.forEach((cl) => cl.close());
      await server.close(1000);
      setup.cleanup();
    }
  });

  for (const [why, config, set, status] of [
    ['a cartridge set the client may not use', { 'Cartridge-Sets': '1-2:hostOther 3:hostA' }, 1, afwire.Status.CARTRIDGE_SET_DENIED],
    ['a blank cartridge under Reject Unlabeled Tapes', { 'Reject Unlabeled Tapes': 'yes' }, 0, afwire.Status.INVALID_CARTRIDGE],
  ] as const) {
    it(`an OpenForWrite refused for ${why} fails the pipelined Write too; the drive is free and the session goes on`, async () => {
      const setup = serverSetup(config);
      const server = await startTestServer(setup);
      const c = await connect(server.port, setup, 'hostA');
      try {
        const opened = c.request({ openForWrite: { cartridgeSet: set } });
        const sent = c.sendData({ write: {} }, [crypto.randomBytes(3_000_000)]);
        await assert.rejects(opened, (e: Error & { status?: number }) => e.status === status);
        // the open's own status, or "not open" when the Write came after the refusal
        await assert.rejects(sent, (e: Error & { status?: number }) => e.status === status || e.status === afwire.Status.NOT_OPEN);
        const st = await c.request({ queryStreamerState: {} });
        assert.notEqual(st.streamerState?.state, afwire.StreamerState.BUSY);
      } finally {
        c.close();
        await server.close(1000);
        setup.cleanup();
      }
    });
  }
});
