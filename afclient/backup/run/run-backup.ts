// One run of full_backup or incr_backup, end to end: InitProgram, the plan (level, part,
// reference), the selection (change detection against the filelist), the run's session on the
// first available server (minimum restore information block, then the archive), the filelist
// entries at their tape positions once the server confirmed the close, the filelist copy on
// tape, StartupInfoProgram, rotation and PreciousTapes, the report and ExitProgram.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodecSpec } from '../../../protocol/archive/index.js';
import type { ProtocolClient } from '../../../protocol/wire/index.js';
import { connectToServer } from '../../remote/connection.js';
import { CollectingReporter, type Reporter } from '../../report.js';
import { addedBackupEntries } from '../change-detection.js';
import type { ClientConfig, ServerUnit } from '../client-config.js';
import { Filelist } from '../filelist/filelist.js';
import { RUN_COPY_SUFFIX } from '../filelist/run-copy.js';
import { RunCopyFiles } from '../filelist/run-copy-files.js';
import { droppableRuns, FULL_LEVEL, referenceFor, type BackupRequest, type RunPlan } from '../levels.js';
import { encodeInfoBlock } from '../info-block.js';
import { takeClientLock } from './client-lock.js';
import { EntryLog } from './entry-log.js';
import { lastFullStart, minInfoOf, newestFilelistCopy } from './min-info.js';
import { packRun } from './pack-entries.js';
import { sendPreciousTapes } from './precious.js';
import { runProgram, type Placeholders } from './programs.js';
import { watchServerMessages } from './server-messages.js';
import { selectEntries } from './select-entries.js';
import { formatReport, startProgress, type RunStatistics } from './statistics.js';
import { filelistCopyProducer, nextSessionStart, runLabel, writeTapeSession } from './tape-sessions.js';
import { tracePhase } from './phase-trace.js';
import { appendTextIndex, removeTextIndexes, textIndexFile } from './text-index.js';

export const EXIT = { ok: 0, warnings: 1, failed: 2, initRefused: 3 } as const;

export interface RunRequest {
  program: 'full_backup' | 'incr_backup';
  backup: BackupRequest;
  /** incr_backup -H: drop the entries of lower-level runs and release their tapes. */
  dropLower: boolean;
  /**
   * full_backup -a: everything configured is saved into the current full backup number (no new
   * counter, filelist generation or part). Recorded as a differential of the highest incremental
   * level: it holds every entry, yet later runs keep their references as they were.
   */
  append?: boolean;
  /** Entries named on the command line, saved instead of DirsToBackup (and its parts). */
  entries?: string[];
  /** -G: the run's stream starts on a new cartridge. */
  newCartridge?: boolean;
  verbose: boolean;
  /** Messages for the user (problems, the failure); also go to LoggingFile. */
  say: (line: string) => void;
  /** -v report and listings. */
  out: (text: string) => void;
  /** Stops the run (SIGINT/SIGTERM): it ends as failed, the previous state stays valid. */
  signal?: AbortSignal;
}

const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

function codecOf(c: ClientConfig): CodecSpec {
  if (!c.processFiles) return { kind: 'none' };
  if (c.process) return { kind: 'filter', command: c.process.compress, restoreCommand: c.process.uncompress };
  return { kind: 'zstd', level: c.builtinCompressLevel ?? 3 };
}

function kindOf(plan: RunPlan, append: boolean): string {
  if (append) return 'full backup (appended)';
  if (plan.level === FULL_LEVEL) return plan.parts > 1 ? `full backup part ${plan.part}/${plan.parts}` : 'full backup';
  if (plan.level === 0) return plan.differential ? 'differential backup' : 'incremental backup';
  return `level ${plan.level}${plan.differential ? ' differential' : ''} backup`;
}

/** A reporter that collects like CollectingReporter and tells the user at once. */
function liveReporter(say: (line: string) => void): Reporter {
  const list = new CollectingReporter();
  return {
    get problems() {
      return list.problems;
    },
    problem(name, message) {
      list.problem(name, message);
      say(list.problemList.at(-1)!);
    },
    note(name, message) {
      list.note(name, message);
      say(list.noteList.at(-1)!);
    },
  };
}

async function connect(config: ClientConfig): Promise<{ client: ProtocolClient; unit: ServerUnit }> {
  if (!config.encryptionKeyFile) throw new Error(`${config.file}: EncryptionKeyFile is not set; name the key file shared with the server (or use -k)`);
  const { client, host, port } = await connectToServer({
    hosts: config.servers.map((s) => s.host),
    ports: config.servers.map((s) => s.port),
    keyFile: config.encryptionKeyFile,
    clientId: config.clientIdentifier,
    cartridgeSet: 0,
  });
  const unit = config.servers.find((s) => s.host === host && s.port === port) ?? { host, port, cartridgeSet: 0 };
  return { client, unit };
}

