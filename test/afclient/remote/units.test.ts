// The pieces of afclient's server modes that need no server: offset mapping, the copying
// hand-over queue, client message parsing and the command-line options.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ChunkQueue } from '../../../afclient/remote/chunk-queue.js';
import { parseCartridgeList, parseClientMessage } from '../../../afclient/remote/client-message.js';
import { parsePorts, portOf } from '../../../afclient/remote/connection.js';
import { splitList } from '../../../protocol/config/config.js';
import { entrySuffix, filelistLine, StreamMap, type TapeFileExtent } from '../../../afclient/remote/positions.js';
import { remoteOptionsOf } from '../../../afclient/remote/remote-args.js';
import { checkRemoteMode } from '../../../afclient/remote/run-remote.js';

describe('StreamMap', () => {
  const ext = (cartridge: number, tapeFile: number, streamOffset: number, bytes: number): TapeFileExtent => ({ cartridge, tapeFile, streamOffset, bytes, payloadPerBlock: 100, headerBytes: 30 });

  it('puts the first bytes of a tape file after its header in block 0, later ones in whole blocks', () => {
    const m = new StreamMap([ext(1, 5, 0, 250), ext(2, 1, 250, 1000)]);
    assert.deepEqual(m.locate(0), { cartridge: 1, tapeFile: 5, block: 0, offsetInBlock: 30 });
    assert.deepEqual(m.locate(69), { cartridge: 1, tapeFile: 5, block: 0, offsetInBlock: 99 });
    assert.deepEqual(m.locate(70), { cartridge: 1, tapeFile: 5, block: 1, offsetInBlock: 0 });
    assert.deepEqual(m.locate(249), { cartridge: 1, tapeFile: 5, block: 2, offsetInBlock: 79 });
    assert.deepEqual(m.locate(250), { cartridge: 2, tapeFile: 1, block: 0, offsetInBlock: 30 });
    assert.deepEqual(m.locate(250n + 170n), { cartridge: 2, tapeFile: 1, block: 2, offsetInBlock: 0 });
    assert.equal(m.locate(1250), undefined);
  });

  it('gives the bytes to the later of two tape files starting at the same offset (an empty one left by -j)', () => {
    const m = new StreamMap([ext(1, 1, 0, 0), ext(1, 2, 0, 500)]);
    assert.deepEqual(m.locate(0), { cartridge: 1, tapeFile: 2, block: 0, offsetInBlock: 30 });
  });

  it('agrees with a linear scan for random layouts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 31, max: 4096 }), fc.nat(), (sizes, ppb, pick) => {
        let at = 0;
        const extents = sizes.map((bytes, i) => {
          const e = { cartridge: 1 + (i >> 2), tapeFile: 1 + i, streamOffset: at, bytes, payloadPerBlock: ppb, headerBytes: 30 };
          at += bytes;
          return e;
        });
        const total = at;
        if (total === 0) return;
        const o = pick % total;
        const holder = [...extents].reverse().find((e) => e.streamOffset <= o && o < e.streamOffset + e.bytes)!;
        const loc = new StreamMap(extents).locate(o)!;
        assert.equal(loc.tapeFile, holder.tapeFile);
        const inFile = o - holder.streamOffset;
        assert.equal(loc.block === 0 ? loc.offsetInBlock - 30 : ppb - 30 + (loc.block - 1) * ppb + loc.offsetInBlock, inFile);
      }),
    );
  });

  it('refuses a tape file whose header does not fit its block', () => {
    assert.throws(() => new StreamMap([{ ...ext(1, 1, 0, 10), headerBytes: 200 }]), /do not fit/);
  });

  it('formats afbackup filelist lines, with whole seconds rounded down also before 1970', () => {
    const meta = { uid: 1500, mtimeNs: 1_795_329_954_999_999_999n, name: Buffer.from('tree/new\nline') };
    assert.equal(filelistLine('backup', 2988, { cartridge: 3, tapeFile: 7 }, meta), 'backup%2988!3.7|1500~1795329954: tree/new\\nline');
    assert.equal(entrySuffix({ ...meta, mtimeNs: -1n }), '1500~-1: tree/new\\nline');
  });
});

