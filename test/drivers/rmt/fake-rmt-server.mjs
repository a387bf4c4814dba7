#!/usr/bin/env node
// A misbehaving rmt server for the failure tests: `node fake-rmt-server.mjs MODE`. It answers the
// dialect probe and O like GNU rmt, then misbehaves as MODE says on the first W, R or S.
//   garbage       answers everything, the probe included, with a line that is not an rmt reply
//   flood         answers the first W/R/S with 1 MiB of bytes and no newline
//   silent        never answers W/R/S
//   die           writes a message to stderr and exits with status 3 on W/R/S
//   overlong      answers `R n` with `A(n+10)`
//   status-size   answers S with a 10-byte status
//   status        answers S with a 48-byte struct mtget: file 3, block 7, 512-byte blocks, ONLINE|EOF|WR_PROT
//   errors        answers W with E28 (ENOSPC), R with E12 (ENOMEM), I with E123 (ENOMEDIUM), S with E77

import process from 'node:process';

const mode = process.argv[2];
let pending = Buffer.alloc(0);

process.stdin.on('end', () => process.exit(0));
process.stdin.on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (;;) {
    const consumed = step(pending);
    if (consumed === 0) return;
    pending = pending.subarray(consumed);
  }
});

function reply(s) {
  process.stdout.write(s);
}

/** Handles one complete request at the head of buf; returns the bytes used, 0 if incomplete. */
function step(buf) {
  const nl = buf.indexOf(0x0a);
  if (buf.length === 0) return 0;
  const cmd = String.fromCharCode(buf[0]);
  if (mode === 'garbage') {
    if (nl < 0) return 0;
    reply('HELLO THERE\n');
    return nl + 1;
  }
  if (cmd === 'S' && buf[1] === 0x43 /* C */) {
    if (nl < 0) return 0;
    reply('E22\nUnexpected arguments\n');
    return nl + 1;
  }
  if (nl < 0) return 0;
  const arg = Number(buf.subarray(1, nl).toString());
  let end = nl + 1;
  if (cmd === 'O' || cmd === 'I') {
    end = buf.indexOf(0x0a, nl + 1) + 1;
    if (end === 0) return 0;
  } else if (cmd === 'W') {
    end = nl + 1 + arg;
    if (buf.length < end) return 0;
  }
  if (cmd === 'O') reply('A0\n');
  else misbehave(cmd, arg);
  return end;
}

function misbehave(cmd, arg) {
  switch (mode) {
    case 'flood':
      reply(Buffer.alloc(1024 * 1024, 0x5a));
      return;
    case 'silent':
      return;
    case 'die':
      process.stderr.write('fake rmt: disk on fire\n');
      process.exit(3);
      return;
    case 'overlong':
      reply(cmd === 'R' ? `A${arg + 10}\n` : 'A0\n');
      return;
    case 'status-size':
      reply(cmd === 'S' ? Buffer.concat([Buffer.from('A10\n'), Buffer.alloc(10)]) : 'A0\n');
      return;
    case 'status': {
      if (cmd !== 'S') {
        reply('A0\n');
        return;
      }
      const mtget = Buffer.alloc(48);
      mtget.writeBigInt64LE(0x72n, 0); // mt_type
      mtget.writeBigInt64LE(512n, 16); // mt_dsreg: block size 512
      mtget.writeBigInt64LE(BigInt(0x80000000 | 0x01000000 | 0x04000000), 24); // mt_gstat
      mtget.writeInt32LE(3, 40);
      mtget.writeInt32LE(7, 44);
      reply(Buffer.concat([Buffer.from('A48\n'), mtget]));
      return;
    }
    case 'errors': {
      const byCommand = {
        W: 'E28\nNo space left on device\n',
        R: 'E12\nCannot allocate memory\n',
        I: 'E123\nNo medium found\n',
        S: 'E77\nFile descriptor in bad state\n',
      };
      reply(byCommand[cmd] ?? 'A0\n');
      return;
    }
    default:
      process.stderr.write(`fake rmt: unknown mode ${mode}\n`);
      process.exit(2);
  }
}
