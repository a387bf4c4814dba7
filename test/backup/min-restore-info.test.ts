import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeInfoBlock, findInfoBlock, INFO_BLOCK_SIZE } from '../../afclient/backup/info-block.js';
import { formatMinInfo, parseMinInfo, type MinInfo } from '../../afclient/backup/min-restore-info.js';

const info = (over: Partial<MinInfo> = {}): Omit<MinInfo, 'version'> => ({
  clientId: 'hydra',
  server: 'orion',
  port: 2989,
  filelist: { cartridge: 6, tapeFile: 303, block: 17 },
  lastFull: { cartridge: 5, tapeFile: 12 },
  fullNumber: 42,
  part: 2,
  parts: 3,
  timeSec: 1_795_329_979,
  ...over,
});

describe('minimum restore information line', () => {
  it('is one greppable, versioned, checksummed line that parses back', () => {
    const line = formatMinInfo(info());
    assert.match(line, /^@@@===--->>> AFB2 hydra orion 2989 6\.303\.17 5\.12 42\.2\/3 20261122T064619Z [0-9a-f]{8}$/);
    assert.deepEqual(parseMinInfo(line), { version: 2, ...info() });
  });

  it('escapes client ids and servers with spaces or odd characters', () => {
    const odd = info({ clientId: 'web server 1 %x ü', server: '::1' });
    const line = formatMinInfo(odd);
    assert.equal(line.split(' ').length, 10);
    assert.match(line, / web%20server%201%20%25x%20%C3%BC ::1 /);
    assert.deepEqual(parseMinInfo(line, 'web server 1 %x ü'), { version: 2, ...odd });
    assert.deepEqual(parseMinInfo(formatMinInfo(info({ clientId: '' }))), { version: 2, ...info({ clientId: '' }) });
  });

  it('finds the last valid line for a client in a mailbox full of other text', () => {
    const mailbox = [
      'From root@hydra Sun Nov 22 06:46:19 2026',
      'Subject: backup report',
      '',
      formatMinInfo(info({ fullNumber: 40 })),
      '> quoted: ' + formatMinInfo(info({ fullNumber: 41 })),
      formatMinInfo(info({ clientId: 'other', fullNumber: 99 })),
      'random @@@===--->>> noise that is not an info line at all, really not',
      formatMinInfo(info({ fullNumber: 42 })).replace(' 42.2/3 ', ' 43.2/3 '),
      '-- ',
      'signature',
    ].join('\r\n');
    const mine = parseMinInfo(mailbox, 'hydra');
    assert.equal(mine.version === 2 && mine.fullNumber, 41, 'the edited line (43) is rejected by its checksum');
    const any = parseMinInfo(mailbox);
    assert.equal(any.clientId, 'other');
    assert.throws(() => parseMinInfo(mailbox, 'nobody'), /no valid minimum restore information for client id 'nobody': line 7: .*line 8: checksum mismatch.*there is some for client id\(s\) hydra, other/);
  });

  it('rejects garbage with a clear error', () => {
    assert.throws(() => parseMinInfo('nothing here\n'), /no minimum restore information in the input/);
    const line = formatMinInfo(info());
    const damaged = line.slice(0, 30) + (line[30] === 'x' ? 'y' : 'x') + line.slice(31);
    assert.throws(() => parseMinInfo(damaged), /line 1: (checksum mismatch|'.*' is not)/);
    assert.throws(() => parseMinInfo(line.split(' ').slice(0, 8).join(' ')), /expected 9 fields/);
    assert.throws(() => formatMinInfo(info({ port: -1 })), /port -1 must be a whole number >= 0/);
  });

  it("reads afbackup 3.x's line", () => {
    assert.deepEqual(parseMinInfo('@@@===--->>> hydra orion 2989 6 303 /tmp/afbsp_6S6_3Of_mNAPV_UA01\n'), {
      version: 1,
      clientId: 'hydra',
      server: 'orion',
      port: 2989,
      cartridge: 6,
      tapeFile: 303,
      startPositionsFile: '/tmp/afbsp_6S6_3Of_mNAPV_UA01',
    });
    assert.throws(() => parseMinInfo('@@@===--->>> hydra orion port 6 303'), /'port' is not a number/);
  });
});

describe('minimum restore information on tape', () => {
  const full = { version: 2 as const, ...info() };

  it('holds three copies found anywhere in a block', () => {
    const block = encodeInfoBlock(full);
    assert.equal(block.length, INFO_BLOCK_SIZE);
    assert.deepEqual(findInfoBlock(block), { info: full, validCopies: 3, damagedCopies: 0 });
    const tapeBlock = Buffer.concat([Buffer.alloc(100, 7), block, Buffer.alloc(5000, 1)]);
    assert.equal(findInfoBlock(tapeBlock)!.validCopies, 3);
    assert.equal(findInfoBlock(Buffer.alloc(65536, 0x41)), undefined, 'an ordinary data block');
  });

  it('survives one or two damaged copies and reports when all are damaged', () => {
    const block = encodeInfoBlock(full);
    const stride = Math.floor(INFO_BLOCK_SIZE / 3);
    block[30] ^= 0xff; // inside copy 1's line
    assert.deepEqual(findInfoBlock(block), { info: full, validCopies: 2, damagedCopies: 1 });
    block.writeUInt16BE(60000, stride + 8); // copy 2's length
    assert.deepEqual(findInfoBlock(block), { info: full, validCopies: 1, damagedCopies: 2 });
    block[2 * stride + 40] ^= 0x01;
    assert.throws(() => findInfoBlock(block), /all 3 copies of the minimum restore information in this block are damaged/);
  });

  it('refuses an area too small for three copies', () => {
    assert.throws(() => encodeInfoBlock(full, 200), /cannot hold three copies/);
  });
});
