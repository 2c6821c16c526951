import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { SettingsView } from '../../src/messaging/protocol.ts';
import { migrateSettings } from '../../src/settings/migrate.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { Handler } from '../router.ts';

export interface SettingsAccess {
  /** Stored settings, or the build's defaults (development builds), or undefined. */
  view(): Promise<SettingsView>;
  save(settings: Settings): Promise<void>;
}

export function getSettingsHandler(access: SettingsAccess): Handler<'settings.get'> {
  return () => access.view();
}

/**
 * Validates and migrates before saving: an invalid file changes nothing. A content scope that
 * loading would drop is refused here instead, so a file being saved never loses part of itself.
 */
export function setSettingsHandler(access: SettingsAccess): Handler<'settings.set'> {
  return async ({ settings }) => {
    const migrated = migrateSettings(settings);
    if (!migrated.ok) throw notValid(migrated.problem);
    const [dropped] = migrated.dropped;
    if (dropped !== undefined) throw notValid(dropped);
    await access.save(migrated.settings);
    return access.view();
  };
}

function notValid(problem: string): ToteError {
  return new ToteError(ErrorCode.BadRequest, `These settings are not valid: ${problem} Nothing was saved.`);
}
