// afbackup's backup levels as pure functions over the filelist's runs (reference section 6).
// A full backup has level FULL_LEVEL (MAXINT) and saves everything; an incremental of level L
// saves what changed since the most recent successful run of a level >= L (a full counts; a
// plain incremental is level 0, relative to the previous run). Differential runs (-a) never
// become a reference, so a series of them stays relative to the same run. A multi-part full
// counts as a reference only once all its parts are done, so incrementals between parts keep
// covering the parts not yet saved; the full-backup counter increases at part 1.
import { FULL_LEVEL, type RunInfo } from './filelist/types.js';

export { FULL_LEVEL } from './filelist/types.js';

export type BackupRequest =
  | { kind: 'full'; /** NumBackupParts */ parts: number }
  | { kind: 'incr'; /** -Q L (0 = plain incremental) */ level: number; /** -a */ differential: boolean };

export interface RunPlan {
  fullNumber: number;
  part: number;
  parts: number;
  level: number;
  differential: boolean;
  /** A full saves every entry; otherwise only what differs from the reference state. */
  saveAll: boolean;
  /**
   * Compare with the state recorded by the complete runs up to this one (for a full: what its
   * deletions are computed against). Undefined: nothing to compare with, everything is new.
   */
  referenceRunId?: number;
  /** afbackup's time reference T (an entry with mtime >= T changed), for time-only checks. */
  referenceTimeNs?: bigint;
}

/** A full backup of one counter value: its parts, each done by the newest complete run of it. */
export interface FullSet {
  fullNumber: number;
  parts: number;
  /** Run id of each part done, by part number - 1 (undefined while not done). */
  partRunIds: (number | undefined)[];
  complete: boolean;
  /** Start of part 1: everything changed after it is certainly in a later run. */
  startNs: bigint;
  firstRunId: number;
  /** The run that completed the set (the last part done). */
  lastRunId: number;
}

const isFull = (r: RunInfo): boolean => r.level === FULL_LEVEL;

export function fullSets(runs: readonly RunInfo[]): FullSet[] {
  const byNumber = new Map<number, RunInfo[]>();
  for (const r of runs) {
    if (!isFull(r) || r.state !== 'complete') continue;
    const list = byNumber.get(r.fullNumber) ?? [];
    list.push(r);
    byNumber.set(r.fullNumber, list);
  }
  const sets: FullSet[] = [];
  for (const [fullNumber, list] of byNumber) {
    list.sort((a, b) => a.id - b.id);
    const parts = list[0]!.parts;
    const partRunIds: (number | undefined)[] = Array.from({ length: parts }, () => undefined);
    for (const r of list) if (r.part >= 1 && r.part <= parts) partRunIds[r.part - 1] = r.id;
    const done = partRunIds.filter((id): id is number => id !== undefined);
    const first = list.find((r) => r.id === partRunIds[0]) ?? list[0]!;
    sets.push({
      fullNumber,
      parts,
      partRunIds,
      complete: done.length === parts,
      startNs: first.startNs,
      firstRunId: Math.min(...done),
      lastRunId: Math.max(...done),
    });
  }
  return sets.sort((a, b) => a.lastRunId - b.lastRunId);
}

/** The newest complete full set among the given runs. */
export function lastCompleteFullSet(runs: readonly RunInfo[]): FullSet | undefined {
  return fullSets(runs)
    .filter((s) => s.complete)
    .at(-1);
}

interface Candidate {
  level: number;
  /** The newest run id the candidate's state includes. */
  runId: number;
  timeNs: bigint;
}

/** Runs that may serve as a reference: complete non-differential incrementals and complete full sets. */
function candidates(runs: readonly RunInfo[]): Candidate[] {
  const out: Candidate[] = runs
    .filter((r) => r.state === 'complete' && !r.differential && !isFull(r))
    .map((r) => ({ level: r.level, runId: r.id, timeNs: r.startNs }));
  for (const s of fullSets(runs)) if (s.complete) out.push({ level: FULL_LEVEL, runId: s.lastRunId, timeNs: s.startNs });
  return out.sort((a, b) => a.runId - b.runId);
}

/** The run an incremental of this level is relative to (afbackup falls back to the previous run). */
function referenceOf(level: number, runs: readonly RunInfo[]): Candidate | undefined {
  const all = candidates(runs);
  return all.filter((c) => c.level >= level).at(-1) ?? all.at(-1);
}

const maxFullNumber = (runs: readonly RunInfo[]): number => runs.reduce((m, r) => Math.max(m, r.fullNumber), 0);

function nextFullPart(runs: readonly RunInfo[], parts: number): { fullNumber: number; part: number } {
  const lastFull = runs.filter(isFull).sort((a, b) => a.id - b.id).at(-1);
  const fresh = { fullNumber: maxFullNumber(runs) + 1, part: 1 };
  if (!lastFull || lastFull.parts !== parts) return fresh;
  if (lastFull.state === 'complete') return lastFull.part < parts ? { fullNumber: lastFull.fullNumber, part: lastFull.part + 1 } : fresh;
  // A failed or interrupted part is done again; a failed part 1 starts the counter anew.
  return lastFull.part === 1 ? fresh : { fullNumber: lastFull.fullNumber, part: lastFull.part };
}

/** What a new run is: its counter, part, level and what it compares with. */
export function referenceFor(request: BackupRequest, runs: readonly RunInfo[]): RunPlan {
  if (request.kind === 'full') {
    if (!Number.isInteger(request.parts) || request.parts < 1) throw new RangeError(`number of backup parts ${request.parts} must be 1 or more`);
    const { fullNumber, part } = nextFullPart(runs, request.parts);
    const newest = runs.filter((r) => r.state === 'complete').sort((a, b) => a.id - b.id).at(-1);
    return {
      fullNumber,
      part,
      parts: request.parts,
      level: FULL_LEVEL,
      differential: false,
      saveAll: true,
      ...(newest ? { referenceRunId: newest.id } : {}),
    };
  }
  if (!Number.isInteger(request.level) || request.level < 0 || request.level >= FULL_LEVEL) {
    throw new RangeError(`level ${request.level} is out of range: incremental levels are 0 to ${FULL_LEVEL - 1} (a full backup is ${FULL_LEVEL})`);
  }
  const ref = referenceOf(request.level, runs);
  return {
    fullNumber: maxFullNumber(runs),
    part: 1,
    parts: 1,
    level: request.level,
    differential: request.differential,
    saveAll: false,
    ...(ref ? { referenceRunId: ref.runId, referenceTimeNs: ref.timeNs } : {}),
  };
}

/**
 * incr_backup -H: the runs whose entries the finished run `current` makes redundant, so their
 * filelist entries can be dropped and their cartridges released. Those are the complete
 * incrementals after current's reference with a lower level, and earlier differentials of the
 * same level (with -a: the previous differential). Fulls are never dropped here.
 */
export function droppableRuns(current: RunInfo, runs: readonly RunInfo[]): RunInfo[] {
  if (isFull(current)) return [];
  const earlier = runs.filter((r) => r.id < current.id);
  const after = referenceOf(current.level, earlier)?.runId ?? 0;
  return earlier.filter(
    (r) => r.state === 'complete' && !isFull(r) && r.id > after && (r.level < current.level || (r.differential && r.level === current.level)),
  );
}

/**
 * The first run whose entries a state made of `visible` runs needs: part 1 of the newest full
 * set complete among them (a full saves every entry, so older runs are superseded), else 0.
 */
export function stateLowerBound(visible: readonly RunInfo[]): number {
  return lastCompleteFullSet(visible)?.firstRunId ?? 0;
}
