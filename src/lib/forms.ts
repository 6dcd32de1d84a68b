import type { SiteConfig } from '../config/schema';

export type FormName = 'newsletter' | 'demo';
export type FormConfig = SiteConfig['forms']['newsletter'];

/** Environment variables that override the site config's form settings (declared in astro.config.ts `env.schema`). */
export interface FormEnv {
  NEWSLETTER_ENDPOINT?: string | undefined;
  DEMO_ENDPOINT?: string | undefined;
  FORM_TIMEOUT_MS?: number | string | undefined;
}

export interface ResolvedForms {
  newsletter: FormConfig;
  demo: FormConfig;
  privacyPolicyUrl?: string | undefined;
  timeoutMs: number;
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** The one place form settings are decided: the site config, with environment overrides on top. */
export function resolveForms(forms: SiteConfig['forms'], env: FormEnv): ResolvedForms {
  const withEndpoint = (form: FormConfig, override: string | undefined): FormConfig => {
    const endpoint = blank(override) ?? form.endpoint;
    const rest = { ...form };
    delete rest.endpoint;
    return endpoint ? { ...rest, endpoint } : rest;
  };
  const timeout = Number(env.FORM_TIMEOUT_MS);
  return {
    newsletter: withEndpoint(forms.newsletter, env.NEWSLETTER_ENDPOINT),
    demo: withEndpoint(forms.demo, env.DEMO_ENDPOINT),
    privacyPolicyUrl: forms.privacyPolicyUrl,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : forms.timeoutMs,
  };
}

/** The settings a publisher still has to give, named as they would set them. */
export function missingFormSettings(forms: ResolvedForms): string[] {
  const missing: string[] = [];
  if (!forms.newsletter.endpoint)
    missing.push('NEWSLETTER_ENDPOINT (or forms.newsletter.endpoint in src/site.config.ts)');
  if (!forms.demo.endpoint) missing.push('DEMO_ENDPOINT (or forms.demo.endpoint in src/site.config.ts)');
  return missing;
}

/** The origins forms may submit to, for the CSP's form-action and connect-src. */
export function formOrigins(forms: ResolvedForms): string[] {
  const origins = [forms.newsletter.endpoint, forms.demo.endpoint]
    .filter((e): e is string => e !== undefined)
    .map((e) => new URL(e).origin);
  return [...new Set(origins)];
}
