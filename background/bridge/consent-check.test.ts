import { describe, expect, it } from 'vitest';
import type { Grant } from '../../src/page/consent-scope.ts';
import { memoryKeyValue } from '../storage/key-value.ts';
import { consentBackoff } from './consent-backoff.ts';
import { checkConsent } from './consent-check.ts';
import { recordOutcome } from './consent-outcome.ts';
import { consentPrompt, type Answer, type Question } from './consent-prompt.ts';
import { consentStore } from './consent-store.ts';

const APP = 'https://app.example';
const notes: Grant[] = [{ prefix: 'private/${identityId}/notes/', allow: ['list', 'get'] }];

/** The real prompt, store and back-off; the window answers with `next` as soon as it opens. */
function setup(now = () => 1_000_000) {
  const consents = consentStore(memoryKeyValue());
  const backoff = consentBackoff(memoryKeyValue(), now);
  const opened: Question[] = [];
  let next: Answer = 'allow';
  const prompt = consentPrompt(
    {
      open: async (question) => {
        opened.push(question);
        setTimeout(() => (next === 'dismissed' ? prompt.windowClosed(opened.length) : void prompt.answer(question.id, next)), 0);
        return opened.length;
      },
      close: async () => undefined,
    },
    recordOutcome(consents, backoff),
  );
  const front = { tab: 3 };
  const deps = { consents, backoff, prompt, tabInFront: async (tabId: number) => tabId === front.tab };
  const check = (granted: Grant[], userActivation = true, tabId = 3) => checkConsent(deps, { origin: APP, tabId, userActivation }, granted);
  return { opened, consents, backoff, check, answerWith: (answer: Answer) => void (next = answer) };
}

describe('the consent check', () => {
  it('asks once, then serves what the answer covers without asking, even without an activation', async () => {
    const { opened, check } = setup();
    await check(notes);
    await check(notes, false);
    await check([{ prefix: 'private/${identityId}/notes/', allow: ['list'] }], false);
    expect(opened).toHaveLength(1);
  });

  it('asks again, showing the new scope, when settings were widened', async () => {
    const { opened, check, consents } = setup();
    await check(notes);
    const wider: Grant[] = [{ prefix: 'private/${identityId}/notes/', allow: ['list', 'get', 'put'] }];
    // Without an activation a widened grant is not served, and nothing opens.
    await expect(check(wider, false)).rejects.toMatchObject({
      code: 'consent_denied',
      retryable: true,
      message: expect.stringContaining('less than it may now do'),
    });
    expect(opened).toHaveLength(1);
    await check(wider);
    expect(opened.map((question) => question.scope)).toEqual([notes, wider]);
    expect(await consents.get(APP)).toMatchObject({ scope: wider });
    const newFolder: Grant[] = [...wider, { prefix: 'public/', allow: ['get'] }];
    await check(newFolder);
    expect(opened).toHaveLength(3);
  });

  it('opens nothing without a user activation, nor for a tab that is not in front (whatever it claims)', async () => {
    const { opened, check } = setup();
    await expect(check(notes, false)).rejects.toMatchObject({ code: 'consent_denied', retryable: true });
    await expect(check(notes, true, 4)).rejects.toMatchObject({
      code: 'consent_denied',
      retryable: true,
      message: expect.stringContaining("while the site's tab is the one in front"),
    });
    expect(opened).toEqual([]);
  });

  it('backs off after a dismissal: the next activated request opens nothing and says when it may ask again', async () => {
    let now = 1_000_000;
    const { opened, check, answerWith } = setup(() => now);
    answerWith('dismissed');
    await expect(check(notes)).rejects.toMatchObject({ code: 'consent_denied', retryable: true, message: expect.stringContaining('ask again in 30 seconds') });
    await expect(check(notes)).rejects.toMatchObject({ code: 'consent_denied', retryable: true, message: expect.stringContaining('ask again in 30 seconds') });
    expect(opened).toHaveLength(1);
    now += 30_000;
    await expect(check(notes)).rejects.toMatchObject({ message: expect.stringContaining('ask again in 2 minutes') });
    expect(opened).toHaveLength(2);
    now += 120_000;
    answerWith('allow');
    await check(notes);
    // The answer reset the back-off: a later dismissal starts at 30 s again.
    answerWith('dismissed');
    await expect(check([...notes, { prefix: 'public/', allow: ['list'] }])).rejects.toMatchObject({ message: expect.stringContaining('30 seconds') });
  });

  it('keeps a denial, whatever settings grant later, and asks nothing', async () => {
    const { opened, check, answerWith } = setup();
    answerWith('deny');
    await expect(check(notes)).rejects.toMatchObject({ code: 'consent_denied', retryable: false });
    await expect(check([{ prefix: 'public/', allow: ['list'] }])).rejects.toMatchObject({ code: 'consent_denied', retryable: false });
    expect(opened).toHaveLength(1);
  });
});
