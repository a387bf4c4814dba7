// Recreates one archive entry inside the target directory (see target-dir.ts for why every
// name goes through a directory descriptor). Directories get their owner, mode and times at the
// end of the run (the unpacker keeps them), so that restoring their contents does not change them.
import fs from 'node:fs';
import type { DataSegment, EntryMeta } from '../../protocol/archive/entry.js';
import { errnoCode, fsx } from '../fsx.js';
import { applyMetaPath, type MetaContext } from './apply-meta.js';
import { runRestoreCommand } from './restore-command.js';
import { RestoreRefused, type TargetDir } from './target-dir.js';
import { writeFile } from './write-file.js';

export interface UnpackEntry {
  meta: EntryMeta;
  content(): AsyncIterable<DataSegment>;
  skip(): Promise<void>;
}

export interface RestoreContext extends MetaContext {
  target: TargetDir;
  overwrite: boolean;
  /** Normalised names (nameKey) of non-directories restored in this run: hard links point to these. */
  restored: Set<string>;
}

export type Outcome = 'restored' | 'kept' | 'skipped';

/** Restores `entry` at `parts` (already checked by safeName). Throws on failure. */
export async function restoreEntry(entry: UnpackEntry, parts: Buffer[], ctx: RestoreContext, hardlinkTo?: Buffer[]): Promise<Outcome> {
  const { meta } = entry;
  if (meta.type === 'command') {
    await runRestoreCommand(meta, entry.content(), ctx.target.rootPath);
    return 'restored';
  }
  if (meta.type === 'socket') {
    ctx.report.note(meta.name, 'is a socket; sockets are recorded, not recreated');
    await entry.skip();
    return 'skipped';
  }
  if (parts.length === 0) {
    if (meta.type !== 'directory') throw new RestoreRefused('the name is empty (it would be the target directory itself)');
    return 'restored';
  }
  const dirFd = ctx.target.dirFd(parts.slice(0, -1));
  const leaf = parts[parts.length - 1]!;
  const p = ctx.target.at(dirFd, leaf);
  const existing = fs.lstatSync(p, { throwIfNoEntry: false });

  if (meta.type === 'directory') {
    if (existing?.isDirectory()) return 'restored';
    if (existing) {
      if (!ctx.overwrite) return keep(entry, ctx);
      removeExisting(p, existing, parts, ctx);
    }
    fs.mkdirSync(p, 0o700);
    return 'restored';
  }
  if (existing) {
    if (!ctx.overwrite) return keep(entry, ctx);
    // A file is replaced by rename (atomic, and a link there is replaced, not followed).
    if (meta.type !== 'file' || existing.isDirectory()) removeExisting(p, existing, parts, ctx);
  }
  switch (meta.type) {
    case 'file':
      await writeFile(ctx.target, dirFd, leaf, meta, entry.content(), existing !== undefined, ctx);
      return 'restored';
    case 'hardlink': {
      if (!hardlinkTo) throw new Error('hard link without a target');
      const targetDir = ctx.target.dirFd(hardlinkTo.slice(0, -1));
      fs.linkSync(ctx.target.at(targetDir, hardlinkTo[hardlinkTo.length - 1]!), p);
      return 'restored';
    }
    case 'symlink':
      fs.symlinkSync(meta.linkTarget ?? Buffer.alloc(0), p);
      break;
    case 'fifo':
      fsx.mkfifo(p, meta.mode);
      break;
    case 'chardev':
    case 'blockdev':
      if (!ctx.asRoot) throw new Error('device files can only be created by root');
      fsx.mknod(p, meta.mode | (meta.type === 'chardev' ? fs.constants.S_IFCHR : fs.constants.S_IFBLK), meta.devMajor ?? 0, meta.devMinor ?? 0);
      break;
  }
  applyMetaPath(p, meta, ctx);
  return 'restored';
}

function keep(entry: UnpackEntry, ctx: RestoreContext): Promise<Outcome> {
  ctx.report.note(entry.meta.name, 'exists; kept (use -u to overwrite)');
  return entry.skip().then(() => 'kept');
}

function removeExisting(p: Buffer, st: fs.Stats, parts: Buffer[], ctx: RestoreContext): void {
  try {
    if (st.isDirectory()) fs.rmdirSync(p);
    else fs.unlinkSync(p);
  } catch (err) {
    const why = errnoCode(err) === 'ENOTEMPTY' ? 'it is a directory that is not empty' : (err as Error).message;
    throw new Error(`cannot replace the existing entry: ${why}`);
  }
  ctx.target.forget(parts);
}
