// A real tape library driven through Debian's mtx(1). Every operation runs
// `mtx -f DEV [nobarcode] COMMAND ARGS` with execFile (never a shell, so device names and
// arguments reach mtx untouched) and turns mtx's one-line fatal errors into ChangerErrors that
// tell the operator what to do next.

import { execFile } from 'node:child_process';
import { ChangerError, type Changer, type ChangerStatus } from './changer.js';
import { parseMtxStatus } from './mtx-status.js';

export interface MtxChangerOptions {
  /** The mtx program; default "mtx" looked up in PATH. */
  mtxPath?: string;
  /** Pass "nobarcode" to mtx (for libraries whose barcode reader hangs or lies). */
  noBarcode?: boolean;
  /** Milliseconds one mtx run may take (a robot move in a big library takes minutes). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** Why mtx failed, from the last "mtx: ..." line of its stderr, with the next step to take. */
export function explainMtxError(device: string, stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const fatal = [...lines].reverse().find((l) => !l.includes('Request Sense:')) ?? '';
  const msg = fatal.replace(/^\S*mtx: /, '');
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/cannot open SCSI device '([^']*)' - (.*)/, (m) =>
      `cannot open changer device ${m[1]} (${m[2]}): check the changer device name (lsscsi -g lists it as "mediumx") and that this user may read and write it`],
    [/(\S+) is not an sg device/, (m) =>
      `${m[1]} is not a SCSI generic device: name the changer's /dev/sgN (lsscsi -g lists it as "mediumx")`],
    [/Source Element Address (\d+) is Empty/, (m) =>
      `the source element (SCSI address ${m[1]}) is empty: check "mtx -f ${device} status"; if the library was opened by hand, run "mtx -f ${device} inventory" first`],
    [/Drive (\d+) Full \(Storage Element (\d+) loaded\)/, (m) =>
      `drive ${m[1]} already holds a cartridge (from slot ${m[2]}): unload it first`],
    [/Storage Element (\d+) is Already Full/, (m) =>
      `slot ${m[1]} is already full: unload into an empty slot (see "mtx -f ${device} status")`],
    [/Destination Element Address (\d+) is Already Full/, (m) =>
      `the destination (SCSI address ${m[1]}) is already full: choose an empty slot (see "mtx -f ${device} status")`],
    [/Data Transfer Element (\d+) is Empty/, (m) => `drive ${m[1]} is empty: there is nothing to unload`],
    [/Drive needs offline before move/, () =>
      'the drive still holds the tape: eject it first (mt -f /dev/nstN offline), then unload'],
    [/No Source for tape in drive (\d+)/, (m) =>
      `the library does not know which slot drive ${m[1]}'s cartridge came from: name the slot to unload into`],
    [/(?:Invalid|illegal) <(storage-element|drive)-number> argument '(-?\d+)'/, (m) =>
      `there is no ${m[1] === 'drive' ? 'drive' : 'slot'} ${m[2]} in this library (see "mtx -f ${device} status")`],
    [/^Invalid (source|destination)$/, (m) => `the ${m[1]} slot does not exist (see "mtx -f ${device} status")`],
    [/READ ELEMENT STATUS Command Failed/, () =>
      `${device} did not answer READ ELEMENT STATUS: is it the changer and not a tape drive (lsscsi -g shows the changer as "mediumx")?`],
    [/Cleaning Cartridge Installed and Ejected/, () => 'the drive was cleaned and the cleaning cartridge ejected: repeat the load'],
    [/(MOVE|EXCHANGE) MEDIUM from Element Address (\d+) to (\d+) Failed/, (m) =>
      `the library refused to move a cartridge from SCSI address ${m[2]} to ${m[3]} (sense data: ${lines.filter((l) => l.includes('Additional Sense')).join('; ') || 'none'}): check that the library is not in manual mode or locked (medium removal prevented) and that the drive has ejected the tape`],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(msg);
    if (m) return say(m);
  }
  return `mtx failed: ${msg || 'no message'}${lines.length > 1 ? ` (${lines.join('; ')})` : ''}`;
}

export class MtxChanger implements Changer {
  readonly name: string;
  private readonly mtxPath: string;
  private readonly noBarcode: boolean;
  private readonly timeoutMs: number;

  constructor(
    readonly device: string,
    opts: MtxChangerOptions = {},
  ) {
    this.name = device;
    this.mtxPath = opts.mtxPath ?? 'mtx';
    this.noBarcode = opts.noBarcode ?? false;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async status(): Promise<ChangerStatus> {
    const out = await this.run(['status']);
    try {
      return parseMtxStatus(out);
    } catch (e) {
      throw new ChangerError(this.name, `could not read "mtx status": ${(e as Error).message}`);
    }
  }

  async load(slot: number, drive: number): Promise<void> {
    await this.run(['load', String(slot), String(drive)]);
  }

  async unload(drive: number, slot?: number): Promise<void> {
    // mtx cannot be told "drive N back to its own slot" for N > 0 without naming the slot.
    let to = slot;
    if (to === undefined) {
      const d = (await this.status()).drives[drive];
      if (!d) throw new ChangerError(this.name, `there is no drive ${drive} in this library`);
      if (!d.full) throw new ChangerError(this.name, `drive ${drive} is empty: there is nothing to unload`);
      if (d.sourceSlot === undefined) {
        throw new ChangerError(this.name, `the library does not know which slot drive ${drive}'s cartridge came from: name the slot to unload into`);
      }
      to = d.sourceSlot;
    }
    await this.run(['unload', String(to), String(drive)]);
  }

  async transfer(fromSlot: number, toSlot: number): Promise<void> {
    await this.run(['transfer', String(fromSlot), String(toSlot)]);
  }

  async inventory(): Promise<void> {
    await this.run(['inventory']);
  }

  private run(command: string[]): Promise<string> {
    for (const a of command.slice(1)) {
      // mtx reads a non-number as "argument missing" and then acts on defaults (slot/drive 0).
      if (!/^\d+$/.test(a)) throw new ChangerError(this.name, `element number ${a} is not a whole number >= 0`);
    }
    const args = ['-f', this.device, ...(this.noBarcode ? ['nobarcode'] : []), ...command];
    return new Promise((resolve, reject) => {
      execFile(this.mtxPath, args, { timeout: this.timeoutMs, maxBuffer: 16 << 20, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') {
          return reject(new ChangerError(this.name, `cannot run ${this.mtxPath}: not found; install the Debian package "mtx" or set mtxPath`));
        }
        if (e.killed) {
          return reject(new ChangerError(this.name, `"mtx ${command.join(' ')}" took longer than ${this.timeoutMs / 1000} s and was stopped: check the library's front panel for a stuck robot`));
        }
        reject(new ChangerError(this.name, `mtx ${command.join(' ')}: ${explainMtxError(this.device, stderr)}`));
      });
    });
  }
}
