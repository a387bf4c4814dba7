// Guest side of st-conformance.test.ts: runs inside the tape VM (bundled to
// /afbackup/guest-conformance.mjs) and runs the tape conformance suite against /dev/nst0
// through drivers/st, each case on a freshly formatted cartridge (guest-medium.ts).
import { openStDrive } from '../../drivers/st/index.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import { defineConformanceSuite } from '../drivers/conformance/suite.js';
import { DEVICE, SCSI_DEBUG_IGNORES_WP, freshCartridge } from './guest-medium.js';

defineConformanceSuite(
  'st',
  async () => {
    await freshCartridge();
    const opened: TapeDevice[] = [await openStDrive(DEVICE)];
    return {
      device: opened[0],
      async reopen() {
        const d = await openStDrive(DEVICE);
        opened.push(d);
        return d;
      },
      async cleanup() {
        // A case may leave the drive past the physical end, where close() fails with EIO
        // because st cannot write its filemark; the next case formats the medium anyway.
        for (const d of opened) await d.close().catch(() => undefined);
      },
    };
  },
  {
    keepsData: false,
    minBlock: 512,
    canSizeMedium: false,
    mediumIsSmall: true,
    earlyWarningFlavours: ['write-lands'],
    cannotWriteProtect: SCSI_DEBUG_IGNORES_WP,
  },
);
