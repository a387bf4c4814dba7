// Problems with single entries. A problem (an entry lost, damaged, changed or not restored)
// makes afclient exit 1 at the end; a note (an entry kept on purpose, a name rewritten) does not.
import { cEscape } from './names.js';

export interface Reporter {
  problem(name: Buffer | string, message: string): void;
  note(name: Buffer | string, message: string): void;
  readonly problems: number;
}

export class StderrReporter implements Reporter {
  problems = 0;
  constructor(private readonly write: (line: string) => void = (line) => process.stderr.write(line)) {}

  problem(name: Buffer | string, message: string): void {
    this.problems++;
    this.write(`afclient: ${show(name)}: ${message}\n`);
  }

  note(name: Buffer | string, message: string): void {
    this.write(`afclient: ${show(name)}: ${message}\n`);
  }
}

/** Collects messages instead of printing them (tests, and callers that show them elsewhere). */
export class CollectingReporter implements Reporter {
  readonly problemList: string[] = [];
  readonly noteList: string[] = [];
  get problems(): number {
    return this.problemList.length;
  }
  problem(name: Buffer | string, message: string): void {
    this.problemList.push(`${show(name)}: ${message}`);
  }
  note(name: Buffer | string, message: string): void {
    this.noteList.push(`${show(name)}: ${message}`);
  }
}

function show(name: Buffer | string): string {
  return typeof name === 'string' ? name : cEscape(name);
}
