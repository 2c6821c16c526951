/**
 * Images, PDF, audio and video from a presigned link: the browser streams them from S3, nothing
 * passes through the background. The link serves a passive type only (background/s3/link-headers.ts),
 * and the PDF frame is cross-origin, so nothing in it can reach the extension.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { PreviewKind } from './preview-kind.ts';

/** Long enough to watch a film; the link dies with the credentials anyway. */
const MEDIA_LINK_SECONDS = 3 * 3600;

export function MediaPreview({ client, fileKey, name, kind }: { client: Client; fileKey: string; name: string; kind: Exclude<PreviewKind, 'text' | 'none'> }) {
  const [link, setLink] = useState<{ url: string } | { error: string } | undefined>();
  useEffect(() => {
    let current = true;
    setLink(undefined);
    void client.call('s3.presign', { key: fileKey, expiresInSeconds: MEDIA_LINK_SECONDS }).then((reply) => {
      if (current) setLink(reply.ok ? { url: reply.value.url } : { error: reply.error.message });
    });
    return () => {
      current = false;
    };
  }, [client, fileKey]);

  if (!link)
    return (
      <p class="notice" role="status">
        {t('viewerLoadingFile', name)}
      </p>
    );
  if ('error' in link)
    return (
      <p class="notice error" role="alert">
        {link.error}
      </p>
    );
  switch (kind) {
    case 'image':
      return <img class="media" src={link.url} alt={name} />;
    case 'pdf':
      return <iframe class="media pdf" src={link.url} title={name} />;
    case 'audio':
      // biome-ignore lint/a11y/useMediaCaption: the user's own files carry no caption track Tote could add
      return <audio class="media" controls src={link.url} aria-label={name} />;
    case 'video':
      // biome-ignore lint/a11y/useMediaCaption: the user's own files carry no caption track Tote could add
      return <video class="media" controls src={link.url} aria-label={name} />;
  }
}
