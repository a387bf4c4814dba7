// The filelist's states against a plain model: for random histories of incrementals (some
// failed) with entries and deletions, stateAt(T) and findVersions({ latest, backupTo: T }) must
// equal "the newest version up to T, unless a complete run up to T deleted it later".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addRun, entry, SEC, tempFilelist } from './fixtures.js';

interface ModelRun {
  failed: boolean;
  saved: { name: string; size: number }[];
  deleted: string[];
}

const NAMES = ['a', 'b', 'c', 'd/e', 'd/f'];

const runArb = fc.record({
  failed: fc.boolean(),
  saved: fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), size: fc.nat(1000) }), { selector: (e) => e.name, maxLength: 4 }),
  deleted: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 2 }),
});

function modelState(runs: ModelRun[], upTo: number): string[] {
  const out: string[] = [];
  for (const name of NAMES) {
    let version: { run: number; size: number } | undefined;
    runs.slice(0, upTo).forEach((r, i) => {
      const e = r.saved.find((s) => s.name === name);
      if (e) version = { run: i, size: e.size };
    });
    if (!version) continue;
    const deletedLater = runs.slice(version.run + 1, upTo).some((r) => !r.failed && r.deleted.includes(name));
    if (!deletedLater) out.push(`${name}:${version.size}`);
  }
  return out;
}

describe('filelist states against a model', () => {
  it('stateAt and findVersions(latest) agree with the model', () => {
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 6 }), (history) => {
        const t = tempFilelist();
        try {
          history.forEach((r, i) =>
            addRun(t.filelist, 100 * (i + 1), {
              level: 0,
              state: r.failed ? 'failed' : 'complete',
              entries: r.saved.map((s) => entry(s.name, { size: BigInt(s.size) })),
              deletions: r.deleted.filter((n) => !r.saved.some((s) => s.name === n)),
            }),
          );
          const clean = history.map((r) => ({ ...r, deleted: r.deleted.filter((n) => !r.saved.some((s) => s.name === n)) }));
          for (let upTo = 0; upTo <= history.length; upTo++) {
            const at = BigInt(100 * upTo + 50) * SEC;
            const expected = modelState(clean, upTo);
            assert.deepEqual(t.filelist.stateAt(at).map((v) => `${v.name}:${v.size}`), expected);
            assert.deepEqual(t.filelist.findVersions({ latest: true, backupTo: at }).map((v) => `${v.name}:${v.size}`), expected);
          }
        } finally {
          t.cleanup();
        }
      }),
      { numRuns: 60 },
    );
  });
});
