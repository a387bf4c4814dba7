// afserver's configuration parameters, with afbackup's names (server.conf, man afserver.conf)
// so an administrator finds them where they would look. See man/afserver.conf.5.
import { defineSchema } from '../../protocol/config/config.js';

export const serverSchema = defineSchema({
  ServerIdentifier: { type: 'string' },
  'Backup-Device': { type: 'string', aliases: ['Backup Device', 'Tape Device'] },
  'Tape-Blocksize': { type: 'bytes', aliases: ['Tape Block Size'], default: 256 * 1024, min: 4096, max: 16 * 1024 * 1024 },
  'Number Of Cartridges': { type: 'int', default: 8, min: 1, max: 16_777_215 },
  'Cartridge-Sets': { type: 'string', aliases: ['Cartridge Sets'] },
  'Max Bytes Per File': { type: 'bytes', aliases: ['Maximum Bytes Per File'], default: 4 * 1024 ** 3, min: 64 * 1024 },
  'Max Bytes Per Tape': { type: 'string', aliases: ['Maximum Bytes Per Tape'] },
  'Reject Unlabeled Tapes': { type: 'bool', default: false },
  'Var-Directory': { type: 'path', aliases: ['Var Directory'] },
  'Encryption-Key-File': { type: 'string', aliases: ['Encryption-Key-Files', 'Encryption Key File'] },
  'Listen-Address': { type: 'string', default: '127.0.0.1' },
  Port: { type: 'int', default: 2988, min: 0, max: 65535 },
  'TLS-Certificate-File': { type: 'path' },
  'TLS-Key-File': { type: 'path' },
  'TLS-CA-File': { type: 'path' },
  'TLS-Require-Client-Certificate': { type: 'bool', default: false },
  'Program-Directory': { type: 'path' },
  'User To Inform': { type: 'string', default: 'root' },
  'Mail-Program': { type: 'string' },
  'Logging-File': { type: 'string', aliases: ['Logging File', 'Log File'] },
  'Tape-Full-Command': { type: 'string', aliases: ['Tape Full Command'] },
  'Tape-Buffer': { type: 'bytes', aliases: ['Tape Buffer'], default: 64 * 1024 * 1024, min: 1024 * 1024 },
  'Spool-Directory': { type: 'path' },
  'Max Clients': { type: 'int', default: 64, min: 1, max: 4096 },
});
