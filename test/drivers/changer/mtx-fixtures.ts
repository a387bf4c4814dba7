// The `mtx status` fixtures of test/fixtures/mtx/: recorded/ holds outputs of real libraries as
// published (each file starts with "# " lines naming the library and where it was recorded,
// which mtx never prints), composed/ holds outputs written by hand for what no recording shows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/mtx');

export interface Recording {
  /** The "# " lines: library, source, remarks. */
  about: string[];
  /** What mtx printed on stdout, byte for byte. */
  text: string;
  /** What it printed on stderr, when the source shows it (NAME.stderr beside NAME.txt). */
  stderr?: string;
}

export const recordedNames = (): string[] =>
  fs.readdirSync(path.join(root, 'recorded')).filter((f) => f.endsWith('.txt')).sort();

export function recorded(name: string): Recording {
  const all = fs.readFileSync(path.join(root, 'recorded', name), 'utf8');
  const lines = all.split('\n');
  const about = [];
  while (lines[0]?.startsWith('# ')) about.push(lines.shift()!.slice(2));
  const r: Recording = { about, text: lines.join('\n') };
  const err = path.join(root, 'recorded', name.replace(/\.txt$/, '.stderr'));
  if (fs.existsSync(err)) r.stderr = fs.readFileSync(err, 'utf8');
  return r;
}

export const composedNames = (): string[] =>
  fs.readdirSync(path.join(root, 'composed')).filter((f) => f.endsWith('.txt')).sort();

export const composed = (name: string): string => fs.readFileSync(path.join(root, 'composed', name), 'utf8');
