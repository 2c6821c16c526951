/**
 * Which network an address is on: the public internet, or one of the user's own (loopback,
 * private ranges, link-local, local names). "Save to Tote" fetches from the background, so a page
 * must not be able to point it at the user's router, printer or cloud metadata service.
 *
 * Works on a hostname as the URL parser gives it: WHATWG URL already turns every IPv4 spelling
 * (`0x7f.1`, `2130706433`, `0177.0.0.1`, `%31…`, full-width digits) into dotted decimal and every
 * IPv6 address into lowercase compressed hex, so only those two forms are read here. A public name
 * that resolves to a private address (DNS) cannot be seen from an extension: that is not caught.
 */

export type NetworkClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'local-name';

/** Suffixes of names that only resolve inside a home or company network. */
const LOCAL_SUFFIXES = ['.local', '.internal', '.lan', '.home', '.home.arpa', '.localdomain', '.intranet', '.corp', '.private'];

export function networkClassOf(hostname: string): NetworkClass {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return ipv6Class(host.slice(1, -1));
  const ipv4 = ipv4Number(host);
  if (ipv4 !== undefined) return ipv4Class(ipv4);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  // A name without a dot ("router", "nas") is looked up in the local network's search domains.
  if (!host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'local-name';
  return 'public';
}

function ipv4Number(host: string): number | undefined {
  const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)?.slice(1).map(Number);
  if (parts === undefined || parts.some((part) => part > 255)) return undefined;
  return parts.reduce((sum, part) => sum * 256 + part, 0);
}

/** [first address, prefix length, class] */
const IPV4_RANGES: Array<[string, number, NetworkClass]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  // Carrier-grade NAT, IETF protocol assignments, benchmarking, multicast and reserved: never a public web server.
  ['100.64.0.0', 10, 'private'],
  ['192.0.0.0', 24, 'private'],
  ['198.18.0.0', 15, 'private'],
  ['224.0.0.0', 4, 'private'],
  ['240.0.0.0', 4, 'private'],
  ['169.254.0.0', 16, 'link-local'],
];

function ipv4Class(address: number): NetworkClass {
  for (const [first, bits, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    if (Math.floor(address / size) === Math.floor(ipv4Number(first)! / size)) return kind;
  }
  return 'public';
}

/** The eight 16-bit groups of a compressed IPv6 address (as the URL parser writes it). */
function ipv6Groups(text: string): number[] | undefined {
  const [head = '', tail, extra] = text.split('::');
  if (extra !== undefined) return undefined;
  const read = (part: string) => (part === '' ? [] : part.split(':').map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? parseInt(group, 16) : NaN)));
  const left = read(head);
  const right = tail === undefined ? [] : read(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.some(Number.isNaN) ? undefined : groups;
}

function ipv6Class(text: string): NetworkClass {
  const g = ipv6Groups(text);
  // Not an address the URL parser would produce: refuse rather than guess.
  if (g === undefined) return 'unspecified';
  const embedded = (high: number, low: number) => ipv4Class(high * 65536 + low);
  const zeros = (from: number, to: number) => g.slice(from, to).every((group) => group === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach an IPv4 address.
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return embedded(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return embedded(g[6]!, g[7]!);
  // 6to4 (2002:aabb:ccdd::) carries an IPv4 address in its second and third groups.
  if (g[0] === 0x2002) return embedded(g[1]!, g[2]!);
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfec0 || (first & 0xff00) === 0xff00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  return 'public';
}

/**
 * Whether a page at `pageUrl` may have Tote fetch `targetUrl`: public addresses always, the
 * user's own networks only from a page on the same kind of network. Only http(s) goes over the
 * network; an address that does not parse is refused.
 */
export function mayFetchFrom(targetUrl: string, pageUrl: string | undefined): boolean {
  const target = parsed(targetUrl);
  if (target === undefined) return false;
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return true;
  const targetClass = networkClassOf(target.hostname);
  const page = pageUrl === undefined ? undefined : parsed(pageUrl);
  return targetClass === 'public' || (page !== undefined && /^https?:$/.test(page.protocol) && networkClassOf(page.hostname) === targetClass);
}

function parsed(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
