// A server that dies, stalls or talks nonsense must give a clear TapeError EIO that names the
// remote command, never a hang; the drive can then be reopened.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { decodeMtget } from '../../../drivers/rmt/mtget.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { alive, closeDrives, FAKE_SERVER, missingServer, openDrive, scratch, SERVERS, type Scratch } from './helpers.js';

function fake(mode: string): string[] {
  return [process.execPath, FAKE_SERVER, mode];
}

describe('rmt driver failures', () => {
  let s: Scratch;
  before(async () => {
    s = await scratch();
  });
  after(async () => {
    await s.cleanup();
  });
  afterEach(closeDrives);

  for (const server of SERVERS) {
    test(`${server.path} killed mid-session: EIO naming the command, then reopen works`, { skip: missingServer(server) }, async () => {
      const w = await scratch();
      try {
        const drive = await openDrive({ command: w.wrapped(server.path), device: join(w.dir, 'tape') });
        assert.equal(await drive.write(Buffer.alloc(1000, 7)), 1000);
        const [pid] = await w.pids();
        assert.ok(pid !== undefined);
        process.kill(pid, 'SIGKILL');
        await assert.rejects(drive.write(Buffer.alloc(1000, 8)), (e) => {
          assert.ok(isTapeError(e, 'EIO'));
          assert.ok(e.message.includes(server.path), e.message);
          assert.match(e.message, /killed by SIGKILL/);
          assert.match(e.message, /position is unknown/);
          return true;
        });
        await assert.rejects(drive.status(), (e) => isTapeError(e, 'EIO') && /SIGKILL/.test(e.message));
        await drive.reopen();
        assert.equal(await drive.write(Buffer.alloc(10, 9)), 10);
        await drive.close();
        const pids = await w.pids();
        assert.equal(pids.length, 2);
        assert.ok(pids.every((p) => !alive(p)));
      } finally {
        await w.cleanup();
      }
    });
  }

  test('garbage in reply to the probe: EIO saying it is not the rmt protocol', async () => {
    await assert.rejects(openDrive({ command: fake('garbage'), device: join(s.dir, 'g') }), (e) => {
      assert.ok(isTapeError(e, 'EIO'));
      assert.match(e.message, /fake-rmt-server\.mjs garbage/);
      assert.match(e.message, /HELLO THERE/);
      assert.match(e.message, /not the rmt protocol/);
      return true;
    });
  });

  test('a flood of bytes without a newline: EIO, bounded memory', async () => {
    const drive = await openDrive({ command: fake('flood'), device: join(s.dir, 'f') });
    await assert.rejects(drive.write(Buffer.alloc(100)), (e) => isTapeError(e, 'EIO') && /reply line longer than 32 bytes/.test(e.message));
    await drive.close();
  });

  test('a server that never answers: EIO after the reply deadline, the server is stopped', async () => {
    const w = await scratch();
    try {
      const drive = await openDrive({
        command: w.wrapped(process.execPath, FAKE_SERVER, 'silent'),
        device: join(w.dir, 's'),
        // The probe would race node's start-up against the short deadline.
        dialect: 'gnu',
        replyTimeoutMs: 300,
      });
      await assert.rejects(drive.read(Buffer.alloc(512)), (e) => isTapeError(e, 'EIO') && /no reply within 300 ms/.test(e.message));
      await drive.close();
      const [pid] = await w.pids();
      assert.ok(pid !== undefined && !alive(pid));
    } finally {
      await w.cleanup();
    }
  });

  test('a server that exits with a message: EIO with its status and stderr', async () => {
    const drive = await openDrive({ command: fake('die'), device: join(s.dir, 'd') });
    await assert.rejects(drive.write(Buffer.alloc(100)), (e) => {
      assert.ok(isTapeError(e, 'EIO'));
      assert.match(e.message, /exited with status 3/);
      assert.match(e.message, /disk on fire/);
      return true;
    });
    await drive.close();
  });

  test('a read answer longer than asked for: EIO, not a buffer overrun', async () => {
    const drive = await openDrive({ command: fake('overlong'), device: join(s.dir, 'o') });
    await assert.rejects(drive.read(Buffer.alloc(512)), (e) => isTapeError(e, 'EIO') && /522-byte answer to a 512-byte read/.test(e.message));
    await drive.close();
  });

  test('a status of the wrong size: EIO naming the size', async () => {
    const drive = await openDrive({ command: fake('status-size'), device: join(s.dir, 'z') });
    await assert.rejects(drive.status(), (e) => isTapeError(e, 'EIO') && /10-byte struct mtget/.test(e.message));
    await drive.close();
  });

  test('a 48-byte struct mtget is decoded into TapeStatus', async () => {
    const drive = await openDrive({ command: fake('status'), device: join(s.dir, 'st') });
    assert.deepEqual(await drive.status(), {
      fileNumber: 3,
      blockNumber: 7,
      blockSize: 512,
      online: true,
      doorOpen: false,
      bot: false,
      eof: true,
      eod: false,
      earlyWarning: false,
      writeProtected: true,
    });
    await drive.close();
  });

  test('remote errnos arrive as TapeError codes, and the session stays usable after them', async () => {
    const drive = await openDrive({ command: fake('errors'), device: join(s.dir, 'e') });
    await assert.rejects(drive.write(Buffer.alloc(100)), (e) => isTapeError(e, 'ENOSPC') && /No space left/.test(e.message));
    await assert.rejects(drive.read(Buffer.alloc(100)), (e) => isTapeError(e, 'ENOMEM'));
    await assert.rejects(drive.op('rewind'), (e) => isTapeError(e, 'ENOMEDIUM') && /mt rewind 1/.test(e.message));
    // An errno a tape never gives becomes EIO, its number kept in the message.
    await assert.rejects(drive.status(), (e) => isTapeError(e, 'EIO') && /remote errno 77/.test(e.message));
    await assert.rejects(drive.write(Buffer.alloc(100)), (e) => isTapeError(e, 'ENOSPC'));
    await drive.close();
  });

  test('a 28-byte (32-bit server) struct mtget decodes too, -1 positions stay -1', () => {
    const raw = Buffer.alloc(28);
    raw.writeUInt32LE(0, 8); // mt_dsreg: variable block mode
    raw.writeUInt32LE(0x08000000 | 0x01000000 | 0x00040000, 12); // EOD | ONLINE | DR_OPEN
    raw.writeInt32LE(-1, 20);
    raw.writeInt32LE(-1, 24);
    const status = decodeMtget(raw);
    assert.ok(status !== undefined);
    assert.equal(status.fileNumber, -1);
    assert.equal(status.blockNumber, -1);
    assert.equal(status.blockSize, 0);
    assert.ok(status.eod && status.online && status.doorOpen && !status.bot);
    assert.equal(decodeMtget(Buffer.alloc(40)), undefined);
  });

  test('a command that cannot be started: EIO naming it', async () => {
    await assert.rejects(openDrive({ command: [join(s.dir, 'no-such-rmt')], device: '/dev/nst0' }), (e) => {
      assert.ok(isTapeError(e, 'EIO'));
      assert.match(e.message, /no-such-rmt/);
      assert.match(e.message, /could not be started/);
      return true;
    });
  });

  test('a socket path nobody listens on: EIO saying so', async () => {
    await assert.rejects(openDrive({ socketPath: join(s.dir, 'nobody.sock'), device: '/dev/nst0' }), (e) => {
      assert.ok(isTapeError(e, 'EIO'));
      assert.match(e.message, /cannot connect to socket/);
      return true;
    });
  });
});
