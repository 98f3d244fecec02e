import { SluiceError } from '@sluice/errors';

/**
 * Call first in a process's main module. A configuration error (a wrong or missing variable) ends
 * the process with exit code 1 and the one message naming the variables, not a stack trace; any
 * other uncaught failure is printed with its stack and also exits 1. Top-level-await rejections
 * and unhandled rejections arrive here as uncaught exceptions.
 */
export function exitOnFatalError(processName: string, exit: (code: number) => never = (code) => process.exit(code)): void {
  process.on('uncaughtException', (error) => {
    const text =
      error instanceof SluiceError && error.code === 'CONFIG' ? error.message : (error.stack ?? String(error));
    process.stderr.write(`${processName}: ${text}\n`);
    exit(1);
  });
}
