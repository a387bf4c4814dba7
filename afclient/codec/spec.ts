// How an entry's content is encoded. The caller decides per entry (afbackup's DoNotProcess
// patterns map to { kind: 'none' }); the archive header records it, so a reader needs no
// configuration to undo it.
import { splitCommand } from '../../protocol/config/command.js';

export type CodecSpec =
  | { kind: 'zstd'; level: number }
  | { kind: 'none' }
  | { kind: 'filter'; command: string; restoreCommand: string };

export const MIN_ZSTD_LEVEL = -7;
export const MAX_ZSTD_LEVEL = 22;

/** Throws a clear error for a spec the writer cannot use. */
export function checkCodec(spec: CodecSpec): void {
  switch (spec.kind) {
    case 'none':
      return;
    case 'zstd':
      if (!Number.isInteger(spec.level) || spec.level < MIN_ZSTD_LEVEL || spec.level > MAX_ZSTD_LEVEL)
        throw new RangeError(`zstd level ${spec.level} is out of range ${MIN_ZSTD_LEVEL}..${MAX_ZSTD_LEVEL}`);
      return;
    case 'filter':
      splitCommand(spec.command);
      splitCommand(spec.restoreCommand);
      return;
  }
}
