/**
 * Messages between Chrome's background and its offscreen upload relay (offscreen/), over a port
 * the background opens: a port reaches only the relay, where `runtime.sendMessage` would reach
 * every extension page. Internal: not part of the public protocol, never seen by content scripts.
 */
export const RELAY_PORT = 'tote-upload-relay';
export const RELAY_PAGE = 'offscreen/index.html';

export type RelayRequest =
  | { kind: 'send'; id: number; method: string; url: string; headers: Record<string, string>; body?: Blob }
  | { kind: 'abort'; id: number };

export type RelayReply =
  | { kind: 'progress'; id: number; loaded: number }
  | { kind: 'done'; id: number; status: number; headers: Record<string, string>; body: string }
  /**
   * A request that got no answer: `network` from XHR (network down, or CORS refused), `closed` when
   * the relay went away. A reason, not words: the offscreen document has no `i18n` API.
   */
  | { kind: 'error'; id: number; reason: 'network' | 'closed' };
