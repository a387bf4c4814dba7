// Cartridge files as objects on a shelf: create a blank one, look at its label and fill level,
// flip its write-protect tab. Loading one into a drive is LoadedCartridge's business.
import fs from 'node:fs/promises';
import { TapeError } from '../tape/tape-error.js';
import { cartridgeHolder } from './cartridge-lock.js';
import { cartridgeDeviceName, readHeader, scanCartridge } from './cartridge-scan.js';
import { FormatError, encodeHeader, type CartridgeHeader } from './format.js';

export interface CartridgeParams {
  /** Medium size: record payload bytes plus a small cost per filemark (FORMAT.md). */
  capacityBytes: number;
  /** Size of the early-warning zone before the physical end. */
  earlyWarningBytes: number;
  writeProtected?: boolean;
  /** Volume tag a library's barcode reader would see: 1..32 printable ASCII characters. */
  barcode?: string;
}

export interface CartridgeInfo {
  capacityBytes: number;
  earlyWarningBytes: number;
  writeProtected: boolean;
  barcode?: string;
  /** Medium consumed up to end of data (damaged or torn parts not counted). */
  usedBytes: number;
}

/** Creates a blank cartridge file. Refuses to overwrite an existing file. */
export async function createCartridge(file: string, params: CartridgeParams): Promise<void> {
  const device = cartridgeDeviceName(file);
  const header: CartridgeHeader = {
    capacityBytes: params.capacityBytes,
    earlyWarningBytes: params.earlyWarningBytes,
    writeProtected: params.writeProtected ?? false,
  };
  if (params.barcode !== undefined) header.barcode = params.barcode;
  let bytes: Buffer;
  try {
    bytes = encodeHeader(header);
  } catch (e) {
    if (e instanceof FormatError) throw new TapeError('EINVAL', device, `cannot create cartridge ${file}: ${e.message}`);
    throw e;
  }
  let fh;
  try {
    fh = await fs.open(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new TapeError('EINVAL', device, `cannot create cartridge ${file}: the file exists already; remove it or choose another name`);
    }
    throw e;
  }
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export async function readCartridgeInfo(file: string): Promise<CartridgeInfo> {
  const fh = await fs.open(file, 'r');
  try {
    const { header, index } = await scanCartridge(fh, file);
    const info: CartridgeInfo = {
      capacityBytes: header.capacityBytes,
      earlyWarningBytes: header.earlyWarningBytes,
      writeProtected: header.writeProtected,
      usedBytes: index.usedBytes(index.count),
    };
    if (header.barcode !== undefined) info.barcode = header.barcode;
    return info;
  } finally {
    await fh.close();
  }
}

/** Sets or clears the write-protect tab. Like a real tab, not while the cartridge is in a drive. */
export async function setWriteProtect(file: string, on: boolean): Promise<void> {
  const device = cartridgeDeviceName(file);
  const holder = await cartridgeHolder(file);
  if (holder !== null) {
    throw new TapeError('EBUSY', device, `cannot change the write protection of ${file}: it is loaded in a drive of process ${holder}; unload it first`);
  }
  const fh = await fs.open(file, 'r+');
  try {
    const header = await readHeader(fh, file);
    await fh.write(encodeHeader({ ...header, writeProtected: on }), 0, undefined, 0);
    await fh.sync();
  } finally {
    await fh.close();
  }
}
