/**
 * Bench-only baseline for Cognito round trips: the SDK's default `fromCognitoIdentityPool` as a
 * page would use it — no cache across reloads, the S3Client memoising credentials in memory —
 * with the id_token the background holds. The bench calls `benchList(n)` (n concurrent
 * ListObjectsV2) and `benchRefresh()` (what the client does when its credentials expire: ask the
 * provider again). It ships in no build.
 */
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { fromCognitoIdentityPool } from '@aws-sdk/credential-provider-cognito-identity';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { mark, query, sessionRecord } from './page-api.ts';

/** The `auth` record's shape (src/storage/identity-records.ts): what the session is bound to, and its id_token. */
interface Auth {
  binding: { identityPoolId: string; loginKey: string };
  idToken: string;
}

async function setUp(): Promise<void> {
  const auth = await sessionRecord<Auth>('auth');
  const region = query('region');
  const provider = fromCognitoIdentityPool({
    clientConfig: { region, endpoint: query('cognito') },
    identityPoolId: auth.binding.identityPoolId,
    logins: { [auth.binding.loginKey]: auth.idToken },
  });
  const s3 = new S3Client({
    region,
    endpoint: query('endpoint'),
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: new FetchHttpHandler(),
    credentials: provider,
  });
  const scope = globalThis as unknown as { benchList(n: number): Promise<number>; benchRefresh(): Promise<void> };
  scope.benchList = async (n) => {
    const prefix = `private/${query('identityId')}/`;
    const pages = await Promise.all(
      Array.from({ length: n }, () => s3.send(new ListObjectsV2Command({ Bucket: query('bucket'), Prefix: prefix, Delimiter: '/' }))),
    );
    return pages.length;
  };
  scope.benchRefresh = async () => {
    await provider();
  };
  mark('benchReady', 'yes');
}

setUp().catch((error: Error) => mark('benchError', error.message));
