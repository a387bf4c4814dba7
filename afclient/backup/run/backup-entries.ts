// The forms a DirsToBackup entry takes (afbackup's, man afclient.conf):
//   name or glob               a file or tree, walked
//   -m name   or  .//.name     walked without crossing into other filesystems
//   -r name   or  /../name     the raw contents of a device or file, stored uncompressed
//   -R name   or  //../name    the same, compressed
//   "||| dumpcmd ||| restorecmd ### comment"   the dump command's output, saved every run
//   "| shell-cmd"              the command's output lines (C-escaped) are entries; %T in it is
//                              the kind of run: F, F<part>, I or L<level>
// The prefix words (-m, -r, -R) apply to the next word of the list; the command forms must be
// quoted so the list keeps them as one word.
import { spawnSync } from 'node:child_process';
import type { CommandSpec } from '../../../protocol/archive/entry.js';
import { COMMAND_PREFIX, formatCommandSpec, isCommandSpec, parseCommandSpec } from '../../command.js';
import { cUnescape } from '../../names.js';
import type { Reporter } from '../../report.js';

export type BackupEntry =
  | { kind: 'path'; text: string; name: Buffer; oneFilesystem: boolean; glob: boolean }
  | { kind: 'raw'; text: string; name: Buffer; compress: boolean }
  | { kind: 'command'; text: string; spec: CommandSpec; name: Buffer }
  | { kind: 'list'; text: string; command: string };

/** An entry whose `|` list has been run: what a run saves. */
export type ResolvedEntry = Exclude<BackupEntry, { kind: 'list' }>;

/** What %T stands for: a full (part `part` of `parts`), or an incremental of `level` (0 = plain). */
export type BackupType = { full: true; part: number; parts: number } | { full: false; level: number };

export function backupTypeCode(t: BackupType): string {
  if (t.full) return t.parts > 1 ? `F${t.part}` : 'F';
  return t.level === 0 ? 'I' : `L${t.level}`;
}

// Longest first: '//../' also starts with '/', and '/../' must not eat the first '/' of it.
const PREFIXES: { prefix: string; make: (name: string, text: string) => BackupEntry }[] = [
  { prefix: './/.', make: (name, text) => ({ kind: 'path', text, name: Buffer.from(name), oneFilesystem: true, glob: true }) },
  { prefix: '//../', make: (name, text) => ({ kind: 'raw', text, name: Buffer.from(name), compress: true }) },
  { prefix: '/../', make: (name, text) => ({ kind: 'raw', text, name: Buffer.from(name), compress: false }) },
];

/** One entry of DirsToBackup; throws a message saying what is wrong with it. */
export function parseBackupEntry(text: string): BackupEntry {
  if (isCommandSpec(text)) {
    const spec = parseCommandSpec(text);
    return { kind: 'command', text, spec, name: Buffer.from(formatCommandSpec(spec)) };
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('|')) {
    const command = trimmed.slice(1).trim();
    if (!command) throw new Error(`list entry '${text}' has no command: write "| command" (quoted) whose output names the entries`);
    return { kind: 'list', text, command };
  }
  for (const p of PREFIXES) {
    if (!text.startsWith(p.prefix)) continue;
    const name = text.slice(p.prefix.length);
    if (!name) throw new Error(`entry '${text}' names nothing after '${p.prefix}'`);
    return p.make(name, text);
  }
  if (!text) throw new Error('empty entry');
  return { kind: 'path', text, name: Buffer.from(text), oneFilesystem: false, glob: true };
}

const PREFIX_WORDS: Record<string, string> = { '-m': './/.', '-r': '/../', '-R': '//../' };

/** The list's words with each prefix word (-m, -r, -R) joined to the word after it. */
export function joinPrefixWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prefix = PREFIX_WORDS[w];
    if (prefix === undefined) {
      if (w === COMMAND_PREFIX || w === '|') throw new Error(`'${w}' stands alone in DirsToBackup: put the whole command entry in double quotes`);
      out.push(w);
      continue;
    }
    const next = words[i + 1];
    if (next === undefined) throw new Error(`'${w}' at the end of DirsToBackup: it applies to the name after it`);
    out.push(prefix + next);
    i++;
  }
  return out;
}

// A list command prints names, not data; more than this is a mistake in the command.
const LIST_OUTPUT_LIMIT = 64 << 20;

export interface ResolveOptions {
  /** Where list commands run (RootDirectory: names they print are relative to it). */
  root: string;
  /** For %T in list commands. */
  backupType?: BackupType;
  report: Reporter;
}

/**
 * The entries a run saves: prefix words joined, each entry parsed, `|` commands run through
 * /bin/sh -c (as afbackup does: client.conf is the administrator's, owned by root) and their
 * output lines taken as names. A bad entry or a failing command is reported; the rest is saved.
 */
export function resolveEntries(words: readonly string[], o: ResolveOptions): ResolvedEntry[] {
  let joined: string[];
  try {
    joined = joinPrefixWords(words);
  } catch (e) {
    o.report.problem('DirsToBackup', `${(e as Error).message}; nothing saved from it`);
    return [];
  }
  const out: ResolvedEntry[] = [];
  for (const text of joined) {
    let entry: BackupEntry;
    try {
      entry = parseBackupEntry(text);
    } catch (e) {
      o.report.problem(text, `${(e as Error).message}; not saved`);
      continue;
    }
    if (entry.kind === 'list') out.push(...listedEntries(entry.text, entry.command, o));
    else out.push(entry);
  }
  return out;
}

function listedEntries(text: string, command: string, o: ResolveOptions): ResolvedEntry[] {
  let script = command;
  if (script.includes('%T')) {
    if (!o.backupType) {
      o.report.problem(text, 'uses %T but the kind of run is not known here; not saved');
      return [];
    }
    script = script.replaceAll('%T', backupTypeCode(o.backupType));
  }
  const r = spawnSync('/bin/sh', ['-c', script], { cwd: o.root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: LIST_OUTPUT_LIMIT });
  if (r.error) {
    o.report.problem(text, `cannot run the list command (${r.error.message}); the entries it printed are saved`);
  } else if (r.status !== 0) {
    o.report.problem(text, `the list command exited with ${r.signal ?? `status ${r.status}`}; the entries it printed are saved`);
  }
  const out: ResolvedEntry[] = [];
  const lines = (r.stdout ?? Buffer.alloc(0)).toString('latin1').split('\n');
  for (const line of lines) {
    if (line === '') continue;
    // Names are bytes: latin1 keeps each byte one character until cUnescape turns them back.
    const name = cUnescape(Buffer.from(line, 'latin1'));
    let entry: BackupEntry;
    try {
      entry = parseBackupEntry(name.toString('utf8'));
    } catch (e) {
      o.report.problem(name, `printed by '${command}': ${(e as Error).message}; not saved`);
      continue;
    }
    if (entry.kind === 'list') {
      o.report.problem(name, `printed by '${command}': a list command cannot list another; not saved`);
      continue;
    }
    // A printed name is a name, never a glob, and keeps its exact bytes.
    const prefix = PREFIXES.find((p) => name.toString('latin1').startsWith(p.prefix))?.prefix.length ?? 0;
    if (entry.kind === 'path') out.push({ ...entry, glob: false, name: name.subarray(prefix) });
    else if (entry.kind === 'raw') out.push({ ...entry, name: name.subarray(prefix) });
    else out.push(entry);
  }
  return out;
}
