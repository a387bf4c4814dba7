// The virtual tape library: the embedded default changer with its drives (see virtual-library.ts).
export { createLibrary, openLibrary, VirtualLibrary, type CreateLibraryParams, type OpenLibraryOptions } from './virtual-library.js';
export { VirtualChanger, statusOf, type VirtualChangerOptions } from './virtual-changer.js';
export { makeBarcode, LIBRARY_VERSION, type LibraryState, type DriveState } from './library-state.js';
