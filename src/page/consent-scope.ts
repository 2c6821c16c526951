/**
 * What a site's consent covers: the prefixes and operations settings grant its origin, as the
 * consent window showed them. A stored consent serves a request only while it covers everything
 * settings grant now; when settings are widened (a new prefix or operation), the site asks again.
 */
import type { ContentScope } from '../settings/schema.ts';

export type Operation = ContentScope['allow'][number];
/** One prefix and what may be done there (sorted, no repeats, so equal grants compare equal). */
export interface Grant {
  prefix: string;
  allow: Operation[];
}

const ORDER: Operation[] = ['list', 'get', 'put'];

/** What settings grant `origin` now, one entry per prefix. */
export function grantOf(scopes: ContentScope[], origin: string): Grant[] {
  const byPrefix = new Map<string, Set<Operation>>();
  for (const scope of scopes) {
    if (scope.origin !== origin) continue;
    const operations = byPrefix.get(scope.prefix) ?? new Set<Operation>();
    for (const operation of scope.allow) operations.add(operation);
    byPrefix.set(scope.prefix, operations);
  }
  return [...byPrefix]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([prefix, operations]) => ({ prefix, allow: ORDER.filter((operation) => operations.has(operation)) }));
}

/**
 * Whether what the user consented to covers `granted`: every operation granted on a prefix was
 * consented on that prefix or on one containing it. Narrower grants stay covered.
 */
export function covers(consented: Grant[], granted: Grant[]): boolean {
  return granted.every((grant) =>
    grant.allow.every((operation) => consented.some((given) => grant.prefix.startsWith(given.prefix) && given.allow.includes(operation))),
  );
}

/** A stored grant, checked: anything that is not one (an older record, damage) covers nothing. */
export function isGrantList(value: unknown): value is Grant[] {
  return (
    Array.isArray(value) &&
    value.every(
      (grant) =>
        typeof grant === 'object' &&
        grant !== null &&
        typeof (grant as Grant).prefix === 'string' &&
        Array.isArray((grant as Grant).allow) &&
        (grant as Grant).allow.every((operation) => ORDER.includes(operation)),
    )
  );
}

/** The consent window's question, as its URL's query carries it (background → consent window). */
export interface ConsentWindowQuestion {
  id: string;
  origin: string;
  scope: Grant[];
}

export function consentWindowQuery(question: ConsentWindowQuestion): string {
  return new URLSearchParams({ question: question.id, origin: question.origin, scope: JSON.stringify(question.scope) }).toString();
}

/** The question back out of the window's query; undefined if anything is missing or malformed. */
export function parseConsentWindowQuery(search: string): ConsentWindowQuestion | undefined {
  const query = new URLSearchParams(search);
  const id = query.get('question');
  const origin = query.get('origin');
  let scope: unknown;
  try {
    scope = JSON.parse(query.get('scope') ?? '');
  } catch {
    return undefined;
  }
  return id && origin && isGrantList(scope) && scope.length > 0 ? { id, origin, scope } : undefined;
}
