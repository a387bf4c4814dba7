// writeSession lends the writer's large chunks to the socket instead of copying them: a producer
// that refills its one buffer as soon as each push resolves (as ArchiveWriter does) must still
// get every byte to tape as it was when pushed. The server runs in this process, so a large
// write cannot go to the kernel at once (the server reads only when the client's turn ends):
// a push resolved too early would let the refill overwrite bytes the socket still holds.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../afserver/server.js';
import { connectToServer } from '../../../afclient/remote/connection.js';
import { readSession } from '../../../afclient/remote/read-session.js';
import { writeSession } from '../../../afclient/remote/write-session.js';
import { serverSetup, startTestServer, type ServerSetup } from '../../afserver/server-helpers.js';

const CHUNK = 3 << 20;
const CHUNKS = 6;

describe('writeSession with a producer that reuses its buffer', () => {
  let setup: ServerSetup;
  let server: RunningServer;
  before(async () => {
    setup = serverSetup({ 'Max Bytes Per Tape': '64M', 'Max Bytes Per File': '8M', 'Tape-Blocksize': 65536, 'Tape-Buffer': '4M' });
    server = await startTestServer(setup);
  });
  after(async () => {
    await server.close(1000);
    setup.cleanup();
  });

  it('gets every byte of every chunk to tape, also small ones', async () => {
    const seed = crypto.randomBytes(CHUNK);
    const pattern = (i: number, into: Buffer): Buffer => {
      // a different content per chunk, so a chunk overwritten by the next one shows
      for (let p = 0; p < into.length; p += 4096) into.writeUInt32LE((seed.readUInt32LE(p) ^ (i * 0x9e3779b1)) >>> 0, p);
      return into;
    };
    const expected: Buffer[] = [];
    const options = { hosts: ['127.0.0.1'], ports: [server.port], keyFile: setup.keyFile, clientId: 'lend-test', cartridgeSet: 0 };
    const { client } = await connectToServer(options);
    const written = await writeSession(client, { cartridgeSet: 0 }, async (sink) => {
      const buffer = Buffer.from(seed);
      for (let i = 0; i < CHUNKS; i++) {
        // every other chunk small enough to be copied rather than lent
        const chunk = pattern(i, buffer).subarray(0, i % 2 === 0 ? CHUNK : 1000 + i);
        expected.push(Buffer.from(chunk));
        await sink(chunk);
      }
      buffer.fill(0);
    });
    await client.goodbye();
    const want = Buffer.concat(expected);
    assert.equal(written.bytes, want.length);

    const reader = await connectToServer(options);
    const got = await readSession(reader.client, { cartridgeSet: 0, cartridge: written.start.cartridge, tapeFile: written.start.tapeFile }, async (input) => {
      const parts: Buffer[] = [];
      let n = 0;
      for await (const b of input) {
        parts.push(b as Buffer);
        n += (b as Buffer).length;
        if (n >= want.length) break;
      }
      return Buffer.concat(parts).subarray(0, want.length);
    });
    await reader.client.goodbye();
    for (let i = 0, at = 0; i < expected.length; at += expected[i]!.length, i++) {
      assert.ok(got.subarray(at, at + expected[i]!.length).equals(expected[i]!), `chunk ${i} (${expected[i]!.length} bytes at stream offset ${at}) arrived as pushed`);
    }
  });
});
