import { z } from 'astro/zod';

const path = z
  .string()
  .regex(/^\/(?:[\w-]+\/)*$/, 'must be a site path that starts and ends with "/", for example "/insights/"');

/** One entry of the site menu. */
export const menuItemSchema = z.object({
  /** Visible label, for example "Insights". */
  label: z.string().min(1),
  /** Site path the item links to, for example "/insights/". Also marks the current section. */
  href: path,
});

/** Field names a form provider expects, for each field our forms collect. */
const fieldNamesSchema = z
  .object({
    firstName: z.string().min(1).default('first_name'),
    lastName: z.string().min(1).default('last_name'),
    email: z.string().min(1).default('email'),
    company: z.string().min(1).default('company'),
    jobTitle: z.string().min(1).default('job_title'),
    interest: z.string().min(1).default('interest'),
  })
  .prefault({});

/** Where and how one form submits. */
export const formSchema = z
  .object({
    /**
     * The provider's form endpoint (absolute URL). Unset until the publisher configures one: the form
     * still renders and explains that it is not set up yet. Overridden by an environment variable.
     */
    endpoint: z.url().optional(),
    /** HTTP method the endpoint accepts. */
    method: z.enum(['post', 'get']).default('post'),
    /** The names the provider expects for each field. */
    fields: fieldNamesSchema,
    /**
     * Name of a hidden field that tells the provider where to send the reader after a plain HTML
     * submission, for example "_next"; the value is our own thank-you page. Omit if the provider
     * is configured with a redirect address instead.
     */
    redirectField: z.string().min(1).optional(),
    /** Name of the hidden honeypot field: people never see it, bots fill it, and providers drop such submissions. */
    honeypotField: z.string().min(1).default('_gotcha'),
  })
  .prefault({});

/** The whole site configuration, validated when the site builds. */
export const siteConfigSchema = z.object({
  /** Site name, used in the header, titles and feeds. Example: "Futurum Research". */
  name: z.string().min(1),
  /** Absolute origin the site is served from, without a trailing path. Example: "https://research.example.com". */
  url: z.url().refine((u) => new URL(u).pathname === '/', 'must be an origin without a path'),
  /** One-sentence description of the site, for search engines and feeds. */
  description: z.string().min(1),
  /**
   * The `<title>` of every page but the home page (which is the site name alone): `{title}` stands for the
   * page's title, `{site}` for the site name. A title that would pass 70 characters drops the site name.
   */
  titlePattern: z
    .string()
    .refine((pattern) => pattern.includes('{title}'), 'must contain {title}, where the page title goes')
    .default('{title} | {site}'),
  /** BCP 47 language tag of the content. Example: "en". */
  lang: z.string().min(2).default('en'),
  /** Locale used to format dates. Example: "en-US". */
  locale: z.string().min(2).default('en-US'),
  /** Time zone dates are shown in; publication dates are calendar days, so UTC keeps them as written. */
  timeZone: z.string().default('UTC'),
  /** The publisher's name, shown in the footer and as the house byline organisation. */
  publisher: z.string().min(1),
  /** The site menu, in order. */
  menu: z.array(menuItemSchema).min(1),
  /** The publisher's disclaimer, printed after every insight's body. */
  disclaimer: z.string().min(1),
  /** The "Book a Demo" call to action. */
  bookDemo: z.object({
    /** Button label. */
    label: z.string().default('Book a Demo'),
    /** Where the call to action leads: a site path or an absolute URL. */
    href: z.union([path, z.url()]),
  }),
  /** The newsletter sign-up block shown under every insight. */
  newsletter: z.object({
    /** Heading of the block. */
    title: z.string().min(1),
    /** Text that invites readers to sign up. */
    pitch: z.string().min(1),
    /** The promise printed beside the button. */
    promise: z.string().min(1),
  }),
  /** Number of words read per minute, for reading-time estimates. */
  wordsPerMinute: z.number().int().positive().default(230),
  /** How many insights one page of a list (archive, topic, author) shows. */
  pageSize: z.number().int().positive().default(10),
  /** How many insights the "Related Insights" block shows. */
  relatedCount: z.number().int().positive().default(6),
  /** The newsletter sign-up and demo-request forms (see "Forms" in the README). */
  forms: z
    .object({
      /** The newsletter sign-up form. Endpoint override: NEWSLETTER_ENDPOINT. */
      newsletter: formSchema,
      /** The "Book a Demo" request form. Endpoint override: DEMO_ENDPOINT. */
      demo: formSchema,
      /** Address of the publisher's privacy policy, linked beside each form's button when given. */
      privacyPolicyUrl: z.url().optional(),
      /** How long the in-page submission waits for the endpoint before it gives up, in milliseconds. */
      timeoutMs: z.number().int().positive().default(15_000),
    })
    .prefault({}),
  /** The RSS, Atom and JSON feeds (see "Feeds" in the README). */
  feeds: z
    .object({
      /** How many of the newest insights each feed carries. Default 50. */
      length: z.number().int().positive().default(50),
      /**
       * How many insights each Atom archive document holds (RFC 5005), counted from the oldest. Default 50.
       * Changing it renumbers the archive, so choose it once.
       */
      archivePageSize: z.number().int().positive().default(50),
    })
    .prefault({}),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Validates a site configuration and explains each problem with the option's path. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - site.config.ts → ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`Invalid site configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
