import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './env';

describe('configuration from the environment', () => {
  it('has defaults that run the app on loopback port 3000 with ./data', () => {
    const config = readConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.publicUrl).toBeNull();
  });

  it('reads the settings it is given', () => {
    const config = readConfig({ PORT: '8080', HOST: '0.0.0.0', PUBLIC_URL: 'https://mote.kommune.no/', LOG_LEVEL: 'warn', TRUST_PROXY: 'true' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', publicUrl: 'https://mote.kommune.no', logLevel: 'warn', trustProxy: 1 });
  });

  it('refuses bad values with a message naming each setting', () => {
    expect(() => readConfig({ PORT: 'eighty', PUBLIC_URL: 'not a url' })).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty', PUBLIC_URL: 'not a url' });
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT/);
      expect((err as Error).message).toMatch(/PUBLIC_URL/);
    }
  });

  it('reads OpenID providers, and refuses plain http (except on this machine), duplicate ids and bad JSON, naming the setting', () => {
    const feide = { id: 'feide', name: 'Feide', issuer: 'https://auth.dataporten.no', clientId: 'x', clientSecret: 'y' };
    const config = readConfig({ OIDC_PROVIDERS: JSON.stringify([feide]) });
    expect(config.oidcProviders).toEqual([expect.objectContaining({ id: 'feide', scopes: 'openid profile email', subjectClaims: ['sub'], allowHttp: false })]);
    expect(readConfig({}).oidcProviders).toEqual([]);
    const refused = (value: string) => () => readConfig({ OIDC_PROVIDERS: value });
    expect(refused(JSON.stringify([{ ...feide, issuer: 'http://auth.dataporten.no' }]))).toThrow(/OIDC_PROVIDERS.*https/);
    expect(refused(JSON.stringify([{ ...feide, issuer: 'http://idp.kommune.no', allowHttp: true }]))).toThrow(/OIDC_PROVIDERS.*this machine/);
    expect(readConfig({ OIDC_PROVIDERS: JSON.stringify([{ ...feide, issuer: 'http://127.0.0.1:9000', allowHttp: true }]) }).oidcProviders[0]!.allowHttp).toBe(true);
    expect(refused(JSON.stringify([feide, feide]))).toThrow(/same id/);
    expect(refused('[{')).toThrow(/OIDC_PROVIDERS.*JSON/);
    expect(refused(JSON.stringify([{ ...feide, clientSecret: undefined }]))).toThrow(/OIDC_PROVIDERS/);
  });

  it('takes PostgreSQL by its address only, and on it needs one identity hash key for every server', () => {
    const key = { IDENTITY_HASH_KEY: 'k'.repeat(32) };
    expect(readConfig({}).databaseUrl).toBeNull();
    expect(readConfig({ DATABASE_URL: 'postgres://naervaer@db:5432/naervaer', ...key }).databaseUrl).toBe('postgres://naervaer@db:5432/naervaer');
    expect(() => readConfig({ DATABASE_URL: 'mysql://db/naervaer', ...key })).toThrow(/DATABASE_URL: must be a postgres:\/\/ address/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/naervaer' })).toThrow(/IDENTITY_HASH_KEY: must be set, the same on every server/);
    const idporten = { id: 'idporten', name: 'ID-porten', issuer: 'https://idporten.no', clientId: 'x', clientSecret: 'y', use: ['guests'] };
    const guestsOnPostgres = { DATABASE_URL: 'postgres://db/naervaer', OIDC_PROVIDERS: JSON.stringify([idporten]) };
    expect(() => readConfig(guestsOnPostgres)).toThrow(/IDENTITY_HASH_KEY: must be set, the same on every server/);
    expect(readConfig({ ...guestsOnPostgres, ...key }).identityHashKey).toBe('k'.repeat(32));
    // One server on SQLite keeps its key in its data directory.
    expect(readConfig({ OIDC_PROVIDERS: JSON.stringify([idporten]) }).identityHashKey).toBeNull();
  });

  it('trusts a number of proxies or their addresses, never any client’s X-Forwarded-For', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '10.0.0.2, 10.0.1.0/24,::1' }).trustProxy).toEqual(['10.0.0.2', '10.0.1.0/24', '::1']);
    expect(() => readConfig({ TRUST_PROXY: 'proxy.kommune.no' })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
  });
});
