import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARM_AFTER_MS, armAfterFocus, type ArmState } from './arm-allow.ts';

function window(focused: boolean) {
  let listener: (focused: boolean) => void = () => undefined;
  const states: ArmState[] = [];
  const source = { hasFocus: () => focused, onChange: (next: (focused: boolean) => void) => void (listener = next) };
  return {
    states,
    start: () => armAfterFocus(source, (state) => states.push(state)),
    focus(now: boolean) {
      focused = now;
      listener(now);
    },
    /** The focus goes and no event tells the window. */
    loseSilently: () => void (focused = false),
  };
}

describe('arming Allow in the consent window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('arms only after the window has held the focus for a second', () => {
    const consent = window(true);
    consent.start();
    vi.advanceTimersByTime(ARM_AFTER_MS - 1);
    expect(consent.states).toEqual(['waiting']);
    vi.advanceTimersByTime(1);
    expect(consent.states).toEqual(['waiting', 'armed']);
  });

  it('stays disarmed while another window has the focus, and starts the wait over when it comes back', () => {
    const consent = window(false);
    consent.start();
    vi.advanceTimersByTime(5 * ARM_AFTER_MS);
    expect(consent.states).toEqual(['paused']);
    consent.focus(true);
    vi.advanceTimersByTime(ARM_AFTER_MS / 2);
    consent.focus(false);
    vi.advanceTimersByTime(5 * ARM_AFTER_MS);
    expect(consent.states).toEqual(['paused', 'waiting', 'paused']);
    consent.focus(true);
    vi.advanceTimersByTime(ARM_AFTER_MS);
    expect(consent.states.at(-1)).toBe('armed');
    // Armed, then the focus goes: disarmed at once.
    consent.focus(false);
    expect(consent.states.at(-1)).toBe('paused');
  });

  it('does not arm if the focus went without an event', () => {
    const consent = window(true);
    consent.start();
    consent.loseSilently();
    vi.advanceTimersByTime(ARM_AFTER_MS);
    expect(consent.states).toEqual(['waiting', 'paused']);
  });
});
