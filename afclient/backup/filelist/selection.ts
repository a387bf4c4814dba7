// A restore selection in the order the tapes hold it, and the cartridges it needs, so each
// cartridge is loaded once and read forward.
import type { FileVersion, StorageUnitCartridges } from './types.js';

function compareUnit(a: FileVersion, b: FileVersion): number {
  if (a.serverHost !== b.serverHost) return a.serverHost < b.serverHost ? -1 : 1;
  return a.serverPort - b.serverPort;
}

/** Sorted by server, cartridge, tape file, block and offset in the block (a new array). */
export function tapeOrder(selection: readonly FileVersion[]): FileVersion[] {
  return [...selection].sort(
    (a, b) =>
      compareUnit(a, b) ||
      a.cartridge - b.cartridge ||
      a.tapeFile - b.tapeFile ||
      a.block - b.block ||
      a.blockOffset - b.blockOffset ||
      (a.streamOffset < b.streamOffset ? -1 : a.streamOffset > b.streamOffset ? 1 : 0),
  );
}

/** The cartridges holding the selection's records, per server (afrestore -t). */
export function cartridgesNeeded(selection: readonly FileVersion[]): StorageUnitCartridges[] {
  const units: StorageUnitCartridges[] = [];
  for (const v of tapeOrder(selection)) {
    let unit = units.at(-1);
    if (!unit || unit.host !== v.serverHost || unit.port !== v.serverPort) units.push((unit = { host: v.serverHost, port: v.serverPort, cartridges: [] }));
    if (unit.cartridges.at(-1) !== v.cartridge) unit.cartridges.push(v.cartridge);
  }
  return units;
}
