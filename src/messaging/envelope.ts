/**
 * The shape every request has on the wire, checked before the message name is looked up.
 * `tote` marks our messages apart from anything else on `runtime.onMessage`.
 */
import * as v from 'valibot';

export const ENVELOPE_MARK = 'tote/1';

/** Longest message name accepted; longer strings are refused before any lookup. */
const MAX_NAME_LENGTH = 64;

export const EnvelopeSchema = v.strictObject({
  tote: v.literal(ENVELOPE_MARK),
  name: v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)),
  request: v.unknown(),
});

export type Envelope = v.InferOutput<typeof EnvelopeSchema>;

export function envelope(name: string, request: unknown): Envelope {
  return { tote: ENVELOPE_MARK, name, request };
}
