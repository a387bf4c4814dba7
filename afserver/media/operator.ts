// Messages for the operator: always logged; mailed through Mail-Program when one is configured
// (sendmail-style: the message on standard input, %u replaced by User To Inform).
import { spawn } from 'node:child_process';
import type { Logger } from 'pino';
import { splitCommand } from '../../protocol/config/command.js';

export interface OperatorNotifier {
  tell(subject: string, text: string): Promise<void>;
}

export function operatorNotifier(logger: Logger, mailProgram: string | undefined, user: string): OperatorNotifier {
  return {
    async tell(subject, text) {
      logger.warn({ operator: true }, `${subject}: ${text}`);
      if (!mailProgram) return;
      const argv = splitCommand(mailProgram.replace(/%u/g, user));
      await new Promise<void>((resolve) => {
        const child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (b: Buffer) => (err += b.toString()));
        child.on('error', (e) => {
          logger.error(`Mail-Program '${mailProgram}' could not be started: ${e.message}`);
          resolve();
        });
        child.on('close', (code) => {
          if (code !== 0) logger.error(`Mail-Program '${mailProgram}' failed (exit ${code}): ${err.trim()}`);
          resolve();
        });
        child.stdin.end(`Subject: afbackup: ${subject}\nTo: ${user}\n\n${text}\n`);
      });
    },
  };
}
