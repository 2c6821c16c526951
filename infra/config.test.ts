import { RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { configFromContext, TEMPLATE_CONFIG } from './config.ts';
import { firefoxRedirectId } from './redirect-urls.ts';

const from = (context: Record<string, unknown>) => configFromContext((key) => context[key]);

describe('CDK app configuration', () => {
  it('synthesizes the committed template from development ids, guests on, data retained, no prefix', () => {
    expect(TEMPLATE_CONFIG).toEqual({
      stackName: 'Tote',
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      parameterDefaults: {
        chromeExtensionIds: ['fkijocbgebhfbknanopdnbnhglffjdob'],
        firefoxRedirectIds: ['a822e05fb98636a7dee72c3151449e642039c634'],
        allowGuests: true,
        versioning: true,
        noncurrentVersionDays: 30,
      },
    });
  });

  it('takes context values, hashing each Firefox add-on id', () => {
    const config = from({
      stackName: 'ToteProd',
      region: 'eu-west-1',
      prefix: 'acme-tote',
      chromeExtensionIds: 'abcdefghijklmnopabcdefghijklmnop, ponmlkjihgfedcbaponmlkjihgfedcba',
      firefoxAddonIds: 'tote@acme.example,tote-beta@acme.example',
      allowGuests: 'false',
      versioning: 'false',
      retain: 'false',
    });
    expect(config).toEqual({
      stackName: 'ToteProd',
      region: 'eu-west-1',
      removalPolicy: RemovalPolicy.DESTROY,
      parameterDefaults: {
        prefix: 'acme-tote',
        chromeExtensionIds: ['abcdefghijklmnopabcdefghijklmnop', 'ponmlkjihgfedcbaponmlkjihgfedcba'],
        firefoxRedirectIds: [firefoxRedirectId('tote@acme.example'), firefoxRedirectId('tote-beta@acme.example')],
        allowGuests: false,
        versioning: false,
        noncurrentVersionDays: 30,
      },
    });
  });

  it('refuses a flag that is neither true nor false', () => {
    expect(() => from({ retain: 'no' })).toThrow(/retain/);
    expect(() => from({ allowGuests: 'yes' })).toThrow(/allowGuests/);
  });
});
