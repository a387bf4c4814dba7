// The reference state an incremental compares with (Filelist.referenceState), arranged by
// directory: a walk compares each directory it reads with that directory's children in one
// ordered pass (DirectoryCheck), without a full name, a string per entry or a hash lookup per
// entry. Entries are places in the filelist's own texts; each is met at most once, and those not
// met are the run's deletions (ChangeDetector, change-detection.ts).
import { counted, UNSTABLE_MARK, type Change } from './change-detection.js';

/**
 * Where a nameKey's last component starts, after its directory's nameKey ('' for a name without
 * '/'). Stored names are relative and have no empty component (names.ts storedName).
 */
const slashOf = (key: string): number => key.lastIndexOf('/');

/** Bytewise order of two regions of latin1 strings: negative, 0 or positive. */
function compareText(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(aStart + k) - b.charCodeAt(bStart + k);
    if (d !== 0) return d;
  }
  return aEnd - aStart - (bEnd - bStart);
}

/**
 * An entry of a reference state is a place in one of its texts (the filelist's chunks: nameKey
 * NUL signature NUL ...), four numbers in an Int32Array: which text, where its last component
 * starts, the NUL after it, where its signature ends. No string per entry: tens of thousands of
 * them would outlive every scavenge of the walk, each one copied by the GC.
 */
const TEXT = 0;
const NAME = 1;
const NUL = 2;
const END = 3;
const FIELDS = 4;
const UNSTABLE_CODE = UNSTABLE_MARK.charCodeAt(0);

/** The last component of the entry numbered `e`. */
const nameOf = (texts: readonly string[], fields: Int32Array, e: number): string => texts[fields[e * FIELDS + TEXT]!]!.slice(fields[e * FIELDS + NAME], fields[e * FIELDS + NUL]);

/** A directory's children: the entries order[first .. first + count), sorted bytewise by last component, each name once. */
interface ReferenceDir {
  first: number;
  count: number;
}

const NO_CHILDREN: ReferenceDir = { first: 0, count: 0 };

/** Made by ReferenceBuilder (Filelist.referenceState), used up by one run's ChangeDetector. */
export class ReferenceState {
  /** By place in `order`: whether the walk has met the entry. */
  private readonly met: Uint8Array;

  /** Made by ReferenceBuilder.finish. */
  constructor(
    private readonly texts: readonly string[],
    private readonly fields: Int32Array,
    private readonly order: Int32Array,
    private readonly dirs: ReadonlyMap<string, ReferenceDir>,
  ) {
    this.met = new Uint8Array(order.length);
  }

  /** A state of these (nameKey, referenceSignature) pairs; the first of a repeated name counts. */
  static of(pairs: Iterable<readonly [string, string]>): ReferenceState {
    const b = new ReferenceBuilder();
    const text = Array.from(pairs, ([key, signature]) => `${key}\0${signature}`).join('\0');
    if (text !== '') b.addText(text);
    return b.finish();
  }

  get size(): number {
    return this.order.length;
  }

  /** The referenceSignature recorded for a nameKey. */
  get(key: string): string | undefined {
    const r = this.find(key);
    return r < 0 ? undefined : this.signature(r);
  }

  /** get() for the walk: the entry counts as met (a second walk over it finds it new). */
  take(key: string): string | undefined {
    const r = this.find(key);
    return r >= 0 && this.meet(r) ? this.signature(r) : undefined;
  }

  /** The children of the directory whose entries have nameKeys `dirKey/...` ('' for names without '/'). */
  children(dirKey: string, counts: Record<Change, number>): DirectoryCheck {
    const dir = this.dirs.get(dirKey) ?? NO_CHILDREN;
    return new DirectoryCheck(this, dir.first, dir.first + dir.count, counts);
  }

  /** nameKeys of the entries not met, directory by directory. */
  *unmet(): Generator<string> {
    for (const [dirKey, dir] of this.dirs) {
      for (let r = dir.first; r < dir.first + dir.count; r++) if (this.met[r] === 0) yield dirKey === '' ? this.name(r) : `${dirKey}/${this.name(r)}`;
    }
  }

