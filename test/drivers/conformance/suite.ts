// The tape-semantics conformance suite: one set of node:test cases, run against every tape driver
// (the virtual tape here, the real st driver inside the tape VM, later rmt and directory tapes),
// so that code tested on a virtual tape behaves the same on a real drive. The rules are those of
// tape-semantics.md section 6.1; each case names them.
//
// Contract for makeDevice: a device holding a blank medium, at BOT, in variable block mode (for
// a real drive: rewind, erase, setblk 0). env sizes the medium when caps.canSizeMedium; the
// end-of-medium cases are skipped for a driver that cannot size it unless caps.mediumIsSmall.
// cleanup() closes the device and any opened through reopen() if the case left them open.
//
// This file and the ones it imports use nothing but node:test, node:assert and the TapeDevice
// interface, so that the tape VM can import them compiled or through tsx.
import { describe } from 'node:test';
import { Harness, type ConformanceCaps, type MakeDevice } from './harness.js';
import { mediumCases } from './medium-cases.js';
import { positionCases } from './position-cases.js';
import { recordCases } from './record-cases.js';

export type { ConformanceCaps, ConformanceDevice, ConformanceEnv, EarlyWarningFlavour, MakeDevice } from './harness.js';

export function defineConformanceSuite(driverName: string, makeDevice: MakeDevice, caps: ConformanceCaps): void {
  const h = new Harness(driverName, makeDevice, caps);
  describe(`tape semantics (tape-semantics.md 6.1): ${driverName}`, () => {
    recordCases(h);
    positionCases(h);
    mediumCases(h);
  });
}
