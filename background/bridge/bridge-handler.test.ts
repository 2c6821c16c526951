import { describe, expect, it } from 'vitest';
import type { Grant } from '../../src/page/consent-scope.ts';
import type { ContentScope } from '../../src/settings/schema.ts';
import type { HandlerContext } from '../router.ts';
import { memoryKeyValue } from '../storage/key-value.ts';
import { bridgeHandler, bridgeListedHandler, MAX_IN_FLIGHT_PER_ORIGIN } from './bridge-handler.ts';
import { consentBackoff } from './consent-backoff.ts';
import type { Answer } from './consent-prompt.ts';
import { consentStore } from './consent-store.ts';

const APP = 'https://app.example';
const scopes: ContentScope[] = [{ origin: APP, prefix: 'private/${identityId}/app/', allow: ['list'] }];
/** A request as the bridge content script sends it, right after a click in the page. */
const clicked = <T extends object>(request: T) => ({ ...request, userActivation: true });
const from = (origin: string, frameId = 0): HandlerContext => ({ sender: { kind: 'content', origin, url: `${origin}/page`, tabId: 3, frameId } });
/** S3 is never reached in these cases: consent and scope are decided first. */
const s3 = {
  access: async () => {
    throw new Error('S3 reached');
  },
};

function setup(answer: Answer) {
  const asked: string[] = [];
  const consents = consentStore(memoryKeyValue());
  const backoff = consentBackoff(memoryKeyValue());
  // Like the real prompt's record step: an answer is stored, a dismissal backs off.
  const prompt = {
    ask: async (origin: string, scope: Grant[]) => {
      asked.push(origin);
      if (answer === 'dismissed') await backoff.dismissed(origin);
      else await consents.set(origin, answer, scope);
      return answer;
    },
  };
  return { asked, consents, handler: bridgeHandler({ s3, scopes: async () => scopes, consents, backoff, prompt, tabInFront: async () => true }) };
}

describe('the page bridge in the background', () => {
  it('answers an unlisted origin (by the origin the browser reports) with silence, and asks nobody', async () => {
    const { asked, handler } = setup('allow');
    await expect(handler(clicked({ op: 'list' }), from('https://evil.example'))).resolves.toEqual({ silent: true });
    await expect(handler(clicked({ op: 'list' }), from(APP, 2))).resolves.toEqual({ silent: true });
    expect(asked).toEqual([]);
    await expect(bridgeListedHandler({ scopes: async () => scopes })({}, from('https://evil.example'))).resolves.toEqual({ listed: false });
    await expect(bridgeListedHandler({ scopes: async () => scopes })({}, from(APP))).resolves.toEqual({ listed: true });
  });

  it('asks on the first request and remembers a denial; an unanswered prompt is not remembered', async () => {
    const denied = setup('deny');
    await expect(denied.handler(clicked({ op: 'list' }), from(APP))).rejects.toMatchObject({ code: 'consent_denied' });
    await expect(denied.handler(clicked({ op: 'list' }), from(APP))).rejects.toMatchObject({ code: 'consent_denied' });
    expect(denied.asked).toEqual([APP]);
    const dismissed = setup('dismissed');
    await expect(dismissed.handler(clicked({ op: 'list' }), from(APP))).rejects.toMatchObject({ code: 'consent_denied', retryable: true });
    expect(await dismissed.consents.get(APP)).toBeUndefined();
  });

  it('asks only for a request that carries a user activation', async () => {
    const { asked, handler } = setup('allow');
    await expect(handler({ op: 'list', userActivation: false }, from(APP))).rejects.toMatchObject({
      code: 'consent_denied',
      retryable: true,
      message: expect.stringContaining('click'),
    });
    expect(asked).toEqual([]);
  });

  it('refuses a consented origin what its scope does not allow, before S3 is reached', async () => {
    const { handler, consents } = setup('allow');
    await consents.set(APP, 'allow', [{ prefix: 'private/${identityId}/app/', allow: ['list'] }]);
    await expect(handler(clicked({ op: 'put', key: 'private/${identityId}/app/a', body: new Blob(['x']) }), from(APP))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handler(clicked({ op: 'list', prefix: 'private/' }), from(APP))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handler(clicked({ op: 'list' }), from(APP))).rejects.toThrow('S3 reached');
  });

  it('serves at most a few requests per origin at once, even to a sender that skips the content script', async () => {
    let answer!: (value: 'deny') => void;
    const question = new Promise<'deny'>((resolve) => (answer = resolve));
    const consents = consentStore(memoryKeyValue());
    // Like the real prompt: every request waiting for the origin shares one question.
    const prompt = { ask: () => question.then(async (answer) => (await consents.set(APP, answer, []), answer)) };
    const handler = bridgeHandler({
      s3,
      scopes: async () => scopes,
      consents,
      backoff: consentBackoff(memoryKeyValue()),
      prompt,
      tabInFront: async () => true,
    });
    const waiting = Array.from({ length: MAX_IN_FLIGHT_PER_ORIGIN }, () =>
      handler(clicked({ op: 'list' }), from(APP)).catch((error: { code: string }) => error.code),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(handler(clicked({ op: 'list' }), from(APP))).rejects.toMatchObject({ code: 'busy' });
    answer('deny');
    expect(await Promise.all(waiting)).toEqual(Array(MAX_IN_FLIGHT_PER_ORIGIN).fill('consent_denied'));
    // Slots are given back: the next request is served (and refused for the remembered denial).
    await expect(handler(clicked({ op: 'list' }), from(APP))).rejects.toMatchObject({ code: 'consent_denied' });
  });
});
