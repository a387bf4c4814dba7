// afclient's short server requests and how their answers are printed: -q (current position),
// -Q (next write position of the cartridge set), -w (streamer state), -I (backup start headers
// on a cartridge), -M (client messages) and -X (remote start of a program in the server's
// Program-Directory).
import { constants } from 'node:os';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afwire, InboundData, type ProtocolClient } from '../../protocol/wire/index.js';
import { splitCommand } from '../../protocol/config/command.js';
import { parseClientMessage } from './client-message.js';

/** afbackup's form of a position: "cart.file". */
export function cartFile(p: afwire.IWritePosition | null | undefined): string {
  return `${p?.cartridge ?? 0}.${p?.tapeFile ?? 0}`;
}

/** -q: where the drive is now. */
export async function currentPosition(client: ProtocolClient): Promise<string> {
  return cartFile((await client.request({ queryPosition: {} })).position);
}

/** -Q: where the next backup of the cartridge set will start. */
export async function nextWritePosition(client: ProtocolClient, cartridgeSet: number): Promise<string> {
  return cartFile((await client.request({ queryWritePosition: { cartridgeSet } })).position);
}

/** -w: the state word (afbackup's, with +CHANGEABLE when a cartridge change is possible), then the detail. */
export async function streamerState(client: ProtocolClient): Promise<{ state: string; detail: string }> {
  const info = (await client.request({ queryStreamerState: {} })).streamerState;
  const word = afwire.StreamerState[info?.state ?? afwire.StreamerState.UNAVAIL] ?? 'UNAVAIL';
  return { state: info?.changeable ? `${word}+CHANGEABLE` : word, detail: info?.detail ?? '' };
}

/** -I: "cart.file: header text" for each backup of this client that starts on the cartridge. */
export async function backupHeaders(client: ProtocolClient, cartridge: number): Promise<string[]> {
  if (!Number.isSafeInteger(cartridge) || cartridge < 1) throw new Error(`-I needs the cartridge: --cartridge N (1 or more), not ${cartridge}`);
  const list = (await client.request({ listBackupHeaders: { cartridge } })).headers?.headers ?? [];
  return list.map((h) => `${cartFile(h.position)}: ${h.text ?? ''}`);
}

/** -M: sends the message; returns the server's answer. */
export async function sendClientMessage(client: ProtocolClient, text: string): Promise<string> {
  const response = await client.request({ clientMessage: parseClientMessage(text) });
  return response.message ?? '';
}

/**
 * -X: runs "program args" from the server's Program-Directory, copying its output to `out`.
 * Resolves with the exit status to pass on: the program's, or 128 + the signal number when a
 * signal ended it (as a shell reports it).
 */
export async function remoteStart(client: ProtocolClient, command: string, out: Writable, quiet = false): Promise<{ exitCode: number; signal: string }> {
  if (command.trim() === '') throw new Error("-X needs a program: -X 'PROGRAM [ARGS]' (a program in the server's Program-Directory)");
  const [program, ...args] = splitCommand(command);
  const { data } = await client.receiveData({ remoteStart: { program: program!, args, quiet } });
  if (!(data instanceof InboundData)) throw new Error(`the server started ${program} but sent no output stream; it may be an incompatible server`);
  await pipeline(data, out, { end: false });
  const end = await data.done;
  if (end.signal) return { exitCode: 128 + ((constants.signals as Record<string, number>)[end.signal] ?? 0), signal: end.signal };
  return { exitCode: end.exitCode, signal: '' };
}
