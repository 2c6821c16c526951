/**
 * Turns `aws cloudformation describe-stacks` output into a Tote settings file, checked against
 * the same schema the options page uses, so a broken deployment fails here and not at import.
 */
import * as v from 'valibot';
import { SettingsSchema, type Settings } from '../src/settings/schema.ts';

const DescribeStacksSchema = v.object({
  Stacks: v.array(
    v.object({
      StackName: v.string(),
      StackStatus: v.optional(v.string()),
      Outputs: v.optional(v.array(v.object({ OutputKey: v.string(), OutputValue: v.string() }))),
    }),
  ),
});

/** The key of the output holding the whole settings file (settings-output.ts). */
export const SETTINGS_OUTPUT = 'Settings';

export function settingsFromDescribeStacks(describeStacks: unknown): Settings {
  const { Stacks } = v.parse(DescribeStacksSchema, describeStacks);
  const found = Stacks.flatMap((stack) => (stack.Outputs ?? []).filter((o) => o.OutputKey === SETTINGS_OUTPUT).map((o) => ({ stack, json: o.OutputValue })));
  const [first] = found;
  if (!first) {
    const names = Stacks.map((s) => `${s.StackName} (${s.StackStatus ?? 'unknown status'})`).join(', ');
    throw new Error(`no stack has a "${SETTINGS_OUTPUT}" output — is the deployment finished? Stacks: ${names || 'none'}`);
  }
  if (found.length > 1) {
    throw new Error(`several stacks have a "${SETTINGS_OUTPUT}" output; pass --stack-name to describe-stacks`);
  }
  const result = v.safeParse(SettingsSchema, JSON.parse(first.json));
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
    throw new Error(`stack ${first.stack.StackName} outputs an invalid settings file: ${problems}`);
  }
  return result.output;
}
