// Where GNU rmt (rmt-tar) and rmt-dump differ on the wire, checked on the real servers: the C
// request (GNU exits after it), the S framing (GNU wants `S\n`, rmt-dump a bare `S`), and the
// dialect probe, which must leave both servers running.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { CommandTransport } from '../../../drivers/rmt/command-transport.js';
import { openFlags } from '../../../drivers/rmt/index.js';
import { RmtSession } from '../../../drivers/rmt/session.js';
import { TransportClosedError } from '../../../drivers/rmt/transport.js';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { closeDrives, missingServer, openDrive, scratch, SERVERS, type Scratch } from './helpers.js';

const [GNU, DUMP] = SERVERS as [(typeof SERVERS)[number], (typeof SERVERS)[number]];
const TIMEOUTS = { replyMs: 10_000, motionMs: 10_000 };

describe('rmt dialects', { skip: missingServer(GNU) || missingServer(DUMP) }, () => {
  let s: Scratch;
  before(async () => {
    s = await scratch();
  });
  after(async () => {
    await s.cleanup();
  });
  afterEach(closeDrives);

  test('GNU rmt exits by itself after C', async () => {
    const transport = new CommandTransport([GNU.path]);
    try {
      const session = await RmtSession.start(transport, 'auto', TIMEOUTS, 'test');
      assert.equal(session.dialect, 'gnu');
      await session.open(join(s.dir, 'gnu-c'), openFlags('write'));
      await session.close();
      // No EOF was sent: the read can only end because the server exited.
      await assert.rejects(transport.readLine(32), (e) => e instanceof TransportClosedError && /exited with status 0/.test(e.message));
    } finally {
      transport.abort('test over');
    }
  });

  test('rmt-dump keeps running after C and takes the next O on the same process', async () => {
    const transport = new CommandTransport([DUMP.path]);
    try {
      const session = await RmtSession.start(transport, 'auto', TIMEOUTS, 'test');
      assert.equal(session.dialect, 'dump');
      await session.open(join(s.dir, 'dump-c'), openFlags('write'));
      await session.close();
      await session.open(join(s.dir, 'dump-c'), openFlags('write'));
      assert.equal(await session.write(Buffer.from('again')), 5);
      await session.close();
      assert.equal(transport.closedReason, undefined);
    } finally {
      await transport.close(5000);
    }
  });

  test('the probe leaves both servers running and answering', async () => {
    for (const server of SERVERS) {
      const transport = new CommandTransport([server.path]);
      try {
        const session = await RmtSession.start(transport, 'auto', TIMEOUTS, 'test');
        assert.equal(session.dialect, server.dialect);
        await session.open(join(s.dir, `probe-${server.dialect}`), openFlags('write'));
        await assert.rejects(session.status(), (e) => isTapeError(e, 'ENOTTY'));
        assert.equal(await session.write(Buffer.from('ok')), 2);
        await session.close();
      } finally {
        await transport.close(5000);
      }
    }
  });

  test('S with a newline (GNU framing) kills rmt-dump: the next request fails with EIO, not a hang', async () => {
    const drive = await openDrive({ command: [DUMP.path], device: join(s.dir, 'wrong-gnu'), dialect: 'gnu' });
    await assert.rejects(drive.status(), (e) => isTapeError(e, 'ENOTTY'));
    await assert.rejects(drive.write(Buffer.from('x')), (e) => {
      assert.ok(isTapeError(e, 'EIO'));
      assert.match(e.message, /rmt-dump/);
      assert.match(e.message, /exited with status|closed its output/);
      return true;
    });
    await drive.close();
  });

  test('a bare S (dump framing) leaves GNU rmt waiting: the reply deadline turns it into EIO', async () => {
    const drive = await openDrive({
      command: [GNU.path],
      device: join(s.dir, 'wrong-dump'),
      dialect: 'dump',
      replyTimeoutMs: 300,
    });
    await assert.rejects(drive.status(), (e) => {
      assert.ok(isTapeError(e, 'EIO'));
      assert.match(e.message, /rmt-tar/);
      assert.match(e.message, /no reply within 300 ms/);
      return true;
    });
    await assert.rejects(drive.write(Buffer.from('x')), (e) => isTapeError(e, 'EIO') && /reopen/.test(e.message));
    await drive.close();
  });
});
