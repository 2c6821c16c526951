/** infra/template.json is what the CDK app synthesizes, and deploys without `cdk bootstrap`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplate, TEMPLATE_PATH } from './synthesize.ts';
import { template } from './testing/synthesized.ts';

const committed = readFileSync(TEMPLATE_PATH, 'utf8');

describe('committed template', () => {
  it('equals a fresh synthesis (run `npm run infra:synth` after changing infra/)', () => {
    expect(committed).toBe(renderTemplate(template));
  });

  it('asks the console user only for the Tote parameters', () => {
    expect(Object.keys(template.Parameters ?? {})).toEqual([
      'Prefix',
      'ChromeExtensionIds',
      'FirefoxRedirectIds',
      'AllowGuests',
      'Versioning',
      'NoncurrentVersionDays',
    ]);
    // No default: a hosted-UI domain prefix must be unique in the region, so the deployer picks it.
    expect(template.Parameters?.Prefix?.Default).toBeUndefined();
  });

  it('needs no bootstrap stack, assets or CDK analytics', () => {
    const raw = template as Record<string, unknown>;
    expect(raw.Rules).toBeUndefined();
    expect(Object.values(template.Resources).map((r) => r.Type)).not.toContain('AWS::CDK::Metadata');
    expect(committed).not.toMatch(/BootstrapVersion|AssetParameters|cdk-hnb659fds|aws:cdk:path/);
  });
});
