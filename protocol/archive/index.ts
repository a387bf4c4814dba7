// The archive stream format: what afclient/pack, afclient/unpack and afrestore import.
export type { CodecSpec } from '../../afclient/codec/spec.js';
export type { CommandSpec, DataSegment, EntryMeta, EntryType, Xattr } from './entry.js';
export { ArchiveDamageError, ArchiveVersionError, type DamageReport } from './errors.js';
export { FORMAT_MAJOR, FORMAT_MINOR, MAX_CHUNK_LEN, MAX_HEADER_LEN } from './format.js';
export { ArchiveReader, type ArchiveReaderOptions, type ReadEntry } from './reader.js';
export type { DirectRead, DirectSource } from './direct-source.js';
export { ArchiveWriter, type ArchiveWriterOptions, type WrittenEntry } from './writer.js';
