/**
 * Token endpoint grants counted by grant type (and refusals), so tests and benchmarks can count
 * sign-ins and refresh-token grants at the provider, as /_stats does for the Cognito stand-in.
 */
import type Provider from 'oidc-provider';

export type TokenStats = { authorization_code: number; refresh_token: number; errors: number };

export function countTokenGrants(provider: Provider): { stats(): TokenStats; reset(): void } {
  let stats: TokenStats = { authorization_code: 0, refresh_token: 0, errors: 0 };
  provider.on('grant.success', (ctx) => {
    const type = String(ctx.oidc.params?.grant_type);
    if (type === 'authorization_code' || type === 'refresh_token') stats[type] += 1;
  });
  provider.on('grant.error', () => {
    stats.errors += 1;
  });
  return {
    stats: () => ({ ...stats }),
    reset: () => {
      stats = { authorization_code: 0, refresh_token: 0, errors: 0 };
    },
  };
}
