/**
 * The shape every request has on the wire. `tote` marks our messages apart from anything else on
 * `runtime.onMessage`. The schema the background checks it with is envelope-schema.ts, apart, so
 * pages that only send carry no validation library.
 */
export const ENVELOPE_MARK = 'tote/1';

export interface Envelope {
  tote: typeof ENVELOPE_MARK;
  name: string;
  request: unknown;
}

export function envelope(name: string, request: unknown): Envelope {
  return { tote: ENVELOPE_MARK, name, request };
}
