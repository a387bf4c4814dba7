// Which filelist copies an emergency restore imports, decided from the tape file headers alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FULL_LEVEL } from '../../afclient/backup/filelist/types.js';
import { neededCopies, type FilelistCopy } from '../../afrestore/copies-needed.js';

/** Copies from labels like 'F2.1/3' (full part) or 'I2' (incremental of number 2), one per second. */
function copies(...labels: string[]): FilelistCopy[] {
  return labels.map((label, i) => {
    const m = /^([FI])(\d+)(?:\.(\d+)\/(\d+))?$/.exec(label)!;
    const info = {
      version: 2 as const,
      clientId: 'c',
      server: 's',
      port: 1,
      filelist: { cartridge: 1, tapeFile: i + 1, block: 0 },
      lastFull: { cartridge: 0, tapeFile: 0 },
      fullNumber: Number(m[2]),
      part: Number(m[3] ?? 1),
      parts: Number(m[4] ?? 1),
      timeSec: 1000 + i,
    };
    return { cartridge: 1, tapeFile: i + 1, info, level: m[1] === 'F' ? FULL_LEVEL : 0 };
  });
}

const labelsOf = (cs: readonly FilelistCopy[]): string[] => cs.map((c) => `${c.level === FULL_LEVEL ? 'F' : 'I'}${c.info.fullNumber}${c.level === FULL_LEVEL ? `.${c.info.part}/${c.info.parts}` : ''}`);

describe('neededCopies', () => {
  it('starts at the newest complete full backup of one part', () => {
    const r = neededCopies(copies('F1.1/1', 'I1', 'F2.1/1', 'I2', 'I2'), 0);
    assert.equal(r.fullNumber, 2);
    assert.deepEqual(labelsOf(r.copies), ['F2.1/1', 'I2', 'I2']);
  });

  it('keeps the complete set in parts while the next one is under way', () => {
    const all = copies('F1.1/1', 'F2.1/3', 'I2', 'F2.2/3', 'F2.3/3', 'I2', 'F3.1/3', 'I3', 'F3.2/3');
    const r = neededCopies(all, 0);
    assert.equal(r.fullNumber, 2);
    assert.deepEqual(labelsOf(r.copies), ['F2.1/3', 'I2', 'F2.2/3', 'F2.3/3', 'I2', 'F3.1/3', 'I3', 'F3.2/3']);
    assert.equal(neededCopies(all, 1).fullNumber, 1, '-e -e');
    assert.equal(neededCopies(all, 1).copies.length, all.length);
  });

  it('a set whose last part is done moves the start', () => {
    const r = neededCopies(copies('F2.1/2', 'F2.2/2', 'F3.1/2', 'I3', 'F3.2/2', 'I3'), 0);
    assert.equal(r.fullNumber, 3);
    assert.deepEqual(labelsOf(r.copies), ['F3.1/2', 'I3', 'F3.2/2', 'I3']);
  });

  it('a set with a part missing on tape is not complete: the one before it is used', () => {
    const r = neededCopies(copies('F1.1/2', 'F1.2/2', 'F2.1/2', 'I2', 'F3.1/2'), 0);
    assert.equal(r.fullNumber, 1);
    assert.equal(r.copies.length, 5);
  });

  it('without part 1 (on an earlier cartridge) or enough complete sets: no start, every copy', () => {
    for (const [cs, back] of [[copies('F2.2/2', 'I2', 'F3.1/2'), 0], [copies('I0', 'F1.1/3', 'F1.2/3'), 0], [copies('F1.1/1', 'I1'), 1]] as const) {
      const r = neededCopies(cs, back);
      assert.equal(r.fullNumber, undefined);
      assert.equal(r.copies.length, cs.length);
    }
  });

  it('a later part 1 of the same number (the parts redone from the start) starts the set anew', () => {
    const r = neededCopies(copies('F1.1/2', 'F1.1/2', 'F1.2/2', 'I1'), 0);
    assert.deepEqual(labelsOf(r.copies), ['F1.1/2', 'F1.2/2', 'I1']);
  });
});
