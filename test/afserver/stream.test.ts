import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { readLabel } from '../../drivers/layout/index.js';
import { StreamWriter } from '../../afserver/stream/stream-writer.js';
import { readStream, StreamReadError } from '../../afserver/stream/stream-reader.js';
import { storageStack, type Stack } from './helpers.js';

async function collect(it: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of it) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

async function writeSession(s: Stack, clientId: string, data: Buffer, maxBytesPerFile: number, chunk = 10_000): Promise<StreamWriter> {
  const w = await StreamWriter.open(s.catalog, s.mounter, s.cartridges, { clientId, cartridgeSet: 1, blockSize: 4096, maxBytesPerFile }, s.log);
  for (let i = 0; i < data.length; i += chunk) await w.write(data.subarray(i, i + chunk));
  await w.close();
  return w;
}

describe('server stream writer and reader on a virtual library', () => {
  let s: Stack;
  beforeEach(async () => {
    s = await storageStack({ cartridges: 3, capacityBytes: 400_000, earlyWarningBytes: 60_000 });
  });
  afterEach(() => s.close());

  it('labels blank cartridges on first use and records the session', async () => {
    const data = crypto.randomBytes(50_000);
    const w = await writeSession(s, 'hostA', data, 1 << 20);
    const files = w.tapeFiles();
    assert.deepEqual(files.map((f) => [f.cartridge, f.tapeFile, f.complete]), [[1, 1, true]]);
    assert.equal(s.catalog.sessions.get(w.session.id)?.state, 'complete');
    assert.equal(s.catalog.sessions.get(w.session.id)?.bytes, data.length);
    const label = await readLabel(s.media.drive);
    assert.equal(label.kind === 'label' && label.cartridge, 1);
    assert.deepEqual(s.catalog.cartridges.writePosition(1), { cartridge: 1, tapeFile: 2 });
  });

  it('cuts tape files at Max Bytes Per File and spans three cartridges, reading back byte-exact', async () => {
    const data = crypto.randomBytes(900_000);
    const w = await writeSession(s, 'hostA', data, 150_000);
    const files = w.tapeFiles();
    assert.ok(new Set(files.map((f) => f.cartridge)).size === 3, `expected three cartridges, got ${JSON.stringify(files.map((f) => [f.cartridge, f.tapeFile]))}`);
    assert.ok(files.every((f) => f.bytes <= 150_000));
    assert.equal(files.reduce((n, f) => n + f.bytes, 0), data.length);
    assert.ok(s.catalog.cartridges.require(1).full);
    const back = await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 1 }, { clientId: 'hostA' }, s.log));
    assert.equal(back.length, data.length);
    assert.ok(back.equals(data));
    // straight to the block holding a stream offset in the middle, on the second cartridge
    const offset = 700_001;
    const at = s.catalog.sessions.locate(w.session.id, offset)!;
    assert.notEqual(at.cartridge, 1);
    const tail = await collect(readStream(s.catalog, s.mounter, at, { clientId: 'hostA' }, s.log));
    assert.ok(tail.equals(data.subarray(offset)));
  });

  it('spans cartridges whose early-warning zone is only four blocks, whatever the size of the writes', async () => {
    // A dirtape's zone is 1 % of its capacity: a stream writer that let the early warning be
    // learnt several blocks late would hit the physical end while closing the tape file.
    await s.close();
    s = await storageStack({ cartridges: 3, capacityBytes: 400_000, earlyWarningBytes: 4 * 4096 });
    const data = crypto.randomBytes(900_000);
    const w = await writeSession(s, 'hostA', data, 1 << 20, 256 * 1024);
    assert.equal(new Set(w.tapeFiles().map((f) => f.cartridge)).size, 3);
    const back = await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 1 }, { clientId: 'hostA' }, s.log));
    assert.ok(back.equals(data));
  });

  it('appends later sessions after earlier ones and never lets a client read another client', async () => {
    const a = crypto.randomBytes(30_000);
    const b = crypto.randomBytes(40_000);
    await writeSession(s, 'hostA', a, 1 << 20);
    const wb = await writeSession(s, 'hostB', b, 1 << 20);
    const fb = wb.tapeFiles()[0]!;
    assert.deepEqual([fb.cartridge, fb.tapeFile], [1, 2]);
    const back = await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 2 }, { clientId: 'hostB' }, s.log));
    assert.ok(back.equals(b));
    await assert.rejects(collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 2 }, { clientId: 'hostA' }, s.log)), StreamReadError);
    const first = await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 1 }, { clientId: 'hostA' }, s.log));
    assert.ok(first.equals(a));
  });

  it('keeps an aborted session readable and marks it incomplete', async () => {
    const w = await StreamWriter.open(s.catalog, s.mounter, s.cartridges, { clientId: 'hostA', cartridgeSet: 1, blockSize: 4096, maxBytesPerFile: 1 << 20 }, s.log);
    const data = crypto.randomBytes(20_000);
    await w.write(data);
    await w.abort('client disconnected');
    assert.equal(s.catalog.sessions.get(w.session.id)?.state, 'incomplete');
    const back = await collect(readStream(s.catalog, s.mounter, { cartridge: 1, tapeFile: 1 }, { clientId: 'hostA' }, s.log));
    assert.ok(back.equals(data));
    const next = await writeSession(s, 'hostA', crypto.randomBytes(1000), 1 << 20);
    assert.equal(next.tapeFiles()[0]!.tapeFile, 2);
  });

  it('tells the operator and fails clearly when the set has no writable cartridge', async () => {
    s.catalog.cartridges.setReadOnly([2, 3], true);
    await assert.rejects(writeSession(s, 'hostA', crypto.randomBytes(500_000), 1 << 20), /no writable cartridge left/);
    assert.ok(s.messages.some((m) => m.includes('cartridge set 1 is full')));
  });
});
