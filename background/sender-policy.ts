/**
 * Whether a sender may send a message at all, from the entry's sender policy alone (before the
 * payload is read). Content scripts are untrusted: they may send only what Tote's own content
 * scripts need, and reach S3 only through the page bridge, which decides origins and prefixes
 * (background/bridge/authorize.ts).
 */
import { ErrorCode, type ErrorInfo } from '../src/messaging/errors.ts';
import { t } from '../src/i18n/t.ts';
import type { SenderPolicy } from '../src/messaging/protocol-entry.ts';
import type { Sender } from './sender.ts';

/** `undefined` when the sender may send `name`; otherwise the `forbidden` error to answer. */
export function senderRefusal(name: string, policy: SenderPolicy, sender: Sender): ErrorInfo | undefined {
  if (sender.kind === 'page') {
    if (policy.pages) return undefined;
    return forbidden(t('errorRequestOnlyFromContent', name));
  }
  if (policy.content === 'any-origin') return undefined;
  return forbidden(t('errorRequestNotFromPages', name, sender.origin));
}

function forbidden(message: string): ErrorInfo {
  return { code: ErrorCode.Forbidden, message, retryable: false };
}
