// The `Name: value` configuration files of afserver and the clients (afbackup's format, see
// names.ts for how names match). Each program declares its parameters in a schema; anything
// not declared, given twice or not of the declared type is an error naming file and line, and
// all such errors of a file are reported together so one edit can fix them all.

import fs from 'node:fs/promises';
import { nameMatcher, suggestName } from './names.js';

export type ParamType = 'string' | 'int' | 'float' | 'bytes' | 'bool' | 'list' | 'path';

export type ValueOf<T extends ParamType> = T extends 'int' | 'float' | 'bytes' ? number : T extends 'bool' ? boolean : T extends 'list' ? string[] : string;

export interface ParamSpec<T extends ParamType = ParamType> {
  type: T;
  /** Other accepted names (afbackup's abbreviations and old names), matched like the name. */
  aliases?: readonly string[];
  default?: ValueOf<T>;
  /** Bounds for int, float and bytes. */
  min?: number;
  max?: number;
}

export type ConfigSchema = Record<string, ParamSpec>;

/** Parsed values by declared name; parameters with a default are always set. */
export type ConfigValues<S extends ConfigSchema> = {
  [K in keyof S]: S[K] extends { default: unknown } ? ValueOf<S[K]['type']> : ValueOf<S[K]['type']> | undefined;
};

export interface ParsedConfig<S extends ConfigSchema> {
  values: ConfigValues<S>;
  /** Parameters the file set, with their line numbers. */
  lines: Partial<Record<keyof S, number>>;
}

export interface ParseOptions {
  /** File name used in error messages (default "config"). */
  file?: string;
  /** Substitutions for path parameters: { V: '/var/lib/afbackup', C: '/etc/afbackup' } makes %V and %C usable. */
  patterns?: Readonly<Record<string, string>>;
}

export class ConfigError extends Error {
  /** One "file:line: problem" line per problem. */
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Identity with type checking, so a schema keeps its literal types: `defineSchema({ Port: { type: 'int', default: 2988 } })`. */
export function defineSchema<const S extends ConfigSchema>(schema: S): S {
  return schema;
}

/** Splits at whitespace and commas; "double quotes" group (and may hold either). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let cur = '';
  let quoted = false;
  let inItem = false;
  for (const ch of value) {
    if (ch === '"') {
      quoted = !quoted;
      inItem = true;
    } else if (!quoted && (ch === ',' || /\s/.test(ch))) {
      if (inItem) items.push(cur);
      cur = '';
      inItem = false;
    } else {
      cur += ch;
      inItem = true;
    }
  }
  if (quoted) throw new Error('unterminated double quote');
  if (inItem) items.push(cur);
  return items;
}

/** The line without its comment: '#' outside double quotes starts one. */
function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === '#' && !quoted) return line.slice(0, i);
  }
  return line;
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** "512", "10k", "1.5 M", "4G", "2GiB", "100MB": binary multiples, as tape sizes are usually meant. */
export function parseBytes(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) throw new Error(`${JSON.stringify(text)} is not a byte size (e.g. 10240, 64K, 100M, 4G)`);
  return Math.floor(Number(m[1]) * BYTE_UNITS[m[2]!.toLowerCase()]!);
}

function parseBool(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (['1', 'yes', 'true', 'on', 'y'].includes(t)) return true;
  if (['0', 'no', 'false', 'off', 'n'].includes(t)) return false;
  throw new Error(`${JSON.stringify(text)} is not a yes/no value (use 1 or 0, yes or no)`);
}

function unquote(value: string): string {
  const items = splitList(value);
  return items.length === 1 && /^".*"$/.test(value) ? items[0]! : value;
}

function substitute(value: string, patterns: Readonly<Record<string, string>>): string {
  return value.replace(/%(.)/g, (_, ch: string) => {
    if (ch === '%') return '%';
    const rep = patterns[ch];
    if (rep === undefined) {
      const known = Object.keys(patterns).map((k) => `%${k}`);
      throw new Error(`unknown pattern %${ch} (known here: ${known.length ? known.join(' ') : 'none'}; write %% for a literal %)`);
    }
    return rep;
  });
}

function checkRange(n: number, spec: ParamSpec): number {
  if (spec.min !== undefined && n < spec.min) throw new Error(`${n} is below the minimum ${spec.min}`);
  if (spec.max !== undefined && n > spec.max) throw new Error(`${n} is above the maximum ${spec.max}`);
  return n;
}

function convert(raw: string, spec: ParamSpec, patterns: Readonly<Record<string, string>>): ValueOf<ParamType> {
  if (raw === '' && spec.type !== 'string' && spec.type !== 'list') throw new Error('needs a value');
  switch (spec.type) {
    case 'string':
      return unquote(raw);
    case 'path':
      return substitute(unquote(raw), patterns);
    case 'list':
      return splitList(raw);
    case 'bool':
      return parseBool(unquote(raw));
    case 'bytes':
      return checkRange(parseBytes(unquote(raw)), spec);
    case 'int': {
      const t = unquote(raw);
      if (!/^[+-]?\d+$/.test(t)) throw new Error(`${JSON.stringify(t)} is not a whole number`);
      return checkRange(Number(t), spec);
    }
    case 'float': {
      const t = unquote(raw);
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) throw new Error(`${JSON.stringify(t)} is not a number`);
      return checkRange(Number(t), spec);
    }
  }
}

interface Matcher {
  name: string;
  spellings: readonly string[];
  regexes: RegExp[];
}

function matchers(schema: ConfigSchema): Matcher[] {
  return Object.entries(schema).map(([name, spec]) => {
    const spellings = [name, ...(spec.aliases ?? [])];
    return { name, spellings, regexes: spellings.map(nameMatcher) };
  });
}

/** Parses configuration text against a schema; throws ConfigError listing every problem. */
export function parseConfig<S extends ConfigSchema>(text: string, schema: S, options: ParseOptions = {}): ParsedConfig<S> {
  const file = options.file ?? 'config';
  const patterns = options.patterns ?? {};
  const known = matchers(schema);
  const values: Record<string, ValueOf<ParamType> | undefined> = {};
  const lines: Record<string, number> = {};
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const lineNo = i + 1;
    const line = stripComment(rawLine).trim();
    if (line === '') return;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      problems.push(`${file}:${lineNo}: expected 'Name: value', got ${JSON.stringify(line)}`);
      return;
    }
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const match = known.find((m) => m.regexes.some((r) => r.test(key)));
    if (!match) {
      const hint = suggestName(key, known);
      problems.push(`${file}:${lineNo}: unknown parameter '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
      return;
    }
    const first = lines[match.name];
    if (first !== undefined) {
      problems.push(`${file}:${lineNo}: '${match.name}' is already set on line ${first}; remove one of them`);
      return;
    }
    lines[match.name] = lineNo;
    try {
      values[match.name] = convert(value, schema[match.name]!, patterns);
    } catch (e) {
      problems.push(`${file}:${lineNo}: '${match.name}': ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  if (problems.length > 0) throw new ConfigError(problems);
  for (const [name, spec] of Object.entries(schema)) {
    if (!(name in values) && spec.default !== undefined) values[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  }
  return { values: values as ConfigValues<S>, lines: lines as Partial<Record<keyof S, number>> };
}

/** Reads and parses a configuration file; error messages name the file as given. */
export async function loadConfigFile<S extends ConfigSchema>(path: string, schema: S, options: Omit<ParseOptions, 'file'> = {}): Promise<ParsedConfig<S>> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ConfigError([`${path}: cannot read the configuration file (${code})`]);
  }
  return parseConfig(text, schema, { ...options, file: path });
}
