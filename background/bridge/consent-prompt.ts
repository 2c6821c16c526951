/**
 * Asks the user whether a site may use Tote, in an extension window (consent/index.html): pages
 * and content scripts are untrusted, so the question and the answer stay in extension pages. One
 * question (and window) per origin at a time; every request waiting for that origin shares its
 * answer. Closing the window, or no answer within a few minutes, counts as "not now". Each
 * question has an id the window answers with, so an answer binds to the exact scope it showed.
 * The outcome is recorded once per question (`record`), before the waiting requests hear it.
 */
import type { ConsentWindowQuestion, Grant } from '../../src/page/consent-scope.ts';
import type { Decision } from './consent-store.ts';

export type Answer = Decision | 'dismissed';

/** One open question: which site, and exactly what it would get. */
export type Question = ConsentWindowQuestion;

export interface PromptWindows {
  /** Opens the window showing `question`; resolves to the window's id. */
  open(question: Question): Promise<number | undefined>;
  close(windowId: number): Promise<void>;
}

/** Stores what came of a question (the answer with its scope, or a dismissal for the back-off). */
export type RecordOutcome = (question: Question, answer: Answer) => Promise<void>;

const ANSWER_WITHIN_MS = 3 * 60_000;

interface Pending {
  question: Question;
  answer: Promise<Answer>;
  settle(answer: Answer): void;
  windowId?: number;
  /** Answered or dismissed, its outcome being recorded: requests arriving now still share it. */
  closing?: true;
}

export function consentPrompt(windows: PromptWindows, record: RecordOutcome) {
  const pending = new Map<string, Pending>();

  async function settle(origin: string, answer: Answer): Promise<void> {
    const entry = pending.get(origin);
    if (entry === undefined || entry.closing) return;
    entry.closing = true;
    if (entry.windowId !== undefined) void windows.close(entry.windowId).catch(() => undefined);
    await record(entry.question, answer).catch((error: unknown) => console.error('Tote: could not record a consent answer', error));
    pending.delete(origin);
    entry.settle(answer);
  }

  return {
    ask(origin: string, scope: Grant[]): Promise<Answer> {
      const existing = pending.get(origin);
      if (existing) return existing.answer;
      let resolve!: (answer: Answer) => void;
      const answer = new Promise<Answer>((done) => (resolve = done));
      const timer = setTimeout(() => void settle(origin, 'dismissed'), ANSWER_WITHIN_MS);
      const question: Question = { id: crypto.randomUUID(), origin, scope };
      const entry: Pending = {
        question,
        answer,
        settle: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      pending.set(origin, entry);
      windows.open(question).then(
        (windowId) => {
          entry.windowId = windowId;
          // Answered (or failed) while the window was still opening: close it now.
          if ((entry.closing || pending.get(origin) !== entry) && windowId !== undefined) void windows.close(windowId).catch(() => undefined);
        },
        () => void settle(origin, 'dismissed'),
      );
      return answer;
    },
    /** The user answered question `id` in its window; false if no such question is open. */
    async answer(id: string, decision: Decision): Promise<boolean> {
      const entry = [...pending.values()].find((candidate) => candidate.question.id === id && !candidate.closing);
      if (entry === undefined) return false;
      await settle(entry.question.origin, decision);
      return true;
    },
    /** A window closed: if it was a question's, that question ends unanswered. */
    windowClosed(windowId: number): void {
      for (const [origin, entry] of pending) if (entry.windowId === windowId) void settle(origin, 'dismissed');
    },
  };
}

export type ConsentPrompt = ReturnType<typeof consentPrompt>;
