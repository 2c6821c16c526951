/**
 * `https://cdn.example:8443` → `https://cdn.example/*`: the match pattern for host permissions and
 * content script registration. Firefox refuses ports in match patterns, and a pattern without one
 * covers every port of the host (the background then checks the exact origin).
 */
export function hostPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