/**
 * A connection made while the tree is walked, or undefined when it failed: the run then
 * connects as it would have without it, and the error the user sees is that attempt's.
 * Keepalive, so a long walk does not let the line go stale unnoticed.
 */
async function connectEarly(config: ClientConfig): Promise<{ client: ProtocolClient; unit: ServerUnit } | undefined> {
  try {
    const c = await connect(config);
    c.client.connection.socket.setKeepAlive(true, 60_000);
    return c;
  } catch {
    return undefined;
  }
}

/** The early connection if it is still open after the walk, else a new one. */
async function connectAfterWalk(config: ClientConfig, early: Promise<{ client: ProtocolClient; unit: ServerUnit } | undefined>): Promise<{ client: ProtocolClient; unit: ServerUnit }> {
  const c = await early;
  if (c && !c.client.connection.socket.destroyed) return c;
  c?.client.close();
  return connect(config);
}

export async function runBackup(config: ClientConfig, req: RunRequest): Promise<number> {
  const startMs = Date.now();
  const report = liveReporter(req.say);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'afbackup-run-'));
  const values: Placeholders = { ...config.placeholders, l: '', r: path.join(work, 'report'), e: '', i: '' };
  const stats: RunStatistics = { clientId: config.clientIdentifier, kind: req.program, startMs, endMs: startMs, entries: 0, deletions: 0, bytes: 0n, streamBytes: 0n, problems: 0, exitStatus: EXIT.failed };
  try {
    if (config.initProgram) {
      const init = await runProgram('InitProgram', config.initProgram, values);
      if (init.code !== 0) {
        req.say(`InitProgram '${config.initProgram}' exited with status ${init.code}; the backup was not started`);
        return EXIT.initRefused;
      }
    }
    tracePhase('InitProgram');
    let status: number;
    try {
      status = await backupRun(config, req, report, stats, values, work);
    } catch (e) {
      req.say(`${req.program} failed: ${(e as Error).message}`);
      status = EXIT.failed;
    }
    stats.exitStatus = status;
    stats.problems = report.problems;
    stats.endMs = Date.now();
    const text = formatReport(stats);
    fs.writeFileSync(values.r!, text);
    if (req.verbose) req.out(text);
    if (config.exitProgram) {
      values.e = String(status);
      const exit = await runProgram('ExitProgram', config.exitProgram, values).catch((e: Error) => ({ code: -1, stderr: e.message }));
      if (exit.code !== 0) req.say(`ExitProgram '${config.exitProgram}' exited with status ${exit.code}`);
    }
    return status;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function backupRun(config: ClientConfig, req: RunRequest, report: Reporter, stats: RunStatistics, values: Placeholders, work: string): Promise<number> {
  const release = await takeClientLock(config.varDirectory);
  const fl = Filelist.open(config.varDirectory);
  tracePhase('lock and filelist open');
  const log = new EntryLog(work);
  let client: ProtocolClient | undefined;
  const onAbort = (): void => client?.close();
  req.signal?.addEventListener('abort', onAbort);
  try {
    const startNs = nowNs();
    fl.markInterruptedRuns(startNs);
    const runs = fl.runs();
    const plan = req.append ? { ...referenceFor({ kind: 'incr', level: FULL_LEVEL - 1, differential: true }, runs), saveAll: true } : referenceFor(req.backup, runs);
    stats.kind = kindOf(plan, req.append ?? false);
    const referenceRun = plan.referenceRunId !== undefined ? fl.run(plan.referenceRunId) : undefined;
    const entries = req.entries ?? (plan.level === FULL_LEVEL ? config.parts[plan.part - 1]! : config.dirsToBackup);
    if (entries.length === 0) throw new Error(`${config.file}: DirsToBackup is empty; name what to save (relative to RootDirectory ${config.rootDirectory})`);
    // Connecting and authenticating need nothing of the walk: they go on while it runs.
    const early = connectEarly(config);
    const reference = () => {
      const state = fl.referenceState(plan.referenceRunId);
      tracePhase('walk started, reference state read');
      return state;
    };
    let selection;
    try {
      selection = await selectEntries({
        root: config.rootDirectory,
        entries,
        rules: { filesToSkip: config.filesToSkip, dirsToSkip: config.dirsToSkip, ...(config.excludeListFile ? { excludeListFile: config.excludeListFile } : {}), filesystemTypes: config.filesystemTypes, backupType: plan.level === FULL_LEVEL ? { full: true, part: plan.part, parts: plan.parts } : { full: false, level: plan.level } },
        reference,
        saveAll: plan.saveAll,
        forced: plan.saveAll ? [] : addedBackupEntries(referenceRun?.dirsToBackup, req.entries ?? config.dirsToBackup),
        report,
        workDir: work,
      });
      if (req.signal?.aborted) throw new Error('interrupted before anything was written');
    } catch (e) {
      void early.then((c) => c?.client.close());
      throw e;
    }
    tracePhase('walk and change detection');

    const connected = await connectAfterWalk(config, early);
    client = connected.client;
    const unit = connected.unit;
    tracePhase('connect and authenticate');
    stats.server = `${unit.host}:${unit.port}`;
    const identity = { clientId: config.clientIdentifier, server: unit.host, port: unit.port, fullNumber: plan.fullNumber, part: plan.part, parts: plan.parts, startNs };
    const atStart = minInfoOf(identity, newestFilelistCopy(runs), lastFullStart(runs));
    const runId = fl.beginRun({ ...identity, level: plan.level, differential: plan.differential, serverHost: unit.host, serverPort: unit.port, dirsToBackup: req.entries ?? config.dirsToBackup });
    const progress = startProgress({ tty: Boolean(process.stdout.isTTY) && !req.verbose, ...(config.reportProgress ? { progressFile: config.progressFile ?? path.join(config.varDirectory, 'progress') } : {}), totalEntries: selection.entries.count + selection.specials.length, totalBytes: selection.bytes });
    let session;
    let written = false;
    const messages = config.printServerMessages?.programs.includes('b') ? watchServerMessages(config, unit, req.say) : undefined;
    try {
      session = await writeTapeSession(client, unit.cartridgeSet, 'archive', { afbackupRun: runLabel(config.clientIdentifier, plan.fullNumber, plan.part, plan.parts, plan.level) }, async (sink) => {
        const packed = await packRun(sink, {
          infoBlock: encodeInfoBlock(atStart.info),
          entries: selection.entries,
          specials: selection.specials,
          codec: codecOf(config),
          doNotProcess: config.doNotProcess,
          runStartNs: startNs,
          log,
          report,
          aborted: () => (req.signal?.aborted ? new Error('interrupted') : undefined),
          onProgress: (p) => progress.update(p.entries, p.bytes),
        });
        stats.bytes = packed.bytes;
        stats.streamBytes = packed.streamBytes;
      }, { newCartridge: req.newCartridge ?? false });
      written = true;
      tracePhase('data session closed (on tape)');
    } catch (e) {
      fl.finishRun(runId, { state: 'failed', endNs: nowNs() });
      const why = req.signal?.aborted ? 'the run was interrupted' : (e as Error).message;
      throw new Error(`${why}; nothing of this run counts as saved, the next run saves it again`);
    } finally {
      progress.stop(written);
      await messages?.stop();
    }

    // The copy's tape file header carries the final line, so its place is asked for first. The
    // answer comes before the entries are recorded: the copy files begin with the run as it will
    // be finished, and its minimum restore information names that place.
    const asked = await nextSessionStart(client, unit.cartridgeSet).then(
      (at) => ({ at }),
      (e: Error) => ({ error: e }),
    );
    if ('error' in asked) report.problem('filelist copy', `cannot ask the server where it would go (${asked.error.message})`);
    const copyAt = 'at' in asked ? asked.at : { cartridge: 0, tapeFile: 0 };
    const extents = session.extents.filter((x) => x.bytes > 0);
    const first = { cartridge: session.start.cartridge, tapeFile: session.start.tapeFile };
    const lastExtent = extents.at(-1);
    const last = lastExtent ? { cartridge: lastExtent.cartridge, tapeFile: lastExtent.tapeFile } : first;
    const asComplete = fl.runs().map((r) => (r.id === runId ? { ...r, state: 'complete' as const, first } : r));
    const final = minInfoOf(identity, { ...copyAt, block: 0 }, lastFullStart(asComplete));
    // The run ends when its data is on tape; recording it in the filelist is bookkeeping.
    const result = { state: 'complete' as const, endNs: nowNs(), first, last, minInfo: final.line };
    const exportFile = path.join(work, `filelist.${plan.fullNumber}.${runId}`);
    // Lossless next to the text form: afrestore -e rebuilds types, sizes and block positions from it.
    const machineFile = `${exportFile}${RUN_COPY_SUFFIX}`;
    const copyLines = new RunCopyFiles(exportFile, machineFile, { ...asComplete.find((r) => r.id === runId)!, ...result });
    // The server has confirmed the close: everything logged is on tape. The copy files' lines are
    // made on a thread of the pool while this one records the entries; their failure is told
    // below, it does not undo the recording.
    let copying = Promise.resolve();
    try {
      copying = copyLines.addFromLog(log.file(), session.map);
      fl.addRunContents(runId, log.located(session.map), selection.deletions);
    } catch (e) {
      await copying;
      copyLines.close();
      throw e;
    }
    await copying;
    tracePhase('filelist entries added');
    Object.assign(stats, { first, last, entries: log.count, changes: selection.counts, deletions: selection.deletions.length });

    copyLines.finish(selection.deletions);
    fl.finishRun(runId, result);
    stats.minInfo = final.line;
    tracePhase('copy files written, run finished in the filelist');

    if (req.dropLower) {
      const finished = fl.run(runId)!;
      const drop = droppableRuns(finished, fl.runs());
      if (drop.length > 0) fl.dropRuns(drop.map((r) => r.id));
    }
    if (copyLines.failure) {
      report.problem('filelist copy', `could not be written (${copyLines.failure.message}); the run is saved and in the filelist, but recovery from tapes alone needs the data`);
      if (config.indexFilePart) report.problem('IndexFilePart', `the run's lines were not added to the text index ${textIndexFile(config.indexFilePart, plan.fullNumber, config.processLogfiles)}: its copy files could not be written; the filelist has them`);
    } else {
      values.l = exportFile;
      const copyName = `filelist.${plan.fullNumber}.${plan.part}.${runId}`;
      const copyFiles = [
        { file: exportFile, name: copyName },
        { file: machineFile, name: `${copyName}${RUN_COPY_SUFFIX}` },
      ];
      try {
        const copy = await writeTapeSession(client, unit.cartridgeSet, 'filelist', { minInfo: final.line, afbackupRun: runLabel(config.clientIdentifier, plan.fullNumber, plan.part, plan.parts, plan.level) }, filelistCopyProducer(copyFiles, config.processLogfiles));
        if (copy.start.cartridge !== copyAt.cartridge || copy.start.tapeFile !== copyAt.tapeFile) {
          report.problem('filelist copy', `was written at ${copy.start.cartridge}.${copy.start.tapeFile}, not at ${copyAt.cartridge}.${copyAt.tapeFile} as the minimum restore information says (another client wrote in between); afrestore -E finds it by its header`);
        }
        tracePhase('filelist copy session closed (on tape)');
      } catch (e) {
        report.problem('filelist copy', `could not be written to tape (${(e as Error).message}); the run is saved and in the filelist, but recovery from tapes alone needs the data`);
      }
      if (config.indexFilePart) {
        await appendTextIndex(config.indexFilePart, plan.fullNumber, config.processLogfiles, exportFile).catch((e: Error) =>
          report.problem('IndexFilePart', `the run's lines could not be added to the text index ${textIndexFile(config.indexFilePart!, plan.fullNumber, config.processLogfiles)} (${e.message}); the filelist has them`),
        );
      }
    }
    values.i = final.line;
    if (config.startupInfoProgram) {
      const r = await runProgram('StartupInfoProgram', config.startupInfoProgram, values, final.line + '\n').catch((e: Error) => ({ code: -1, stderr: e.message }));
      if (r.code !== 0) report.problem('StartupInfoProgram', `'${config.startupInfoProgram}' exited with status ${r.code}; keep this line safe yourself: ${final.line}`);
    }
    tracePhase('text index and StartupInfoProgram');
    await rotateAndProtect(config, fl, report, { client, unit });
    tracePhase('rotation and PreciousTapes');
    return report.problems > 0 ? EXIT.warnings : EXIT.ok;
  } finally {
    req.signal?.removeEventListener('abort', onAbort);
    client?.close();
    log.dispose();
    fl.close();
    await release();
    tracePhase('filelist closed');
  }
}

async function rotateAndProtect(config: ClientConfig, fl: Filelist, report: Reporter, current: { client: ProtocolClient; unit: ServerUnit }): Promise<void> {
  const numbers = (): Set<number> => new Set(fl.runs().map((r) => r.fullNumber));
  const before = numbers();
  fl.rotate({ numIndexesToStore: config.numIndexesToStore, ...(config.daysToStoreIndexes !== undefined ? { daysToStoreIndexes: config.daysToStoreIndexes } : {}), nowNs: nowNs() });
  if (config.indexFilePart) {
    const after = numbers();
    try {
      removeTextIndexes(config.indexFilePart, [...before].filter((n) => !after.has(n)));
    } catch (e) {
      report.problem('IndexFilePart', `a text index of a rotated filelist could not be removed (${(e as Error).message}); remove it by hand`);
    }
  }
  const problems = await sendPreciousTapes(config, fl.preciousCartridges(), current);
  for (const p of problems) report.problem('PreciousTapes', p);
}
