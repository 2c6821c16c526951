/**
 * The shape of one Test-connection step and what steps share while they run. Steps only ever put
 * sentences into their outcome: credentials and tokens stay in `DiagnosticsState`, which never
 * leaves the background.
 */
import type { DiagnosticStep } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';

export type StepId = DiagnosticStep['id'];
export type Outcome = Omit<DiagnosticStep, 'id' | 'title'>;

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** What earlier steps learned, for later ones. */
export interface DiagnosticsState {
  settings: Settings;
  identityId?: string;
  /** Guest credentials, or a signed-in user's when guests are off. */
  credentials?: AwsCredentials & { identityId: string; as: 'guest' | 'user' };
}

export type PreflightAnswer = 'allowed' | 'refused' | 'unreachable';

export interface DiagnosticsDependencies {
  /** The signed-in user's id_token, if it may be shown to these settings' Cognito (see signed-in-token.ts). */
  signedInToken(settings: Settings): Promise<string | undefined>;
  /** Whether S3 lets this extension's origin send `method` to `url` (the browser's CORS preflight). */
  preflight(url: string, method: string): Promise<PreflightAnswer>;
  /** The extension's origin, for sentences about CORS. */
  origin: string;
}

export interface Step {
  id: StepId;
  title: string;
  /** Steps whose failure makes this one meaningless: it is then skipped. */
  dependsOn: StepId[];
  run(state: DiagnosticsState, deps: DiagnosticsDependencies): Promise<Outcome>;
}

export const ok = (message: string): Outcome => ({ status: 'ok', message });
export const failed = (message: string, fix: string, extra: Partial<Outcome> = {}): Outcome => ({ status: 'failed', message, fix, ...extra });
export const skipped = (message: string): Outcome => ({ status: 'skipped', message });

/** An AWS SDK error's name and message (never its request, which may carry a token). */
export function describeError(error: unknown): { name: string; message: string; status?: number } {
  const name = (error as { name?: string }).name ?? 'Error';
  const message = ((error as { message?: string }).message ?? String(error)).replace(/\.$/, '');
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return { name, message, ...(status === undefined ? {} : { status }) };
}
