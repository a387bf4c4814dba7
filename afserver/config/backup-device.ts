// What "Backup-Device" names. afbackup took a no-rewind tape device (optionally with a changer:
// "dev[=drive]@changerdev#slots[^loadports]") or a directory. Here a plain folder is a virtual
// tape library (created on first use), which is what a new installation wants; afbackup's
// directory "tapes" for removable disks are spelled "dirtape:FOLDER", and a drive on another
// host "host:/dev/nst0" as GNU tar spells it (reached through rmt over ssh).
import path from 'node:path';

export type BackupDevice =
  | { kind: 'library'; folder: string }
  | { kind: 'st'; device: string; changer?: { device: string; drive: number; slots?: number; loadPorts?: number } }
  | { kind: 'dirtape'; folder: string }
  | { kind: 'rmt'; host: string; device: string };

export function parseBackupDevice(text: string | undefined, baseDir: string): BackupDevice {
  if (text === undefined || text.trim() === '') {
    throw new Error("Backup-Device is not set: name a folder for a virtual tape library (e.g. 'Backup-Device: /var/lib/afbackup/library') or a tape drive ('/dev/nst0')");
  }
  const spec = text.trim();
  if (spec.startsWith('dirtape:')) return { kind: 'dirtape', folder: path.resolve(baseDir, spec.slice('dirtape:'.length)) };
  const remote = /^([A-Za-z0-9._-]+):(\/.+)$/.exec(spec);
  if (remote) return { kind: 'rmt', host: remote[1]!, device: remote[2]! };
  const changer = /^([^=@]+)(?:=(\d+))?@([^#^]+)(?:#(\d+))?(?:\^(\d+))?$/.exec(spec);
  if (changer) {
    return {
      kind: 'st',
      device: changer[1]!,
      changer: {
        device: changer[3]!,
        drive: changer[2] === undefined ? 0 : Number(changer[2]),
        ...(changer[4] === undefined ? {} : { slots: Number(changer[4]) }),
        ...(changer[5] === undefined ? {} : { loadPorts: Number(changer[5]) }),
      },
    };
  }
  if (spec.startsWith('/dev/')) return { kind: 'st', device: spec };
  return { kind: 'library', folder: path.resolve(baseDir, spec) };
}
