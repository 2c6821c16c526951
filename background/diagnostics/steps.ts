/**
 * Test connection's steps, in the order they run. The login key comes before bucket access
 * because, when guests are off, a signed-in check is what gives the credentials to list with.
 */
import { bucketAccessStep } from './bucket-access.ts';
import { corsStep } from './cors.ts';
import { getIdStep } from './get-id.ts';
import { guestCredentialsStep } from './guest-credentials.ts';
import { idpDiscoveryStep } from './idp-discovery.ts';
import { loginKeyStep } from './login-key-step.ts';
import type { Step } from './step.ts';

export const DIAGNOSTIC_STEPS: readonly Step[] = [idpDiscoveryStep, getIdStep, guestCredentialsStep, loginKeyStep, bucketAccessStep, corsStep];
