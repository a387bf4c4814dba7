// XXH64 (xxHash, 64-bit, seed 0) in a small WebAssembly module assembled here, for the
// per-chunk content digests: several times faster than SHA-256, and node:crypto has no fast
// non-cryptographic hash. One module instance per thread; data is copied into its memory.
import { MAX_CHUNK_LEN } from '../../protocol/archive/format.js';

const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb64(v: bigint): number[] {
  v = BigInt.asIntN(64, v);
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

// Opcodes and locals: params p (0), len (1); locals end (2), limit (3) i32; v1..v4 (4..7), h (8) i64.
const GET = 0x20, SET = 0x21, TEE = 0x22;
const I64 = (v: bigint): number[] => [0x42, ...sleb64(v)];
const I32 = (v: number): number[] => [0x41, ...sleb64(BigInt(v))];
const LOAD64 = [0x29, 3, 0], LOAD32U = [0x35, 2, 0], LOAD8U = [0x31, 0, 0];
const ADD = 0x7c, MUL = 0x7e, XOR = 0x85, SHR = 0x88, ROTL = 0x89;
const I32ADD = 0x6a, I32SUB = 0x6b, I32LEU = 0x4d, I32GTU = 0x4b, I32GEU = 0x4f, EXT = 0xad;
const P = 0, LEN = 1, END = 2, LIMIT = 3, V = [4, 5, 6, 7], H = 8;

/** acc = rotl(acc + input * P2, 31) * P1, where `input` code leaves an i64 on the stack. */
const round = (acc: number[], input: number[]): number[] => [...acc, ...input, ...I64(P2), MUL, ADD, ...I64(31n), ROTL, ...I64(P1), MUL];
const load64At = (off: number): number[] => [GET, P, ...(off ? [...I32(off), I32ADD] : []), ...LOAD64];
const advance = (n: number): number[] => [GET, P, ...I32(n), I32ADD, SET, P];

const body: number[] = [
  // end = p + len
  GET, P, GET, LEN, I32ADD, SET, END,
  // if len >= 32: four lanes over 32-byte stripes
  GET, LEN, ...I32(32), I32GEU, 0x04, 0x40,
  ...I64(P1 + P2), SET, V[0]!, ...I64(P2), SET, V[1]!, ...I64(0n), SET, V[2]!, ...I64(-P1), SET, V[3]!,
  GET, END, ...I32(32), I32SUB, SET, LIMIT,
  0x03, 0x40, // loop
  ...[0, 1, 2, 3].flatMap((i) => [...round([GET, V[i]!], load64At(8 * i)), SET, V[i]!]),
  ...advance(32),
  GET, P, GET, LIMIT, I32LEU, 0x0d, 0, // br_if loop while p <= limit
  0x0b,
  GET, V[0]!, ...I64(1n), ROTL, GET, V[1]!, ...I64(7n), ROTL, ADD, GET, V[2]!, ...I64(12n), ROTL, ADD, GET, V[3]!, ...I64(18n), ROTL, ADD, SET, H,
  ...[0, 1, 2, 3].flatMap((i) => [GET, H, ...round(I64(0n), [GET, V[i]!]), XOR, ...I64(P1), MUL, ...I64(P4), ADD, SET, H]),
  0x05, // else
  ...I64(P5), SET, H,
  0x0b,
  GET, H, GET, LEN, EXT, ADD, SET, H,
  // 8-byte tail words
  0x02, 0x40, 0x03, 0x40,
  GET, P, ...I32(8), I32ADD, GET, END, I32GTU, 0x0d, 1,
  GET, H, ...round(I64(0n), load64At(0)), XOR, ...I64(27n), ROTL, ...I64(P1), MUL, ...I64(P4), ADD, SET, H,
  ...advance(8),
  0x0c, 0, 0x0b, 0x0b,
  // a 4-byte tail word
  GET, P, ...I32(4), I32ADD, GET, END, I32LEU, 0x04, 0x40,
  GET, H, GET, P, ...LOAD32U, ...I64(P1), MUL, XOR, ...I64(23n), ROTL, ...I64(P2), MUL, ...I64(P3), ADD, SET, H,
  ...advance(4),
  0x0b,
  // single tail bytes
  0x02, 0x40, 0x03, 0x40,
  GET, P, GET, END, I32GEU, 0x0d, 1,
  GET, H, GET, P, ...LOAD8U, ...I64(P5), MUL, XOR, ...I64(11n), ROTL, ...I64(P1), MUL, SET, H,
  ...advance(1),
  0x0c, 0, 0x0b, 0x0b,
  // avalanche
  GET, H, GET, H, ...I64(33n), SHR, XOR, ...I64(P2), MUL, TEE, H,
  GET, H, ...I64(29n), SHR, XOR, ...I64(P3), MUL, TEE, H,
  GET, H, ...I64(32n), SHR, XOR,
  0x0b,
];

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

const PAGES = Math.ceil(MAX_CHUNK_LEN / 65536);
const code = [2, 2, 0x7f, 5, 0x7e, ...body]; // locals: 2 of i32, 5 of i64
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7e]), // type: (i32, i32) -> i64
  ...section(3, [1, 0]),
  ...section(5, [1, 0, ...uleb(PAGES)]), // memory, min PAGES
  ...section(7, [2, 3, ...[0x68, 0x61, 0x73], 0, 0, 3, ...[0x6d, 0x65, 0x6d], 2, 0]), // "has" func 0, "mem" memory 0
  ...section(10, [1, ...uleb(code.length), ...code]),
]);

// The project's type libraries (ES2023 + node) do not describe WebAssembly; this much is used.
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

let instance: { has: (p: number, len: number) => bigint; mem: { buffer: ArrayBuffer } } | undefined;

/** XXH64 with seed 0 of at most MAX_CHUNK_LEN bytes, as 8 big-endian bytes written to `out` at `at`. */
export function xxh64Into(data: Uint8Array, out: Uint8Array, at: number): void {
  if (!instance) {
    instance = new wasm.Instance(new wasm.Module(bytes)).exports as typeof instance;
  }
  const { has, mem } = instance!;
  new Uint8Array(mem.buffer, 0, data.length).set(data);
  const h = has(0, data.length);
  new DataView(out.buffer, out.byteOffset + at, 8).setBigUint64(0, BigInt.asUintN(64, h));
}
