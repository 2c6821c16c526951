import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/settings/schema.ts';
import { runSteps } from './run-steps.ts';
import { failed, ok, skipped, type DiagnosticsDependencies, type Outcome, type Step, type StepId } from './step.ts';
import { DIAGNOSTIC_STEPS } from './steps.ts';

const deps: DiagnosticsDependencies = { signedInToken: async () => undefined, preflight: async () => 'allowed', origin: 'chrome-extension://x' };
const state = () => ({ settings: {} as Settings });

function step(id: StepId, dependsOn: StepId[], outcome: Outcome | (() => never), ran: StepId[]): Step {
  return {
    id,
    title: `Title of ${id}`,
    dependsOn,
    run: async () => {
      ran.push(id);
      return typeof outcome === 'function' ? outcome() : outcome;
    },
  };
}

describe('runSteps', () => {
  it('runs every step in order when all pass', async () => {
    const ran: StepId[] = [];
    const results = await runSteps([step('idp', [], ok('a'), ran), step('getId', [], ok('b'), ran), step('bucket', ['getId'], ok('c'), ran)], state(), deps);
    expect(ran).toEqual(['idp', 'getId', 'bucket']);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['idp', 'ok'],
      ['getId', 'ok'],
      ['bucket', 'ok'],
    ]);
  });

  it('skips the steps that depend on a failed one, transitively, naming the failed step; independent ones still run', async () => {
    const ran: StepId[] = [];
    const results = await runSteps(
      [
        step('getId', [], failed('no pool', 'fix the pool id'), ran),
        step('guestCredentials', ['getId'], ok('x'), ran),
        step('idp', [], ok('y'), ran),
        step('bucket', ['guestCredentials'], ok('z'), ran),
      ],
      state(),
      deps,
    );
    expect(ran).toEqual(['getId', 'idp']);
    expect(results).toEqual([
      { id: 'getId', title: 'Title of getId', status: 'failed', message: 'no pool', fix: 'fix the pool id' },
      { id: 'guestCredentials', title: 'Title of guestCredentials', status: 'skipped', message: 'Not run: "Title of getId" failed, and this check needs it.' },
      { id: 'idp', title: 'Title of idp', status: 'ok', message: 'y' },
      { id: 'bucket', title: 'Title of bucket', status: 'skipped', message: 'Not run: "Title of getId" failed, and this check needs it.' },
    ]);
  });

  it('runs a step after a dependency that was skipped as not applicable (it decides for itself)', async () => {
    const ran: StepId[] = [];
    await runSteps([step('guestCredentials', [], skipped('guests are off'), ran), step('bucket', ['guestCredentials'], ok('listed'), ran)], state(), deps);
    expect(ran).toEqual(['guestCredentials', 'bucket']);
  });

  it('turns a step that throws into a failed step and goes on', async () => {
    const ran: StepId[] = [];
    const results = await runSteps(
      [
        step(
          'idp',
          [],
          () => {
            throw new RangeError('boom');
          },
          ran,
        ),
        step('getId', [], ok('fine'), ran),
      ],
      state(),
      deps,
    );
    expect(results[0]).toMatchObject({ status: 'failed', message: 'This check stopped unexpectedly (RangeError: boom).' });
    expect(results[1]).toMatchObject({ status: 'ok' });
  });
});

describe('the diagnostic steps table', () => {
  it('runs each step once, after every step it depends on', () => {
    const ids = DIAGNOSTIC_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['idp', 'getId', 'guestCredentials', 'loginKey', 'bucket', 'cors']);
    DIAGNOSTIC_STEPS.forEach((s, index) => {
      for (const dependency of s.dependsOn) expect(ids.indexOf(dependency)).toBeLessThan(index);
    });
  });
});
