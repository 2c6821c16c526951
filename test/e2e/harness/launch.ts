import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserKind, ExtensionSession } from './types.ts';

/** Both browsers; `TOTE_E2E_BROWSERS=firefox` narrows a local run (CI runs both). */
export const BROWSERS: BrowserKind[] = (process.env.TOTE_E2E_BROWSERS?.split(',') as BrowserKind[] | undefined) ?? ['chromium', 'firefox'];

const root = join(import.meta.dirname, '..', '..', '..');

export interface LaunchOptions {
  /** Firefox only: how long its event page may idle before it is suspended (tests default to 1.5 s). */
  firefoxIdleTimeoutMs?: number;
  /**
   * The browser's UI language (`de`), which `i18n.getMessage` and Tote's dates and sizes follow;
   * absent: English. Chromium takes it from its environment and `--lang`; Firefox from
   * `intl.locale.requested`, with the language pack Debian installs (firefox-esr-l10n-de).
   */
  language?: string;
}

/** Launches `kind` with the development build from dist/ (built by `npm run build` before the tests). */
export function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return kind === 'chromium'
    ? launchChromium(join(root, 'dist', 'chrome'), options.language)
    : launchFirefox(join(root, 'dist', 'firefox'), { idleTimeoutMs: options.firefoxIdleTimeoutMs, language: options.language });
}
