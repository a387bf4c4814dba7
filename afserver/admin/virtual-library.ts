// What only a virtual library can do: cartridges come in and go out as files (--import, -e),
// and new blank ones are made (--add).
import path from 'node:path';
import { isCleaning } from '../../drivers/library/library-state.js';
import { openLibrary, type VirtualLibrary } from '../../drivers/library/index.js';
import type { ServerConfig } from '../config/index.js';
import { openMedia } from '../media/open-media.js';
import { UsageError } from './cli.js';

/** Runs `fn` on the virtual library of server.conf (created on first use, as afserver does). */
export async function withLibrary<T>(config: ServerConfig, what: string, fn: (library: VirtualLibrary) => Promise<T>): Promise<T> {
  const d = config.device;
  if (d.kind !== 'library') {
    throw new UsageError(`${what} works with a virtual library (Backup-Device naming a folder); ${config.file} names a ${d.kind === 'st' ? 'tape drive' : d.kind} device`);
  }
  // openMedia creates the library on first use; it is reopened here for the library's own operations.
  await (await openMedia(config)).close();
  const library = await openLibrary(d.folder);
  try {
    return await fn(library);
  } finally {
    await library.close();
  }
}

export function importCartridgeFile(config: ServerConfig, file: string): Promise<string> {
  return withLibrary(config, '--import', async (library) => {
    const { slot, barcode } = await library.importCartridge(path.resolve(file));
    return `cartridge ${barcode} imported into slot ${slot}; label it with label_tape -s ${slot} N if it is new to this server\n`;
  });
}

export function addBlankCartridges(config: ServerConfig, count: number): Promise<string> {
  return withLibrary(config, '--add', async (library) => {
    const added = await library.addCartridges(count);
    const status = await library.changer.status();
    const slots = added.map((b) => status.slots.find((s) => s.volumeTag === b)?.slot);
    const data = [...status.slots, ...status.drives].filter((e) => e.full && e.volumeTag !== undefined && !isCleaning(e.volumeTag)).length;
    const lines = added.map((b, i) => `added blank cartridge ${b} in slot ${slots[i]} (label it with label_tape -s ${slots[i]} N, or cart_ctl -t)\n`);
    lines.push(
      data > config.numberOfCartridges
        ? `the library now holds ${data} cartridges: raise "Number Of Cartridges" in ${config.file} to ${data} (and Cartridge-Sets, if set) so that the server uses them\n`
        : `the library holds ${data} cartridges; Number Of Cartridges (${config.numberOfCartridges}) covers them\n`,
    );
    return lines.join('');
  });
}

/** Takes the cartridge in `slot` out through the mailslot; resolves to where its file went. */
export function exportFromSlot(config: ServerConfig, slot: number): Promise<string> {
  return withLibrary(config, '-e', (library) => library.exportCartridge(slot));
}
