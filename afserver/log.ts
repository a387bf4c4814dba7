// Where afserver logs: standard error by default, a file (Logging-File: /path), or syslog
// (Logging-File: @ident, through logger(1), which every Debian system has).
import { spawn } from 'node:child_process';
import { pino, type Logger } from 'pino';

export function serverLogger(loggingFile: string | undefined, level = process.env['AFBACKUP_LOG_LEVEL'] ?? 'info'): Logger {
  if (!loggingFile || loggingFile === '-') return pino({ name: 'afserver', level }, pino.destination(2));
  if (loggingFile.startsWith('@')) {
    const child = spawn('logger', ['-t', loggingFile.slice(1) || 'afserver', '--id=' + process.pid], { stdio: ['pipe', 'ignore', 'inherit'] });
    child.unref();
    // one readable line per message: syslog adds time and host itself
    const out = {
      write(line: string): void {
        try {
          const o = JSON.parse(line) as { level: number; msg: string };
          child.stdin.write(`${pino.levels.labels[o.level] ?? o.level}: ${o.msg}\n`);
        } catch {
          child.stdin.write(line);
        }
      },
    };
    return pino({ name: 'afserver', level }, out);
  }
  return pino({ name: 'afserver', level }, pino.destination({ dest: loggingFile, append: true, mkdir: true }));
}
