/**
 * Whether a sender may send a message at all, from the entry's sender policy alone (before the
 * payload is read). Content scripts are untrusted: they may send only what Tote's own content
 * scripts need, and reach S3 only through the page bridge, which decides origins and prefixes
 * (background/bridge/authorize.ts).
 */
import { ErrorCode, type ErrorInfo } from '../src/messaging/errors.ts';
import type { SenderPolicy } from '../src/messaging/protocol-entry.ts';
import type { Sender } from './sender.ts';

/** `undefined` when the sender may send `name`; otherwise the `forbidden` error to answer. */
export function senderRefusal(name: string, policy: SenderPolicy, sender: Sender): ErrorInfo | undefined {
  if (sender.kind === 'page') {
    if (policy.pages) return undefined;
    return forbidden(`"${name}" comes only from Tote's own content scripts, not from an extension page.`);
  }
  if (policy.content === 'any-origin') return undefined;
  return forbidden(
    `"${name}" may not be requested by a script on ${sender.origin}. Web pages reach Tote only through its page bridge (window.postMessage, see docs/page-bridge.md), which asks the user first.`,
  );
}

function forbidden(message: string): ErrorInfo {
  return { code: ErrorCode.Forbidden, message, retryable: false };
}
