// The file-backed virtual tape: cartridges are files (FORMAT.md), drives follow st(4).
export { VirtualTape, type VirtualTapeOptions } from './virtual-tape.js';
export { createCartridge, readCartridgeInfo, setWriteProtect, type CartridgeParams, type CartridgeInfo } from './cartridge-file.js';
export type { EarlyWarningFlavour } from './end-of-medium.js';
export { FILEMARK_COST_BYTES } from './format.js';
