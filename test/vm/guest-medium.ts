// Guest side helpers shared by the tape VM's guest entries: the drive under test and a freshly
// formatted scsi_debug cartridge for every case. The medium is formatted into two partitions and
// the cases run in the first, small one (MTMKPART with a negative size sets the size of
// partition 0, st.rst), so the end-of-medium cases fill it in seconds, and load (which returns
// to partition 0) finds the case's data.
import fs from 'node:fs';
import { mtio } from '../../drivers/st/mtio-addon.js';

export const DEVICE = process.env.AFBACKUP_TAPE_DEVICE ?? '/dev/nst0';

/**
 * Why the write-protect case cannot run here. Seen in the VM (Linux 7.3.4, wp=1 at load or
 * written to /sys/module/scsi_debug/parameters/wp before the open): MTIOCGET has no
 * GMT_WR_PROT, write and MTWEOF succeed. In drivers/scsi/scsi_debug.c, resp_mode_sense() sets
 * the WP bit (0x80 of the device-specific parameter, which st reads at open) only
 * `if (is_disk || is_zbc)`, and resp_write_tape() and resp_write_filemarks() never look at
 * sdebug_wp. guest-st.ts checks that this still holds.
 */
export const SCSI_DEBUG_IGNORES_WP =
  "scsi_debug ignores wp for its tape: its MODE SENSE sets the WP bit for disks only and its tape writes never check wp (seen on Linux 7.3: no GMT_WR_PROT, write and weof succeed)";

/**
 * Size of the partition each case runs in, in scsi_debug's tape units. scsi_debug counts every
 * record and filemark as one unit whatever its size (10000 units in all, partitions >= 100), and
 * reports the early warning 20 units before the end: at about 9 ms per write under TCG this
 * fills in about 3 s.
 */
export const PARTITION_UNITS = 300;

/** Formats a blank medium: loaded, variable block mode, partition 0 of PARTITION_UNITS, at BOT. */
export async function freshCartridge(): Promise<void> {
  const m = mtio();
  const fd = fs.openSync(DEVICE, fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
  try {
    const s = await m.mtget(fd);
    if (!s.online || s.doorOpen) await m.mtop(fd, m.ops.MTLOAD, 1);
    await m.mtop(fd, m.ops.MTSETBLK, 0);
    await m.mtop(fd, m.ops.MTREW, 1);
    const o = m.drvBufferOptions;
    await m.mtop(fd, m.ops.MTSETDRVBUFFER, o.MT_ST_SETBOOLEANS | o.MT_ST_CAN_PARTITIONS);
    await m.mtop(fd, m.ops.MTMKPART, -PARTITION_UNITS);
  } finally {
    fs.closeSync(fd);
  }
}
