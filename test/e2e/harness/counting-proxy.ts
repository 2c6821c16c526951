/**
 * A pass-through HTTP proxy in front of S3 that counts UploadPart requests per part number, so a
 * test can see at the server side which parts were sent and how often. It keeps the Host header
 * the client signed (SigV4 covers it), so RGW checks the very signature the extension made.
 *
 * It can also put an upload at an exact instant: hold a kind of request before S3 sees it, or
 * hold S3's answer after S3 acted on it, until the test lets go — the test stops the background
 * meanwhile. A request whose client went away while held is dropped, as a dead connection is;
 * one whose client goes away mid-body is cut off upstream too, so S3 never stores half a part.
 */
import { createServer, request as forward, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { s3RequestKind, type S3RequestKind } from './s3-request-kind.ts';

export interface Hold {
  /** Requests (or answers) held so far. */
  held(): number;
  /**
   * Waits (at most `timeoutMs`) until every held request's client has gone: a stopped background's
   * connections close a moment after the browser says it stopped, and a request released before
   * that would reach S3 as a live one would not.
   */
  clientsGone(timeoutMs: number): Promise<void>;
  /** Stops holding: what is held goes on, what belongs to a client that is gone is dropped. */
  release(): void;
}

export interface CountingProxy {
  endpoint: string;
  /**
   * Successful UploadPart requests for the latest multipart upload of an object (`bucket/key`):
   * part number → count. Earlier uploads of the same key are counted apart.
   */
  partsSent(object: string): Map<number, number>;
  /** Multipart uploads of an object that S3 stored parts for. */
  uploadsOf(object: string): number;
  /** UploadPart requests that reached the proxy for an object, finished or not. */
  partRequests(object: string): number;
  /** UploadPart requests of an object whose body is arriving: at least `bytes` of it, not all. */
  partsMidBody(object: string, bytes: number): number;
  /** Longest time in which no part byte arrived and no part was answered, between the first and last (ms). */
  longestSilence(object: string): number;
  /** UploadPart answers handed back to the browser so far, for every object (after any hold). */
  partsAnswered(): number;
  /** Holds each UploadPart answer this long, so an upload lasts long enough to be interrupted. */
  slowPartsBy(ms: number): void;
  /** Lets each part's body through at most this fast (bytes per second, per request); 0: no limit. */
  paceParts(bytesPerSecond: number): void;
  /** Holds requests of `kind` before they reach S3 (`request`) or S3's answers (`answer`); `parts` picks part numbers. */
  hold(kind: S3RequestKind, stage: 'request' | 'answer', parts?: (partNumber: number) => boolean): Hold;
  close(): Promise<void>;
}

interface Held {
  go(): void;
  clientGone(): boolean;
}
interface Rule {
  kind: S3RequestKind;
  stage: 'request' | 'answer';
  parts?: (partNumber: number) => boolean;
  active: boolean;
  count: number;
  waiting: Held[];
}
interface Body {
  bytes: number;
  ended: boolean;
}

/**
 * Writes a request body's chunks upstream, pausing the request to keep to `rate()` bytes per
 * second (0: no limit); `each` hears the running total.
 */
function pacedWriter(from: IncomingMessage, to: Writable, rate: () => number, each: (bytes: number) => void): (chunk: Buffer) => void {
  const started = Date.now();
  let sent = 0;
  return (chunk) => {
    to.write(chunk);
    sent += chunk.length;
    each(sent);
    const ahead = rate() > 0 ? (sent / rate()) * 1000 - (Date.now() - started) : 0;
    if (ahead > 0) {
      from.pause();
      setTimeout(() => from.resume(), ahead);
    }
  };
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  /** object → upload id → part number → count; Map keeps upload ids in the order first seen. */
  const parts = new Map<string, Map<string, Map<number, number>>>();
  const requests = new Map<string, number>();
  const bodies = new Map<string, Set<Body>>();
  const stamps = new Map<string, number[]>();
  const rules: Rule[] = [];
  let partDelayMs = 0;
  let paceBytesPerSecond = 0;
  let answered = 0;
  const stamp = (object: string) => stamps.set(object, [...(stamps.get(object) ?? []), Date.now()]);

  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://proxy');
    const kind = s3RequestKind(incoming.method, url);
    const object = decodeURIComponent(url.pathname).slice(1);
    const partNumber = Number(url.searchParams.get('partNumber'));
    const uploadId = url.searchParams.get('uploadId') ?? '';
    let clientGone = false;
    outgoing.on('close', () => (clientGone ||= !outgoing.writableFinished));
    /** Runs `go` now, or once the hold that matches this request at `stage` is released. */
    const whenLetThrough = (stage: Rule['stage'], go: () => void) => {
      const rule = rules.find((r) => r.active && r.kind === kind && r.stage === stage && (kind !== 'part' || !r.parts || r.parts(partNumber)));
      if (rule === undefined) return go();
      rule.count++;
      rule.waiting.push({ go, clientGone: () => clientGone });
    };
    if (kind === 'part') requests.set(object, (requests.get(object) ?? 0) + 1);
    // The body is read from the start, held or not: Node notices that a client went away only by
    // reading its socket. What arrives while the request is held is kept, to go on with it.
    const kept: Buffer[] = [];
    let write: ((chunk: Buffer) => void) | undefined;
    incoming.on('data', (chunk: Buffer) => (write ? write(chunk) : kept.push(chunk)));
    whenLetThrough('request', () => {
      if (clientGone) return void incoming.destroy();
      const proxied = forward(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          if (kind === 'part' && (answer.statusCode ?? 0) < 300) {
            const uploads = parts.get(object) ?? new Map<string, Map<number, number>>();
            const counts = uploads.get(uploadId) ?? new Map<number, number>();
            counts.set(partNumber, (counts.get(partNumber) ?? 0) + 1);
            uploads.set(uploadId, counts);
            parts.set(object, uploads);
          }
          whenLetThrough('answer', () => {
            if (clientGone) return void answer.resume();
            const reply = () => {
              if (kind === 'part') {
                answered++;
                stamp(object);
              }
              outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(outgoing);
            };
            if (kind === 'part' && partDelayMs > 0) setTimeout(reply, partDelayMs);
            else reply();
          });
        },
      );
      proxied.on('error', () => outgoing.destroy());
      // The client cut its body off (aborted, or its process stopped): S3 must not get the rest.
      const cutOff = () => !incoming.complete && proxied.destroy();
      // Node destroys a request it has read to the end: one held whole (a GET, a small body) goes on.
      if (incoming.destroyed && !incoming.complete) return void cutOff();
      incoming.on('close', cutOff);
      if (kind === 'part') {
        const body: Body = { bytes: 0, ended: incoming.readableEnded };
        bodies.set(object, (bodies.get(object) ?? new Set()).add(body));
        for (const event of ['end', 'close']) incoming.on(event, () => (body.ended = true));
        write = pacedWriter(
          incoming,
          proxied,
          () => paceBytesPerSecond,
          (bytes) => {
            body.bytes = bytes;
            stamp(object);
          },
        );
      } else {
        write = (chunk) => proxied.write(chunk);
      }
      for (const chunk of kept.splice(0)) write(chunk);
      if (incoming.readableEnded) proxied.end();
      else incoming.on('end', () => proxied.end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    slowPartsBy: (ms) => {
      partDelayMs = ms;
    },
    paceParts: (bytesPerSecond) => {
      paceBytesPerSecond = bytesPerSecond;
    },
    hold(kind, stage, partsToHold) {
      const rule: Rule = { kind, stage, ...(partsToHold ? { parts: partsToHold } : {}), active: true, count: 0, waiting: [] };
      rules.push(rule);
      return {
        held: () => rule.count,
        async clientsGone(timeoutMs) {
          const deadline = Date.now() + timeoutMs;
          while (Date.now() < deadline && !rule.waiting.every((held) => held.clientGone())) await new Promise((resolve) => setTimeout(resolve, 20));
        },
        release() {
          rule.active = false;
          for (const held of rule.waiting.splice(0)) held.go();
        },
      };
    },
    partsAnswered: () => answered,
    partsSent: (object) => new Map([...(parts.get(object)?.values() ?? [])].at(-1) ?? []),
    uploadsOf: (object) => parts.get(object)?.size ?? 0,
    partRequests: (object) => requests.get(object) ?? 0,
    partsMidBody: (object, bytes) => [...(bodies.get(object) ?? [])].filter((body) => !body.ended && body.bytes >= bytes).length,
    longestSilence(object) {
      const times = stamps.get(object) ?? [];
      return times.slice(1).reduce((longest, time, index) => Math.max(longest, time - (times[index] as number)), 0);
    },
    close: () =>
      new Promise((resolve) => {
        for (const rule of rules) rule.active = false;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
