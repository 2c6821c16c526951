import { describe, expect, it } from 'vitest';
import { customEndpointOrigins, originPatterns } from './host-access.ts';

describe('host access for custom endpoints', () => {
  it("asks for nothing with AWS's own endpoints", () => {
    expect(customEndpointOrigins({})).toEqual([]);
  });

  it("names each custom endpoint's origin once", () => {
    expect(
      customEndpointOrigins({ s3: { endpoint: 'https://minio.example:9000/base', forcePathStyle: true }, cognitoEndpoint: 'https://minio.example:9000' }),
    ).toEqual(['https://minio.example:9000']);
    expect(customEndpointOrigins({ s3: { endpoint: 'http://127.0.0.1:9402', forcePathStyle: true }, cognitoEndpoint: 'http://127.0.0.1:9401' })).toEqual([
      'http://127.0.0.1:9402',
      'http://127.0.0.1:9401',
    ]);
  });

  it('turns origins into match patterns, which carry no port (Firefox refuses ports)', () => {
    expect(originPatterns(['https://minio.example:9000', 'http://127.0.0.1:9401'])).toEqual(['https://minio.example/*', 'http://127.0.0.1/*']);
  });
});
