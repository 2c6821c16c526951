/** What an S3 request is, by method and query, as a proxy in front of S3 sees it. */
export type S3RequestKind = 'create' | 'part' | 'complete' | 'list-parts' | 'get-object' | 'put-object' | 'other';

export function s3RequestKind(method: string | undefined, url: URL): S3RequestKind {
  const uploadId = url.searchParams.get('uploadId');
  if (method === 'POST' && url.searchParams.has('uploads')) return 'create';
  if (method === 'PUT' && uploadId && Number(url.searchParams.get('partNumber')) > 0) return 'part';
  if (method === 'POST' && uploadId) return 'complete';
  if (method === 'GET' && uploadId) return 'list-parts';
  // Path style: /bucket/key; a bucket-level GET (a listing) has no key.
  if (method === 'GET' && /^\/[^/]+\/./.test(url.pathname)) return 'get-object';
  // A PUT of a whole object: an upload in one request (or a copy).
  if (method === 'PUT' && !uploadId && /^\/[^/]+\/./.test(url.pathname)) return 'put-object';
  return 'other';
}
