import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPrivacyDir, loadPrivacyPolicies } from './load-privacy-policies';

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('loadPrivacyPolicies', () => {
  it('gives each tenant its own file, the others default.json', () => {
    const dir = dirWith({
      'default.json': { external: 'deny' },
      'acme.json': { external: 'allow', consentReference: 'DPA-2026-017' },
      'globex.json': {},
    });
    const policies = loadPrivacyPolicies({ PRIVACY_DIR: dir });
    expect(policies.forTenant('acme')).toMatchObject({ external: 'allow', consentReference: 'DPA-2026-017' });
    expect(policies.forTenant('globex')).toMatchObject({ external: 'redact', consentReference: null });
    expect(policies.forTenant('initech').external).toBe('deny');
    expect(policies.forTenant(undefined).external).toBe('deny');
  });

  it('defaults to redact, and the committed default is redact', () => {
    expect(loadPrivacyPolicies({ PRIVACY_DIR: dirWith({}) }).forTenant('any').external).toBe('redact');
    expect(loadPrivacyPolicies({ PRIVACY_DIR: defaultPrivacyDir }).forTenant('any').external).toBe('redact');
  });

  it('stops at a file that does not hold, naming it', () => {
    expect(() => loadPrivacyPolicies({ PRIVACY_DIR: dirWith({ 'acme.json': { external: 'allow' } }) })).toThrow(/acme\.json: consentReference: "allow" needs the consent/);
    expect(() => loadPrivacyPolicies({ PRIVACY_DIR: dirWith({ 'acme.json': { external: 'sometimes' } }) })).toThrow(/acme\.json: external/);
    expect(() => loadPrivacyPolicies({ PRIVACY_DIR: dirWith({ 'acme.json': { redact: true } }) })).toThrow(/acme\.json/);
    expect(() => loadPrivacyPolicies({ PRIVACY_DIR: dirWith({ 'acme.json': '{' }) })).toThrow(/acme\.json: not JSON/);
    expect(() => loadPrivacyPolicies({ PRIVACY_DIR: '/nonexistent/privacy' })).toThrow(/PRIVACY_DIR/);
  });
});
