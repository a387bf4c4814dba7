// The real tape drive (Linux st driver). See st-drive.ts.
export { openStDrive, type StDriveOptions } from './st-drive.js';
export { stError, type StAction } from './st-errors.js';
export { mtio, type MtioAddon, type MtGet, type BlockLimits, type MtOpName } from './mtio-addon.js';
