/**
 * The first part of a text file (code, JSON, Markdown, logs), as text: Markdown and HTML show their
 * source, never rendered. JSON that arrived whole is indented. A note says when the file was cut.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
import type { Client } from '../src/messaging/client.ts';
import type { ObjectStart } from '../src/messaging/protocol.ts';
import { formatSize } from '../popup/format.ts';
import { isActive } from './preview-kind.ts';

/** Enough for a screenful of any text file; the rest is a download away. */
export const TEXT_PREVIEW_BYTES = 256 * 1024;

function shownText(start: ObjectStart, name: string): string {
  const text = new TextDecoder('utf-8').decode(start.bytes);
  if (start.truncated || !/\.json$/i.test(name)) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function TextPreview({ client, fileKey, name }: { client: Client; fileKey: string; name: string }) {
  const [state, setState] = useState<{ start: ObjectStart } | { error: string } | undefined>();
  useEffect(() => {
    let current = true;
    setState(undefined);
    void client.call('s3.peek', { key: fileKey, bytes: TEXT_PREVIEW_BYTES }).then((reply) => {
      if (current) setState(reply.ok ? { start: reply.value } : { error: reply.error.message });
    });
    return () => {
      current = false;
    };
  }, [client, fileKey]);

  if (!state)
    return (
      <p class="notice" role="status">
        {t('viewerLoadingFile', name)}
      </p>
    );
  if ('error' in state)
    return (
      <p class="notice error" role="alert">
        {state.error}
      </p>
    );
  const { start } = state;
  return (
    <div class="text-preview">
      {isActive(name) && <p class="hint">{t('viewerActiveNote')}</p>}
      {start.truncated && (
        <p class="hint">
          {start.size > start.bytes.byteLength
            ? t('viewerCutOf', formatSize(start.bytes.byteLength), formatSize(start.size))
            : t('viewerCut', formatSize(start.bytes.byteLength))}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrollable region must be focusable and named for keyboard and screen reader users, and a <pre> keeps the text's own spaces and line breaks */}
      <pre tabIndex={0} role="region" aria-label={t('viewerContentsOf', name)}>
        {shownText(start, name)}
      </pre>
    </div>
  );
}
