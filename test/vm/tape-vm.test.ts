// The tape VM harness itself, as the rmt driver uses it: rmt-tar in the guest behind the
// virtio-serial port, driven from the host over the UNIX socket, the VM stopped by abort.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runInTapeVm, vmTestSkip } from './tape-vm.js';

/** Sends rmt requests one at a time and collects the replies ("A<n>" or "E<n> <message>"). */
async function rmtSession(socketPath: string, requests: Buffer[]): Promise<string[]> {
  const sock = net.createConnection(socketPath);
  await new Promise<void>((resolve, reject) => sock.once('connect', resolve).once('error', reject));
  let pending = '';
  const waiters: Array<() => void> = [];
  sock.setEncoding('latin1');
  sock.on('data', (d: string) => {
    pending += d;
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<never>((_, reject) => sock.once('close', () => reject(new Error(`rmt socket closed; got so far: ${JSON.stringify(pending)}`))));
  closed.catch(() => undefined); // observed through nextReply's race
  const nextReply = async (): Promise<string> => {
    for (;;) {
      const m = /^(A\d+)\n|^(E\d+)\n([^\n]*)\n/.exec(pending);
      if (m) {
        pending = pending.slice(m[0].length);
        return m[1] ?? `${m[2]} ${m[3]}`;
      }
      await Promise.race([new Promise<void>((r) => waiters.push(r)), closed]);
    }
  };
  try {
    const replies: string[] = [];
    for (const r of requests) {
      sock.write(r);
      replies.push(await nextReply());
    }
    return replies;
  } finally {
    sock.destroy();
  }
}

test('runInTapeVm: rmt-tar in the guest serves /dev/nst0 over the virtio-serial socket', { skip: vmTestSkip(), timeout: 5 * 60_000 }, async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-vm-rmt-'));
  try {
    const socketPath = path.join(work, 'rmt.sock');
    const stop = new AbortController();
    let session: Promise<string[]> | undefined;
    const record = Buffer.alloc(1024, 0x41);
    const r = await runInTapeVm({
      binaries: ['/usr/sbin/rmt-tar'],
      serialSocket: socketPath,
      // The port is open on fd 3. GNU rmt exits after C: start it again for the next session.
      backgroundCommand: 'while true; do rmt-tar <&3 >&3; done',
      guestCommand: 'sleep 600',
      timeoutMs: 2 * 60_000,
      signal: stop.signal,
      onReady: () => {
        session = rmtSession(socketPath, [
          Buffer.from('O/dev/nst0\n2\n'),
          Buffer.from('I6\n1\n'), // MTREW
          Buffer.concat([Buffer.from('W1024\n'), record]),
          Buffer.concat([Buffer.from('W100\n'), Buffer.alloc(100)]),
          Buffer.from('I5\n1\n'), // MTWEOF
          Buffer.from('C\n'),
        ]).finally(() => stop.abort());
      },
    });
    assert.equal(r.aborted, true, 'the VM was stopped by the abort signal');
    assert.equal(r.exitCode, null);
    assert.ok(session, 'onReady was called');
    const replies = await session;
    assert.equal(replies.length, 6, JSON.stringify(replies));
    assert.match(replies[0], /^A\d+$/, 'open');
    assert.equal(replies[1], 'A0', 'rewind');
    assert.equal(replies[2], 'A1024', 'one 1024-byte record');
    assert.match(replies[3], /^E22 /, 'a 100-byte record is below the drive minimum (EINVAL)');
    assert.equal(replies[4], 'A0', 'weof');
    assert.equal(replies[5], 'A0', 'close');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
