/** What S3 handlers need: a client and bucket for the current settings and identity. */
import { t } from '../../src/i18n/t.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { CredentialBroker } from '../identity/credential-broker.ts';
import { s3Access, type S3Access } from './s3-access.ts';

export interface S3Context {
  access(): Promise<S3Access>;
}

export function createS3Context(loadSettings: () => Promise<Settings | undefined>, broker: CredentialBroker): S3Context {
  return {
    async access() {
      const settings = await loadSettings();
      if (settings === undefined) throw new ToteError(ErrorCode.NotConfigured, t('errorNoBucket'));
      return s3Access(settings, broker);
    },
  };
}
