/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes (or
 * OfficeExtension.ErrorCodes), a message and debugInfo, thrown at the point real Office.js throws.
 */
export class ExcelDoubleError extends Error {
  readonly code: string;
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

export const ErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  invalidRequestContext: 'InvalidRequestContext',
} as const;

export function notLoaded(property: string): ExcelDoubleError {
  return new ExcelDoubleError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidArgument(detail: string, location?: string): ExcelDoubleError {
  return new ExcelDoubleError(
    ErrorCode.invalidArgument,
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function itemNotFound(what: string, location?: string): ExcelDoubleError {
  return new ExcelDoubleError(
    ErrorCode.itemNotFound,
    `The requested resource doesn't exist. (${what})`,
    location,
  );
}
