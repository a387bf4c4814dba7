// afrestore's -A and -B: "<date> [% <backup date>]". The part before '%' bounds the files'
// modification time, the part after it the start time of the backup that saved them; either
// part may be empty ("% 2026-11-21": only the backup time). Dates are seconds since the epoch
// or anything Date.parse understands ("2026-11-20 12:00" is local time, like date(1)).
import { parseTimeNs } from '../afclient/select.js';

export interface TimeBounds {
  mtimeNs?: bigint;
  backupNs?: bigint;
}

function parseDate(text: string, flag: string): bigint {
  const ns = parseTimeNs(text);
  if (ns === undefined) throw new Error(`${flag} '${text}': not a date; give seconds since 1970 or a date like '2026-11-20 12:00'`);
  return ns;
}

export function parseTimeBounds(text: string, flag: '-A' | '-B'): TimeBounds {
  const pct = text.indexOf('%');
  const file = (pct < 0 ? text : text.slice(0, pct)).trim();
  const backup = pct < 0 ? '' : text.slice(pct + 1).trim();
  if (!file && !backup) throw new Error(`${flag} needs a date: '${flag} "<file date> [% <backup date>]"'`);
  return {
    ...(file ? { mtimeNs: parseDate(file, flag) } : {}),
    ...(backup ? { backupNs: parseDate(backup, `${flag} ... %`) } : {}),
  };
}
