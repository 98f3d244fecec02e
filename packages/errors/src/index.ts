export { SluiceError, errorCodes, isDependencyFailure, isSluiceError, toSluiceError } from './sluice-error';
export type { ErrorCode, SluiceErrorOptions } from './sluice-error';
