import { describe, expect, it } from 'vitest';
import { parseStartOptions } from './start-options.ts';

describe('npm start options', () => {
  it("opens Chromium by default, on the devstack's default ports", () => {
    expect(parseStartOptions([], {})).toMatchObject({ browser: 'chromium', devstack: { ports: { idp: 9400, cognito: 9401, s3: 9402 } } });
  });

  it('takes --browser in both spellings, beside devstack flags', () => {
    expect(parseStartOptions(['--browser', 'firefox', '--s3-port', '19402'], {})).toMatchObject({ browser: 'firefox', devstack: { ports: { s3: 19402 } } });
    expect(parseStartOptions(['--fresh', '--browser=firefox'], {})).toMatchObject({ browser: 'firefox', devstack: { fresh: true } });
  });

  it('refuses a browser it cannot open, naming the ones it can', () => {
    expect(() => parseStartOptions(['--browser', 'safari'], {})).toThrow(/chromium or firefox, not "safari"/);
    expect(() => parseStartOptions(['--browser'], {})).toThrow(/chromium or firefox/);
  });

  it('passes --help through', () => {
    expect(parseStartOptions(['--help'], {})).toBe('help');
  });
});
