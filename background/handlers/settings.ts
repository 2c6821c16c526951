import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import { t } from '../../src/i18n/t.ts';
import type { SettingsView } from '../../src/messaging/protocol.ts';
import { CURRENT_SETTINGS_VERSION, migrateSettings } from '../../src/settings/migrate.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { Handler } from '../router.ts';

export interface SettingsAccess {
  /** Stored settings, or the build's defaults (development builds), or undefined. */
  view(): Promise<SettingsView>;
  save(settings: Settings): Promise<void>;
  /** Runs `change` after every change asked for before it, so two pages' writes never interleave. */
  inTurn<T>(change: () => Promise<T>): Promise<T>;
}

/** Signs the user out when `next` no longer names where their session came from; answers whether it did. */
export type BeforeSettingsChange = (next: Settings) => Promise<boolean>;

export function getSettingsHandler(access: SettingsAccess): Handler<'settings.get'> {
  return () => access.view();
}

/**
 * Validates and migrates before saving: an invalid file changes nothing. A content scope that
 * loading would drop is refused here instead, so a file being saved never loses part of itself.
 * Settings that would move the session elsewhere sign the user out first
 * (background/identity/session-binding.ts).
 */
export function setSettingsHandler(access: SettingsAccess, beforeChange: BeforeSettingsChange): Handler<'settings.set'> {
  return ({ settings }) => access.inTurn(() => replace(access, beforeChange, settings));
}

/**
 * Changes some fields of the settings in force and keeps the rest (`null` removes an optional
 * field): the options page's parts each save only what they edit, with no read-modify-write
 * race between them. Checked like `settings.set`.
 */
export function patchSettingsHandler(access: SettingsAccess, beforeChange: BeforeSettingsChange): Handler<'settings.patch'> {
  return ({ patch }) =>
    access.inTurn(async () => {
      // Nothing stored yet: the patch must then bring every required field itself.
      const next: Record<string, unknown> = { ...((await access.view()).settings ?? { version: CURRENT_SETTINGS_VERSION }) };
      for (const [field, value] of Object.entries(patch)) {
        if (value === null) delete next[field];
        else next[field] = value;
      }
      return replace(access, beforeChange, next);
    });
}

async function replace(access: SettingsAccess, beforeChange: BeforeSettingsChange, settings: unknown): Promise<SettingsView> {
  const migrated = migrateSettings(settings);
  if (!migrated.ok) throw notValid(migrated.problem);
  const [dropped] = migrated.dropped;
  if (dropped !== undefined) throw notValid(dropped);
  const signedOut = await beforeChange(migrated.settings);
  await access.save(migrated.settings);
  return { ...(await access.view()), ...(signedOut ? { signedOut: true as const } : {}) };
}

function notValid(problem: string): ToteError {
  return new ToteError(ErrorCode.BadRequest, t('errorSettingsInvalid', problem));
}
