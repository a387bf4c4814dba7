// copy_tape to another server: the source cartridge is read through this server's drive and
// each tape file goes, record for record, to the target afserver (CopyBegin, CopyTapeFile,
// CopyCommit in wire.proto), which writes it onto its cartridge. Nothing is staged: the two
// drives stream, with the connection's backpressure between them. The digest of every tape
// file as read here goes with CopyCommit; the target reads its copy back and compares before
// it records the copy, so success here means the copy was verified there. The source is only
// ever read.
import { afwire, isProtocolError, u64, type ProtocolClient } from '../../protocol/wire/index.js';
import type { TapeDevice } from '../../drivers/tape/tape-device.js';
import type { Catalog } from '../catalog/index.js';
import type { Media } from '../media/media.js';
import { loadCartridge, type OperatorWait } from './copy-load.js';
import { digestDifference, digestFromWire, digestToWire, framedRecord, RecordDigest, type TapeFileDigest } from './copy-records.js';
import { countTapeFiles, isLabel, requireSource, toTapeFile } from './copy-run.js';
import { readRecord } from './copy-staging.js';

export interface RemoteCopyRequest {
  from: number;
  /** The target cartridge, on the other server. */
  to: number;
  firstTapeFile: number;
  /** This server's ServerIdentifier: the target records which server the original belongs to. */
  sourceServer: string;
  /** "host:port" of the target, for messages. */
  target: string;
  progress: (line: string) => void;
  /** Without a changer: who inserts the source. */
  wait: OperatorWait;
}

export interface RemoteCopyResult {
  /** The number the copy stands for (the source's, or the original's when the source is itself a copy). */
  original: number;
  barcode: string;
  tapeFiles: number;
  bytes: number;
}

/** What this catalog knows of the copied tape files' backups, for the target's catalog. */
function backupsOf(catalog: Catalog, original: number, copied: ReadonlySet<number>): afwire.ICopiedBackup[] {
  const out: afwire.ICopiedBackup[] = [];
  for (const f of catalog.sessions.onCartridge(original)) {
    const s = f.sessionId === null ? undefined : catalog.sessions.get(f.sessionId);
    if (!s || !copied.has(f.tapeFile)) continue;
    out.push({
      tapeFile: f.tapeFile,
      clientId: s.clientId,
      sessionStarted: u64(s.started),
      sessionFinished: u64(s.finished ?? 0),
      sessionState: s.state,
      sessionBytes: u64(s.bytes),
      sequence: f.sequence,
      kind: f.kind,
      streamOffset: u64(f.streamOffset),
      bytes: u64(f.bytes),
      blocks: u64(f.blocks),
      blockSize: f.blockSize,
      payloadPerBlock: f.payloadPerBlock,
      headerBytes: f.headerBytes,
      complete: f.complete,
      written: u64(f.written),
    });
  }
  return out;
}

/** The records of the tape file at the drive's position after `first`, framed; the digest sees each. */
async function* tapeFileRecords(dev: TapeDevice, buf: Buffer, first: number, digest: RecordDigest): AsyncGenerator<Buffer> {
  let n: number | null = first;
  while (n !== null && n > 0) {
    const record = framedRecord(buf.subarray(0, n));
    digest.add(buf.subarray(0, n));
    yield record;
    n = await readRecord(dev, buf);
  }
}

/** Copies on the Media of this server's drive (the caller holds it) to the server `client` is connected to. */
export async function copyToServer(catalog: Catalog, media: Media, client: ProtocolClient, r: RemoteCopyRequest): Promise<RemoteCopyResult> {
  catalog.cartridges.require(r.from);
  const dev = media.drive;
  const source = requireSource(await loadCartridge(media, catalog, r.from, `cartridge ${r.from} (the source of the copy)`, (f) => isLabel(f, r.from), r.wait), r.from);
  const last = await countTapeFiles(dev, r.from);
  if (r.firstTapeFile > last) throw new Error(`cartridge ${r.from} has ${Math.max(0, last - 1)} tape file(s) with data; there is no tape file ${r.firstTapeFile} to start from`);
  // A copy of a copy stands for the same original.
  const original = source.secondary || source.cartridge;
  await toTapeFile(dev, r.firstTapeFile);
  const buf = Buffer.allocUnsafe(dev.limits().maxBlock);
  const first = await readRecord(dev, buf);
  if (first === null) throw new Error(`cartridge ${r.from} holds no data from tape file ${r.firstTapeFile} on: there is nothing to copy`);
  const begun = await client
    .request({ copyBegin: { cartridge: r.to, original, sourceServer: r.sourceServer, firstTapeFile: r.firstTapeFile } })
    .catch((e: unknown) => {
      if (isProtocolError(e, 'REQUEST_FAILED') && e.status === afwire.Status.UNSUPPORTED) {
        throw new Error(`${r.target} runs an afserver that cannot take copies from another server; upgrade it to this version`);
      }
      throw e;
    });
  const barcode = begun.copy?.barcode ?? '';
  r.progress(`cartridge ${r.to} of ${r.target}${barcode ? ` (barcode ${barcode})` : ''} labelled as a copy of cartridge ${original}`);
  try {
    const digests = await sendTapeFiles(dev, buf, first, client, r, last);
    const copied = new Set(digests.map((d) => d.tapeFile));
    const done = await client.request({ copyCommit: { expected: digests.map(digestToWire), backups: backupsOf(catalog, original, copied) } });
    const readBack = (done.copy?.tapeFiles ?? []).map(digestFromWire);
    // The target compared already; this only guards against a target that skipped it.
    for (const [i, d] of digests.entries()) {
      const why = readBack[i] ? digestDifference(d, readBack[i], `tape file ${d.tapeFile} of the copy, read back by ${r.target},`) : `${r.target} did not read tape file ${d.tapeFile} back`;
      if (why) throw new Error(why);
    }
    r.progress(`${r.target} read every tape file of cartridge ${r.to} back and found them equal to the original's`);
    return { original, barcode, tapeFiles: digests.length, bytes: digests.reduce((a, d) => a + d.bytes, 0) };
  } catch (e) {
    // A refusal of the target says itself what became of the copy.
    if (isProtocolError(e, 'REQUEST_FAILED')) throw e;
    throw new Error(`${(e as Error).message}; the copy is not used: ${r.target} labels cartridge ${r.to} anew without the secondary label when copy_tape disconnects`);
  }
}

/** Sends the tape files from the drive's position (whose first record is read into `buf`); resolves to their digests. */
async function sendTapeFiles(dev: TapeDevice, buf: Buffer, firstRecord: number, client: ProtocolClient, r: RemoteCopyRequest, last: number): Promise<TapeFileDigest[]> {
  let first: number | null = firstRecord;
  const digests: TapeFileDigest[] = [];
  for (let f = r.firstTapeFile; first !== null; f++) {
    // Every tape file before the last is closed by a filemark; the last one runs to the end of data.
    const filemark = f < last;
    const digest = new RecordDigest(f);
    const answer = await client.sendData({ copyTapeFile: { tapeFile: f, filemark } }, tapeFileRecords(dev, buf, first, digest));
    const mine = digest.result();
    const theirs = answer.copy?.tapeFiles?.[0];
    const why = theirs ? digestDifference(mine, digestFromWire(theirs), `tape file ${f} as ${r.target} received it`) : `${r.target} did not say what it wrote for tape file ${f}`;
    if (why) throw new Error(why);
    r.progress(`sent tape file ${f} of cartridge ${r.from}: ${mine.records} records, ${mine.bytes} bytes`);
    digests.push(mine);
    first = filemark ? await readRecord(dev, buf) : null;
  }
  return digests;
}
