/**
 * Error codes that cross the messaging boundary. Callers branch on `code`; `message` is a sentence
 * a person can act on; `retryable` says whether trying again later may succeed.
 */
export const ErrorCode = {
  /** The message name is not in the protocol table. */
  UnknownMessage: 'unknown_message',
  /** The payload does not match the message's schema. */
  BadRequest: 'bad_request',
  /** The sender may not send this message (content script origin, foreign extension). */
  Forbidden: 'forbidden',
  /** Settings are missing or invalid, so the operation cannot start. */
  NotConfigured: 'not_configured',
  /** The background could not be reached (it is starting, or the extension was reloaded). */
  BackgroundUnavailable: 'background_unavailable',
  /** The identity pool does not allow guests and nobody is signed in. */
  SignInRequired: 'sign_in_required',
  /** Cognito refused the provider token: login key and provider do not match the pool. */
  LoginMismatch: 'login_mismatch',
  /** The user closed the sign-in window (or the provider could not redirect back). */
  SignInCancelled: 'sign_in_cancelled',
  /** The sign-in answer failed a check (state, nonce, signature, issuer, audience). */
  SignInRejected: 'sign_in_rejected',
  /** The signed-in session ended (refresh failed); Tote fell back to guest where allowed. */
  SessionExpired: 'session_expired',
  /** The identity provider could not be reached or answered nonsense. */
  IdpUnreachable: 'idp_unreachable',
  /** Amazon Cognito could not be reached, or the identity pool does not exist. */
  CognitoUnavailable: 'cognito_unavailable',
  /** This computer's clock is too far from the servers' for signatures or tokens to be accepted. */
  ClockSkew: 'clock_skew',
  /** S3 refused: the current identity may not do this there. */
  AccessDenied: 'access_denied',
  /** The object or prefix does not exist. */
  NotFound: 'not_found',
  /** S3 asked to slow down. */
  Throttled: 'throttled',
  /** The network (or CORS) stopped the request. */
  Network: 'network',
  /** The object is too large for the operation (a single PUT takes at most 5 GiB). */
  TooLarge: 'too_large',
  /** A site Tote fetched from (an image's or link's server) refused or failed. */
  SourceRefused: 'source_refused',
  /** A page asked Tote to fetch from the user's own network (loopback, private, link-local, local names). */
  LocalNetwork: 'local_network',
  /** The user did not allow a site to use Tote (page bridge consent). */
  ConsentDenied: 'consent_denied',
  /** Too many requests at once from one page (page bridge). */
  Busy: 'busy',
  /** Any other S3 failure. */
  S3Failed: 's3_failed',
  /** A bug: the background failed in a way it did not expect. */
  Internal: 'internal',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  retryable: boolean;
}

/** An error kept for the user to read later (an upload's failure, a session notice). */
export type ErrorNote = Pick<ErrorInfo, 'code' | 'message'>;

/** An error with a stable code, thrown inside the background and sent to callers as data. */
export class ToteError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ToteError';
    this.code = code;
    this.retryable = options.retryable ?? false;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message, retryable: this.retryable };
  }

  static fromInfo(info: ErrorInfo): ToteError {
    return new ToteError(info.code, info.message, { retryable: info.retryable });
  }
}
