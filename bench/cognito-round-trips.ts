/**
 * Cognito round trips, counted at the stand-in's /_stats (GetId + GetCredentialsForIdentity +
 * GetOpenIdToken): first use (a fresh install: guest listing, sign-in, first listing; target 3:
 * guest GetId + GetCredentialsForIdentity, then one GetCredentialsForIdentity that links the
 * guest identity to the sign-in); after a worker restart while credentials are
 * valid; per refresh (stored credentials expired, as test/e2e/refresh.e2e.test.ts does); 100
 * concurrent S3 requests on a cold worker (stopped, nothing cached: no credentials, no identity
 * id). Baseline: the SDK's default `fromCognitoIdentityPool` in a page (pages/sdk-cognito.ts),
 * the same user and id_token, same run. Counts, not times. In each browser the bench drives
 * (lib/runner.ts, BENCH_BROWSERS).
 */
import {
  accountLine,
  call,
  cognitoStats,
  resetCognitoStats,
  signInThroughPopup,
  useDevstack,
  newUser,
  type CognitoStats,
} from '../test/e2e/harness/identity.ts';
import type { BrowserKind, TestPage } from '../test/e2e/harness/types.ts';
import { waitForMark } from './lib/page-marks.ts';
import { BENCH_BROWSERS, type Benchmark, type BenchContext } from './lib/runner.ts';
import type { Row } from './lib/rows.ts';

const BURST = 100;
const total = (stats: CognitoStats) => stats.GetId + stats.GetCredentialsForIdentity + stats.GetOpenIdToken;
const breakdown = (stats: CognitoStats) =>
  `GetId ${stats.GetId}, GetCredentialsForIdentity ${stats.GetCredentialsForIdentity}, GetOpenIdToken ${stats.GetOpenIdToken}${stats.errors ? `, errors ${stats.errors}` : ''}`;

async function listOk(page: TestPage, times: number, prefix = 'private/${identityId}/'): Promise<void> {
  const failures = await page.evaluate(
    async ({ count, prefix }) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: { message: string } }> } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = scope.browser ?? scope.chrome;
      const request = { tote: 'tote/1', name: 's3.list', request: { prefix, delimiter: '/' } };
      const replies = await Promise.all(Array.from({ length: count }, () => api.runtime.sendMessage(request)));
      return replies.filter((reply) => !reply.ok).map((reply) => reply.error?.message);
    },
    { count: times, prefix },
  );
  if (failures.length > 0) throw new Error(`s3.list failed ${failures.length} times: ${failures[0]}`);
}

async function measureIn(kind: BrowserKind, { stack, browser }: BenchContext): Promise<Row[]> {
  const session = await browser(kind);
  const popup = await session.openExtensionPage('popup/index.html');
  const counted = async (action: () => Promise<void>): Promise<CognitoStats> => {
    await resetCognitoStats(stack);
    await action();
    return cognitoStats(stack);
  };

  const tote: Record<string, CognitoStats> = {};
  // First use, from a fresh install: pointed at the stack, the popup lists public files as a
  // guest (guests are allowed), then the user signs in and their folder is listed.
  await resetCognitoStats(stack);
  await useDevstack(popup, stack);
  await listOk(popup, 1, 'public/');
  const afterGuest = await cognitoStats(stack);
  await signInThroughPopup(session, popup, stack, newUser(`bench-cognito-${kind}`));
  await accountLine(popup, 'Signed in as', 30_000);
  const afterSignIn = await cognitoStats(stack);
  await listOk(popup, 1);
  tote.first = await cognitoStats(stack);
  const firstPhases = `guest listing ${total(afterGuest)}, sign-in ${total(afterSignIn) - total(afterGuest)} (GetId ${afterSignIn.GetId - afterGuest.GetId}), first listing ${total(tote.first) - total(afterSignIn)}`;
  const status = await call<{ identityId: string }>(popup, 'auth.status');
  if (!status.ok) throw new Error(status.error.message);
  tote.restart = await counted(async () => {
    await session.stopBackground();
    await listOk(popup, 1);
  });
  tote.refresh = await counted(async () => {
    await popup.evaluate(async (expired) => {
      type Api = { storage: { session: { get(k: string): Promise<Record<string, object>>; set(v: unknown): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = scope.browser ?? scope.chrome;
      const { credentials } = await api.storage.session.get('credentials');
      await api.storage.session.set({ credentials: { ...credentials, expiration: expired } });
    }, Date.now() - 1_000);
    await listOk(popup, 1);
  });
  await session.stopBackground();
  await popup.evaluate(async () => {
    type Api = { storage: { session: { remove(k: string): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    await api.storage.session.remove('credentials');
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('tote-identity-ids');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
  }, undefined);
  tote.burst = await counted(() => listOk(popup, BURST));

  // The baseline: a page with the SDK's default provider; a new page is a restarted one.
  const sdkPath = `bench/sdk-cognito.html?${new URLSearchParams({ region: stack.region, endpoint: stack.s3.endpoint, bucket: stack.bucket, cognito: stack.cognito.endpoint, identityId: status.value.identityId })}`;
  const openSdkPage = async () => {
    const page = await session.openExtensionPage(sdkPath);
    await waitForMark(page, 'benchReady');
    return page;
  };
  const sdkList = (page: TestPage, count: number) =>
    page.evaluate((n) => (globalThis as unknown as { benchList(n: number): Promise<number> }).benchList(n), count);
  const baseline: Record<string, CognitoStats> = {};
  let page = await openSdkPage();
  baseline.first = await counted(async () => void (await sdkList(page, 1)));
  baseline.refresh = await counted(() => page.evaluate(() => (globalThis as unknown as { benchRefresh(): Promise<void> }).benchRefresh(), undefined));
  await page.close();
  page = await openSdkPage();
  baseline.restart = await counted(async () => void (await sdkList(page, 1)));
  await page.close();
  page = await openSdkPage();
  baseline.burst = await counted(async () => void (await sdkList(page, BURST)));
  await page.close();
  await session.close();

  const row = (key: string, name: string, target: number | undefined, how: string, phases = ''): Row => ({
    benchmark: 'cognito-round-trips',
    name: `${name} (${kind})`,
    unit: 'Cognito calls',
    tote: total(tote[key] as CognitoStats),
    baseline: { label: "SDK's default fromCognitoIdentityPool in a page", value: total(baseline[key] as CognitoStats) },
    ...(target === undefined
      ? {}
      : { target: `exactly ${target}`, met: total(tote[key] as CognitoStats) === target && (tote[key] as CognitoStats).errors === 0 }),
    note: `Tote: ${breakdown(tote[key] as CognitoStats)}${phases}; baseline (${how}): ${breakdown(baseline[key] as CognitoStats)}`,
  });
  return [
    row('first', 'first use: guest listing, sign-in, first listing', 3, 'first listing in a fresh page', ` — by phase: ${firstPhases}`),
    row('restart', 'after a worker restart, credentials valid', 0, 'a new page: nothing survives a reload'),
    row('refresh', 'per refresh', 1, 'the provider asked again, as the client does on expiry'),
    row('burst', `${BURST} concurrent S3 requests, cold worker`, 2, `${BURST} concurrent ListObjectsV2 in a new page`),
  ];
}

async function measure(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of BENCH_BROWSERS) rows.push(...(await measureIn(kind, context)));
  return rows;
}

export const cognitoRoundTrips: Benchmark = { name: 'cognito-round-trips', needsStack: true, run: measure };
