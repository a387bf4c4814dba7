// The on-tape layout (FORMAT.md): labels, blocked data tape files, tape file headers.
export { BLOCK_HEADER_LENGTH, BlockFlag, DEFAULT_BLOCK_SIZE, MIN_BLOCK_SIZE } from './block-format.js';
export { BlockedReader, type BlockDamage, type BlockedReaderOptions, type ReadBlock, type TapeFileEnd } from './blocked-reader.js';
export { BlockedWriter, type BlockPosition, type BlockedWriterOptions, type FinishFlags, type WriteResult } from './blocked-writer.js';
export { type Afbackup3Label, type ForeignData, type Label, type LabelFields, LabelError } from './label-format.js';
export { readLabel, writeLabel, type LabelReadResult, type WriteLabelOptions } from './label.js';
export { type OpenForReadOptions, type OpenedTapeFile, openTapeFileForRead, openTapeFileForWrite } from './tape-file.js';
export {
  type TapeFileHeader,
  type TapeFileKind,
  TapeFileHeaderError,
  decodeTapeFileHeader,
  encodeTapeFileHeader,
} from './tape-file-header.js';
