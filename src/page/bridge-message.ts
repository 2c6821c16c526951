/**
 * The page bridge's wire format (docs/page-bridge.md): what a trusted web app posts to its own
 * window, and what the bridge content script posts back. Parsed by hand, not with valibot, to keep
 * the content script small, and because page objects reach it through Firefox's Xray wrappers,
 * where only own data properties of plain values are visible. Fails closed on anything unexpected.
 */
import { t } from '../i18n/t.ts';
export const BRIDGE_MARK = 'tote-bridge/1';

/** Largest body a page may put through the bridge. */
export const BRIDGE_MAX_PUT_BYTES = 16 * 1024 * 1024;
const MAX_KEY = 1024;
const MAX_ID = 64;

export type BridgeOperation = 'list' | 'get' | 'put' | 'presign';

/** A checked request, as the content script forwards it to the background (`bridge.request`). */
export type BridgeRequest =
  | { op: 'list'; prefix?: string; continuationToken?: string }
  | { op: 'get'; key: string }
  | { op: 'put'; key: string; body: Blob; contentType?: string }
  | { op: 'presign'; key: string; expiresInSeconds?: number };

export type ParsedBridgeMessage =
  /** Not addressed to Tote (or a reply, maybe spoofed): ignored without a word. */
  { kind: 'ignore' } | { kind: 'invalid'; id: string; message: string } | { kind: 'request'; id: string; request: BridgeRequest };

export interface BridgeReply {
  tote: typeof BRIDGE_MARK;
  reply: true;
  id: string;
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const KEYS: Record<BridgeOperation, string[]> = {
  list: ['prefix', 'continuationToken'],
  get: ['key'],
  put: ['key', 'body', 'contentType'],
  presign: ['key', 'expiresInSeconds'],
};

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY && !/[\u0000-\u001f\u007f]/.test(value);
}

function toBlob(body: unknown, contentType: string | undefined): Blob | string {
  if (typeof body === 'string') {
    if (body.length > BRIDGE_MAX_PUT_BYTES) return t('errorBridgeBodyTooLarge');
    return new Blob([body], { type: contentType ?? 'text/plain;charset=utf-8' });
  }
  const tag = Object.prototype.toString.call(body);
  if (tag === '[object Blob]' || tag === '[object File]') {
    const blob = body as Blob;
    if (blob.size > BRIDGE_MAX_PUT_BYTES) return t('errorBridgeBodyTooLarge');
    return blob.slice(0, blob.size, contentType ?? blob.type);
  }
  if (tag === '[object ArrayBuffer]' || ArrayBuffer.isView(body)) {
    const bytes = body as ArrayBuffer | ArrayBufferView;
    if (bytes.byteLength > BRIDGE_MAX_PUT_BYTES) return t('errorBridgeBodyTooLarge');
    return new Blob([bytes as BlobPart], { type: contentType ?? 'application/octet-stream' });
  }
  return t('errorBridgeBodyType');
}

/** Checks one `message` event's data. Never throws. */
export function parseBridgeMessage(data: unknown): ParsedBridgeMessage {
  try {
    return parse(data);
  } catch {
    return { kind: 'ignore' };
  }
}

function parse(data: unknown): ParsedBridgeMessage {
  if (typeof data !== 'object' || data === null) return { kind: 'ignore' };
  const message = data as Record<string, unknown>;
  if (message.tote !== BRIDGE_MARK || message.reply !== undefined) return { kind: 'ignore' };
  const id = message.id;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID || !/^[\w.:-]+$/.test(id)) return { kind: 'ignore' };
  const invalid = (text: string): ParsedBridgeMessage => ({ kind: 'invalid', id, message: t('errorBridgeRefused', text) });
  const op = message.op;
  if (op !== 'list' && op !== 'get' && op !== 'put' && op !== 'presign') return invalid(t('errorBridgeOp'));
  const unknown = Object.keys(message).find((name) => name !== 'tote' && name !== 'id' && name !== 'op' && !KEYS[op].includes(name));
  if (unknown !== undefined) return invalid(t('errorBridgeUnknownField', unknown.slice(0, 40), op));
  if (op === 'list') {
    const { prefix, continuationToken } = message;
    if (prefix !== undefined && !isKey(prefix)) return invalid(t('errorBridgePrefix'));
    if (continuationToken !== undefined && (typeof continuationToken !== 'string' || continuationToken.length > 4096))
      return invalid(t('errorBridgeContinuationToken'));
    return {
      kind: 'request',
      id,
      request: {
        op,
        ...(prefix !== undefined ? { prefix: prefix as string } : {}),
        ...(continuationToken !== undefined ? { continuationToken: continuationToken as string } : {}),
      },
    };
  }
  const key = message.key;
  if (!isKey(key)) return invalid(t('errorBridgeKey'));
  if (op === 'get') return { kind: 'request', id, request: { op, key } };
  if (op === 'presign') {
    const seconds = message.expiresInSeconds;
    if (seconds !== undefined && (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > 86_400))
      return invalid(t('errorBridgeExpiresIn'));
    return { kind: 'request', id, request: { op, key, ...(seconds !== undefined ? { expiresInSeconds: seconds as number } : {}) } };
  }
  const contentType = message.contentType;
  if (contentType !== undefined && (typeof contentType !== 'string' || !/^[\x21-\x7e]+\/[\x20-\x7e]{1,200}$/.test(contentType)))
    return invalid(t('errorBridgeContentType'));
  const body = toBlob(message.body, contentType as string | undefined);
  if (typeof body === 'string') return invalid(body);
  return { kind: 'request', id, request: { op, key, body, ...(contentType !== undefined ? { contentType: contentType as string } : {}) } };
}
