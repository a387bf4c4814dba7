// The minimum restore information: one line, printed after every successful run, that is all
// an emergency restore (afrestore -e) needs when the client's filelists are gone. Still found
// by grepping for afbackup's prefix, versioned, and checksummed so a damaged line is refused:
//
//   @@@===--->>> AFB2 <client> <server> <port> <c>.<f>.<b> <fc>.<ff> <num>.<part>/<parts> <time> <crc>
//
// <c>.<f>.<b>: cartridge, tape file and block where the run's filelist copy starts on tape;
// <fc>.<ff>: where the newest complete full backup starts (part 1); <num>.<part>/<parts>: the
// run's full backup number and part; <time>: run start, UTC (20261122T064619Z); <crc>: CRC-32
// in hex of the text from AFB2 to the time. Client id and server are %-escaped (%20 = space).
// afbackup 3.x lines (`@@@===--->>> <client> <server> <port> <cart> <file> [<path>]`) are read too.
import zlib from 'node:zlib';

export const MIN_INFO_MARKER = '@@@===--->>>';
const VERSION_TAG = 'AFB2';

export interface MinInfo {
  version: 2;
  clientId: string;
  server: string;
  port: number;
  /** Where the run's filelist copy starts. */
  filelist: { cartridge: number; tapeFile: number; block: number };
  /** Where part 1 of the newest complete full backup starts. */
  lastFull: { cartridge: number; tapeFile: number };
  fullNumber: number;
  part: number;
  parts: number;
  /** Run start, whole seconds since the epoch. */
  timeSec: number;
}

/** afbackup 3.x: the tape file holding its start-positions copy, by the name it had then. */
export interface LegacyMinInfo {
  version: 1;
  clientId: string;
  server: string;
  port: number;
  cartridge: number;
  tapeFile: number;
  startPositionsFile?: string;
}

export type AnyMinInfo = MinInfo | LegacyMinInfo;

const SAFE = /[A-Za-z0-9._~+@:=\-[\]]/;

function escapeField(s: string): string {
  if (s === '') return '%';
  let out = '';
  for (const ch of s) out += SAFE.test(ch) ? ch : [...Buffer.from(ch, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
  return out;
}

function unescapeField(s: string): string {
  if (s === '%') return '';
  if (!/^(?:[^%]|%[0-9A-Fa-f]{2})*$/.test(s)) throw new Error(`bad %-escape in '${s}'`);
  return Buffer.from(s.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

const crcHex = (text: string): string => zlib.crc32(Buffer.from(text, 'utf8')).toString(16).padStart(8, '0');

function timeString(sec: number): string {
  return new Date(sec * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseTime(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) throw new Error(`'${s}' is not a time like 20261122T064619Z`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) / 1000;
}

const nonNegative = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} ${n} must be a whole number >= 0`);
  return n;
};

export function formatMinInfo(info: Omit<MinInfo, 'version'>): string {
  const f = info.filelist;
  const body = [
    VERSION_TAG,
    escapeField(info.clientId),
    escapeField(info.server),
    nonNegative(info.port, 'port'),
    `${nonNegative(f.cartridge, 'cartridge')}.${nonNegative(f.tapeFile, 'tape file')}.${nonNegative(f.block, 'block')}`,
    `${nonNegative(info.lastFull.cartridge, 'cartridge')}.${nonNegative(info.lastFull.tapeFile, 'tape file')}`,
    `${nonNegative(info.fullNumber, 'full number')}.${nonNegative(info.part, 'part')}/${nonNegative(info.parts, 'parts')}`,
    timeString(nonNegative(info.timeSec, 'time')),
  ].join(' ');
  return `${MIN_INFO_MARKER} ${body} ${crcHex(body)}`;
}

const numbers = (s: string, pattern: RegExp, what: string): number[] => {
  const m = pattern.exec(s);
  if (!m) throw new Error(`'${s}' is not ${what}`);
  return m.slice(1).map(Number);
};

function parseV2(words: string[]): MinInfo {
  if (words.length !== 9) throw new Error(`expected 9 fields after ${MIN_INFO_MARKER}, found ${words.length}`);
  const body = words.slice(0, 8).join(' ');
  if (!/^[0-9a-f]{8}$/.test(words[8]!) || crcHex(body) !== words[8]) throw new Error('checksum mismatch: the line is damaged or was edited');
  const [c, f, b] = numbers(words[4]!, /^(\d+)\.(\d+)\.(\d+)$/, 'cartridge.tapefile.block');
  const [fc, ff] = numbers(words[5]!, /^(\d+)\.(\d+)$/, 'cartridge.tapefile');
  const [num, part, parts] = numbers(words[6]!, /^(\d+)\.(\d+)\/(\d+)$/, 'number.part/parts');
  return {
    version: 2,
    clientId: unescapeField(words[1]!),
    server: unescapeField(words[2]!),
    port: numbers(words[3]!, /^(\d+)$/, 'a port')[0]!,
    filelist: { cartridge: c!, tapeFile: f!, block: b! },
    lastFull: { cartridge: fc!, tapeFile: ff! },
    fullNumber: num!,
    part: part!,
    parts: parts!,
    timeSec: parseTime(words[7]!),
  };
}

function parseLegacy(words: string[]): LegacyMinInfo {
  if (words.length < 5 || words.length > 6) throw new Error(`expected 5 or 6 fields after ${MIN_INFO_MARKER}, found ${words.length}`);
  const [port, cartridge, tapeFile] = words.slice(2, 5).map((w) => numbers(w, /^(\d+)$/, 'a number')[0]!);
  return {
    version: 1,
    clientId: words[0]!,
    server: words[1]!,
    port: port!,
    cartridge: cartridge!,
    tapeFile: tapeFile!,
    ...(words[5] !== undefined ? { startPositionsFile: words[5] } : {}),
  };
}

/** Parses the part of one line after the marker. */
export function parseMinInfoLine(line: string): AnyMinInfo {
  const at = line.indexOf(MIN_INFO_MARKER);
  if (at < 0) throw new Error(`no '${MIN_INFO_MARKER}' in the line`);
  const words = line.slice(at + MIN_INFO_MARKER.length).trim().split(/\s+/).filter(Boolean);
  return words[0] === VERSION_TAG ? parseV2(words) : parseLegacy(words);
}

/**
 * The last valid minimum restore information in `text` (a mail, a log, a whole mailbox), for
 * `clientId` if given. Throws with what was found when there is none.
 */
export function parseMinInfo(text: string, clientId?: string): AnyMinInfo {
  let found: AnyMinInfo | undefined;
  const problems: string[] = [];
  const otherClients = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.includes(MIN_INFO_MARKER)) return;
    try {
      const info = parseMinInfoLine(line);
      if (clientId === undefined || info.clientId === clientId) found = info;
      else otherClients.add(info.clientId);
    } catch (e) {
      problems.push(`line ${i + 1}: ${(e as Error).message}`);
    }
  });
  if (found) return found;
  const others = otherClients.size > 0 ? `; there is some for client id(s) ${[...otherClients].join(', ')}` : '';
  if (problems.length > 0) {
    throw new Error(`no valid minimum restore information${clientId !== undefined ? ` for client id '${clientId}'` : ''}: ${problems.join('; ')}${others}`);
  }
  if (otherClients.size > 0) throw new Error(`no minimum restore information for client id '${clientId}'${others} (choose one with -W)`);
  throw new Error(`no minimum restore information in the input (a line containing '${MIN_INFO_MARKER}'); feed the mail or file StartupInfoProgram received, or scan the tapes with afrestore -E`);
}
