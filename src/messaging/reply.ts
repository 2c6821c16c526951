/** Replies are data, never exceptions: `{ok: true, value}` or `{ok: false, error}`. */
import type { ErrorInfo } from './errors.ts';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function success<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function failure(error: ErrorInfo): Reply<never> {
  return { ok: false, error };
}
