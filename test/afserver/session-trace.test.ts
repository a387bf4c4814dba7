// AFSERVER_TRACE: a write session's steps, in order, on the server's standard error when it
// closes; nothing without it.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { spawnServer } from './child-server.js';
import { backup, connect, serverSetup } from './server-helpers.js';

const STEPS = ['drive', 'catalog', 'mount', 'append point', 'tape file header', 'data', 'to close', 'last block and filemark', 'catalog', 'flush', 'catalog', 'reply'];

async function traceLines(trace: string | undefined): Promise<string[]> {
  const setup = serverSetup();
  const before = process.env['AFSERVER_TRACE'];
  if (trace === undefined) delete process.env['AFSERVER_TRACE'];
  else process.env['AFSERVER_TRACE'] = trace;
  try {
    const server = await spawnServer(setup.confFile);
    try {
      const c = await connect(server.port, setup, 'traced');
      const { session } = await backup(c, crypto.randomBytes(50_000));
      await c.goodbye();
      server.signal('SIGTERM');
      await server.exited;
      const lines = server.log().split('\n').filter((l) => l.startsWith('afserver trace'));
      if (trace !== undefined) assert.ok(lines.every((l) => l.includes(`session ${String(session.sessionId)} of traced (50000 bytes)`)), lines.join('\n'));
      return lines;
    } finally {
      server.signal('SIGKILL');
    }
  } finally {
    if (before === undefined) delete process.env['AFSERVER_TRACE'];
    else process.env['AFSERVER_TRACE'] = before;
    setup.cleanup();
  }
}

test('AFSERVER_TRACE=1: one line per closed session naming every step in order with its time, and the CPU; none without it', async () => {
  const lines = await traceLines('1');
  assert.equal(lines.length, 1);
  const m = /^afserver trace session \d+ of traced \(50000 bytes\): (.*); ([\d.]+) ms, cpu ([\d.]+) ms$/.exec(lines[0]!);
  assert.ok(m, lines[0]);
  const steps = m[1]!.split(', ').map((s) => /^(.*) ([\d.]+)$/.exec(s));
  assert.deepEqual(steps.map((s) => s?.[1]), STEPS);
  const total = steps.reduce((n, s) => n + Number(s![2]), 0);
  assert.ok(Math.abs(total - Number(m[2])) < 0.1 * STEPS.length, `the steps add up to the total: ${total} vs ${m[2]}`);
  assert.deepEqual(await traceLines(undefined), []);
});
