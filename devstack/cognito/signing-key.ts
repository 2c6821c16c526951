/**
 * An RS256 signing key with a self-signed certificate. RGW 16 only trusts an issuer whose JWKS
 * carries the certificate (`x5c`), and it is registered by the certificate's SHA-1 thumbprint,
 * so a bare JWK is not enough. Node cannot make certificates; `openssl` can. A key already in
 * `dir` is used again: RGW keeps trusting the certificate it registered before a restart.
 */
import { X509Certificate, createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';
import { runCommand } from '../run-command.ts';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** Public JWK with `x5c`, `kid`, `alg` and `use`. */
  publicJwk: JWK;
  /** SHA-1 of the certificate's DER, lowercase hex: what CreateOpenIDConnectProvider wants. */
  thumbprint: string;
}

export async function createSigningKey(dir: string, name: string): Promise<SigningKey> {
  const keyFile = join(dir, `${name}.key.pem`);
  const certFile = join(dir, `${name}.cert.pem`);
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    await runCommand('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '3650',
      '-subj',
      `/CN=Tote devstack ${name} signing key`,
    ]);
  }
  const certificate = new X509Certificate(await readFile(certFile));
  const keyPem = await readFile(keyFile, 'utf8');
  const thumbprint = certificate.fingerprint.replace(/:/g, '').toLowerCase();
  // Named after the certificate, so the same key keeps the same kid across restarts.
  const kid = `${name}-${thumbprint.slice(0, 8)}`;
  const publicJwk = {
    ...(await exportJWK(createPublicKey(keyPem))),
    kid,
    alg: 'RS256',
    use: 'sig',
    x5c: [certificate.raw.toString('base64')],
  };
  return {
    kid,
    privateKey: await importPKCS8(keyPem, 'RS256'),
    publicJwk,
    thumbprint,
  };
}
