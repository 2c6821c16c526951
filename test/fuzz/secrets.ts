/**
 * Recognisable fake secrets for the router fuzz (background/router.fuzz.test.ts): what the fakes
 * hold and a leak would carry. URL-safe characters only, so an encoded copy still matches.
 */
export const SECRETS = {
  idToken: 'FUZZIDTOKENeyJhbGciOiJSUzI1NiJ9QQQQ',
  refreshToken: 'FUZZREFRESHTOKEN0123456789abcdefRRRR',
  accessKeyId: 'ASIAFUZZACCESSKEY0001',
  secretAccessKey: 'FUZZSECRETKEYwJalrXUtnFEMIK7MDENGbPxRfiCYSSSS',
  sessionToken: 'FUZZSESSIONTOKENIQoJb3JpZ2luX2VjEJr0123456789TTTT',
  /** What the fake Cognito issues to Test connection. */
  diagnosticsAccessKeyId: 'ASIAFUZZDIAGNOSTIC001',
  diagnosticsSecretKey: 'FUZZDIAGSECRETKEY0123456789abcdefghijDDDD',
  diagnosticsSessionToken: 'FUZZDIAGSESSIONTOKEN0123456789abcdefEEEE',
} as const;

/**
 * The secrets found in `text`. A presigned URL carries the access key id (in X-Amz-Credential)
 * and the session token (X-Amz-Security-Token) by design: S3 needs both to check the signature,
 * and neither signs anything without the secret key. So those two are allowed inside the `url` of
 * a presign result only; the secret keys and tokens are allowed nowhere.
 */
export function leakedSecrets(text: string, presignedUrls: string[] = []): string[] {
  let rest = text;
  for (const url of presignedUrls) rest = rest.split(url).join('<presigned url>');
  const found = Object.values(SECRETS).filter((secret) => rest.includes(secret));
  for (const url of presignedUrls) {
    for (const secret of [SECRETS.secretAccessKey, SECRETS.idToken, SECRETS.refreshToken, SECRETS.diagnosticsSecretKey])
      if (url.includes(secret)) found.push(secret);
  }
  return found;
}
