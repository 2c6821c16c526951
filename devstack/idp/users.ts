/**
 * The IdP's accounts: the fixed test users, and throwaway users made up on demand from their
 * address (see constants.ts), looked up by subject or by email and password.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Account, FindAccount } from 'oidc-provider';
import { TEST_USERS, THROWAWAY_DOMAIN, throwawayUser, type TestUser } from '../constants.ts';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function byEmail(email: string): TestUser | undefined {
  const [name, domain] = email.trim().toLowerCase().split('@');
  if (domain === THROWAWAY_DOMAIN && name) return throwawayUser(name);
  return TEST_USERS.find((u) => u.email === email.trim().toLowerCase());
}

function bySubject(sub: string): TestUser | undefined {
  if (sub.startsWith('throwaway-')) return throwawayUser(sub.slice('throwaway-'.length));
  return TEST_USERS.find((u) => u.sub === sub);
}

export function checkPassword(email: string, password: string): TestUser | undefined {
  const user = byEmail(email);
  return user && sameText(user.password, password) ? user : undefined;
}

export const findAccount: FindAccount = async (_ctx, sub): Promise<Account | undefined> => {
  const user = bySubject(sub);
  if (!user) return undefined;
  return {
    accountId: user.sub,
    async claims() {
      return { sub: user.sub, email: user.email, email_verified: true, name: user.name };
    },
  };
};