describe('ChunkQueue', () => {
  it('copies each chunk, so the writer may refill its buffer once the push resolved', async () => {
    const q = new ChunkQueue(1 << 10);
    const buf = Buffer.from('abc');
    await q.push(buf);
    buf.fill(0x78);
    q.end();
    const got: Buffer[] = [];
    for await (const c of q) got.push(Buffer.from(c));
    assert.equal(Buffer.concat(got).toString(), 'abc');
  });

  it('holds at most its capacity: a push waits until the consumer takes chunks', async () => {
    const q = new ChunkQueue(8);
    let pushed = false;
    const p = q.push(Buffer.alloc(20, 1)).then(() => (pushed = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(pushed, false);
    const it = q[Symbol.asyncIterator]();
    let taken = 0;
    while (!pushed) taken += ((await it.next()).value as Uint8Array).length;
    await p;
    q.end();
    for (let r = await it.next(); !r.done; r = await it.next()) taken += r.value.length;
    assert.equal(taken, 20);
  });

  it('lends a large chunk without copying: its push resolves once the consumer asks for the next one', async () => {
    const q = new ChunkQueue(1 << 10, 16);
    const big = Buffer.alloc(32, 7);
    let done = false;
    const pushed = q.push(big).then(() => (done = true));
    const it = q[Symbol.asyncIterator]();
    const first = (await it.next()).value as Uint8Array;
    assert.equal(first.buffer, big.buffer, 'the same memory, not a copy');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(done, false, 'the consumer still holds the chunk');
    const small = Buffer.from('abc');
    await q.push(small);
    small.fill(0);
    const second = it.next();
    await pushed;
    assert.equal(Buffer.from(((await second).value as Uint8Array)).toString(), 'abc', 'a small chunk is copied');
    q.end();
    assert.equal((await it.next()).done, true);
  });

  it('refuses a lent chunk the consumer gave up on, queued or held', async () => {
    const q = new ChunkQueue(1 << 10, 4);
    const held = q.push(Buffer.alloc(8, 1));
    const waiting = q.push(Buffer.alloc(8, 2));
    const it = q[Symbol.asyncIterator]();
    await it.next();
    await it.return(undefined);
    await assert.rejects(held, /server stopped taking data/);
    await assert.rejects(waiting, /server stopped taking data/);
    await assert.rejects(q.push(Buffer.alloc(8)), /server stopped taking data/);
  });

  it('passes a producer failure to the consumer, and a consumer stop to the producer', async () => {
    const q = new ChunkQueue(4);
    q.fail(new Error('disk gone'));
    await assert.rejects(async () => {
      for await (const _ of q);
    }, /disk gone/);
    const q2 = new ChunkQueue(4);
    const blocked = q2.push(Buffer.alloc(10));
    q2.close(new Error('server refused'));
    await assert.rejects(blocked, /server refused/);
  });
});

describe('client messages (-M)', () => {
  it('turns afbackup text into typed messages', () => {
    assert.deepEqual(parseClientMessage('PreciousTapes: 1,2 5-7'), { preciousTapes: { cartridges: [1, 2, 5, 6, 7] } });
    assert.deepEqual(parseClientMessage('PreciousTapes:'), { preciousTapes: { cartridges: [] } });
    assert.deepEqual(parseClientMessage('ReuseTapes: 3'), { reuseTapes: { cartridges: [3] } });
    assert.deepEqual(parseClientMessage('TapesReadOnly:4'), { tapesReadOnly: { cartridges: [4] } });
    assert.deepEqual(parseClientMessage('TapesReadWrite: 4,4'), { tapesReadWrite: { cartridges: [4, 4] } });
    assert.deepEqual(parseClientMessage('DeleteClient:'), { deleteClient: { clientId: '' } });
    assert.deepEqual(parseClientMessage('DeleteClient: host1'), { deleteClient: { clientId: 'host1' } });
  });

  it('says what is wrong with a bad message', () => {
    assert.throws(() => parseClientMessage('CartridgeReady'), /not a client message; use one of 'PreciousTapes: \.\.\.'/);
    assert.throws(() => parseClientMessage('ReuseTapes:'), /name the cartridges/);
    assert.throws(() => parseCartridgeList('0', 'x'), /'0' is not a cartridge number/);
    assert.throws(() => parseCartridgeList('5-3', 'x'), /'5-3'/);
    assert.throws(() => parseCartridgeList('16777216', 'x'), /16777215/);
  });
});

describe('server options', () => {
  it('splits host and port lists; one port serves all hosts, otherwise ports are positional', () => {
    assert.deepEqual(splitList('a, b  c'), ['a', 'b', 'c']);
    assert.deepEqual(parsePorts('2988,3000'), [2988, 3000]);
    assert.equal(portOf([3000], 2), 3000);
    assert.equal(portOf([1, 2], 1), 2);
    assert.equal(portOf([1, 2], 2), 2988);
    assert.equal(portOf([], 0), 2988);
    assert.throws(() => parsePorts('http'), /'http' is not a port number/);
  });

  it('converts the parsed command line and refuses server options without -h', () => {
    const r = remoteOptionsOf({ h: 'a b', p: '1', k: 'key', W: 'me', S: 2, cartridge: 3, F: 4, block: 5, offset: 6, 'tls-ca': 'ca.pem' })!;
    assert.deepEqual(r.server, { hosts: ['a', 'b'], ports: [1], keyFile: 'key', clientId: 'me', cartridgeSet: 2, tls: { enabled: false, caFile: 'ca.pem' } });
    assert.deepEqual([r.cartridge, r.tapeFile, r.block, r.offsetInBlock], [3, 4, 5, 6]);
    assert.equal(remoteOptionsOf({}), undefined);
    assert.throws(() => remoteOptionsOf({ k: 'key' }), /-k is for talking to an afbackup server: give the server with -h HOST/);
    assert.throws(() => remoteOptionsOf({ h: 'a', F: 0 }), /-F 0: must be a whole number of at least 1/);
    assert.throws(() => remoteOptionsOf({ h: 'a', block: 3 }), /--block and --offset need the cartridge/);
  });

  it('refuses combinations that would be ignored', () => {
    const r = remoteOptionsOf({ h: 'a' })!;
    assert.throws(() => checkRemoteMode('list', r), /-t with -h needs where to read: --cartridge N -F N/);
    assert.throws(() => checkRemoteMode('headers', r), /-I with -h needs the cartridge/);
    assert.throws(() => checkRemoteMode('list', { ...r, cartridge: 1, newTapeFile: true }), /-j and -G go with -c/);
    assert.throws(() => checkRemoteMode('position', { ...r, cartridge: 1 }), /--cartridge goes with -x, -t, -d or -I, not with -q/);
    checkRemoteMode('create', { ...r, newCartridge: true });
  });
});
