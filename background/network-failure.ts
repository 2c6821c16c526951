/**
 * One rule for "the request got no answer Tote may read": the network is down, the name did not
 * resolve, or CORS refused the extension. fetch rejects with a TypeError ("Failed to fetch" in
 * Chrome, "NetworkError when attempting to fetch resource." in Firefox, "fetch failed" in Node);
 * the SDK's XHR handler and the upload relay fail with XHR_HTTP_HANDLER_ERROR. Used by the S3
 * and Cognito error mappings and by Test connection's steps.
 */
const NO_ANSWER = /failed to fetch|networkerror|fetch failed|XHR_HTTP_HANDLER_ERROR/i;

export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError || (error as { name?: unknown } | null)?.name === 'TypeError') return true;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && NO_ANSWER.test(message);
}
