import { describe, expect, it } from 'vitest';
import type { Grant } from '../../src/page/consent-scope.ts';
import { memoryKeyValue } from '../storage/key-value.ts';
import { consentBackoff } from './consent-backoff.ts';
import { recordOutcome } from './consent-outcome.ts';
import { consentPrompt, type PromptWindows, type Question } from './consent-prompt.ts';
import { consentStore } from './consent-store.ts';

const A = 'https://a.example';
const scope: Grant[] = [{ prefix: 'private/${identityId}/a/', allow: ['list', 'get'] }];

function fakeWindows() {
  const opened: Question[] = [];
  const closed: number[] = [];
  const windows: PromptWindows = {
    open: async (question) => {
      opened.push(question);
      return opened.length;
    },
    close: async (id) => void closed.push(id),
  };
  return { windows, opened, closed };
}

function setup() {
  const { windows, opened, closed } = fakeWindows();
  const consents = consentStore(memoryKeyValue(), () => 5);
  const backoff = consentBackoff(memoryKeyValue());
  return { opened, closed, consents, backoff, prompt: consentPrompt(windows, recordOutcome(consents, backoff)) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('page bridge consent', () => {
  it('remembers one answer per origin with the scope it was given for, lists and revokes them', async () => {
    const store = consentStore(memoryKeyValue(), () => 5);
    await Promise.all([store.set(A, 'allow', scope), store.set('https://b.example', 'deny', [])]);
    expect(await store.get(A)).toEqual({ origin: A, decision: 'allow', decidedAt: 5, scope });
    expect((await store.list()).map((consent) => consent.origin)).toEqual([A, 'https://b.example']);
    await store.revoke(A);
    expect(await store.get(A)).toBeUndefined();
  });

  it('reads an older answer stored without a scope as covering nothing', async () => {
    const keyValue = memoryKeyValue();
    await keyValue.set('consents', JSON.stringify({ [A]: { origin: A, decision: 'allow', decidedAt: 1 } }));
    expect(await consentStore(keyValue).get(A)).toMatchObject({ decision: 'allow', scope: [] });
  });

  it('opens one window per origin however many requests wait, and stores the answer with the scope shown', async () => {
    const { prompt, opened, closed, consents, backoff } = setup();
    await backoff.dismissed(A);
    const answers = Promise.all([prompt.ask(A, scope), prompt.ask(A, [])]);
    await tick();
    expect(opened).toEqual([{ id: expect.any(String), origin: A, scope }]);
    expect(await prompt.answer('not-this-question', 'allow')).toBe(false);
    expect(await prompt.answer((opened[0] as Question).id, 'allow')).toBe(true);
    expect(await answers).toEqual(['allow', 'allow']);
    expect(closed).toEqual([1]);
    expect(await consents.get(A)).toMatchObject({ decision: 'allow', scope });
    // An answer clears the back-off.
    expect(await backoff.waitLeft(A)).toBe(0);
    // The question is over: answering it again changes nothing.
    expect(await prompt.answer((opened[0] as Question).id, 'deny')).toBe(false);
    expect(await consents.get(A)).toMatchObject({ decision: 'allow' });
  });

  it('treats a closed window as unanswered: nothing stored, the origin backs off once however many requests waited', async () => {
    const { prompt, consents, backoff } = setup();
    const asked = Promise.all([prompt.ask(A, scope), prompt.ask(A, scope), prompt.ask(A, scope)]);
    await tick();
    prompt.windowClosed(1);
    expect(await asked).toEqual(['dismissed', 'dismissed', 'dismissed']);
    expect(await consents.get(A)).toBeUndefined();
    expect(await backoff.waitLeft(A)).toBeGreaterThan(25_000);
    expect(await backoff.waitLeft(A)).toBeLessThanOrEqual(30_000);
  });

  it('lets a request that arrives while a dismissal is being stored share it, rather than open a second window', async () => {
    const { prompt, opened } = setup();
    const first = prompt.ask(A, scope);
    await tick();
    prompt.windowClosed(1);
    const second = prompt.ask(A, scope);
    expect(await Promise.all([first, second])).toEqual(['dismissed', 'dismissed']);
    expect(opened).toHaveLength(1);
  });
});
