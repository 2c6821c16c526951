/**
 * Property, at scale: whatever a hostile or broken caller sends, as an extension page or as a
 * content script (own id, foreign id, no tab, frames, opaque origins, spoofed URLs), the real
 * router with the real protocol and real handlers (over fakes holding recognisable secrets,
 * test/fuzz/) never throws, answers only what it should, and never answers a secret.
 *
 * Seeded and reproducible: the seed is printed; TOTE_FUZZ_SEED=<seed> replays a run, and
 * TOTE_FUZZ_RUNS=<n> runs more (at least 10,000).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { Runtime } from '../src/browser.ts';
import { ErrorCode } from '../src/messaging/errors.ts';
import { entryOf, protocol } from '../src/messaging/protocol.ts';
import { startFakeAws, type FakeAws } from '../test/fuzz/fake-aws.ts';
import { fuzzHandlers } from '../test/fuzz/fuzz-handlers.ts';
import { examples, hostileEnvelope, hostileSender, OWN_ID, SELF, type FuzzSender } from '../test/fuzz/hostile-messages.ts';
import { leakedSecrets } from '../test/fuzz/secrets.ts';
import { createRouter } from './router.ts';
import { classifySender } from './sender.ts';

const RUNS = Math.max(10_000, Number(process.env.TOTE_FUZZ_RUNS ?? 0));
const SEED = process.env.TOTE_FUZZ_SEED ? Number(process.env.TOTE_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

const ReplySchema = v.union([
  v.strictObject({ ok: v.literal(true), value: v.unknown() }),
  v.strictObject({
    ok: v.literal(false),
    error: v.strictObject({
      code: v.picklist(Object.values(ErrorCode)),
      message: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
      retryable: v.boolean(),
    }),
  }),
]);

/** Text of everything in a reply, bytes decoded, so a secret anywhere in it is found. */
function textOf(reply: unknown): string {
  return (
    JSON.stringify(reply, (_key, value: unknown) => {
      if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
      if (typeof value === 'bigint') return value.toString();
      return value;
    }) ?? ''
  );
}

/** Presigned links in a successful reply (s3.presign, or a presign through the bridge). */
function presignedUrls(reply: unknown): string[] {
  const value = (reply as { ok?: boolean; value?: { url?: unknown; result?: { url?: unknown } } }).value;
  return [value?.url, value?.result?.url].filter((url): url is string => typeof url === 'string' && url.includes('X-Amz-Signature='));
}

/** Messages cross contexts as structured clones; what cannot be cloned is sent as is (harder still). */
function asSent<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

describe('the router under 10,000+ hostile messages', () => {
  let aws: FakeAws;
  const counts = new Map<string, number>();
  const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);

  beforeAll(async () => {
    aws = await startFakeAws();
    // The in-memory browser has no tabs; "Open in Tote" opens one, the simulated menu click looks for one.
    Object.assign(browser, { tabs: { create: async () => ({ id: 9 }), query: async () => [] } });
    // Handlers' unexpected errors are logged (router.ts), and the SDK warns about Blob bodies in Node: counted, not printed.
    vi.spyOn(console, 'error').mockImplementation(() => count('console.error'));
    vi.spyOn(console, 'warn').mockImplementation(() => count('console.warn'));
  });
  afterAll(async () => {
    await aws?.close();
    vi.restoreAllMocks();
  });

  it('fuzzes every message the table has', () => {
    expect(Object.keys(examples('http://x')).sort()).toEqual(Object.keys(protocol).sort());
  });

  it('never throws, answers only its own with a valid reply, keeps the sender policy, and leaks no secret', async () => {
    console.log(`router fuzz: ${RUNS} runs, seed ${SEED} (replay with TOTE_FUZZ_SEED=${SEED})`);
    const route = createRouter({ self: SELF, handlers: fuzzHandlers(aws.endpoint) });
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(hostileEnvelope(aws.endpoint), hostileSender, async (message, rawSender: FuzzSender) => {
        const sender = rawSender as Runtime.MessageSender;
        const kind = classifySender(sender, SELF)?.kind;
        const answer = route(asSent(message), sender);
        if (kind === undefined) {
          // Not our own page or content script in a tab: no answer at all, not even an error.
          expect(answer).toBeUndefined();
          count('unanswered');
          return;
        }
        expect(sender.id).toBe(OWN_ID);
        const reply = await answer;
        expect(v.is(ReplySchema, reply), textOf(reply)).toBe(true);
        const name = (message as { name?: unknown } | null)?.name;
        if ((reply as { ok: boolean }).ok) {
          // Only what the table's sender policy lets this kind of sender send gets through
          // (src/messaging/protocol.test.ts pins the policy itself).
          const senders = entryOf(String(name))?.senders;
          expect(kind === 'content' ? senders?.content === 'any-origin' : senders?.pages === true, String(name)).toBe(true);
          count(`ok ${kind} ${String(name)}`);
        } else {
          count(`${kind} ${(reply as { error: { code: string } }).error.code}`);
        }
        expect(leakedSecrets(textOf(reply), presignedUrls(reply))).toEqual([]);
        // The browser clones replies back to the sender: they must be cloneable.
        expect(() => structuredClone(reply)).not.toThrow();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    const summary = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, n]) => `${label}: ${n}`)
      .join(', ');
    console.log(
      `router fuzz: ${RUNS} messages in ${seconds.toFixed(1)} s; ${aws.signedRequests()} S3 requests signed with the fake key, ${aws.echoedSecrets()} answers echoed a secret back; ${summary}`,
    );
    // The run was meaningful: handlers ran for both kinds of sender, with the secrets in play.
    expect(aws.signedRequests()).toBeGreaterThan(100);
    expect(aws.echoedSecrets()).toBeGreaterThan(50);
    expect([...counts.keys()].some((label) => label.startsWith('ok content bridge.request'))).toBe(true);
    expect([...counts.keys()].filter((label) => label.startsWith('ok page')).length).toBeGreaterThan(15);
    expect(counts.get('content forbidden') ?? 0).toBeGreaterThan(100);
  }, 120_000);
});
