/**
 * Whether a page bridge request from `origin` falls inside what settings grant that origin: the
 * one place that decides content scopes (the router lets content scripts reach S3 only through
 * the bridge). The origin is the one the browser reported for the sender, never anything in the
 * message. Keys are compared before `${identityId}` is filled in: a key that starts with the
 * scope's prefix, placeholder and all, stays inside that prefix once both are filled in alike.
 */
import type { BridgeOperation } from '../../src/page/bridge-message.ts';
import type { ContentScope } from '../../src/settings/schema.ts';
import { t, uiLocale, type MessageKey } from '../../src/i18n/t.ts';

/** Bridge operations map onto the scope operations of settings: presign is a kind of get. */
const NEEDS: Record<BridgeOperation, ContentScope['allow'][number]> = { list: 'list', get: 'get', put: 'put', presign: 'get' };
/** One whole sentence per operation: the verb's place differs between languages. */
const MAY_NOT: Record<BridgeOperation, MessageKey> = {
  list: 'errorSiteMayNotList',
  get: 'errorSiteMayNotGet',
  put: 'errorSiteMayNotPut',
  presign: 'errorSiteMayNotPresign',
};

export type Authorization =
  /** The origin is not listed at all: the bridge stays silent. */
  { kind: 'unlisted' } | { kind: 'refused'; message: string } | { kind: 'allowed'; key: string };

export function authorize(scopes: ContentScope[], origin: string, op: BridgeOperation, key: string | undefined): Authorization {
  const mine = scopes.filter((scope) => scope.origin === origin);
  if (mine.length === 0) return { kind: 'unlisted' };
  const able = mine.filter((scope) => scope.allow.includes(NEEDS[op]));
  if (able.length === 0) return { kind: 'refused', message: t(MAY_NOT[op]) };
  // A list without a prefix lists the first scope's own prefix.
  const wanted = key ?? (able[0] as ContentScope).prefix;
  if (!able.some((scope) => wanted.startsWith(scope.prefix))) {
    const prefixes = new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).format(able.map((scope) => t('errorQuotedPrefix', scope.prefix)));
    return { kind: 'refused', message: t('errorSiteOutsideScope', prefixes, wanted.slice(0, 100)) };
  }
  return { kind: 'allowed', key: wanted };
}
