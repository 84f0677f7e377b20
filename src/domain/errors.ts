export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'unconfirmed' | 'unsupported' | 'forbidden' | 'unauthorized' | 'in-use';

/** A request that cannot be honoured. The message is Chinese and says how to fix it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { details?: unknown; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

export const invalidInput = (message: string, details?: unknown) => new AppError('invalid-input', message, { details });
export const notFound = (message: string, details?: unknown) => new AppError('not-found', message, { details });
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, { details });
