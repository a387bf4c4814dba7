// The socket transport against the real servers. A relay on a UNIX socket plays the part of QEMU
// plus the guest's loop (`while true; do rmt-tar 0<>/dev/vport0p1 1>&0; done`): every connection
// gets a server, and the next one when it exits, on the same connection.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { closeDrives, missingServer, openDrive, recordBytes, scratch, SERVERS, type RmtServer, type Scratch } from './helpers.js';

interface Relay {
  socketPath: string;
  /** How many servers were started so far. */
  started(): number;
  /** SIGKILLs the newest server; resolves when the relay has started its successor. */
  killNewest(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What a guest's port may do to a fresh connection: stale bytes from a server that was exiting,
 * and requests thrown away while no server has the port open.
 */
interface Unsettled {
  staleBytes: string;
  deafMs: number;
}

async function startRelay(server: RmtServer, socketPath: string, unsettled?: Unsettled): Promise<Relay> {
  const children = new Set<ChildProcess>();
  let started = 0;
  let newest: ChildProcess | undefined;
  let onStart: (() => void) | undefined;
  const serve = (sock: Socket): void => {
    let current: ChildProcess | undefined;
    const next = (): void => {
      if (sock.destroyed) return;
      const child = spawn(server.path, [], { stdio: ['pipe', 'pipe', 'ignore'] });
      started++;
      children.add(child);
      current = child;
      newest = child;
      onStart?.();
      onStart = undefined;
      sock.pipe(child.stdin);
      child.stdout.pipe(sock, { end: false });
      child.stdin.on('error', () => undefined);
      child.on('exit', () => {
        children.delete(child);
        sock.unpipe(child.stdin);
        next();
      });
    };
    sock.on('error', () => undefined);
    sock.on('close', () => current?.kill());
    if (unsettled === undefined) return next();
    sock.write(unsettled.staleBytes);
    const drop = (): void => undefined;
    sock.on('data', drop);
    setTimeout(() => {
      sock.off('data', drop);
      next();
    }, unsettled.deafMs);
  };
  const srv: Server = createServer(serve);
  await new Promise<void>((resolve) => srv.listen(socketPath, resolve));
  return {
    socketPath,
    started: () => started,
    killNewest: () =>
      new Promise<void>((resolve) => {
        onStart = resolve;
        newest?.kill('SIGKILL');
      }),
    stop: async () => {
      for (const c of children) c.kill();
      await new Promise<void>((resolve) => srv.close(() => resolve()));
    },
  };
}

for (const server of SERVERS) {
  describe(`rmt over a UNIX socket to ${server.path}`, { skip: missingServer(server) }, () => {
    let s: Scratch;
    let relay: Relay;
    before(async () => {
      s = await scratch();
      relay = await startRelay(server, join(s.dir, 'rmt.sock'));
    });
    after(async () => {
      await relay.stop();
      await s.cleanup();
    });
    afterEach(closeDrives);

    test('probes the dialect, writes, closes, reconnects and reads back', async () => {
      const path = join(s.dir, 'tape');
      const drive = await openDrive({ socketPath: relay.socketPath, device: path });
      assert.equal(drive.dialect, server.dialect);
      const sizes = [512, 10240, 65536, 100_000];
      for (const [i, n] of sizes.entries()) assert.equal(await drive.write(recordBytes(i, n)), n);
      await assert.rejects(drive.status(), (e) => isTapeError(e, 'ENOTTY'));
      await drive.close();
      assert.deepEqual(await readFile(path), Buffer.concat(sizes.map((n, i) => recordBytes(i, n))));

      await drive.reopen('read');
      for (const [i, n] of sizes.entries()) {
        const buf = Buffer.alloc(n);
        assert.equal(await drive.read(buf), n);
        assert.ok(buf.equals(recordBytes(i, n)));
      }
      assert.equal(await drive.read(Buffer.alloc(512)), 0);
      await drive.close();
    });

    test('a server that dies behind the socket: its successor has nothing open, EIO says so', async () => {
      const drive = await openDrive({ socketPath: relay.socketPath, device: join(s.dir, 'dies'), dialect: server.dialect });
      assert.equal(await drive.write(Buffer.from('one')), 3);
      await relay.killNewest();
      await assert.rejects(drive.write(Buffer.from('two')), (e) => {
        assert.ok(isTapeError(e, 'EIO'));
        assert.match(e.message, /EBADF/);
        assert.match(e.message, /reopen/);
        return true;
      });
      await drive.reopen();
      assert.equal(await drive.write(Buffer.from('three')), 5);
      await drive.close();
      assert.equal(await readFile(join(s.dir, 'dies'), 'utf8'), 'three');
    });
  });
}

describe('rmt over a socket whose far end is not settled', { skip: missingServer(SERVERS[0]!) }, () => {
  afterEach(closeDrives);
  test('stale bytes are dropped and the probe is repeated until a server answers', async () => {
    const s = await scratch();
    const relay = await startRelay(SERVERS[0]!, join(s.dir, 'rmt.sock'), { staleBytes: 'A0\nE5\nstale\n', deafMs: 1500 });
    try {
      const drive = await openDrive({ socketPath: relay.socketPath, device: join(s.dir, 'tape') });
      assert.equal(drive.dialect, 'gnu');
      assert.equal(await drive.write(Buffer.from('settled')), 7);
      await drive.close();
      assert.equal(await readFile(join(s.dir, 'tape'), 'utf8'), 'settled');
    } finally {
      await relay.stop();
      await s.cleanup();
    }
  });
});
