import type { BrowserName } from '../../src/build-info.ts';
import type { Status } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { Handler } from '../router.ts';

export interface StatusSources {
  version: string;
  browser: BrowserName;
  development: boolean;
  loadSettings(): Promise<Settings | undefined>;
}

export function statusHandler(sources: StatusSources): Handler<'status'> {
  return async (): Promise<Status> => ({
    version: sources.version,
    browser: sources.browser,
    development: sources.development,
    configured: (await sources.loadSettings()) !== undefined,
  });
}
