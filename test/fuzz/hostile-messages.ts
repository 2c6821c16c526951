/**
 * What a hostile or broken caller sends, as fast-check arbitraries: envelopes for every protocol
 * message built from a valid example and then mutated (keys dropped, added, or given hostile
 * values), junk envelopes, and senders as the browser might report them for pages, content
 * scripts on listed and unlisted origins, frames, opaque origins, spoofed URLs and other extensions.
 */
import fc from 'fast-check';
import { DENIED, LISTED, UNANSWERED, fuzzSettings } from './fuzz-handlers.ts';

export const OWN_ID = 'fuzzextensionid';
export const SELF = { id: OWN_ID, origin: `chrome-extension://${OWN_ID}` };

const APP = 'private/${identityId}/app/';

/** One valid request per message (fresh each time: Blobs are consumed by reading). */
export function examples(endpoint: string): Record<string, Array<() => Record<string, unknown>>> {
  const settings = fuzzSettings(endpoint);
  const blob = () => new Blob(['fuzz body'], { type: 'text/plain' });
  const uuid = '3b241101-e2bb-4255-8caf-4136c566a962';
  return {
    ping: [() => ({})],
    status: [() => ({})],
    'auth.status': [() => ({})],
    'auth.signIn': [() => ({})],
    'auth.signOut': [() => ({})],
    'auth.setStaySignedIn': [() => ({ on: false }), () => ({ on: true })],
    's3.list': [() => ({ prefix: APP, delimiter: '/', pageSize: 10 }), () => ({ prefix: '', continuationToken: 'abc' })],
    's3.head': [() => ({ key: `${APP}a.txt` })],
    's3.get': [() => ({ key: `${APP}a.txt` })],
    's3.delete': [() => ({ keys: [`${APP}a.txt`, `${APP}b.txt`] }), () => ({ folder: APP })],
    's3.createFolder': [() => ({ folder: `${APP}new/` })],
    's3.copy': [() => ({ from: `${APP}a.txt`, to: `${APP}b.txt` }), () => ({ from: APP, to: 'private/${identityId}/other/' })],
    's3.move': [() => ({ from: `${APP}a.txt`, to: `${APP}c.txt` })],
    's3.put': [() => ({ key: `${APP}a.txt`, body: blob(), contentType: 'text/plain', metadata: { title: 'fuzz' } })],
    'transfers.start': [() => ({ key: `${APP}big.bin`, body: blob() })],
    'transfers.list': [() => ({})],
    'transfers.cancel': [() => ({ id: uuid })],
    'transfers.retry': [() => ({ id: uuid })],
    'transfers.clear': [() => ({})],
    'transfers.seen': [() => ({})],
    's3.presign': [
      () => ({ key: `${APP}a.txt`, expiresInSeconds: 600, download: true }),
      () => ({ key: `${APP}a.txt`, expiresInSeconds: 7 * 24 * 3600 }),
      () => ({ key: `${APP}a.txt`, expiresInSeconds: 60, versionId: 'null' }),
    ],
    'settings.get': [() => ({})],
    'settings.set': [() => ({ settings })],
    'settings.patch': [() => ({ patch: { saveFolder: `${APP}saves/` } }), () => ({ patch: { cognitoEndpoint: null } })],
    'diagnostics.run': [() => ({ settings }), () => ({ settings: { ...settings, allowGuests: false } })],
    'bridge.request': [
      () => ({ op: 'list', userActivation: true }),
      () => ({ op: 'list', prefix: APP, continuationToken: 'abc', userActivation: false }),
      () => ({ op: 'get', key: `${APP}a.txt`, userActivation: true }),
      () => ({ op: 'put', key: `${APP}a.txt`, body: blob(), contentType: 'text/plain', userActivation: true }),
      () => ({ op: 'presign', key: `${APP}a.txt`, expiresInSeconds: 60, userActivation: true }),
    ],
    'bridge.listed': [() => ({})],
    'bridge.decide': [() => ({ question: uuid, allow: true }), () => ({ question: 'not-a-question', allow: true })],
    'bridge.consents': [() => ({})],
    'bridge.revoke': [() => ({ origin: LISTED })],
    'page.openInTote': [() => ({})],
    's3.peek': [() => ({ key: `${APP}a.txt`, bytes: 65_536 })],
    's3.updateInfo': [
      () => ({ key: `${APP}a.txt`, contentType: 'text/markdown; charset=utf-8', metadata: { owner: 'fuzz' } }),
      () => ({ key: `${APP}a.txt`, contentType: 'text/plain', metadata: {} }),
    ],
    's3.exists': [() => ({ keys: [`${APP}a.txt`, `${APP}a (1).txt`, `${APP}photos/`] })],
    's3.versioning': [() => ({})],
    's3.versions': [() => ({ key: `${APP}a.txt` })],
    's3.restoreVersion': [() => ({ key: `${APP}a.txt`, versionId: '3sL4kqtJlcpXroDTDmJ-rmSpXd3dIbrHY' })],
    's3.undoDelete': [() => ({ keys: [`${APP}a.txt`], since: Date.now() }), () => ({ folder: APP, since: 0 })],
    'dev.menuClick': [() => ({ pageUrl: `${LISTED}/app.html`, info: { menuItemId: 'tote-save-page-html', pageUrl: `${LISTED}/app.html` } })],
    'dev.notifications': [() => ({})],
    'dev.notificationClick': [() => ({ id: 'tote-upload-done' })],
    'dev.command': [() => ({ command: 'save-page', pageUrl: `${LISTED}/app.html` })],
  };
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    '/',
    '..',
    '../',
    `${APP}../../`,
    `${APP}..%2f..%2f`,
    'private/',
    'private/other-identity/app/x',
    'public/',
    '${identityId}',
    `${APP}\u0000`,
    `${APP}\n`,
    '\uD800',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
    LISTED,
    'https://evil.example',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 30 }).map((tail) => `${APP}${tail}`),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.anything({
    maxDepth: 2,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, -1, 2 ** 53, 1e308, true, null, undefined),
  fc.constant(0).map(() => new Blob(['x'.repeat(64)])),
  fc.constant(0).map(() => new ArrayBuffer(16)),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** A request for `name`: its example as is, or mutated, or replaced outright. */
function requestFor(make: () => Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(make());
  const someKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('unexpected');
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(0).map(() => make()) },
    { weight: 2, arbitrary: someKey.map((key) => Object.fromEntries(Object.entries(make()).filter(([name]) => name !== key))) },
    { weight: 3, arbitrary: fc.tuple(someKey, hostileValue).map(([key, value]) => ({ ...make(), [key]: value })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(hostileString, fc.constantFrom('__proto__', 'origin', 'sender', 'tabId', 'admin')), hostileValue)
        .map(([key, value]) => ({ ...make(), [key]: value })),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}

export function hostileEnvelope(endpoint: string): fc.Arbitrary<unknown> {
  const table = Object.entries(examples(endpoint)).flatMap(([name, makes]) => makes.map((make) => [name, make] as const));
  const names = Object.keys(examples(endpoint));
  const wellFormed = fc.constantFrom(...table).chain(([name, make]) => requestFor(make).map((request) => ({ tote: 'tote/1', name, request })));
  const oddName = fc.oneof(
    fc.constantFrom('__proto__', 'toString', 'constructor', 'hasOwnProperty', 'S3.LIST', 's3.list ', 'dev.menuclick', 'bridge', 'x'.repeat(65), ''),
    fc.string({ maxLength: 70 }),
  );
  return fc.oneof(
    { weight: 12, arbitrary: wellFormed },
    { weight: 1, arbitrary: fc.record({ tote: fc.constant('tote/1'), name: oddName, request: hostileValue }) },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          tote: fc.oneof(fc.constant('tote/1'), fc.constant('tote/2'), hostileString),
          name: fc.oneof(fc.constantFrom(...names), oddName, hostileValue),
          request: hostileValue,
          extra: hostileValue,
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}

export interface FuzzSender {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

const page = fc.constantFrom<FuzzSender>(
  { id: OWN_ID, url: `${SELF.origin}/popup/index.html` },
  { id: OWN_ID, url: `${SELF.origin}/options/index.html`, origin: SELF.origin },
  // An extension page open in a tab (Chrome reports the tab too).
  { id: OWN_ID, url: `${SELF.origin}/popup/index.html`, origin: SELF.origin, tab: { id: 4 }, frameId: 0 },
);

const content = fc
  .record({
    id: fc.constant(OWN_ID),
    url: fc.constantFrom(`${LISTED}/app.html`, `${DENIED}/page`, `${UNANSWERED}/`, 'https://evil.example/'),
    tab: fc.constant({ id: 3 }),
    frameId: fc.constantFrom(0, 0, 0, 2),
  })
  .map((sender): FuzzSender => ({ ...sender, origin: new URL(sender.url).origin }));

const spoofedUrl = fc.constantFrom(
  `${LISTED}/app.html`,
  'https://evil.example/',
  `${LISTED}@evil.example/`,
  'https://app.example.evil.test/',
  'about:blank',
  'about:srcdoc',
  'data:text/html,<b>x</b>',
  `blob:${LISTED}/1234`,
  'file:///etc/passwd',
  'javascript:alert(1)',
  `${SELF.origin}/popup/index.html`,
  `${SELF.origin}.evil.example/`,
  'chrome-extension://otherextension/page.html',
  'moz-extension://0000-uuid/page.html',
  'not a url',
  '',
);

const anySender: fc.Arbitrary<FuzzSender> = fc.record(
  {
    id: fc.constantFrom(OWN_ID, OWN_ID, 'otherextension', '', undefined),
    url: fc.option(spoofedUrl, { nil: undefined }),
    origin: fc.option(fc.constantFrom('null', LISTED, 'https://evil.example', SELF.origin, 'chrome-extension://otherextension', '', 'https://APP.example'), {
      nil: undefined,
    }),
    tab: fc.option(fc.record({ id: fc.option(fc.integer({ min: -1, max: 50 }), { nil: undefined }) }), { nil: undefined }),
    frameId: fc.option(fc.integer({ min: -1, max: 20 }), { nil: undefined }),
  },
  { requiredKeys: [] },
);

/** Mostly senders whose messages reach the handlers (so the handlers are exercised), the rest anything. */
export const hostileSender: fc.Arbitrary<FuzzSender> = fc.oneof(
  { weight: 3, arbitrary: page },
  { weight: 4, arbitrary: content },
  { weight: 3, arbitrary: anySender },
);
