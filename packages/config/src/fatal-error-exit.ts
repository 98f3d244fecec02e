import pino from 'pino';
import { SluiceError } from '@sluice/errors';

/**
 * Call first in a process's main module, before the configuration is read: every uncaught failure
 * ends the process with exit code 1 after one structured line on stderr (pino JSON, level fatal,
 * `service`, `err` with its code and retryable). A configuration error (a wrong or missing
 * variable) is logged as its message alone, `"<process>: invalid configuration: ..."` naming every
 * variable, with no stack trace; any other failure carries its stack inside `err`. Top-level-await
 * rejections and unhandled rejections arrive here as uncaught exceptions.
 */
export function exitOnFatalError(processName: string, exit: (code: number) => never = (code) => process.exit(code)): void {
  // Synchronous, so the line is written before the process exits.
  const logger = pino({ name: 'sluice', base: { service: processName } }, pino.destination({ fd: 2, sync: true }));
  process.on('uncaughtException', (error) => {
    if (error instanceof SluiceError && error.code === 'CONFIG') {
      logger.fatal({ code: error.code, retryable: error.retryable }, `${processName}: ${error.message}`);
    } else {
      logger.fatal({ err: error }, `${processName}: ${error.message}`);
    }
    exit(1);
  });
}
