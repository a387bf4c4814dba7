// cart_ctl -t: labels every blank cartridge in the changer's storage slots, each as the cartridge
// whose number is its slot (the Mounter's mapping for cartridges it knows no barcode of).
// Cartridges already labelled, foreign data and cleaning cartridges are left alone.
import { readLabel } from '../../drivers/layout/index.js';
import { isCleaning } from '../../drivers/library/library-state.js';
import type { Catalog } from '../catalog/index.js';
import type { ServerConfig } from '../config/index.js';
import { loadSlot } from '../media/media.js';
import { busyHolder } from './cli.js';
import { requireChanger } from './cart-robot.js';
import { recordFoundLabel, withDrive } from './drive-access.js';

export interface AutoLabelResult {
  text: string;
  labelled: number;
  failures: number;
}

export function labelBlankCartridges(program: string, config: ServerConfig, catalog: Catalog, comment: string): Promise<AutoLabelResult> {
  return withDrive(program, config, catalog, async ({ media, mounter }) => {
    const changer = requireChanger(media, '-t');
    const lines: string[] = [];
    let labelled = 0;
    let failures = 0;
    for (const s of (await changer.status()).slots) {
      if (s.importExport || !s.full) continue;
      const tag = s.volumeTag ?? '';
      const say = (text: string): void => {
        lines.push(`slot ${s.slot}${tag ? ` (${tag})` : ''}: ${text}\n`);
      };
      if (isCleaning(tag)) {
        say('cleaning cartridge, skipped');
        continue;
      }
      const c = catalog.cartridges.get(s.slot);
      if (!c) {
        say(`no cartridge ${s.slot} on this server (Number Of Cartridges, Cartridge-Sets); skipped`);
        continue;
      }
      if (c.labelTime !== null && tag !== '' && c.barcode === tag) {
        say(`cartridge ${s.slot}, labelled already`);
        continue;
      }
      if (c.labelTime !== null && c.barcode !== null && c.barcode !== tag) {
        say(`cartridge ${s.slot} is the tape with barcode ${c.barcode}; skipped (label this one with label_tape -s ${s.slot} N)`);
        continue;
      }
      try {
        await loadSlot(media, s.slot);
        const found = await readLabel(media.drive);
        if (found.kind === 'label') {
          recordFoundLabel(catalog, found);
          say(`cartridge ${found.cartridge}, labelled already`);
        }
        else if (found.kind === 'foreign') say(`holds ${found.hint}; not touched (label_tape -s ${s.slot} -f N overwrites it)`);
        else {
          await mounter.label(s.slot, comment);
          labelled++;
          say(`labelled as cartridge ${s.slot}`);
        }
      } catch (e) {
        if (busyHolder(e) !== undefined) throw e;
        failures++;
        say(`failed: ${(e as Error).message}`);
      }
    }
    return { text: lines.join(''), labelled, failures };
  });
}
