/** The running devstack's description, for integration tests (provided by the global setup). */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { throwawayUser } from '../constants.ts';
import type { StackDescription } from '../description.ts';

export function stack(): StackDescription {
  return inject('devstack');
}

export function user(name: 'alice' | 'bob'): StackDescription['testUsers'][number] {
  const found = stack().testUsers.find((u) => u.email.startsWith(`${name}@`));
  if (!found) throw new Error(`no test user ${name}`);
  return found;
}

/** A user no other test has signed in with (so no identity is linked to it yet). */
export function freshUser(label: string): StackDescription['testUsers'][number] {
  return throwawayUser(`${label}-${randomBytes(4).toString('hex')}`)!;
}
