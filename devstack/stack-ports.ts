/**
 * Chooses the stack's ports: requested ones must be free (checked before anything starts, so a
 * clash is reported at once); the rest, and Ceph's internal ones, are picked by the OS.
 */
import { assertPortFree, freePort } from './ports.ts';
import type { StackPorts } from './description.ts';

const WHAT: Record<keyof StackPorts, [string, string]> = {
  idp: ['OpenID provider', '--idp-port or TOTE_IDP_PORT'],
  cognito: ['Cognito Identity stand-in', '--cognito-port or TOTE_COGNITO_PORT'],
  s3: ['RGW: S3, STS and IAM', '--s3-port or TOTE_S3_PORT'],
};

export interface AllPorts extends StackPorts {
  /** Ceph monitor. */
  mon: number;
  /** The gateway whose clock runs behind. */
  pastS3: number;
}

/** `monitor`: the kept cluster's monitor port, which a restart must use again. */
export async function choosePorts(requested: Partial<StackPorts> = {}, monitor?: number): Promise<AllPorts> {
  const chosen: Partial<StackPorts> = {};
  for (const key of Object.keys(WHAT) as (keyof StackPorts)[]) {
    const port = requested[key];
    if (port) {
      await assertPortFree(port, ...WHAT[key]);
      chosen[key] = port;
    } else {
      chosen[key] = await freePort();
    }
  }
  if (monitor) await assertPortFree(monitor, 'Ceph monitor of the kept stack', '--fresh (which forgets the kept state)');
  return { ...(chosen as StackPorts), mon: monitor ?? (await freePort()), pastS3: await freePort() };
}
