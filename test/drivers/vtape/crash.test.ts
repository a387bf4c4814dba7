// Crash safety: a writer killed with SIGKILL in the middle of a stream loses nothing whose write()
// (or writeRecords(), several records in one write job) had resolved; its lock is taken over; a
// torn last record, if any, is cut off on load.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isTapeError } from '../../../drivers/tape/tape-error.js';
import { VirtualTape } from '../../../drivers/vtape/index.js';
import { crashRecordSize } from './crash-sizes.js';
import { record, tempCartridge } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

for (const mode of ['single', 'batch'] as const) it(`every acknowledged record survives a SIGKILL of the writer (${mode === 'single' ? 'write' : 'writeRecords'})`, async () => {
  const c = await tempCartridge({ capacityBytes: 1024 * 1024 * 1024, earlyWarningBytes: 1024 * 1024 });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'crash-writer.ts'), c.file, mode], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  try {
    let lastAck = -1;
    let sawBusy = false;
    for await (const line of createInterface({ input: child.stdout! })) {
      if (line === 'ready') {
        await assert.rejects(VirtualTape.open(c.file), (e) => isTapeError(e, 'EBUSY'), 'the writer holds the cartridge');
        sawBusy = true;
      } else if (line.startsWith('ack ')) {
        lastAck = Number(line.slice(4));
        if (lastAck >= 150) {
          child.kill('SIGKILL');
          break;
        }
      }
    }
    assert.equal(await exited, 'SIGKILL');
    assert.ok(sawBusy);
    assert.ok(lastAck >= 150, `the writer acknowledged only ${lastAck + 1} records`);

    // Whether or not the kill tore the last write, make the tail torn: a frame header cut short.
    await fs.appendFile(c.file, Buffer.from('AFOB\x01\x00\x00\x00torn-frame', 'latin1'));
    const reports: string[] = [];
    const tape = await VirtualTape.open(c.file, { report: (m) => reports.push(m) });
    const buf = Buffer.alloc(256 * 1024);
    let count = 0;
    for (;;) {
      let n: number;
      try {
        n = await tape.read(buf);
      } catch (e) {
        assert.ok(isTapeError(e, 'EIO') && /end of data/.test(e.message), String(e));
        break;
      }
      assert.equal(n, crashRecordSize(count), `record ${count} length`);
      assert.ok(buf.subarray(0, n).equals(record(count, n)), `record ${count} content`);
      count++;
    }
    assert.ok(count >= lastAck + 1, `${count} records on the cartridge, ${lastAck + 1} acknowledged`);
    assert.equal(reports.length, 1, reports.join('\n'));
    assert.match(reports[0]!, /interrupted write\) cut off/);
    await tape.close();
  } finally {
    child.kill('SIGKILL');
    await exited;
    await c.cleanup();
  }
});
