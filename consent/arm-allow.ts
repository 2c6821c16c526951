/**
 * Allow is armed only after the consent window has had the focus for a moment: a window that
 * pops up under a click or key press meant for the page must not catch it as "Allow". Losing
 * the focus disarms it, and the wait starts over when the focus comes back.
 */

/** How long the window must hold the focus before Allow can be used. */
export const ARM_AFTER_MS = 1_000;

/** `waiting`: focused, counting down; `paused`: another window has the focus; `armed`: usable. */
export type ArmState = 'waiting' | 'paused' | 'armed';

export interface FocusSource {
  hasFocus(): boolean;
  /** Calls `listener` whenever the window gains (true) or loses (false) the focus. */
  onChange(listener: (focused: boolean) => void): void;
}

export function armAfterFocus(focus: FocusSource, show: (state: ArmState) => void, delayMs = ARM_AFTER_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const change = (focused: boolean) => {
    clearTimeout(timer);
    timer = undefined;
    if (!focused) return show('paused');
    show('waiting');
    // Checked again when the time is up: a focus loss the events missed still disarms.
    timer = setTimeout(() => show(focus.hasFocus() ? 'armed' : 'paused'), delayMs);
  };
  focus.onChange(change);
  change(focus.hasFocus());
}
