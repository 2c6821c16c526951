/** Ways to spoil a token or a credential while keeping its shape. */

/** Rewrites a JWT's payload (e.g. another subject) and keeps the original signature. */
export function tamperJwt(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

/** Flips one character in the middle of a string (a session token, a signature). */
export function flipCharacter(text: string, at = Math.floor(text.length / 2)): string {
  const c = text[at]!;
  const replacement = c === 'A' ? 'B' : 'A';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}
