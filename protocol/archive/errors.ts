// The only errors the archive reader throws; everything else it meets is recorded as damage.

export interface DamageReport {
  /** Stream offset of the damaged record's sync marker (or of the garbage that was skipped). */
  streamOffset: bigint;
  /** The entry's stored name, when its header was intact. */
  name?: Buffer;
  reason: string;
}

/** An entry's content cannot be read back intact (bad chunk, bad checksum, truncation). */
export class ArchiveDamageError extends Error {
  constructor(readonly report: DamageReport) {
    super(
      `archive damaged at stream offset ${report.streamOffset}` +
        (report.name ? ` (entry ${JSON.stringify(report.name.toString('latin1'))})` : '') +
        `: ${report.reason}`,
    );
    this.name = 'ArchiveDamageError';
  }
}

/** The stream was written in a newer major format version than this reader understands. */
export class ArchiveVersionError extends Error {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly streamOffset: bigint,
  ) {
    super(`archive written by a newer afbackup (format ${major}.x, found at stream offset ${streamOffset}); upgrade afbackup to read it`);
    this.name = 'ArchiveVersionError';
  }
}
