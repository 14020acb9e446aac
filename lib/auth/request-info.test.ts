import { describe, expect, it } from 'vitest';
import { parseEnv as parseEnvOf } from '@/lib/env';
import { clientIpFrom } from './request-info';

const parseEnv = (vars: Record<string, string>) => parseEnvOf(vars as NodeJS.ProcessEnv);

describe("the client's address", () => {
  it('trusts no header when served directly: a client cannot choose its address', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '198.51.100.1' }), 0)).toBeNull();
    expect(clientIpFrom(new Headers({ 'x-real-ip': '198.51.100.1' }), 0)).toBeNull();
  });

  it('behind proxies, takes the entry the nearest trusted proxy vouches for, not what the client sent', () => {
    const forged = new Headers({ 'x-forwarded-for': '10.9.9.9, 198.51.100.7, 192.0.2.10' });
    expect(clientIpFrom(forged, 1)).toBe('192.0.2.10');
    expect(clientIpFrom(forged, 2)).toBe('198.51.100.7');
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '192.0.2.10' }), 3)).toBe('192.0.2.10');
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '<script>' }), 1)).toBeNull();
  });

  it('reads TRUST_PROXY as false, true or a number of proxies', () => {
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});
