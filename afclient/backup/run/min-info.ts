// The minimum restore information of a run, at its two moments: at the start (written in the
// first block of the run's stream) the newest filelist copy that exists then, and at the end
// (StartupInfoProgram, %i, the filelist copy's tape file header) the run's own filelist copy.
// Position 0.0(.0) means "none yet" (the first run of a client, no complete full yet).
import { lastCompleteFullSet } from '../levels.js';
import { formatMinInfo, parseMinInfoLine, type MinInfo } from '../min-restore-info.js';
import type { RunInfo } from '../filelist/types.js';

const NONE = { cartridge: 0, tapeFile: 0 };

/** Where part 1 of the newest complete full set among `runs` starts. */
export function lastFullStart(runs: readonly RunInfo[]): { cartridge: number; tapeFile: number } {
  const set = lastCompleteFullSet(runs);
  if (!set) return NONE;
  const first = runs.find((r) => r.id === (set.partRunIds[0] ?? set.firstRunId))?.first;
  return first ?? NONE;
}

/** The filelist copy of the newest complete run that has one. */
export function newestFilelistCopy(runs: readonly RunInfo[]): MinInfo['filelist'] {
  for (const r of [...runs].reverse()) {
    if (r.state !== 'complete' || !r.minInfo) continue;
    try {
      const info = parseMinInfoLine(r.minInfo);
      if (info.version === 2) return info.filelist;
    } catch {
      // a damaged line in an old run: look further back
    }
  }
  return { ...NONE, block: 0 };
}

export interface RunIdentity {
  clientId: string;
  server: string;
  port: number;
  fullNumber: number;
  part: number;
  parts: number;
  startNs: bigint;
}

export function minInfoOf(run: RunIdentity, filelist: MinInfo['filelist'], lastFull: MinInfo['lastFull']): { info: MinInfo; line: string } {
  const info: MinInfo = {
    version: 2,
    clientId: run.clientId,
    server: run.server,
    port: run.port,
    filelist,
    lastFull,
    fullNumber: run.fullNumber,
    part: run.part,
    parts: run.parts,
    timeSec: Number(run.startNs / 1_000_000_000n),
  };
  return { info, line: formatMinInfo(info) };
}