  /** For DirectoryCheck: bytewise order of the last component of the entry at `r` (a place in `order`) against `name`. */
  compareName(r: number, name: string): number {
    const at = this.order[r]! * FIELDS;
    const text = this.texts[this.fields[at + TEXT]!]!;
    const start = this.fields[at + NAME]!;
    const end = this.fields[at + NUL]!;
    if (end - start === name.length && text.startsWith(name, start)) return 0;
    return compareText(text, start, end, name, 0, name.length);
  }

  /** For DirectoryCheck: marks the entry at `r` met; false when it already was. */
  meet(r: number): boolean {
    if (this.met[r] !== 0) return false;
    this.met[r] = 1;
    return true;
  }

  /** For DirectoryCheck: compareSignatures(current, the signature of the entry at `r`), without making that a string. */
  compareWith(r: number, current: string): Change {
    const at = this.order[r]! * FIELDS;
    const text = this.texts[this.fields[at + TEXT]!]!;
    const start = this.fields[at + NUL]! + 1;
    const length = this.fields[at + END]! - start;
    if (length === current.length && text.startsWith(current, start)) return 'unchanged';
    return length === current.length + 1 && text.charCodeAt(start) === UNSTABLE_CODE && text.startsWith(current, start + 1) ? 'unstable-changed' : 'changed';
  }

  private name(r: number): string {
    return nameOf(this.texts, this.fields, this.order[r]!);
  }

  private signature(r: number): string {
    const at = this.order[r]! * FIELDS;
    return this.texts[this.fields[at + TEXT]!]!.slice(this.fields[at + NUL]! + 1, this.fields[at + END]);
  }

  /** The place in `order` of a nameKey's entry, or -1. */
  private find(key: string): number {
    const slash = slashOf(key);
    const dir = this.dirs.get(slash < 0 ? '' : key.slice(0, slash));
    if (!dir) return -1;
    const name = slash < 0 ? key : key.slice(slash + 1);
    let lo = dir.first;
    let hi = dir.first + dir.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareName(mid, name);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}

/** A directory's children while they are gathered: a list through ReferenceBuilder's `next`. */
interface Gathering {
  head: number;
  tail: number;
  count: number;
  /** The last component of the entry at `tail`. */
  lastName: string;
  /** Whether names came in ascending order so far (a run's rows do: in the walk's order). */
  sorted: boolean;
}

/** Gathers a reference state from the filelist's texts, in any order; a directory's children are sorted at the end only if they came unsorted. */
export class ReferenceBuilder {
  private readonly texts: string[] = [];
  private fields = new Int32Array(FIELDS * 1024);
  /** Per entry, the next one of its directory (-1: none). */
  private next = new Int32Array(1024);
  private count = 0;
  private readonly dirs = new Map<string, Gathering>();
  private last: Gathering | undefined;
  private lastKey = '';
  /** The length of lastKey, -1 for names without '/'. */
  private lastLength = -1;

  /**
   * Adds the entries of a text: nameKey NUL referenceSignature, pairs joined by NUL. `keep`:
   * whether to add an entry (given its nameKey); without it every entry is added, the first of a
   * repeated name counting.
   */
  addText(text: string, keep?: (key: string) => boolean): void {
    const t = this.texts.push(text) - 1;
    for (let at = 0; at < text.length; ) {
      const start = at;
      const nul = text.indexOf('\0', start);
      if (nul < 0) throw new Error(`a reference state's text ends inside an entry (at ${start} of ${text.length})`);
      let end = text.indexOf('\0', nul + 1);
      if (end < 0) end = text.length;
      at = end + 1;
      if (keep !== undefined && !keep(text.slice(start, nul))) continue;
      let slash = nul > start ? text.lastIndexOf('/', nul - 1) : -1;
      if (slash < start) slash = -1;
      const length = slash < 0 ? -1 : slash - start;
      let dir = this.last;
      // Entries of one directory come together: its name is compared in place, not cut out and hashed.
      if (dir === undefined || length !== this.lastLength || !text.startsWith(this.lastKey, start)) {
        const dirKey = slash < 0 ? '' : text.slice(start, slash);
        dir = this.dirs.get(dirKey);
        if (dir === undefined) {
          dir = { head: -1, tail: -1, count: 0, lastName: '', sorted: true };
          this.dirs.set(dirKey, dir);
        }
        this.last = dir;
        this.lastKey = dirKey;
        this.lastLength = length;
      }
      this.push(t, slash < 0 ? start : slash + 1, nul, end, dir);
    }
  }

