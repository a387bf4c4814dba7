// `afclient -d`: compares archive entries with the filesystem below a directory and prints one
// line per difference (type, size, mode, owner, mtime, link target, device numbers, extended
// attributes and ACLs, content). Nothing on disk is changed; atimes of files read are kept.
import fs from 'node:fs';
import path from 'node:path';
import type { EntryMeta } from '../../protocol/archive/entry.js';
import { localGid, localUid } from '../ids.js';
import { timeString } from '../list.js';
import { joinName } from '../names.js';
import { addXattrs, devNumbers, entryType } from '../pack/meta.js';
import { CollectingReporter } from '../report.js';
import type { UnpackEntry } from '../unpack/restore-entry.js';
import { safeName } from '../unpack/safe-name.js';
import { compareContent } from './content.js';

export interface CompareOptions {
  root: string;
  wanted: (meta: EntryMeta) => boolean;
  /** One call per difference: the entry and what differs. */
  onDifference: (meta: EntryMeta, what: string) => void;
}

export async function compare(entries: AsyncIterable<UnpackEntry>, opts: CompareOptions): Promise<number> {
  let differences = 0;
  const diff = (meta: EntryMeta, what: string): void => {
    differences++;
    opts.onDifference(meta, what);
  };
  for await (const entry of entries) {
    const { meta } = entry;
    const checked = safeName(meta.name);
    if (!opts.wanted(meta) || meta.type === 'command' || meta.noVerify) {
      await entry.skip();
      continue;
    }
    if (!checked.ok) {
      await entry.skip();
      diff(meta, checked.reason);
      continue;
    }
    const p = pathOf(opts.root, checked.parts);
    const st = fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
    if (!st) {
      await entry.skip();
      diff(meta, 'missing on the filesystem');
      continue;
    }
    for (const what of compareMeta(meta, st, p, opts.root)) diff(meta, what);
    if (meta.type === 'file' && st.isFile() && st.size === meta.size) {
      let what: string | null;
      try {
        what = await compareContent(p, meta.size, st.atimeNs, entry.content());
      } catch (err) {
        what = `content not compared: ${(err as Error).message}`; // damaged in the archive, or unreadable on disk
      }
      if (what) diff(meta, what);
    } else await entry.skip();
  }
  return differences;
}

function pathOf(root: string, parts: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from(path.resolve(root) + '/'), joinName(parts)]);
}

function* compareMeta(meta: EntryMeta, st: fs.BigIntStats, p: Buffer, root: string): Generator<string> {
  if (meta.type === 'hardlink') {
    const t = safeName(meta.linkTarget ?? Buffer.alloc(0));
    const first = t.ok ? fs.lstatSync(pathOf(root, t.parts), { bigint: true, throwIfNoEntry: false }) : undefined;
    if (!first || first.ino !== st.ino || first.dev !== st.dev) yield `is not a hard link to ${(meta.linkTarget ?? Buffer.alloc(0)).toString()}`;
    return;
  }
  const type = entryType(st);
  if (type !== meta.type) {
    yield `type differs (archive ${meta.type}, filesystem ${type})`;
    return;
  }
  if (meta.type === 'file' && st.size !== meta.size) yield `size differs (archive ${meta.size}, filesystem ${st.size})`;
  const mode = Number(st.mode & 0o7777n);
  if (meta.type !== 'symlink' && mode !== meta.mode) yield `mode differs (archive ${oct(meta.mode)}, filesystem ${oct(mode)})`;
  const uid = localUid(meta.user, meta.uid);
  const gid = localGid(meta.group, meta.gid);
  if (Number(st.uid) !== uid) yield `owner differs (archive ${uid}, filesystem ${st.uid})`;
  if (Number(st.gid) !== gid) yield `group differs (archive ${gid}, filesystem ${st.gid})`;
  if (st.mtimeNs !== meta.mtimeNs) yield `mtime differs (archive ${timeString(meta.mtimeNs, true)}, filesystem ${timeString(st.mtimeNs, true)})`;
  if (meta.type === 'symlink') {
    const target = fs.readlinkSync(p, { encoding: 'buffer' });
    if (!target.equals(meta.linkTarget ?? Buffer.alloc(0))) yield `symbolic link target differs (archive ${meta.linkTarget}, filesystem ${target})`;
  }
  if (meta.type === 'chardev' || meta.type === 'blockdev') {
    const d = devNumbers(st.rdev);
    if (d.devMajor !== meta.devMajor || d.devMinor !== meta.devMinor) yield 'device numbers differ';
  }
  yield* compareXattrs(meta, p);
}

function* compareXattrs(meta: EntryMeta, p: Buffer): Generator<string> {
  const disk = { ...meta, xattrs: undefined, aclAccess: undefined, aclDefault: undefined } as EntryMeta;
  const problems = new CollectingReporter();
  addXattrs(disk, p, problems);
  if (problems.problems) {
    yield `cannot read extended attributes: ${problems.problemList.join('; ')}`;
    return;
  }
  const flat = (m: EntryMeta): Map<string, Buffer> => {
    const out = new Map<string, Buffer>((m.xattrs ?? []).map((x) => [`extended attribute ${x.name}`, x.value]));
    if (m.aclAccess) out.set('ACL', m.aclAccess);
    if (m.aclDefault) out.set('default ACL', m.aclDefault);
    return out;
  };
  const want = flat(meta);
  const have = flat(disk);
  for (const [label, value] of want) {
    const got = have.get(label);
    if (!got) yield `${label} missing on the filesystem`;
    else if (!got.equals(value)) yield `${label} differs`;
  }
  for (const label of have.keys()) if (!want.has(label)) yield `${label} not in the archive`;
}

const oct = (m: number): string => m.toString(8).padStart(4, '0');
