/** The Prefix parameter refuses, before anything is created, what Cognito would refuse later. */
import { describe, expect, it } from 'vitest';
import { PREFIX_PATTERN } from './parameters.ts';
import { template } from './testing/synthesized.ts';

// JavaScript and Java (CloudFormation's) regular expressions agree on this pattern's syntax.
const accepted = (prefix: string) => new RegExp(PREFIX_PATTERN).test(prefix);

describe('Prefix parameter', () => {
  it('is the pattern in the template', () => {
    expect(template.Parameters?.Prefix).toMatchObject({ AllowedPattern: PREFIX_PATTERN });
  });

  it('accepts lowercase letters, digits and inner hyphens', () => {
    for (const prefix of ['tote', 'acme-tote-2', 'a', 'x'.repeat(63)]) expect(accepted(prefix), prefix).toBe(true);
  });

  it('refuses the words Cognito reserves, anywhere in the prefix', () => {
    for (const prefix of ['aws', 'my-aws-tote', 'toteaws', 'amazon-files', 'cognito', 'tote-cognito-1']) expect(accepted(prefix), prefix).toBe(false);
  });

  it('refuses what is not a domain label', () => {
    for (const prefix of ['', '-tote', 'tote-', 'Tote', 'to_te', 'x'.repeat(64)]) expect(accepted(prefix), prefix).toBe(false);
  });
});
