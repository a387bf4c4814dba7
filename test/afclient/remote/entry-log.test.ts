// The entry log of a backup run (binary records of an OffsetLog): every entry comes back as it
// was logged, with its tape location, whatever its name's bytes and length (records larger than
// the log's write buffer and crossing its read pieces), its type, and numbers at the ends of
// their ranges (times before 1970, 64-bit inodes and devices).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { EntryType } from '../../../protocol/archive/entry.js';
import { EntryLog } from '../../../afclient/backup/run/entry-log.js';
import type { FileState } from '../../../afclient/backup/filelist/types.js';
import { OffsetLog } from '../../../afclient/remote/offset-log.js';
import { StreamMap } from '../../../afclient/remote/positions.js';

const map = new StreamMap([
  { cartridge: 1, tapeFile: 2, streamOffset: 0, bytes: 1_000_000, payloadPerBlock: 1000, headerBytes: 100 },
  { cartridge: 2, tapeFile: 1, streamOffset: 1_000_000, bytes: 1e12, payloadPerBlock: 1000, headerBytes: 100 },
]);
const TYPES: EntryType[] = ['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command'];

function withTmp(fn: (dir: string) => void): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-entry-log-'));
  try {
    fn(tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

describe('EntryLog', () => {
  it('gives back every entry as logged, in order, with its location', () => {
    withTmp((tmp) => {
      const log = new EntryLog(tmp);
      const logged: { name: Buffer; uid: number; state: FileState; unstable: boolean; offset: bigint }[] = [];
      for (let i = 0; i < 40_000; i++) {
        // names of every byte value, most short, some longer than a write buffer (64 KiB)
        const length = i % 5000 === 7 ? 70_000 + i : 1 + (i % 300);
        const name = Buffer.alloc(length, i % 256);
        name[0] = 0x74;
        const state: FileState = {
          type: TYPES[i % TYPES.length]!,
          size: i % 3 === 0 ? 0xffff_ffff_ffff_ffffn : BigInt(i * 4099),
          mtimeNs: i % 4 === 0 ? -1_234_567_890_123_456_789n : 1_795_329_954_999_999_999n + BigInt(i),
          ctimeNs: -1n * BigInt(i),
          inode: 0xfedc_ba98_7654_3210n + BigInt(i),
          dev: BigInt(i % 7) << 40n,
        };
        const entry = { name, uid: i % 2 === 0 ? 0xffff_fffe : i, state, unstable: i % 11 === 0, offset: BigInt(i) * 60_000n };
        logged.push(entry);
        log.add(entry.name, entry.uid, entry.state, entry.unstable, entry.offset);
      }
      assert.equal(log.count, logged.length);
      const back = [...log.located(map, 777)].flat();
      assert.equal(back.length, logged.length);
      back.forEach((b, i) => {
        const e = logged[i]!;
        assert.ok(b.name.equals(e.name), `name of entry ${i}`);
        assert.deepEqual(
          { type: b.type, size: b.size, uid: b.uid, mtimeNs: b.mtimeNs, ctimeNs: b.ctimeNs, inode: b.inode, dev: b.dev, unstable: b.unstable, streamOffset: b.streamOffset },
          { ...e.state, uid: e.uid, unstable: e.unstable, streamOffset: e.offset },
          `entry ${i}`,
        );
        assert.deepEqual({ cartridge: b.cartridge, tapeFile: b.tapeFile, block: b.block, blockOffset: b.blockOffset }, (({ cartridge, tapeFile, block, offsetInBlock }) => ({ cartridge, tapeFile, block, blockOffset: offsetInBlock }))(map.locate(e.offset)!));
      });
      log.dispose();
    });
  });

  it('keeps records larger than a read piece (1 MiB) whole', () => {
    withTmp((tmp) => {
      const log = new OffsetLog('t-', tmp);
      const texts = ['a', 'b'.repeat(900_000), 'c'.repeat(2_500_000), 'd', 'e'.repeat(1_048_576 - 12)];
      texts.forEach((t, i) => log.add(i * 10, t));
      assert.deepEqual([...log.located(map)].map((r) => r.text), texts);
      log.dispose();
    });
  });

  it('says so when the session summary lacks an offset, or the log was cut short', () => {
    withTmp((tmp) => {
      const log = new OffsetLog('t-', tmp);
      log.add(5, 'five');
      log.add(2e12, 'beyond the session');
      const seen: string[] = [];
      assert.throws(() => {
        for (const r of log.located(map)) seen.push(r.text);
      }, /holds no tape file for stream offset 2000000000000/);
      assert.deepEqual(seen, ['five']);
      log.dispose();

      const cut = new OffsetLog('t-', tmp);
      cut.add(1, 'whole');
      cut.add(2, 'cut short');
      [...cut.records(map)];
      const file = path.join(fs.readdirSync(tmp).map((d) => path.join(tmp, d)).find((d) => fs.existsSync(path.join(d, 'entries')))!, 'entries');
      fs.truncateSync(file, fs.statSync(file).size - 3);
      assert.throws(() => [...cut.records(map)], /ends inside a record: it was cut short/);
      cut.dispose();
    });
  });
});
