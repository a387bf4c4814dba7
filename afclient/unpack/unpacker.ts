// The unpacker: restores the entries of an archive below a target directory. Each entry is
// checked (safe-name.ts), placed (target-dir.ts) and recreated (restore-entry.ts); a damaged or
// refused entry is reported and the rest is restored. Directory owners, modes and times are set
// at the end, deepest first (the archive already lists them after their contents).
import fs from 'node:fs';
import type { EntryMeta } from '../../protocol/archive/entry.js';
import type { Reporter } from '../report.js';
import { applyMetaFd } from './apply-meta.js';
import { restoreEntry, type RestoreContext, type UnpackEntry } from './restore-entry.js';
import { nameKey, safeName } from './safe-name.js';
import { RestoreRefused, TargetDir } from './target-dir.js';

export interface UnpackOptions {
  /** The target directory (-C, default the current directory); it must exist. */
  root: string;
  /** -u: replace existing entries (otherwise they are kept and reported). */
  overwrite: boolean;
  /** Entries to restore (names given on the command line, -o, time window); others are skipped. */
  wanted: (meta: EntryMeta) => boolean;
  report: Reporter;
  /** Called for every entry restored (-v). */
  onRestored?: (meta: EntryMeta) => void;
}

export interface UnpackResult {
  restored: number;
  failed: number;
}

export async function unpack(entries: AsyncIterable<UnpackEntry>, opts: UnpackOptions): Promise<UnpackResult> {
  const umask = process.umask(0); // modes are restored exactly as stored
  const target = TargetDir.open(opts.root, umask);
  const ctx: RestoreContext = { target, overwrite: opts.overwrite, asRoot: process.getuid?.() === 0, report: opts.report, restored: new Map() };
  const dirs: { parts: Buffer[]; meta: EntryMeta }[] = [];
  const result: UnpackResult = { restored: 0, failed: 0 };
  let rerootNoted = false;
  try {
    for await (const entry of entries) {
      const { meta } = entry;
      if (!opts.wanted(meta)) {
        await entry.skip();
        continue;
      }
      const fail = (message: string): void => {
        result.failed++;
        opts.report.problem(meta.name, `${message}; not restored`);
      };
      const checked = meta.type === 'command' ? { ok: true as const, parts: [] as Buffer[], rerooted: false } : safeName(meta.name);
      if (!checked.ok) {
        await entry.skip();
        fail(checked.reason);
        continue;
      }
      if (checked.rerooted && !rerootNoted) {
        rerootNoted = true;
        opts.report.note(meta.name, "removing leading '/' from names: restoring below the target directory");
      }
      let linkTo: Buffer[] | undefined;
      if (meta.type === 'hardlink') {
        const t = safeName(meta.linkTarget ?? Buffer.alloc(0));
        linkTo = t.ok ? ctx.restored.get(nameKey(t.parts)) : undefined;
        if (!linkTo) {
          await entry.skip();
          fail(`is a hard link to ${(meta.linkTarget ?? Buffer.alloc(0)).toString()}, which was not restored in this run`);
          continue;
        }
      }
      try {
        const outcome = await restoreEntry(entry, checked.parts, ctx, linkTo);
        if (outcome !== 'restored') continue;
        if (meta.type === 'directory') dirs.push({ parts: checked.parts, meta });
        else if (meta.type !== 'command') ctx.restored.set(nameKey(checked.parts), checked.parts);
        result.restored++;
        opts.onRestored?.(meta);
      } catch (err) {
        fail(err instanceof RestoreRefused ? err.message : describe(err));
      } finally {
        target.trim();
      }
    }
    for (const { parts, meta } of dirs) {
      try {
        const fd = parts.length ? fs.openSync(target.at(target.dirFd(parts.slice(0, -1)), parts[parts.length - 1]!), fs.constants.O_RDONLY | fs.constants.O_DIRECTORY | fs.constants.O_NOFOLLOW) : target.rootFd;
        try {
          applyMetaFd(fd, meta, ctx);
        } finally {
          if (fd !== target.rootFd) fs.closeSync(fd);
        }
      } catch (err) {
        result.failed++;
        opts.report.problem(meta.name, `cannot set the directory's owner, mode or times: ${describe(err)}`);
      }
    }
  } finally {
    target.close();
    process.umask(umask);
  }
  return result;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
