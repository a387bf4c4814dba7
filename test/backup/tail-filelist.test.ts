// The end of a backup run, made cheaper: a run's entries go into the filelist up to 512 rows an
// INSERT (then 64, 8, 1 for the rest). What that must keep is checked here: every row, in the
// order given (rowids follow it, and the run's exports and reference reads rely on that), with
// every value exact, for counts on both sides of each statement size; and a run's entry log,
// read in its default batches of 512, recorded whole and in order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { exportRunJsonl } from '../../afclient/backup/filelist/run-copy.js';
import type { FilelistEntry } from '../../afclient/backup/filelist/types.js';
import { FULL_LEVEL } from '../../afclient/backup/levels.js';
import { EntryLog } from '../../afclient/backup/run/entry-log.js';
import { StreamMap } from '../../afclient/remote/positions.js';
import { entry, tempFilelist } from './fixtures.js';

const entriesOf = (n: number, prefix = 'dir'): FilelistEntry[] =>
  Array.from({ length: n }, (_, i) =>
    entry(i % 11 === 0 ? Buffer.from([0x7a, 0xff, 0x0a, 0x41 + (i % 26)]) : i % 13 === 0 ? `${prefix}ünïcödé/${i}` : `${prefix}${(i * 7919) % 97}/file-${i}`, {
      size: BigInt(i) * 4097n,
      uid: i % 9 === 0 ? -1 : 1000,
      mtimeNs: 1_763_797_579_000_000_001n - BigInt(i) * 1_000_000_007n,
      inode: 0xffff_ffff_ffff_ff00n + BigInt(i % 200),
      streamOffset: BigInt(i) * 1000n,
      block: i,
      unstable: i % 5 === 0,
    }),
  );

const beginRun = (fl: Filelist): number => fl.beginRun({ fullNumber: 3, level: FULL_LEVEL, startNs: 5n, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1' });

describe('entries inserted by several rows a statement', () => {
  it('keep the order they were given in, for every count around the statement sizes', () => {
    const t = tempFilelist();
    try {
      for (const n of [0, 1, 7, 8, 9, 63, 64, 65, 511, 512, 513, 1100]) {
        const fl = t.filelist;
        const runId = beginRun(fl);
        const given = entriesOf(n, `n${n}-`);
        fl.addEntries(runId, given);
        fl.finishRun(runId, { state: 'complete', endNs: 9n });
        const lines = [...exportRunJsonl(fl, runId)].slice(1, -1);
        assert.equal(lines.length, n, `${n} entries`);
        lines.forEach((line, i) => {
          const e = (JSON.parse(line) as { entry: { name: string; size: string; inode: string; block: number } }).entry;
          assert.equal(e.name, given[i]!.name.toString('base64'), `${n} entries, #${i}`);
          assert.equal(e.size, String(given[i]!.size));
          assert.equal(e.inode, String(given[i]!.inode));
          assert.equal(e.block, i);
        });
        assert.equal(fl.run(runId)!.byteCount, given.reduce((sum, e) => sum + e.size, 0n));
      }
    } finally {
      t.cleanup();
    }
  });
});

describe("a run's entry log recorded in batches", () => {
  it('records every entry in log order through the default batches (512 a batch, the last one short)', () => {
    const t = tempFilelist();
    const log = new EntryLog(t.dir);
    try {
      const map = new StreamMap([{ cartridge: 4, tapeFile: 9, streamOffset: 0, bytes: 1e9, payloadPerBlock: 1000, headerBytes: 100 }]);
      const given = entriesOf(1300);
      given.forEach((e, i) => log.add(e.name, e.uid, e, e.unstable ?? false, BigInt(i) * 777n));
      const sizes: number[] = [];
      const fl = t.filelist;
      const runId = beginRun(fl);
      fl.addRunContents(
        runId,
        [...log.located(map)].map((b) => (sizes.push(b.length), b)),
        [],
      );
      assert.deepEqual(sizes, [512, 512, 276]);
      const lines = [...exportRunJsonl(fl, runId)].slice(1, -1).map((l) => (JSON.parse(l) as { entry: { name: string; streamOffset: string; tapeFile: number; block: number } }).entry);
      assert.equal(lines.length, given.length);
      lines.forEach((e, i) => {
        assert.equal(e.name, given[i]!.name.toString('base64'), `#${i}`);
        assert.equal(e.streamOffset, String(BigInt(i) * 777n));
        assert.equal(e.tapeFile, 9);
      });
    } finally {
      log.dispose();
      t.cleanup();
    }
  });
});
