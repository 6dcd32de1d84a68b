import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../config/schema';
import { formOrigins, missingFormSettings, resolveForms } from './forms';

const base = siteConfigSchema.shape.forms.parse({});

describe('resolveForms', () => {
  it('leaves forms unconfigured by default and names what is missing', () => {
    const forms = resolveForms(base, {});
    expect(forms.newsletter.endpoint).toBeUndefined();
    expect(missingFormSettings(forms)).toEqual([
      'NEWSLETTER_ENDPOINT (or forms.newsletter.endpoint in src/site.config.ts)',
      'DEMO_ENDPOINT (or forms.demo.endpoint in src/site.config.ts)',
    ]);
    expect(formOrigins(forms)).toEqual([]);
  });
  it('lets environment variables override the config, ignoring blank ones', () => {
    const config = siteConfigSchema.shape.forms.parse({ newsletter: { endpoint: 'https://config.example/n' } });
    const forms = resolveForms(config, { NEWSLETTER_ENDPOINT: '  ', DEMO_ENDPOINT: 'https://crm.example:8443/demo' });
    expect(forms.newsletter.endpoint).toBe('https://config.example/n');
    expect(forms.demo.endpoint).toBe('https://crm.example:8443/demo');
    expect(missingFormSettings(forms)).toEqual([]);
    expect(formOrigins(forms)).toEqual(['https://config.example', 'https://crm.example:8443']);
  });
  it('gives each origin once', () => {
    const forms = resolveForms(base, {
      NEWSLETTER_ENDPOINT: 'https://f.example/a',
      DEMO_ENDPOINT: 'https://f.example/b',
    });
    expect(formOrigins(forms)).toEqual(['https://f.example']);
  });
  it('takes a timeout override only when it is a positive number', () => {
    expect(resolveForms(base, { FORM_TIMEOUT_MS: '2000' }).timeoutMs).toBe(2000);
    expect(resolveForms(base, { FORM_TIMEOUT_MS: 'soon' }).timeoutMs).toBe(15_000);
  });
  it('keeps the default field names a provider can change', () => {
    expect(base.newsletter.fields.email).toBe('email');
    expect(base.newsletter.honeypotField).toBe('_gotcha');
  });
});
