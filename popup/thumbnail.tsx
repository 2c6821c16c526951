/**
 * A small picture of an image file, beside its name. Rows exist only while in view (windowing), so
 * a thumbnail's link is made when its row first comes into view, and kept for the popup's life.
 * Large images get none: a thumbnail would download the whole file.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import type { Entry } from './entries.ts';

const IMAGE = /\.(png|jpe?g|gif|webp|avif|bmp)$/i;
const MAX_BYTES = 2 * 1024 * 1024;
const LINK_SECONDS = 3600;
const links = new Map<string, Promise<string | undefined>>();

function linkFor(client: Client, key: string): Promise<string | undefined> {
  let link = links.get(key);
  // A download link: an <img> ignores Content-Disposition, and the background need not HEAD the object first.
  if (!link)
    links.set(
      key,
      (link = client.call('s3.presign', { key, expiresInSeconds: LINK_SECONDS, download: true }).then((reply) => (reply.ok ? reply.value.url : undefined))),
    );
  return link;
}

export function Thumbnail({ client, entry }: { client: Client; entry: Entry }) {
  const wanted = IMAGE.test(entry.name) && (entry.size ?? 0) <= MAX_BYTES;
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    if (wanted) void linkFor(client, entry.key).then((link) => current && setUrl(link));
    return () => {
      current = false;
    };
  }, [client, entry.key, wanted]);
  // A file that is not a picture it can decode leaves the file-type icon alone, not an empty frame.
  const [broken, setBroken] = useState(false);
  return url && !broken ? <img class="thumb" src={url} alt="" loading="lazy" onError={() => setBroken(true)} /> : null;
}
