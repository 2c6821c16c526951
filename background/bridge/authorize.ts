/**
 * Whether a page bridge request from `origin` falls inside what settings grant that origin: the
 * one place that decides content scopes (the router lets content scripts reach S3 only through
 * the bridge). The origin is the one the browser reported for the sender, never anything in the
 * message. Keys are compared before `${identityId}` is filled in: a key that starts with the
 * scope's prefix, placeholder and all, stays inside that prefix once both are filled in alike.
 */
import type { BridgeOperation } from '../../src/page/bridge-message.ts';
import type { ContentScope } from '../../src/settings/schema.ts';

/** Bridge operations map onto the scope operations of settings: presign is a kind of get. */
const NEEDS: Record<BridgeOperation, ContentScope['allow'][number]> = { list: 'list', get: 'get', put: 'put', presign: 'get' };

export type Authorization =
  /** The origin is not listed at all: the bridge stays silent. */
  { kind: 'unlisted' } | { kind: 'refused'; message: string } | { kind: 'allowed'; key: string };

export function authorize(scopes: ContentScope[], origin: string, op: BridgeOperation, key: string | undefined): Authorization {
  const mine = scopes.filter((scope) => scope.origin === origin);
  if (mine.length === 0) return { kind: 'unlisted' };
  const able = mine.filter((scope) => scope.allow.includes(NEEDS[op]));
  if (able.length === 0) return { kind: 'refused', message: `This site may not ${op} in Tote. Its owner can allow it in Tote's options.` };
  // A list without a prefix lists the first scope's own prefix.
  const wanted = key ?? (able[0] as ContentScope).prefix;
  if (!able.some((scope) => wanted.startsWith(scope.prefix))) {
    const prefixes = able.map((scope) => `"${scope.prefix}"`).join(' or ');
    return { kind: 'refused', message: `This site may only use ${prefixes} in Tote; "${wanted.slice(0, 100)}" is outside it.` };
  }
  return { kind: 'allowed', key: wanted };
}
