import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { exportText, importText } from '../../afclient/backup/filelist/text-form.js';
import { Filelist } from '../../afclient/backup/filelist/filelist.js';
import { FULL_LEVEL } from '../../afclient/backup/levels.js';
import { addRun, entry, names, SEC, tempFilelist } from './fixtures.js';
import path from 'node:path';

let t: ReturnType<typeof tempFilelist>;
beforeEach(() => {
  t = tempFilelist();
});
afterEach(() => t.cleanup());

const DAY = 86_400;

/** Full backup number n on cartridge n at day n, with one incremental on cartridge 100+n. */
function fullsOverDays(count: number): void {
  for (let n = 1; n <= count; n++) {
    addRun(t.filelist, n * DAY, { fullNumber: n, entries: [entry('a', { cartridge: n })], first: { cartridge: n, tapeFile: 1 } });
    addRun(t.filelist, n * DAY + 3600, { fullNumber: n, level: 0, entries: [entry('b', { cartridge: 100 + n })] });
  }
}

const numbers = (f: Filelist) => [...new Set(f.runs().map((r) => r.fullNumber))];

describe('filelist rotation', () => {
  it('keeps the current and NumIndexesToStore older filelists and reports their cartridges', () => {
    fullsOverDays(6);
    assert.deepEqual(t.filelist.rotate({ numIndexesToStore: 2, nowNs: 7n * BigInt(DAY) * SEC }), [1, 2, 3]);
    assert.deepEqual(numbers(t.filelist), [4, 5, 6]);
    assert.deepEqual(t.filelist.preciousCartridges(), [{ host: 'tapesrv', port: 2988, cartridges: [4, 5, 6, 104, 105, 106] }]);
    assert.deepEqual(t.filelist.rotate({ numIndexesToStore: 2, nowNs: 7n * BigInt(DAY) * SEC }), []);
  });

  it('keeps filelists younger than DaysToStoreIndexes even beyond the count (the longer rule wins)', () => {
    fullsOverDays(6);
    const now = BigInt(6 * DAY + 7200) * SEC;
    assert.deepEqual(t.filelist.rotate({ numIndexesToStore: 0, daysToStoreIndexes: 2.5, nowNs: now }), [1, 2, 3]);
    assert.deepEqual(numbers(t.filelist), [4, 5, 6]);
    assert.deepEqual(t.filelist.rotate({ numIndexesToStore: 1, daysToStoreIndexes: 0.5, nowNs: now }), [4]);
    assert.deepEqual(numbers(t.filelist), [5, 6]);
  });

  it('keeps the older full while a multi-part full is under way', () => {
    addRun(t.filelist, 10, { fullNumber: 1, entries: [entry('a', { cartridge: 1 })] });
    addRun(t.filelist, 20, { fullNumber: 2, part: 1, parts: 2, entries: [entry('a', { cartridge: 2 })] });
    assert.deepEqual(t.filelist.rotate({ numIndexesToStore: 0, nowNs: 30n * SEC }), []);
    addRun(t.filelist, 30, { fullNumber: 2, part: 2, parts: 2, entries: [entry('b', { cartridge: 3 })] });
    assert.deepEqual(t.filelist.rotate({ numIndexesToStore: 0, nowNs: 40n * SEC }), [1]);
    assert.deepEqual(t.filelist.preciousCartridges()[0]!.cartridges, [2, 3]);
  });

  it('separates precious cartridges by server', () => {
    addRun(t.filelist, 10, { entries: [entry('a', { cartridge: 3 })] });
    addRun(t.filelist, 20, { level: 0, serverHost: 'other', serverPort: 2989, entries: [entry('b', { cartridge: 3 }), entry('c', { cartridge: 1 })] });
    assert.deepEqual(t.filelist.preciousCartridges(), [
      { host: 'other', port: 2989, cartridges: [1, 3] },
      { host: 'tapesrv', port: 2988, cartridges: [3] },
    ]);
  });

  it('forgets entries on cartridges the server has reused (update_indexes)', () => {
    addRun(t.filelist, 10, { entries: [entry('a', { cartridge: 1 }), entry('b', { cartridge: 2 })] });
    addRun(t.filelist, 20, { level: 0, serverHost: 'other', entries: [entry('c', { cartridge: 2 })] });
    addRun(t.filelist, 30, { level: 0, entries: [entry('a', { cartridge: 3, size: 5n })] });
    assert.equal(t.filelist.dropEntriesOnCartridges({ host: 'tapesrv', port: 2988, cartridges: [2, 3] }), 2);
    assert.deepEqual(names(t.filelist.stateAt(100n * SEC)), ['a', 'c']);
    // The older copy of 'a' is what is left, so the next incremental sees 'a' as changed.
    assert.equal(t.filelist.newestVersion(Buffer.from('a'))!.cartridge, 1);
    assert.equal(t.filelist.referenceState(3).get('a')!.split(' ')[1], '100', 'the size of the older copy');
  });

  it('drops runs -H made redundant, with their entries', () => {
    addRun(t.filelist, 10, { entries: [entry('a')] });
    const incr = addRun(t.filelist, 20, { level: 0, entries: [entry('b', { cartridge: 7 })] });
    t.filelist.dropRuns([incr]);
    assert.deepEqual(t.filelist.runs().map((r) => r.level), [FULL_LEVEL]);
    assert.deepEqual(t.filelist.preciousCartridges()[0]!.cartridges, [1]);
  });
});

