/**
 * The toolbar badge tells how uploads go with Tote closed: the percent of bytes sent while any
 * upload runs, and a red "!" after one failed, until the user opens Tote and sees the list
 * (`transfers.seen`). It is redrawn from the transfer list on each `transfers.changed`, so it
 * follows the same records the popup shows, across background restarts.
 */
import { browser } from '../../src/browser.ts';
import type { TransferRecord } from './transfer-store.ts';

export interface Badge {
  text: string;
  /** Background colour; absent when there is no text. */
  color?: string;
}

export const FAILED_COLOR = '#c5221f';
export const RUNNING_COLOR = '#1a5fb4';

/** A failure the user has not seen wins over progress: it needs them, progress does not. */
export function badgeFor(records: TransferRecord[], seenAt: number): Badge {
  if (records.some((r) => r.state === 'failed' && r.updatedAt > seenAt)) return { text: '!', color: FAILED_COLOR };
  const active = records.filter((r) => r.state === 'running' || r.state === 'queued');
  if (active.length === 0) return { text: '' };
  const size = active.reduce((sum, r) => sum + r.size, 0);
  const done = active.reduce((sum, r) => sum + Math.min(r.bytesDone, r.size), 0);
  // Only empty files: no bytes to count, so the count of uploads says it.
  const text = size === 0 ? String(active.length) : `${Math.min(99, Math.floor((done / size) * 100))}%`;
  return { text, color: RUNNING_COLOR };
}

export interface BadgeDependencies {
  list(): Promise<TransferRecord[]>;
  /** When the user last saw the transfer list (epoch ms), and the way to move it. */
  seen: { get(): Promise<number | undefined>; set(at: number): Promise<void> };
  draw(badge: Badge): Promise<void>;
  now(): number;
}

export function createTransferBadge(deps: BadgeDependencies) {
  let drawing: Promise<void> | undefined;
  let again = false;
  let shown = '';

  async function redraw(): Promise<void> {
    do {
      again = false;
      const badge = badgeFor(await deps.list(), (await deps.seen.get()) ?? 0);
      const key = `${badge.text}|${badge.color ?? ''}`;
      if (key !== shown) {
        await deps.draw(badge);
        shown = key;
      }
    } while (again);
  }

  /** One redraw at a time; changes that arrive meanwhile are folded into one more. */
  function update(): Promise<void> {
    if (drawing) {
      again = true;
      return drawing;
    }
    drawing = redraw()
      .catch((error: unknown) => console.warn('Tote: could not update the toolbar badge', error))
      .finally(() => (drawing = undefined));
    return drawing;
  }

  return {
    update,
    /** The user has the transfer list in front of them: failures so far are seen. */
    async seen(): Promise<void> {
      await deps.seen.set(deps.now());
      await update();
    },
  };
}

export type TransferBadge = ReturnType<typeof createTransferBadge>;

/** Draws on the toolbar button (`action`), the same in both browsers. */
export async function drawOnToolbar(badge: Badge): Promise<void> {
  if (badge.color) await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeText({ text: badge.text });
}
