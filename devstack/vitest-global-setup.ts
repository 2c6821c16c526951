/**
 * Global setup of the `integ` test project: starts one devstack on free ports for all
 * integration test files, provides its description as `inject('devstack')`, and stops it (every
 * process it started, by PID) at teardown.
 */
import type { TestProject } from 'vitest/node';
import { TEST_PACKAGES, ensurePackages } from './debian-packages.ts';
import type { StackDescription } from './description.ts';
import { startDevstack } from './stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    devstack: StackDescription;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string): void => console.log(`[devstack] ${line}`);
  await ensurePackages(TEST_PACKAGES, log);
  const started = Date.now();
  const stack = await startDevstack({ log });
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (S3 ${stack.description.s3.endpoint})`);
  project.provide('devstack', stack.description);
  return () => stack.stop();
}
