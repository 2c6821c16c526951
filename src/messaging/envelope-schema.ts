/** The envelope (envelope.ts) as the router checks it, before the message name is looked up. */
import * as v from 'valibot';
import { ENVELOPE_MARK } from './envelope.ts';

/** Longest message name accepted; longer strings are refused before any lookup. */
const MAX_NAME_LENGTH = 64;

export const EnvelopeSchema = v.strictObject({
  tote: v.literal(ENVELOPE_MARK),
  name: v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)),
  request: v.unknown(),
});
