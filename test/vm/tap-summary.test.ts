import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTapSummary } from './tap-summary.js';

const sample = `AFBACKUP_GUEST_READY uptime=3.1
TAP version 13
# Subtest: st conformance
    # Subtest: reads back what was written
    ok 1 - reads back what was written
      ---
      duration_ms: 12.5
      ...
    # Subtest: bsf lands before the filemark
    not ok 2 - bsf lands before the filemark
      ---
      duration_ms: 3.1
      failureType: 'testCodeFailure'
      error: 'Expected values to be strictly equal'
      ...
[   12.345678] st 0:0:0:0: some kernel message
not ok 1 - st conformance
  ---
  type: 'suite'
  failureType: 'subtestsFailed'
  ...
1..1
# tests 2
# suites 1
# pass 1
# fail 1
# cancelled 0
# skipped 0
# todo 0
AFBACKUP_GUEST_EXIT=1
`;

describe('parseTapSummary', () => {
  it('reads the counts and the failed cases with their diagnostics, leaving out failed suites', () => {
    assert.deepEqual(parseTapSummary(sample), {
      tests: 2,
      pass: 1,
      fail: 1,
      skipped: 0,
      failures: [
        {
          name: 'bsf lands before the filemark',
          detail: "duration_ms: 3.1\nfailureType: 'testCodeFailure'\nerror: 'Expected values to be strictly equal'",
        },
      ],
    });
  });

  it('ignores the SKIP/TODO directive after a failed name', () => {
    const s = parseTapSummary('not ok 3 - flaky # TODO later\n# tests 1\n# pass 0\n# fail 1\n');
    assert.deepEqual(s?.failures, [{ name: 'flaky', detail: '' }]);
  });

  it('reads an indented summary (node --test nests each file)', () => {
    assert.equal(parseTapSummary('    # tests 4\n    # pass 4\n    # fail 0\n')?.pass, 4);
  });

  it('returns null when the run did not finish', () => {
    assert.equal(parseTapSummary('TAP version 13\nok 1 - a\n'), null);
  });
});
