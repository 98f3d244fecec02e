export { SluiceError, errorCodes, isSluiceError, toSluiceError } from './sluice-error';
export type { ErrorCode, SluiceErrorOptions } from './sluice-error';
