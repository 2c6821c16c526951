/**
 * User metadata edited as text, one `name: value` per line. S3 stores names in lower case and
 * sends values as HTTP headers, so names are letters, digits and "-", and values plain ASCII.
 */
import { t } from '../src/i18n/t.ts';

export function metadataToText(metadata: Record<string, string>): string {
  return Object.entries(metadata)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

export function parseMetadata(text: string): { metadata: Record<string, string> } | { error: string } {
  const metadata: Record<string, string> = {};
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim().toLowerCase();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (!/^[a-z0-9-]{1,64}$/.test(name)) return { error: t('viewerMetadataBadName', index + 1) };
    if (!/^[\x20-\x7e]{0,1024}$/.test(value)) return { error: t('viewerMetadataBadValue', index + 1) };
    if (Object.hasOwn(metadata, name)) return { error: t('viewerMetadataTwice', index + 1, name) };
    metadata[name] = value;
  }
  if (Object.keys(metadata).length > 20) return { error: t('viewerMetadataTooMany') };
  return { metadata };
}
