import { describe, expect, it } from 'vitest';
import { memoryKeyValue } from '../storage/key-value.ts';
import { consentPrompt, type PromptWindows } from './consent-prompt.ts';
import { consentStore } from './consent-store.ts';

function fakeWindows() {
  const opened: string[] = [];
  const closed: number[] = [];
  const windows: PromptWindows = {
    open: async (origin) => {
      opened.push(origin);
      return opened.length;
    },
    close: async (id) => void closed.push(id),
  };
  return { windows, opened, closed };
}

describe('page bridge consent', () => {
  it('remembers one answer per origin, lists and revokes them', async () => {
    const store = consentStore(memoryKeyValue(), () => 5);
    await Promise.all([store.set('https://a.example', 'allow'), store.set('https://b.example', 'deny')]);
    expect(await store.get('https://a.example')).toBe('allow');
    expect(await store.list()).toEqual([
      { origin: 'https://a.example', decision: 'allow', decidedAt: 5 },
      { origin: 'https://b.example', decision: 'deny', decidedAt: 5 },
    ]);
    await store.revoke('https://a.example');
    expect(await store.get('https://a.example')).toBeUndefined();
  });

  it('opens one prompt per origin however many requests wait, and closes it with the answer', async () => {
    const { windows, opened, closed } = fakeWindows();
    const prompt = consentPrompt(windows);
    const answers = Promise.all([prompt.ask('https://a.example'), prompt.ask('https://a.example')]);
    await Promise.resolve();
    expect(opened).toEqual(['https://a.example']);
    expect(prompt.answer('https://a.example', 'allow')).toBe(true);
    expect(await answers).toEqual(['allow', 'allow']);
    expect(closed).toEqual([1]);
  });

  it('treats a closed prompt as unanswered, and ignores answers to questions nobody asked', async () => {
    const { windows } = fakeWindows();
    const prompt = consentPrompt(windows);
    const asked = prompt.ask('https://a.example');
    await new Promise((resolve) => setTimeout(resolve, 0));
    prompt.windowClosed(1);
    expect(await asked).toBe('dismissed');
    expect(prompt.answer('https://never-asked.example', 'allow')).toBe(false);
  });
});
