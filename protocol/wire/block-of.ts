// Where a byte of a tape file's stream lies: the rule both sides share (wire.proto,
// TapeFileExtent). Block 0 holds the tape file header first, so it carries
// payloadPerBlock - headerBytes stream bytes; every later block carries payloadPerBlock.

export interface BlockPosition {
  block: number;
  offsetInBlock: number;
}

/** The block holding stream byte `inFile` (counted from the tape file's first stream byte). */
export function blockOf(inFile: number, payloadPerBlock: number, headerBytes: number): BlockPosition {
  const inBlock0 = payloadPerBlock - headerBytes;
  if (inFile < inBlock0) return { block: 0, offsetInBlock: headerBytes + inFile };
  const rest = inFile - inBlock0;
  return { block: 1 + Math.floor(rest / payloadPerBlock), offsetInBlock: rest % payloadPerBlock };
}
