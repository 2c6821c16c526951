import { describe, expect, it } from 'vitest';
import { mayFetchFrom, networkClassOf, type NetworkClass } from './network-class.ts';

/** Classified as a browser would parse the address: through the WHATWG URL parser. */
const classOf = (url: string) => networkClassOf(new URL(url).hostname);

describe('which network an address is on', () => {
  it.each<[string, NetworkClass]>([
    ['https://example.com/a.png', 'public'],
    ['https://93.184.215.14/', 'public'],
    ['http://11.0.0.1/', 'public'],
    ['http://172.15.255.255/', 'public'],
    ['http://172.32.0.1/', 'public'],
    ['http://192.169.0.1/', 'public'],
    ['http://[2606:4700::1111]/', 'public'],
    ['http://[2002:5db8:d70e::]/', 'public'],
    // Loopback, however it is spelled.
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.255.255.254/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://0x7f.0.0.1/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://00000177.0.0.1/', 'loopback'],
    ['http://%31%32%37.0.0.1/', 'loopback'],
    ['http://１２７.０.０.１/', 'loopback'],
    ['http://127.0.0.1./', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:7f00:1]/', 'loopback'],
    ['http://[::127.0.0.1]/', 'loopback'],
    ['http://localhost:8080/', 'loopback'],
    ['http://LOCALHOST./', 'loopback'],
    ['http://app.localhost/', 'loopback'],
    // Private ranges.
    ['http://10.0.0.1/', 'private'],
    ['http://10.255.255.255/', 'private'],
    ['http://012.0.0.1/', 'private'],
    ['http://167772161/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://0xc0.0xa8.1.1/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://224.0.0.251/', 'private'],
    ['http://255.255.255.255/', 'private'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://[::ffff:10.0.0.1]/', 'private'],
    ['http://[0:0:0:0:0:ffff:c0a8:101]/', 'private'],
    ['http://[64:ff9b::192.168.1.1]/', 'private'],
    ['http://[2002:c0a8:101::]/', 'private'],
    // Link-local, including cloud metadata.
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://0xA9FEA9FE/', 'link-local'],
    ['http://2852039166/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[FEBF::1]/', 'link-local'],
    ['http://[::ffff:169.254.169.254]/', 'link-local'],
    // This host.
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://[::ffff:0.0.0.0]/', 'unspecified'],
    // Names that only resolve inside the user's network.
    ['http://printer.local/', 'local-name'],
    ['http://metadata.google.internal/', 'local-name'],
    ['http://nas.home.arpa/', 'local-name'],
    ['http://router.lan/', 'local-name'],
    ['http://intranet/', 'local-name'],
    ['http://NAS.LOCAL./', 'local-name'],
  ])('%s is %s', (url, expected) => {
    expect(classOf(url)).toBe(expected);
  });

  it('lets a page reach the public internet and its own kind of network only', () => {
    const loopbackPage = 'http://127.0.0.1:8080/save.html';
    expect(mayFetchFrom('https://cdn.example/a.png', loopbackPage)).toBe(true);
    expect(mayFetchFrom('http://127.0.0.1:9000/a.png', loopbackPage)).toBe(true);
    expect(mayFetchFrom('http://localhost/a.png', loopbackPage)).toBe(true);
    expect(mayFetchFrom('http://10.0.0.2/a.png', 'http://192.168.1.5/')).toBe(true);
    expect(mayFetchFrom('data:image/png;base64,AA', 'https://blog.example/')).toBe(true);
    expect(mayFetchFrom('http://127.0.0.1/', 'https://blog.example/')).toBe(false);
    expect(mayFetchFrom('http://10.0.0.1/', loopbackPage)).toBe(false);
    expect(mayFetchFrom('http://169.254.169.254/', loopbackPage)).toBe(false);
    expect(mayFetchFrom('http://printer.local/', 'http://192.168.1.5/')).toBe(false);
    expect(mayFetchFrom('http://192.168.1.1/', undefined)).toBe(false);
    // A page that is not on the network (a file, the browser's own pages) gives no private access.
    expect(mayFetchFrom('http://192.168.1.1/', 'file:///home/me/page.html')).toBe(false);
    expect(mayFetchFrom('http://[', 'https://blog.example/')).toBe(false);
  });
});
