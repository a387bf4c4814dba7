// Turns Backup-Device into a Media. A folder is a virtual tape library; on first use it is
// created with Number Of Cartridges cartridges of Max Bytes Per Tape each, so a new installation
// needs nothing but the folder name.
import fs from 'node:fs';
import path from 'node:path';
import { MtxChanger } from '../../drivers/changer/mtx-changer.js';
import { openDirectoryTape } from '../../drivers/dirtape/index.js';
import { createLibrary, openLibrary } from '../../drivers/library/index.js';
import { openRmtDrive } from '../../drivers/rmt/index.js';
import { openStDrive } from '../../drivers/st/index.js';
import type { ServerConfig } from '../config/index.js';
import type { Media } from './media.js';

/** Capacity of each new virtual cartridge when Max Bytes Per Tape does not say: 4 GiB. */
const DEFAULT_VIRTUAL_CAPACITY = 4 * 1024 ** 3;

export async function openMedia(config: ServerConfig): Promise<Media> {
  const d = config.device;
  switch (d.kind) {
    case 'library': {
      if (!fs.existsSync(path.join(d.folder, 'library.json'))) {
        const capacityBytes = config.maxBytesPerTape(1) ?? DEFAULT_VIRTUAL_CAPACITY;
        await createLibrary(d.folder, {
          slots: config.numberOfCartridges,
          drives: 1,
          importExport: 1,
          cartridges: config.numberOfCartridges,
          capacityBytes,
          // Room after the early warning for the blocks and filemark that close a tape file.
          earlyWarningBytes: Math.min(Math.floor(capacityBytes / 4), Math.max(Math.floor(capacityBytes / 50), 16 * config.blockSize)),
        });
      }
      const library = await openLibrary(d.folder);
      return { name: `virtual library ${d.folder}`, drive: library.drive(0), driveNumber: 0, changer: library.changer, close: () => library.close() };
    }
    case 'st': {
      const drive = await openStDrive(d.device);
      const changer = d.changer ? new MtxChanger(d.changer.device) : undefined;
      return {
        name: d.device,
        drive,
        driveNumber: d.changer?.drive ?? 0,
        ...(changer ? { changer } : {}),
        close: () => drive.close(),
      };
    }
    case 'rmt': {
      const drive = await openRmtDrive({ command: ['ssh', '-T', d.host, '/usr/sbin/rmt'], device: d.device });
      return { name: `${d.host}:${d.device}`, drive, driveNumber: 0, close: () => drive.close() };
    }
    case 'dirtape': {
      const drive = await openDirectoryTape(d.folder, { capacityBytes: config.maxBytesPerTape(1) ?? 'free-space' });
      return { name: `dirtape:${d.folder}`, drive, driveNumber: 0, close: () => drive.close() };
    }
  }
}
