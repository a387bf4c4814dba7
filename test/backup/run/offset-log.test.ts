// The offset log behind the entry log of a run and afclient -v's spool: lines come back in the
// order added, whole, with their tape locations, also when they cross the pieces it reads
// (1 MiB) and hold characters of several bytes; an offset the session does not hold is an error.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { OffsetLog } from '../../../afclient/remote/offset-log.js';
import { StreamMap } from '../../../afclient/remote/positions.js';

const map = new StreamMap([
  { cartridge: 1, tapeFile: 2, streamOffset: 0, bytes: 1_000_000, payloadPerBlock: 1000, headerBytes: 100 },
  { cartridge: 2, tapeFile: 1, streamOffset: 1_000_000, bytes: 10_000_000, payloadPerBlock: 1000, headerBytes: 100 },
]);

describe('OffsetLog', () => {
  it('gives back every line whole, in order, across read pieces and multi-byte characters', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-offset-log-'));
    const log = new OffsetLog('t-', tmp);
    try {
      const texts: string[] = [];
      // some 3 MB of lines of varying length with 2-, 3- and 4-byte characters, so that read
      // pieces end inside lines and inside characters
      for (let i = 0; i < 30_000; i++) {
        const text = `${i} é€😀 ${'x'.repeat(i % 97)} ${'ü'.repeat(i % 13)}`;
        texts.push(text);
        log.add(i * 300, text);
      }
      assert.equal(log.count, texts.length);
      const back = [...log.located(map)];
      assert.equal(back.length, texts.length);
      back.forEach((b, i) => assert.equal(b.text, texts[i], `line ${i}`));
      assert.deepEqual(back[0]!.loc, { cartridge: 1, tapeFile: 2, block: 0, offsetInBlock: 100 });
      assert.equal(back[4000]!.streamOffset, 1_200_000n);
      assert.deepEqual({ cartridge: back[4000]!.loc.cartridge, tapeFile: back[4000]!.loc.tapeFile }, { cartridge: 2, tapeFile: 1 });
      log.add(20_000_000, 'beyond the session');
      assert.throws(() => [...log.located(map)], /holds no tape file for stream offset 20000000/);
    } finally {
      log.dispose();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    assert.equal(fs.existsSync(tmp), false);
  });
});