  /** The nameKeys added so far (for merging older runs: a name already there is not added again). */
  keys(): Set<string> {
    const keys = new Set<string>();
    for (const [dirKey, dir] of this.dirs) {
      for (let e = dir.head; e >= 0; e = this.next[e]!) keys.add(dirKey === '' ? nameOf(this.texts, this.fields, e) : `${dirKey}/${nameOf(this.texts, this.fields, e)}`);
    }
    return keys;
  }

  finish(): ReferenceState {
    const order = new Int32Array(this.count);
    const dirs = new Map<string, ReferenceDir>();
    let r = 0;
    for (const [dirKey, dir] of this.dirs) {
      const first = r;
      if (dir.sorted) {
        for (let e = dir.head; e >= 0; e = this.next[e]!) order[r++] = e;
      } else {
        const list: number[] = [];
        for (let e = dir.head; e >= 0; e = this.next[e]!) list.push(e);
        // Entries are numbered in the order added: of a repeated name, the first added is kept.
        list.sort((a, b) => this.compareEntries(a, b) || a - b);
        for (const e of list) if (r === first || this.compareEntries(order[r - 1]!, e) !== 0) order[r++] = e;
      }
      dirs.set(dirKey, { first, count: r - first });
    }
    return new ReferenceState(this.texts, this.fields, r === order.length ? order : order.slice(0, r), dirs);
  }

  private push(text: number, nameStart: number, nul: number, end: number, dir: Gathering): void {
    const e = this.count++;
    if (e === this.next.length) {
      const fields = new Int32Array(this.fields.length * 2);
      fields.set(this.fields);
      this.fields = fields;
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
    }
    const at = e * FIELDS;
    this.fields[at + TEXT] = text;
    this.fields[at + NAME] = nameStart;
    this.fields[at + NUL] = nul;
    this.fields[at + END] = end;
    this.next[e] = -1;
    // The order is checked on strings: a builtin comparison, where a loop over characters costs
    // more than the whole entry until the JIT has compiled it (a run reads the state once).
    const name = this.texts[text]!.slice(nameStart, nul);
    if (dir.tail < 0) dir.head = e;
    else {
      if (dir.sorted && !(dir.lastName < name)) dir.sorted = false;
      this.next[dir.tail] = e;
    }
    dir.lastName = name;
    dir.tail = e;
    dir.count++;
  }

  private compareEntries(a: number, b: number): number {
    const f = this.fields;
    const x = a * FIELDS;
    const y = b * FIELDS;
    return compareText(this.texts[f[x + TEXT]!]!, f[x + NAME]!, f[x + NUL]!, this.texts[f[y + TEXT]!]!, f[y + NAME]!, f[y + NUL]!);
  }
}

/**
 * One directory's entries compared with its reference children: the walk gives them in the
 * scan's order (sorted bytewise), so one pass over both finds each one's reference. Entries the
 * walk leaves out (skipped, unreadable) are passed over and stay unmet.
 */
export class DirectoryCheck {
  constructor(
    private readonly state: ReferenceState,
    /** The next reference child not passed yet (a place in the state's order), and the end of them. */
    private at: number,
    private readonly end: number,
    private readonly counts: Record<Change, number>,
  ) {}

  /** `name`: the last component (latin1), given in ascending order; `signature`: its stateSignature. */
  check(name: string, signature: string, forced: boolean): Change {
    let r = this.at;
    let c = 1;
    while (r < this.end && (c = this.state.compareName(r, name)) < 0) r++;
    let change: Change = 'new';
    if (r < this.end && c === 0) {
      if (this.state.meet(r)) change = this.state.compareWith(r, signature);
      r++;
    }
    this.at = r;
    return counted(this.counts, change, forced);
  }
}
