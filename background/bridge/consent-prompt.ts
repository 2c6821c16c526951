/**
 * Asks the user whether a site may use Tote, in an extension window (consent/index.html): pages
 * and content scripts are untrusted, so the question and the answer stay in extension pages. One
 * prompt per origin at a time; every request waiting for that origin shares its answer. Closing
 * the window, or no answer within a few minutes, counts as "not now" and is not remembered.
 */
import type { Decision } from './consent-store.ts';

export type Answer = Decision | 'dismissed';

export interface PromptWindows {
  /** Opens the prompt for `origin`; resolves to the window's id. */
  open(origin: string): Promise<number | undefined>;
  close(windowId: number): Promise<void>;
}

const ANSWER_WITHIN_MS = 3 * 60_000;

export function consentPrompt(windows: PromptWindows) {
  const pending = new Map<string, { answer: Promise<Answer>; settle(answer: Answer): void; windowId?: number }>();

  function settle(origin: string, answer: Answer): void {
    const entry = pending.get(origin);
    if (entry === undefined) return;
    pending.delete(origin);
    entry.settle(answer);
    if (entry.windowId !== undefined) void windows.close(entry.windowId).catch(() => undefined);
  }

  return {
    ask(origin: string): Promise<Answer> {
      const existing = pending.get(origin);
      if (existing) return existing.answer;
      let resolve!: (answer: Answer) => void;
      const answer = new Promise<Answer>((done) => (resolve = done));
      const timer = setTimeout(() => settle(origin, 'dismissed'), ANSWER_WITHIN_MS);
      const entry: { answer: Promise<Answer>; settle(answer: Answer): void; windowId?: number } = {
        answer,
        settle: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      pending.set(origin, entry);
      windows.open(origin).then(
        (windowId) => void (entry.windowId = windowId),
        () => settle(origin, 'dismissed'),
      );
      return answer;
    },
    /** The user answered in the prompt window. */
    answer(origin: string, decision: Decision): boolean {
      const known = pending.has(origin);
      settle(origin, decision);
      return known;
    },
    /** A window closed: if it was a prompt, its origin's question ends unanswered. */
    windowClosed(windowId: number): void {
      for (const [origin, entry] of pending) if (entry.windowId === windowId) settle(origin, 'dismissed');
    },
  };
}

export type ConsentPrompt = ReturnType<typeof consentPrompt>;
