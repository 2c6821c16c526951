/** CopyObject's `CopySource` is `bucket/key`, URL-encoded except for the slashes. */
export function copySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}
