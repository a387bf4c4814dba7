// The hand-written EntryHeader encoder must produce exactly protobufjs's bytes for every header
// (the format is the .proto; protobufjs is its reference implementation here), and decode back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import Long from 'long';
import type { CodecSpec, EntryMeta, EntryType } from '../../protocol/archive/index.js';
import { HEADER_NO_VERIFY } from '../../protocol/archive/format.js';
import { afbackup } from '../../protocol/archive/generated/archive.js';
import { decodeHeader, encodeHeader } from '../../protocol/archive/header.js';

const pb = afbackup.archive;
const types: EntryType[] = ['file', 'directory', 'symlink', 'hardlink', 'fifo', 'socket', 'chardev', 'blockdev', 'command'];

const long = (v: bigint, unsigned: boolean): Long => Long.fromBits(Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn), unsigned);

/** The header as protobufjs encodes it from the same meta and codec. */
function reference(meta: EntryMeta, codec: CodecSpec): Uint8Array {
  const h: afbackup.archive.EntryHeader.$Properties = {
    name: meta.name,
    type: types.indexOf(meta.type) + 1,
    mode: meta.mode,
    uid: meta.uid,
    gid: meta.gid,
    user: meta.user,
    group: meta.group,
    mtimeNs: long(meta.mtimeNs, false),
    ctimeNs: long(meta.ctimeNs, false),
    atimeNs: long(meta.atimeNs, false),
    size: long(meta.size, true),
    xattrs: meta.xattrs ?? [],
    flags: meta.noVerify ? HEADER_NO_VERIFY : 0,
  };
  if (meta.linkTarget !== undefined) h.linkTarget = meta.linkTarget;
  if (meta.devMajor !== undefined) h.devMajor = meta.devMajor;
  if (meta.devMinor !== undefined) h.devMinor = meta.devMinor;
  if (meta.aclAccess !== undefined) h.aclAccess = meta.aclAccess;
  if (meta.aclDefault !== undefined) h.aclDefault = meta.aclDefault;
  if (meta.command !== undefined) h.command = meta.command;
  if (codec.kind === 'zstd') {
    h.codec = pb.Codec.CODEC_ZSTD;
    h.codecLevel = codec.level;
  } else if (codec.kind === 'filter') {
    h.codec = pb.Codec.CODEC_FILTER;
    h.filterCommand = codec.command;
    h.restoreCommand = codec.restoreCommand;
  }
  return pb.EntryHeader.encode(h).finish();
}

const i64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const text = fc.string({ unit: 'binary', maxLength: 12 });
const bytes = (max: number): fc.Arbitrary<Buffer> => fc.uint8Array({ maxLength: max }).map((u) => Buffer.from(u));
const u32 = fc.oneof(fc.constant(0), fc.nat({ max: 2 ** 32 - 1 }));

const metaArb: fc.Arbitrary<EntryMeta> = fc.record(
  {
    name: bytes(300),
    type: fc.constantFrom(...types),
    mode: fc.integer({ min: 0, max: 0o7777 }),
    uid: u32,
    gid: u32,
    user: text,
    group: text,
    mtimeNs: fc.oneof(fc.constant(0n), i64),
    ctimeNs: fc.oneof(fc.constant(0n), i64),
    atimeNs: fc.oneof(fc.constant(0n), i64, fc.constant(-1n)),
    size: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })),
    linkTarget: bytes(200),
    devMajor: u32,
    devMinor: u32,
    xattrs: fc.array(fc.record({ name: text, value: bytes(300) }), { maxLength: 3 }),
    aclAccess: bytes(60),
    aclDefault: bytes(60),
    command: fc.record({ dump: text, restore: text, comment: text }),
    noVerify: fc.boolean(),
  },
  { requiredKeys: ['name', 'type', 'mode', 'uid', 'gid', 'user', 'group', 'mtimeNs', 'ctimeNs', 'atimeNs', 'size'] },
);

const codecArb: fc.Arbitrary<CodecSpec> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.integer({ min: -7, max: 22 }).map((level) => ({ kind: 'zstd' as const, level })),
  fc.record({ kind: fc.constant('filter' as const), command: text, restoreCommand: text }),
);

test('EntryHeader bytes are exactly protobufjs encoding of the same header', () => {
  fc.assert(
    fc.property(metaArb, codecArb, (meta, codec) => {
      assert.deepEqual(Buffer.from(encodeHeader(meta, codec)), Buffer.from(reference(meta, codec)));
    }),
    { numRuns: 2000 },
  );
});

test('a typical file header and a large one (xattrs beyond the first scratch buffer) decode to what was encoded', () => {
  const file: EntryMeta = {
    name: Buffer.from('home/user/notes.txt'),
    type: 'file',
    mode: 0o644,
    uid: 1000,
    gid: 1000,
    user: 'user',
    group: 'users',
    mtimeNs: 1_763_800_000_123_456_789n,
    ctimeNs: 1_763_800_000_123_456_789n,
    atimeNs: 1_763_800_001_000_000_000n,
    size: 5000n,
  };
  const big: EntryMeta = { ...file, name: Buffer.from('big'), xattrs: [{ name: 'user.blob', value: Buffer.alloc(200_000, 7) }], noVerify: true };
  for (const [meta, codec] of [[file, { kind: 'zstd', level: 1 }], [big, { kind: 'none' }], [file, { kind: 'zstd', level: -3 }]] as const) {
    const encoded = encodeHeader(meta, codec);
    assert.deepEqual(Buffer.from(encoded), Buffer.from(reference(meta, codec)));
    assert.deepEqual(decodeHeader(encoded), { meta, codec });
  }
});
