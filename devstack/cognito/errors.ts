/**
 * Cognito Identity errors as the awsJson1_1 protocol carries them: HTTP 400 and
 * `{"__type": "<code>", "message": "…"}`; the SDK turns `__type` into the exception's name.
 */
export type CognitoErrorCode =
  | 'NotAuthorizedException'
  | 'ResourceNotFoundException'
  | 'InvalidParameterException'
  | 'ResourceConflictException'
  | 'ExternalServiceException'
  | 'InternalErrorException'
  | 'UnknownOperationException';

export class CognitoError extends Error {
  readonly code: CognitoErrorCode;
  readonly status: number;

  constructor(code: CognitoErrorCode, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

export const notAuthorized = (message: string): CognitoError => new CognitoError('NotAuthorizedException', message);
export const notFound = (message: string): CognitoError => new CognitoError('ResourceNotFoundException', message);
export const invalidParameter = (message: string): CognitoError => new CognitoError('InvalidParameterException', message);
