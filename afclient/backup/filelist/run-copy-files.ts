// The two files of a run's filelist copy (the text form and the machine form), written while
// the run's entries are recorded, from the same batches the filelist stores: one pass over the
// entry log instead of the recording and then two exports reading the rows back. Each line is
// the one exportText / exportRunJsonl would give for the stored run (test/backup/run-copy-files
// compares them), so the copy on tape is unchanged. The headers come first in the files but are
// known last (the minimum restore information names where the copy goes, which the server is
// asked while the entries are recorded): the entries go to a body file beside each, and finish()
// writes the header and then the body into the file itself.
import fs from 'node:fs';
import { deletionJsonl, endJsonl, entryJsonl, headerJsonl } from './run-copy.js';
import { deletionLine, entryLine, headerLine, unitOf } from './text-form.js';
import type { FilelistEntry, RunInfo } from './types.js';

const BODY = '.body';
const COPY_CHUNK = 1 << 20;

/** Text appended to a body file in writes of some 64 KiB, so a copy of millions of entries is never whole in memory. */
class LineFile {
  private fd: number | undefined;
  private pending = '';
  private readonly body: string;

  constructor(readonly file: string) {
    this.body = file + BODY;
    this.fd = fs.openSync(this.body, 'w+', 0o600);
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  /** The file itself: `header`, then everything written. */
  finishWith(header: string): void {
    if (this.pending.length > 0) fs.writeSync(this.fd!, this.pending);
    this.pending = '';
    const out = fs.openSync(this.file, 'w', 0o600);
    try {
      fs.writeSync(out, header);
      const chunk = Buffer.allocUnsafe(COPY_CHUNK);
      for (let at = 0, n; (n = fs.readSync(this.fd!, chunk, 0, COPY_CHUNK, at)) > 0; at += n) fs.writeSync(out, chunk, 0, n);
    } finally {
      fs.closeSync(out);
    }
  }

  private flush(): void {
    fs.writeSync(this.fd!, this.pending);
    this.pending = '';
  }

  /** Closes and removes the body file once; later calls do nothing. */
  close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    fs.closeSync(fd);
    fs.rmSync(this.body, { force: true });
  }
}

/**
 * A failure to write the files (the temporary folder full, say) is kept, not thrown: it must not
 * undo the recording of a run that is on tape. Writing stops there; `failure` tells the caller,
 * who then has no copy to write.
 */
export class RunCopyFiles {
  private readonly files: LineFile[] = [];
  private readonly unit: string;
  private entries = 0;
  private failed: Error | undefined;

  /** `run`: the run being recorded (its server names the entries' storage unit). */
  constructor(textFile: string, jsonlFile: string, run: RunInfo) {
    this.unit = unitOf(run);
    this.attempt(() => {
      this.files.push(new LineFile(textFile));
      this.files.push(new LineFile(jsonlFile));
    });
  }

  /** Why the files are not complete, if they are not. */
  get failure(): Error | undefined {
    return this.failed;
  }

  /** The next entries of the run, in the order the filelist records them. */
  add(entries: readonly FilelistEntry[]): void {
    this.attempt(() => {
      const [text, jsonl] = this.files as [LineFile, LineFile];
      for (const e of entries) {
        text.write(entryLine(this.unit, e));
        jsonl.write(entryJsonl(e));
      }
      this.entries += entries.length;
    });
  }

  /**
   * The run's deletions and the end lines, and before everything the header of `run` as the
   * filelist holds it once finished (state, end, positions, minimum restore information); the
   * files are complete and closed.
   */
  finish(run: RunInfo, deletions: readonly Buffer[]): void {
    this.attempt(() => {
      const [text, jsonl] = this.files as [LineFile, LineFile];
      for (const name of deletions) {
        text.write(deletionLine(name));
        jsonl.write(deletionJsonl(name));
      }
      text.write('\n');
      jsonl.write(endJsonl(this.entries, deletions.length));
      text.finishWith(headerLine(run) + '\n');
      jsonl.finishWith(headerJsonl(run));
    });
    this.close();
  }

  /** Closes the files and removes what only finish() needs; a run that failed leaves no copy to use. */
  close(): void {
    for (const f of this.files) {
      try {
        f.close();
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
