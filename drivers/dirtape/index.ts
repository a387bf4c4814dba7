// Directory tapes: afbackup's filesystem-as-tape (FORMAT.md).
export { DirectoryTape, openDirectoryTape, type DirectoryTapeOptions } from './directory-tape.js';
