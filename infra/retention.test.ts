/**
 * `-c retain=false` lets a test deployment be deleted with its data; the default keeps it, except
 * when the stack's first create fails: then nothing is left behind to clean up by hand.
 */
import { describe, expect, it } from 'vitest';
import { configFromContext } from './config.ts';
import { synthesizeTemplate } from './synthesize.ts';
import type { Template } from './testing/intrinsics.ts';
import { template as committedConfig } from './testing/synthesized.ts';

const DATA = ['AWS::S3::Bucket', 'AWS::Cognito::UserPool'];

function deletionPolicies(template: Template): Record<string, unknown[]> {
  const resources = Object.values(template.Resources);
  return Object.fromEntries(DATA.map((type) => [type, resources.filter((r) => r.Type === type).map((r) => r.DeletionPolicy)]));
}

describe('retention', () => {
  it('keeps the bucket and the user pool by default, unless the first create fails', () => {
    expect(deletionPolicies(committedConfig)).toEqual({ 'AWS::S3::Bucket': ['RetainExceptOnCreate'], 'AWS::Cognito::UserPool': ['RetainExceptOnCreate'] });
  });

  it('deletes them with the stack when retain is false', () => {
    const template = synthesizeTemplate(configFromContext((key) => (key === 'retain' ? 'false' : undefined))) as Template;
    expect(deletionPolicies(template)).toEqual({ 'AWS::S3::Bucket': ['Delete'], 'AWS::Cognito::UserPool': ['Delete'] });
  });
});
