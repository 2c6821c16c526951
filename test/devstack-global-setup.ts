/**
 * Starts one devstack (IdP, Cognito stand-in, Ceph RGW) for every integration and end-to-end test
 * file in the run, hands its description to tests (`inject('devstack')`), and stops it by PID.
 */
import type { TestProject } from 'vitest/node';
import type { StackDescription } from '../devstack/description.ts';
import { startDevstack } from '../devstack/stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    devstack: StackDescription;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startDevstack({ log: (line) => console.log(`[devstack] ${line}`) });
  project.provide('devstack', stack.description);
  return () => stack.stop();
}
