// The rmt driver against both real rmt servers Debian ships, run locally on a regular file. On a
// file, O/W/R/C behave as on a tape while I and S give ENOTTY, so these tests cover the protocol
// and each server's dialect; tape positioning is covered by test/vm/rmt-st.test.ts.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { alive, closeDrives, missingServer, openDrive, recordBytes, scratch, SERVERS, type Scratch } from './helpers.js';

const SIZES = [1, 2, 3, 511, 512, 513, 1000, 4096, 10239, 10240, 10241, 32768, 65535, 65536, 65537, 200_000, 262_144];

for (const server of SERVERS) {
  describe(`rmt driver against ${server.path}`, { skip: missingServer(server) }, () => {
    let s: Scratch;
    before(async () => {
      s = await scratch();
    });
    after(async () => {
      await s.cleanup();
    });
    afterEach(closeDrives);

    test(`recognises the ${server.dialect} dialect`, async () => {
      const drive = await openDrive({ command: [server.path], device: join(s.dir, 'dialect') });
      try {
        assert.equal(drive.dialect, server.dialect);
      } finally {
        await drive.close();
      }
    });

    test('writes records of many sizes and reads each back', async () => {
      const path = join(s.dir, 'sizes');
      const drive = await openDrive({ command: [server.path], device: path });
      for (const [i, size] of SIZES.entries()) {
        assert.equal(await drive.write(recordBytes(i, size)), size);
      }
      await drive.close();
      const expected = Buffer.concat(SIZES.map((size, i) => recordBytes(i, size)));
      assert.deepEqual(await readFile(path), expected);

      await drive.reopen('read');
      for (const [i, size] of SIZES.entries()) {
        const buf = Buffer.alloc(size);
        assert.equal(await drive.read(buf), size, `record ${i} of ${size} bytes`);
        assert.ok(buf.equals(recordBytes(i, size)), `content of record ${i}`);
      }
      assert.equal(await drive.read(Buffer.alloc(1024)), 0, 'end of the file reads as 0, like a filemark');
      await drive.close();
    });

    test('works with the dialect given instead of probed', async () => {
      const path = join(s.dir, 'given');
      const drive = await openDrive({ command: [server.path], device: path, dialect: server.dialect });
      assert.equal(await drive.write(Buffer.from('given')), 5);
      await assert.rejects(drive.status(), (e) => isTapeError(e, 'ENOTTY'));
      assert.equal(await drive.write(Buffer.from('!')), 1, 'the server survived the status request');
      await drive.close();
      assert.equal(await readFile(path, 'utf8'), 'given!');
    });

    test('reports ENOENT on open with the path and what to check', async () => {
      const missing = join(s.dir, 'no-such-dir', 'tape');
      await assert.rejects(openDrive({ command: [server.path], device: missing, flags: 'read' }), (e) => {
        assert.ok(isTapeError(e, 'EIO'));
        assert.match(e.message, /ENOENT/);
        assert.ok(e.message.includes(missing));
        assert.match(e.message, /exists on the remote host/);
        return true;
      });
    });

    test('refuses a device path that would break the request framing', async () => {
      await assert.rejects(
        openDrive({ command: [server.path], device: join(s.dir, 'evil\nC') }),
        (e) => isTapeError(e, 'EINVAL') && /newline/.test(e.message),
      );
    });

    test('gives ENOTTY for tape operations and status on a regular file, and stays usable', async () => {
      const drive = await openDrive({ command: [server.path], device: join(s.dir, 'notty') });
      try {
        await assert.rejects(drive.status(), (e) => isTapeError(e, 'ENOTTY'));
        for (const op of ['rewind', 'fsf', 'bsr', 'weof', 'eom'] as const) {
          await assert.rejects(drive.op(op), (e) => isTapeError(e, 'ENOTTY') && e.message.includes(`mt ${op}`));
        }
        await assert.rejects(drive.op('seek', 3), (e) => isTapeError(e, 'ENOTTY'));
        assert.equal(await drive.write(Buffer.from('still here')), 10);
      } finally {
        await drive.close();
      }
    });

    test('tell() rejects with ENOSYS: rmt has no MTIOCPOS', async () => {
      const drive = await openDrive({ command: [server.path], device: join(s.dir, 'tell') });
      try {
        await assert.rejects(drive.tell(), (e) => isTapeError(e, 'ENOSYS') && /no MTIOCPOS/.test(e.message));
      } finally {
        await drive.close();
      }
    });

    test('rejects bad arguments locally without reaching the server', async () => {
      const drive = await openDrive({ command: [server.path], device: join(s.dir, 'args'), maxRecordBytes: 4096 });
      try {
        assert.deepEqual(drive.limits(), { minBlock: 1, maxBlock: 4096 });
        await assert.rejects(drive.write(Buffer.alloc(4097)), (e) => isTapeError(e, 'EINVAL') && /maxRecordBytes/.test(e.message));
        await assert.rejects(drive.read(Buffer.alloc(0)), (e) => isTapeError(e, 'EINVAL'));
        await assert.rejects(drive.op('seek'), (e) => isTapeError(e, 'EINVAL') && /needs a count/.test(e.message));
        await assert.rejects(drive.op('fsf', -1), (e) => isTapeError(e, 'EINVAL'));
        assert.equal(await drive.write(Buffer.alloc(4096)), 4096);
      } finally {
        await drive.close();
      }
    });

    test('close() ends the server process; reopen() starts a new one and continues', async () => {
      const w = await scratch();
      try {
        const path = join(w.dir, 'tape');
        const drive = await openDrive({ command: w.wrapped(server.path), device: path });
        await drive.write(Buffer.from('first'));
        await drive.close();
        const [firstPid] = await w.pids();
        assert.ok(firstPid !== undefined && !alive(firstPid), 'the first server is gone after close');
        await assert.rejects(drive.write(Buffer.from('x')), (e) => isTapeError(e, 'EINVAL') && /closed/.test(e.message));

        await drive.reopen('read');
        const buf = Buffer.alloc(5);
        assert.equal(await drive.read(buf), 5);
        assert.equal(buf.toString(), 'first');
        // A reopen on a live session is one O request: the server closes its descriptor itself.
        await drive.reopen('read');
        assert.equal(await drive.read(buf), 5);
        await drive.close();
        assert.equal((await w.pids()).length, 2, 'one respawn for the reopen after close, none for the live one');
      } finally {
        await w.cleanup();
      }
    });

    test('serialises concurrent calls onto the one request/reply channel', async () => {
      const path = join(s.dir, 'concurrent');
      const drive = await openDrive({ command: [server.path], device: path });
      const writes = Array.from({ length: 20 }, (_, i) => drive.write(recordBytes(i, 3000 + i)));
      assert.deepEqual(await Promise.all(writes), Array.from({ length: 20 }, (_, i) => 3000 + i));
      await drive.close();
      assert.deepEqual(await readFile(path), Buffer.concat(Array.from({ length: 20 }, (_, i) => recordBytes(i, 3000 + i))));
    });
  });
}
