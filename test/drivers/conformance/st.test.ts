// The conformance suite against a real Linux st drive (or scsi_debug / mhvtl in the tape VM).
// THE CARTRIDGE IN THE DRIVE IS ERASED. Environment:
//   AFBACKUP_TEST_TAPE=/dev/nst0        the no-rewind device; the suite is skipped when unset
//   AFBACKUP_TEST_TAPE_SCSI_DEBUG=1     scsi_debug: keeps 4 bytes per block, small medium,
//                                       early-warning write lands
//   AFBACKUP_TEST_TAPE_SMALL=1          the medium is small (<= 64 MiB): run end-of-medium cases
//   AFBACKUP_TEST_TAPE_EW=write-rejected  the drive refuses the early-warning write (mhvtl)
import { describe, it } from 'node:test';
import type { MtOp, TapeDevice } from '../../../drivers/tape/tape-device.js';
import { defineConformanceSuite, type EarlyWarningFlavour } from './suite.js';

const devicePath = process.env.AFBACKUP_TEST_TAPE;

/** Delegates to an st device and remembers whether it was closed, so cleanup closes it only once. */
class TrackedDevice implements TapeDevice {
  closed = false;
  constructor(private readonly inner: TapeDevice) {}
  get name(): string {
    return this.inner.name;
  }
  limits() {
    return this.inner.limits();
  }
  write(buf: Uint8Array) {
    return this.inner.write(buf);
  }
  read(buf: Uint8Array) {
    return this.inner.read(buf);
  }
  op(op: MtOp, count?: number) {
    return this.inner.op(op, count);
  }
  status() {
    return this.inner.status();
  }
  tell() {
    return this.inner.tell();
  }
  close() {
    this.closed = true;
    return this.inner.close();
  }
}

if (!devicePath) {
  describe('tape semantics: st driver', () => {
    it('runs against a real drive', {
      skip: 'AFBACKUP_TEST_TAPE is unset: set it to a no-rewind tape device such as /dev/nst0 holding a scratch cartridge (it is erased)',
    }, () => undefined);
  });
} else {
  const { openStDrive } = await import('../../../drivers/st/index.js');
  const scsiDebug = process.env.AFBACKUP_TEST_TAPE_SCSI_DEBUG === '1';
  const flavour: EarlyWarningFlavour = process.env.AFBACKUP_TEST_TAPE_EW === 'write-rejected' ? 'write-rejected' : 'write-lands';
  const probe = await openStDrive(devicePath);
  const { minBlock } = probe.limits();
  await probe.close();

  const open = async (): Promise<TrackedDevice> => new TrackedDevice(await openStDrive(devicePath));
  defineConformanceSuite(
    `st ${devicePath}`,
    async () => {
      const device = await open();
      const opened = [device];
      await device.op('setblk', 0);
      await device.op('rewind');
      await device.op('erase');
      await device.op('rewind');
      return {
        device,
        reopen: async () => {
          const again = await open();
          opened.push(again);
          return again;
        },
        cleanup: async () => {
          for (const d of opened) if (!d.closed) await d.close();
        },
      };
    },
    {
      keepsData: !scsiDebug,
      minBlock,
      canSizeMedium: false,
      mediumIsSmall: scsiDebug || process.env.AFBACKUP_TEST_TAPE_SMALL === '1',
      earlyWarningFlavours: [flavour],
    },
  );
}
