// The two files of a run's filelist copy (the text form and the machine form), written while
// the run's entries are recorded: each line is the one exportText / exportRunJsonl would give for
// the stored run (test/backup/run-copy-files.test.ts compares them), so the copy on tape is
// unchanged. Each file begins with the run's header as the filelist holds it once finished, so
// the caller knows the run's result (its end, positions and minimum restore information) before
// the entries go in: each file is written once, in order, where a header known only at the end
// meant writing the entries to a file beside it and copying them behind the header (twice the
// page-cache writes, 16 MB for 21 820 entries). The entries' lines are made from the run's entry
// log by native code on a thread of libuv's pool while the main thread records the same entries
// in the filelist: made on the main thread, in the same pass as the rows, they were some 50 ms
// of the serial end of a full backup of 21 820 entries, with the second core idle.
import fs from 'node:fs';
import { loadAddon } from '../../../native/load.js';
import type { StreamMap, TapeFileExtent } from '../../remote/positions.js';
import { deletionJsonl, endJsonl, headerJsonl } from './run-copy.js';
import { deletionLine, headerLine, unitOf } from './text-form.js';
import type { RunInfo } from './types.js';

interface CopyLinesAddon {
  /** Appends the lines of every entry of the log to the two files; resolves with their number. */
  writeEntries(log: string, text: number, jsonl: number, unit: string, extents: readonly TapeFileExtent[]): Promise<number>;
}

let addon: CopyLinesAddon | undefined;
const copyLines = (): CopyLinesAddon => (addon ??= loadAddon<CopyLinesAddon>('copylines'));

/** Text appended to a file in writes of some 64 KiB, so a copy of millions of entries is never whole in memory. */
class LineFile {
  private fd: number | undefined;
  private pending: string;

  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = fs.openSync(file, 'w', 0o600);
    this.pending = header;
  }

  /** The open file, everything written so far in it: for a writer of its own, while this one writes nothing. */
  get descriptor(): number {
    this.flush();
    return this.fd!;
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  flush(): void {
    if (this.pending.length > 0) fs.writeSync(this.fd!, this.pending);
    this.pending = '';
  }

  /** Closes the file once (later calls do nothing); removes it unless `keep`. */
  close(keep: boolean): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      fs.closeSync(fd);
    } finally {
      if (!keep) fs.rmSync(this.file, { force: true });
    }
  }
}

/**
 * A failure to write the files (the temporary folder full, say) is kept, not thrown: it must not
 * undo the recording of a run that is on tape. Writing stops there and the files are removed;
 * `failure` tells the caller, who then has no copy to write.
 */
export class RunCopyFiles {
  private readonly files: LineFile[] = [];
  private readonly unit: string;
  private entries = 0;
  private failed: Error | undefined;
  private finished = false;

  /** `run`: the run being recorded as the filelist will hold it once finished (state, end, positions, minimum restore information). */
  constructor(textFile: string, jsonlFile: string, run: RunInfo) {
    this.unit = unitOf(run);
    this.attempt(() => {
      this.files.push(new LineFile(textFile, headerLine(run) + '\n'));
      this.files.push(new LineFile(jsonlFile, headerJsonl(run)));
    });
  }

  /** Why the files are not complete, if they are not. */
  get failure(): Error | undefined {
    return this.failed;
  }

  /**
   * The run's entries, from its entry log (`log`: EntryLog.file()) with their places by `map`, in
   * the order the filelist records them. Made on a thread of libuv's pool: the caller records the
   * same entries meanwhile, and asks nothing else of these files until this has settled.
   */
  async addFromLog(log: string, map: StreamMap): Promise<void> {
    if (this.failed) return;
    try {
      const [text, jsonl] = this.files as [LineFile, LineFile];
      this.entries += await copyLines().writeEntries(log, text.descriptor, jsonl.descriptor, this.unit, map.inOrder);
    } catch (e) {
      this.failed = e as Error;
      this.close();
    }
  }

  /** The run's deletions and the end lines: the files are complete and closed. */
  finish(deletions: readonly Buffer[]): void {
    this.attempt(() => {
      const [text, jsonl] = this.files as [LineFile, LineFile];
      for (const name of deletions) {
        text.write(deletionLine(name));
        jsonl.write(deletionJsonl(name));
      }
      text.write('\n');
      jsonl.write(endJsonl(this.entries, deletions.length));
      for (const f of this.files) f.flush();
      this.finished = true;
    });
    this.close();
  }

  /** Closes the files; unless finish() completed them, removes them: a run that failed leaves no copy to use. */
  close(): void {
    const keep = this.finished && !this.failed;
    for (const f of this.files) {
      try {
        f.close(keep);
      } catch (e) {
        this.failed ??= e as Error;
      }
    }
  }

  private attempt(write: () => void): void {
    if (this.failed) return;
    try {
      write();
    } catch (e) {
      this.failed = e as Error;
      this.close();
    }
  }
}
