// The unpacker: restores the entries of an archive below a target directory. Each entry is
// checked (safe-name.ts), placed (target-dir.ts) and recreated (restore-entry.ts); a damaged or
// refused entry is reported and the rest is restored. Directory owners, modes and times are set
// at the end, deepest first (the archive already lists them after their contents).
import fs from 'node:fs';
import type { EntryMeta } from '../../protocol/archive/entry.js';
import { splitName } from '../names.js';
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
  // Effective ids: afrestore acting for a user writes with that user's (owners are then theirs).
  const ctx: RestoreContext = { target, overwrite: opts.overwrite, asRoot: process.geteuid?.() === 0, report: opts.report, restored: new Set() };
  // Kept until the end: detached copies, not views into the reader's (large) input buffers.
  const dirs: { key: string; meta: EntryMeta }[] = [];
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
        linkTo = t.ok && ctx.restored.has(nameKey(t.parts)) ? t.parts : undefined;
        if (!linkTo) {
          await entry.skip();
          fail(`is a hard link to ${(meta.linkTarget ?? Buffer.alloc(0)).toString()}, which was not restored in this run`);
          continue;
        }
      }
      try {
        const outcome = await restoreEntry(entry, checked.parts, ctx, linkTo);
        if (outcome !== 'restored') continue;
        if (meta.type === 'directory') dirs.push({ key: nameKey(checked.parts), meta: detached(meta) });
        else if (meta.type !== 'command') ctx.restored.add(nameKey(checked.parts));
        result.restored++;
        opts.onRestored?.(meta);
      } catch (err) {
        fail(err instanceof RestoreRefused ? err.message : describe(err));
      } finally {
        target.trim();
      }
    }
    for (const { key, meta } of dirs) {
      const parts = splitName(Buffer.from(key, 'latin1')).parts;
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

function detached(meta: EntryMeta): EntryMeta {
  const copy = (b: Buffer): Buffer => Buffer.from(b);
  return {
    ...meta,
    name: copy(meta.name),
    ...(meta.xattrs ? { xattrs: meta.xattrs.map((x) => ({ name: x.name, value: copy(x.value) })) } : {}),
    ...(meta.aclAccess ? { aclAccess: copy(meta.aclAccess) } : {}),
    ...(meta.aclDefault ? { aclDefault: copy(meta.aclDefault) } : {}),
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
