/** Call counts per operation, so tests and benchmarks can count Cognito round trips. */
import type { OperationName } from './operations.ts';

export type Stats = Record<OperationName, number> & { errors: number };

export function emptyStats(): Stats {
  return { GetId: 0, GetCredentialsForIdentity: 0, GetOpenIdToken: 0, errors: 0 };
}
