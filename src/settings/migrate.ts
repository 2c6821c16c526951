/**
 * Settings carry a `version`; each migration turns version N into N+1, so a settings file saved
 * by an older Tote (or exported from one) keeps working. Version 1 is the first: the table is
 * where version 2's migration goes.
 */
import * as v from 'valibot';
import { SettingsSchema, type Settings } from './schema.ts';

export const CURRENT_SETTINGS_VERSION = 1;

type Migration = (older: Record<string, unknown>) => Record<string, unknown>;
const migrations: Record<number, Migration> = {};

export type MigrationResult = { ok: true; settings: Settings } | { ok: false; problem: string };

/** Validates `input` as a settings file of any known version and brings it to the current one. */
export function migrateSettings(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problem: 'Settings must be a JSON object.' };
  let current = input as Record<string, unknown>;
  const version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'Settings have no valid "version" number.' };
  }
  if (version > CURRENT_SETTINGS_VERSION) {
    return { ok: false, problem: `These settings are for a newer Tote (version ${version}); update the extension to use them.` };
  }
  for (let step = version; step < CURRENT_SETTINGS_VERSION; step++) {
    const migrate = migrations[step];
    if (migrate === undefined) return { ok: false, problem: `Tote cannot upgrade settings from version ${step}.` };
    current = { ...migrate(current), version: step + 1 };
  }
  const parsed = v.safeParse(SettingsSchema, current);
  if (parsed.success) return { ok: true, settings: parsed.output };
  const [issue] = parsed.issues;
  const path = issue ? v.getDotPath(issue) : null;
  return { ok: false, problem: `${path ? `"${path}" ` : ''}${issue?.message ?? 'is invalid'}.` };
}
