/**
 * Provisions RGW for Tote: the bucket, versioned (as infra/ deploys it by default) with CORS for the extension origins, a welcome object under
 * `public/`, the stand-in's STS issuer registered as an OIDC provider, and the guest and
 * authenticated roles. Runs as the admin user, through RGW's S3 and IAM APIs. A restarted stack
 * runs it again over what it kept: what exists is brought up to date, users' files are untouched.
 */
import { CreateOpenIDConnectProviderCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutBucketCorsCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ALLOWED_METHODS, ALLOWED_REQUEST_HEADERS, EXPOSED_RESPONSE_HEADERS, FIREFOX_ORIGINS, MAX_AGE_SECONDS, chromeOrigin } from '../../infra/bucket-cors.ts';
import { PUBLIC_PREFIX } from '../../infra/access-rules.ts';
import { CHROME_EXTENSION_ID } from '../constants.ts';
import type { AdminKeys } from './admin-user.ts';
import { ROLE_NAME, STS_AUDIENCE, authenticatedPolicy, guestPolicy, trustPolicy, type PolicyDocument } from './policies.ts';

export interface ProvisionOptions {
  endpoint: string;
  region: string;
  bucket: string;
  admin: AdminKeys;
  /** The stand-in's STS token issuer and its certificate thumbprint. */
  stsIssuer: string;
  stsThumbprint: string;
}

export const WELCOME_KEY = `${PUBLIC_PREFIX}welcome.txt`;
export const WELCOME_TEXT = 'Welcome to Tote. This file is public: guests can read it.\n';

/** RGW answers a create of something that exists with 409 (its IAM errors carry no code). */
async function unlessExists(request: Promise<unknown>): Promise<boolean> {
  try {
    await request;
    return true;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 409) return false;
    throw error;
  }
}

async function createBucket(s3: S3Client, bucket: string): Promise<void> {
  const created = await unlessExists(s3.send(new CreateBucketCommand({ Bucket: bucket })));
  await s3.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        // The rule infra/ deploys, for the development build's origins.
        CORSRules: [
          {
            AllowedOrigins: [chromeOrigin(CHROME_EXTENSION_ID), FIREFOX_ORIGINS],
            AllowedMethods: [...ALLOWED_METHODS],
            AllowedHeaders: ALLOWED_REQUEST_HEADERS,
            ExposeHeaders: EXPOSED_RESPONSE_HEADERS,
            MaxAgeSeconds: MAX_AGE_SECONDS,
          },
        ],
      },
    }),
  );
  await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  if (created) await s3.send(new PutObjectCommand({ Bucket: bucket, Key: WELCOME_KEY, Body: WELCOME_TEXT, ContentType: 'text/plain; charset=utf-8' }));
}

async function createRole(iam: IAMClient, name: string, trust: PolicyDocument, permissions: PolicyDocument): Promise<void> {
  const document = JSON.stringify(trust);
  const created = await unlessExists(iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: document, MaxSessionDuration: 43_200 })));
  // The stand-in's issuer URL carries its port, which may differ from the last start's.
  if (!created) await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: document }));
  await iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: `${name}-access`, PolicyDocument: JSON.stringify(permissions) }));
}

export async function provision(options: ProvisionOptions): Promise<void> {
  const client = { endpoint: options.endpoint, region: options.region, credentials: options.admin };
  const s3 = new S3Client({ ...client, forcePathStyle: true });
  const iam = new IAMClient(client);
  await Promise.all([
    createBucket(s3, options.bucket),
    unlessExists(
      iam.send(
        new CreateOpenIDConnectProviderCommand({
          Url: options.stsIssuer,
          ClientIDList: [STS_AUDIENCE.guest, STS_AUDIENCE.authenticated],
          ThumbprintList: [options.stsThumbprint],
        }),
      ),
    ),
    createRole(iam, ROLE_NAME.guest, trustPolicy(options.stsIssuer, STS_AUDIENCE.guest), guestPolicy(options.bucket)),
    createRole(iam, ROLE_NAME.authenticated, trustPolicy(options.stsIssuer, STS_AUDIENCE.authenticated), authenticatedPolicy(options.bucket)),
  ]);
  s3.destroy();
  iam.destroy();
}