describe('filelist text form', () => {
  const odd = [
    'plain/file.txt',
    'with space/and: colon',
    'new\nline',
    'back\\slash',
    'tab\there',
    'ümlaut/ß',
  ];
  const latin1 = Buffer.from([0x6c, 0x61, 0x74, 0x69, 0x6e, 0x2f, 0xe9, 0x74, 0xe9]);

  it('exports afbackup lines and imports them back unchanged, odd names included', async () => {
    addRun(t.filelist, 1_795_329_961, {
      clientId: 'web 1',
      entries: [...odd.map((n, i) => entry(n, { uid: 1500 + i, mtimeNs: 1_795_329_954_500_000_000n, cartridge: 1, tapeFile: 2 })), entry(latin1, { cartridge: 1, tapeFile: 3 })],
    });
    addRun(t.filelist, 1_795_329_979, { level: 5, entries: [entry('plain/file.txt', { cartridge: 2, tapeFile: 1 })], deletions: ['new\nline'] });
    addRun(t.filelist, 1_795_329_990, { level: 0, differential: true });
    const text = [...exportText(t.filelist)].join('');
    const lines = text.split('\n');
    assert.match(lines[0]!, /^## Full backup at Sun Nov 22 06:46:01 2026 UTC, current number: 1, part: 1\/1, level: 2147483647, .*client id: web 1$/);
    assert.equal(lines[1], 'tapesrv%2988!1.2|1500~1795329954: plain/file.txt');
    assert.ok(lines.includes('tapesrv%2988!1.2|1502~1795329954: new\\nline'));
    assert.ok(lines.includes('tapesrv%2988!1.2|1503~1795329954: back\\\\slash'));
    assert.ok(lines.includes('tapesrv%2988!1.3|0~1000: latin/\\351t\\351'));
    assert.ok(lines.includes('#deleted: new\\nline'));
    assert.ok(lines.some((l) => l.startsWith('## Differential backup at')));

    const other = Filelist.open(path.join(t.dir, 'imported'));
    try {
      const counts = await importText(other, text.split('\n'), { source: 'export', clientId: 'x' });
      assert.deepEqual(counts, { runs: 3, entries: odd.length + 2 });
      assert.equal([...exportText(other)].join(''), text);
      assert.ok(other.newestVersion(latin1));
      assert.deepEqual(names(other.stateAt(2_000_000_000n * SEC)).sort(), [...odd.filter((n) => n !== 'new\nline'), latin1.toString()].sort());
    } finally {
      other.close();
    }
  });

  it("reads afbackup 3.5.8's index, old formats and reports bad lines with their number", async () => {
    const index = [
      'localhost%2988!1.2:',
      '## Incremental backup at Sun Nov 22 06:46:19 2026, current number: 1, hostname: vm client id: vm',
      'localhost%2988!1.2|0~1795329979: tree/src/sub',
      'localhost%2988!1.2|1500~1795329954: tree/docs/userfile.txt',
      '',
      '# a comment',
      '## Full backup at Sun Nov 22 06:40:00 2026, hostname: vm client id: vm',
      '3.7: old/format',
    ];
    const counts = await importText(t.filelist, index, { source: 'backup_log.4', clientId: 'vm', fullNumber: 4, server: { host: 'orion', port: 2989 } });
    assert.deepEqual(counts, { runs: 2, entries: 3 });
    const [incr, full] = t.filelist.runs();
    assert.equal(incr!.level, 0);
    assert.equal(incr!.fullNumber, 1);
    assert.equal(full!.level, FULL_LEVEL);
    assert.equal(full!.fullNumber, 4);
    assert.deepEqual(t.filelist.findVersions({ uid: 1500 }).map((v) => v.name.toString()), ['tree/docs/userfile.txt']);
    const old = t.filelist.newestVersion(Buffer.from('old/format'))!;
    assert.deepEqual([old.serverHost, old.serverPort, old.cartridge, old.tapeFile, old.uid], ['orion', 2989, 3, 7, -1]);
    await assert.rejects(importText(t.filelist, ['## Full backup at Sun Nov 22 06:40:00 2026', 'garbage here'], { source: 'bad.txt', clientId: 'vm' }), /^Error: bad\.txt:2: not a filelist line/);
    await assert.rejects(importText(t.filelist, ['h%1!1.1|0~0: a'], { source: 'bad.txt', clientId: 'vm' }), /bad\.txt:1: an entry before the first '## \.\.\. backup at \.\.\.' header line/);
  });
});
