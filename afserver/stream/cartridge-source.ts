// Which cartridge a cartridge set writes to next. The write position of a set moves forward
// with every tape file; when a cartridge fills up, the next one of the set that is neither
// read-only nor still needed by a client takes over. A cartridge that held old, released
// backups is written again from tape file 1. With none left, the operator is told and the
// writer waits until one is provided (a new cartridge, released tapes, a read-write one).
import { spawn } from 'node:child_process';
import type { Logger } from 'pino';
import { splitCommand } from '../../protocol/config/command.js';
import type { Catalog, WritePosition } from '../catalog/index.js';
import type { OperatorNotifier } from '../media/operator.js';

export interface CartridgeSourceOptions {
  /** Run when a cartridge fills up: %c = the full cartridge, %s = its cartridge set. */
  tapeFullCommand?: string;
  /** How often to look again for a writable cartridge while waiting for the operator. */
  retryMs?: number;
  /** Give up waiting after this long (the client then gets an error). */
  maxWaitMs?: number;
}

/** A write position, and whether writing there overwrites what the cartridge held before. */
export interface Target extends WritePosition {
  overwrite: boolean;
}

export class CartridgeSource {
  constructor(
    private readonly catalog: Catalog,
    private readonly operator: OperatorNotifier,
    private readonly log: Logger,
    private readonly o: CartridgeSourceOptions = {},
  ) {}

  /** Where the set's next session starts. */
  async writePosition(cartridgeSet: number): Promise<Target> {
    const pos = this.catalog.cartridges.writePosition(cartridgeSet);
    if (pos) {
      const c = this.catalog.cartridges.require(pos.cartridge);
      if (!c.full && !c.readOnly) return { ...pos, overwrite: false };
      return this.nextCartridge(cartridgeSet, pos.cartridge);
    }
    const first = this.catalog.cartridges.inSet(cartridgeSet)[0];
    if (!first) throw new Error(`cartridge set ${cartridgeSet} has no cartridges (see Cartridge-Sets)`);
    if (!first.readOnly && !first.full && first.tapeFiles === 0) return { cartridge: first.number, tapeFile: 1, overwrite: false };
    return this.nextCartridge(cartridgeSet, first.number - 1);
  }

  advance(cartridgeSet: number, pos: WritePosition): void {
    this.catalog.cartridges.setWritePosition(cartridgeSet, pos);
  }

  /** The cartridge to continue on after `full`; waits for the operator when there is none. */
  async nextCartridge(cartridgeSet: number, full: number): Promise<Target> {
    if (this.catalog.cartridges.get(full)?.full) this.runTapeFullCommand(full, cartridgeSet);
    const deadline = Date.now() + (this.o.maxWaitMs ?? 24 * 3600_000);
    let told = false;
    for (;;) {
      const next = this.catalog.cartridges.nextWritable(cartridgeSet, full, (n) => this.catalog.precious.isPrecious(n));
      if (next) {
        if (next.tapeFiles === 0 && next.bytes === 0) return { cartridge: next.number, tapeFile: 1, overwrite: false };
        this.log.info(`cartridge ${next.number} of set ${cartridgeSet} holds only released backups; it is written again from tape file 1`);
        this.catalog.cartridges.startOver(next.number);
        return { cartridge: next.number, tapeFile: 1, overwrite: true };
      }
      if (Date.now() >= deadline) {
        throw new Error(`cartridge set ${cartridgeSet} has no writable cartridge left; add cartridges or release tapes, then run the backup again`);
      }
      if (!told) {
        await this.operator.tell(
          `cartridge set ${cartridgeSet} is full`,
          `No cartridge of set ${cartridgeSet} can be written: all are full, read-only or still needed by clients. ` +
            `Add cartridges (cart_ctl), release tapes (ReuseTapes:, DeleteClient:) or make one writable; the backup waits and goes on then.`,
        );
        told = true;
      }
      await new Promise((r) => setTimeout(r, this.o.retryMs ?? 10_000));
    }
  }

  private runTapeFullCommand(cartridge: number, cartridgeSet: number): void {
    const cmd = this.o.tapeFullCommand;
    if (!cmd) return;
    const argv = splitCommand(cmd.replace(/%c/g, String(cartridge)).replace(/%s/g, String(cartridgeSet)));
    const child = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore' });
    child.on('error', (e) => this.log.error(`Tape-Full-Command '${cmd}' could not be started: ${e.message}`));
    child.on('close', (code) => {
      if (code !== 0) this.log.error(`Tape-Full-Command '${cmd}' exited with ${code}`);
    });
  }
}
