// The copy files a run writes while its entries are recorded (RunCopyFiles) hold exactly what
// the exports of the stored run give (exportText, exportRunJsonl): the copy on tape is the same
// whichever way it is made. Odd names, uid -1, times before 1970 (rounded down), inode and
// device numbers beyond a signed 64-bit integer, unstable entries, deletions, an empty run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { EntryType } from '../../protocol/archive/entry.js';
import { exportRunJsonl } from '../../afclient/backup/filelist/run-copy.js';
import { RunCopyFiles } from '../../afclient/backup/filelist/run-copy-files.js';
import { exportText } from '../../afclient/backup/filelist/text-form.js';
import type { Filelist } from '../../afclient/backup/filelist/filelist.js';
import type { FilelistEntry, RunResult } from '../../afclient/backup/filelist/types.js';
import { entry, tempFilelist } from './fixtures.js';

const TYPES: EntryType[] = ['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command'];

function entriesOf(n: number): FilelistEntry[] {
  const odd = [Buffer.from([0x66, 0xff, 0xfe, 0x41]), Buffer.from('line\nbreak'), Buffer.from('tab\there "quoted" \\ back'), Buffer.from('ünïcödé/ß'), Buffer.from('plain/name with spaces')];
  const out: FilelistEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      entry(i < odd.length ? odd[i]! : `dir${i % 7}/file-${i}`, {
        type: TYPES[i % TYPES.length]!,
        size: BigInt(i) * 1_000_000_007n,
        uid: i % 5 === 0 ? -1 : 1000 + i,
        // around 1970 and now, whole seconds and not, both signs
        mtimeNs: i % 3 === 0 ? -1_500_000_000n * BigInt(i) : i % 3 === 1 ? -2_000_000_000n : 1_763_797_579_000_000_001n + BigInt(i),
        ctimeNs: -5_000_000_123n + BigInt(i),
        inode: 0xffff_ffff_ffff_fff0n + BigInt(i % 10),
        dev: i % 2 === 0 ? 0x8000_0000_0000_0001n : 2049n,
        cartridge: 3 + (i % 2),
        tapeFile: 12 + i,
        block: 1000 + i,
        blockOffset: 17 * i,
        streamOffset: 0x1_0000_0000n + BigInt(i),
        unstable: i % 4 === 0,
      }),
    );
  }
  return out;
}

/** Records a run as run-backup does (batches through RunCopyFiles), then compares with the exports. */
function recordAndCompare(fl: Filelist, dir: string, entries: FilelistEntry[], deletions: Buffer[]): void {
  const runId = fl.beginRun({ fullNumber: 7, part: 2, parts: 3, level: 4, differential: true, startNs: 1_763_797_579_123_456_789n, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1', dirsToBackup: ['home', 'etc'] });
  const result: RunResult = { state: 'complete', endNs: 1_763_797_580_999_999_999n, first: { cartridge: 3, tapeFile: 11 }, last: { cartridge: 4, tapeFile: 1 }, minInfo: '@@@===--->>> AFB2 x' };
  const text = path.join(dir, `copy.${runId}`);
  const jsonl = `${text}.jsonl`;
  // The run as it will be finished: the files begin with it.
  const copy = new RunCopyFiles(text, jsonl, { ...fl.run(runId)!, ...result });
  const batches: FilelistEntry[][] = [];
  for (let i = 0; i < entries.length; i += 7) batches.push(entries.slice(i, i + 7));
  try {
    fl.addRunContents(
      runId,
      batches.map((b) => (copy.add(b), b)),
      deletions,
    );
    copy.finish(deletions);
  } finally {
    copy.close();
  }
  fl.finishRun(runId, result);
  assert.deepEqual(fs.readdirSync(dir).sort(), [path.basename(text), path.basename(jsonl), 'var'].sort(), 'the two files and the filelist, nothing beside them');
  assert.equal(fs.readFileSync(text, 'utf8'), [...exportText(fl, [fl.run(runId)!])].join(''));
  assert.equal(fs.readFileSync(jsonl, 'utf8'), [...exportRunJsonl(fl, runId)].join(''));
}

describe('filelist copy files written while a run is recorded', () => {
  it('are the exports of the stored run, byte for byte', () => {
    const t = tempFilelist();
    try {
      recordAndCompare(t.filelist, t.dir, entriesOf(100), [Buffer.from('gone'), Buffer.from([0x80, 0x0a, 0x81]), Buffer.from('back\\slash')]);
    } finally {
      t.cleanup();
    }
  });

  it('keep a failure to write them (a full disk) without undoing the recording', () => {
    const t = tempFilelist();
    try {
      const fl = t.filelist;
      const runId = fl.beginRun({ fullNumber: 1, startNs: 1n, level: 0, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1' });
      // The text copy's file is the full device: its header and body fail to go there.
      fs.symlinkSync('/dev/full', path.join(t.dir, 'copy'));
      const copy = new RunCopyFiles(path.join(t.dir, 'copy'), path.join(t.dir, 'copy.jsonl'), fl.run(runId)!);
      const entries = entriesOf(2000);
      try {
        fl.addRunContents(runId, [entries.slice(0, 1000), entries.slice(1000)].map((b) => (copy.add(b), b)), [Buffer.from('gone')]);
        copy.finish([Buffer.from('gone')]);
      } finally {
        copy.close();
      }
      assert.match(String(copy.failure?.message), /ENOSPC/);
      assert.deepEqual(fs.readdirSync(t.dir).sort(), ['var'], 'no partial copy left (the link to /dev/full removed with it)');
      fl.finishRun(runId, { state: 'complete', endNs: 2n });
      assert.equal(fl.run(runId)!.entryCount, 2000);

      const missing = new RunCopyFiles(path.join(t.dir, 'no/such/dir/copy'), path.join(t.dir, 'no/such/dir/copy.jsonl'), fl.run(runId)!);
      missing.add(entries);
      missing.finish([]);
      missing.close();
      assert.match(String(missing.failure?.message), /ENOENT/);
    } finally {
      t.cleanup();
    }
  });

  it('are removed when the recording fails before they are finished', () => {
    const t = tempFilelist();
    try {
      const fl = t.filelist;
      const runId = fl.beginRun({ fullNumber: 1, startNs: 1n, level: 0, serverHost: 'tapesrv', serverPort: 2988, clientId: 'client1' });
      const copy = new RunCopyFiles(path.join(t.dir, 'copy'), path.join(t.dir, 'copy.jsonl'), fl.run(runId)!);
      copy.add(entriesOf(3000));
      assert.ok(fs.existsSync(path.join(t.dir, 'copy')), 'written as the entries come');
      copy.close();
      assert.equal(copy.failure, undefined);
      assert.deepEqual(fs.readdirSync(t.dir).sort(), ['var']);
    } finally {
      t.cleanup();
    }
  });

  it('are the exports of a run without entries or deletions', () => {
    const t = tempFilelist();
    try {
      recordAndCompare(t.filelist, t.dir, [], []);
    } finally {
      t.cleanup();
    }
  });
});
