/**
 * Synthesis without the CDK CLI, made deterministic so the committed template can be compared
 * byte for byte: no analytics (CDKMetadata) resource, no construct-path metadata, no assets, and
 * an environment-agnostic stack (region and account stay `AWS::Region`/`AWS::AccountId`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { InfraConfig } from './config.ts';
import { ToteStack } from './stack.ts';

export const TEMPLATE_PATH = join(import.meta.dirname, 'template.json');

/** Adds the stack to an app; shared by the CLI entry (app.ts) and synthesizeTemplate. */
export function addToteStack(app: App, config: InfraConfig): ToteStack {
  return new ToteStack(app, config.stackName, {
    parameterDefaults: config.parameterDefaults,
    removalPolicy: config.removalPolicy,
    ...(config.region === undefined ? {} : { env: { region: config.region } }),
  });
}

/** The template as a plain object. The cloud assembly goes to a throwaway directory. */
export function synthesizeTemplate(config: InfraConfig): Record<string, unknown> {
  const outdir = mkdtempSync(join(tmpdir(), 'tote-infra-'));
  try {
    const app = new App({ outdir, analyticsReporting: false });
    const stack = addToteStack(app, config);
    return app.synth().getStackByName(stack.stackName).template as Record<string, unknown>;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export function renderTemplate(template: Record<string, unknown>): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
