/**
 * Hands files to the background's transfer manager (`transfers.start`), one after another: each
 * File crosses as a handle, and the background owns the upload from then on.
 */
import type { Client } from '../src/messaging/client.ts';
import type { DroppedFile } from './dropped-files.ts';

/** Starts an upload per file under `prefix`; returns a sentence per file that could not start. */
export async function startUploads(client: Client, prefix: string, files: readonly DroppedFile[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { path, file } of files) {
    const reply = await client.call('transfers.start', { key: prefix + path, body: file });
    if (!reply.ok) problems.push(`${path}: ${reply.error.message}`);
  }
  return problems;
}
