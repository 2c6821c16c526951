/**
 * Settings carry a `version`; each migration turns version N into N+1, so a settings file saved
 * by an older Tote (or exported from one) keeps working. Version 1 is the first: the table is
 * where version 2's migration goes. A content scope that fails its check (one saved before a
 * rule tightened) is dropped alone, so the rest of a stored file keeps working.
 */
import { t } from '../i18n/t.ts';
import * as v from 'valibot';
import { ContentScopeSchema, SettingsSchema, type Settings } from './schema.ts';

export const CURRENT_SETTINGS_VERSION = 1;

type Migration = (older: Record<string, unknown>) => Record<string, unknown>;
const migrations: Record<number, Migration> = {};

/**
 * `dropped`: why each content scope that failed its own check was left out (a scope saved before
 * a rule tightened, such as https-only origins). Only those scopes go: the rest of the file stays.
 */
export type MigrationResult = { ok: true; settings: Settings; dropped: string[] } | { ok: false; problem: string };

/** Validates `input` as a settings file of any known version and brings it to the current one. */
export function migrateSettings(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problem: t('settingsNotAnObject') };
  let current = input as Record<string, unknown>;
  const version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: t('settingsNoVersion') };
  }
  if (version > CURRENT_SETTINGS_VERSION) {
    return { ok: false, problem: t('settingsTooNew', version) };
  }
  for (let step = version; step < CURRENT_SETTINGS_VERSION; step++) {
    const migrate = migrations[step];
    if (migrate === undefined) return { ok: false, problem: t('settingsCannotUpgrade', step) };
    current = { ...migrate(current), version: step + 1 };
  }
  const { repaired, dropped } = withoutInvalidScopes(current);
  const parsed = v.safeParse(SettingsSchema, repaired);
  if (parsed.success) return { ok: true, settings: parsed.output, dropped };
  return { ok: false, problem: problemOf(parsed.issues[0]) };
}

/** `settings` without the content scopes that fail their own check (a copy), and why each went. */
function withoutInvalidScopes(settings: Record<string, unknown>): { repaired: Record<string, unknown>; dropped: string[] } {
  const { contentScopes: scopes, ...rest } = settings;
  if (!Array.isArray(scopes)) return { repaired: settings, dropped: [] };
  const dropped: string[] = [];
  const kept = scopes.filter((scope, index) => {
    const [issue] = v.safeParse(ContentScopeSchema, scope).issues ?? [];
    if (issue !== undefined) dropped.push(problemOf(issue, `contentScopes.${index}`));
    return issue === undefined;
  });
  // No scopes left: the field goes, as in a file written without scopes.
  return { repaired: kept.length > 0 || dropped.length === 0 ? { ...rest, contentScopes: kept } : rest, dropped };
}

function problemOf(issue: v.BaseIssue<unknown> | undefined, parent?: string): string {
  const inner = issue ? v.getDotPath(issue) : null;
  const path = [parent, inner].filter(Boolean).join('.');
  const message = issue?.message ?? t('settingsIsInvalid');
  return path ? t('settingsFieldProblem', path, message) : t('settingsProblem', message);
}
