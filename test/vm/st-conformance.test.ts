// Runs the tape conformance suite (test/drivers/conformance/suite.ts) and the st driver's own
// checks (guest-st.ts) inside a QEMU guest against /dev/nst0 of the real Linux st driver
// (scsi_debug ptype=1), through drivers/st and the mtio addon. See test/vm/README.md.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { bundleForGuest } from './guest-bundle.js';
import { parseTapSummary } from './tap-summary.js';
import { runInTapeVm, vmTestSkip } from './tape-vm.js';

test('st driver passes the tape conformance suite on the real Linux st driver (scsi_debug in QEMU)', { skip: vmTestSkip(), timeout: 10 * 60_000 }, async (t) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-st-vm-'));
  try {
    const guestFiles = await bundleForGuest(['test/vm/guest-conformance.ts', 'test/vm/guest-st.ts'], work);
    const r = await runInTapeVm({
      guestFiles,
      // One drive: the files run one after the other.
      guestCommand: 'node --test --test-concurrency=1 --test-reporter=tap guest-conformance.mjs guest-st.mjs',
      timeoutMs: 6 * 60_000,
    });
    t.diagnostic(`prepare ${(r.prepareMs / 1000).toFixed(1)} s, boot ${(r.bootMs / 1000).toFixed(1)} s, boot+test ${(r.vmMs / 1000).toFixed(1)} s`);
    const summary = parseTapSummary(r.output);
    const tail = `\n--- guest console (end) ---\n${r.output.slice(-6000)}`;
    assert.ok(summary, `the guest printed no test summary (exit status ${r.exitCode})${tail}`);
    const failed = summary.failures.map((f) => `\n--- not ok: ${f.name}\n${f.detail}`).join('');
    assert.equal(summary.failures.length, 0, `${summary.fail} of ${summary.tests} cases failed on the real st driver:${failed}`);
    assert.equal(summary.fail, 0, `failures reported${tail}`);
    assert.ok(summary.pass > 0, `no conformance case ran${tail}`);
    assert.equal(r.exitCode, 0, `the guest test run exited with ${r.exitCode}${tail}`);
    t.diagnostic(`${summary.pass} passed, ${summary.skipped} skipped of ${summary.tests}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
