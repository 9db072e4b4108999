import { z } from 'zod';

/**
 * The whole configuration, validated once at start into a frozen object.
 * Every field has a default, so an empty file (or none) runs the embedded mode.
 */
const cron = z
  .string()
  .regex(/^(\S+\s+){4,5}\S+$/, 'a cron expression with 5 or 6 fields, e.g. "*/15 * * * *"');

export const sourceSchema = z
  .object({
    name: z.string().min(1),
    type: z.enum(['rss', 'html', 'browser', 'sitemap']),
    url: z.url(),
    schedule: cron.default('*/30 * * * *'),
    /** Publisher name to record when the pages do not say it. */
    publisher: z.string().optional(),
    /** For html and browser listings: CSS selectors that find article links. */
    selectors: z
      .object({
        item: z.string().default('article'),
        link: z.string().default('a[href]'),
        title: z.string().optional(),
        date: z.string().optional(),
      })
      .optional(),
    /** Article pages of this source need the browser too. */
    renderArticles: z.boolean().default(false),
  })
  .strict();

export const networkSchema = z
  .object({
    allowPrivateAddresses: z.boolean().default(false),
    userAgent: z.string().default('vigie/0.1 (+https://github.com/vigie-news/vigie; market-news monitor)'),
    timeoutMs: z.number().int().positive().default(15_000),
    maxBodyBytes: z
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    maxRedirects: z.number().int().min(0).default(5),
    perHostConcurrency: z.number().int().positive().default(2),
    perHostDelayMs: z.number().int().min(0).default(250),
    respectRobotsTxt: z.boolean().default(true),
    robotsCacheMinutes: z.number().int().positive().default(60),
  })
  .strict();

const webhookSink = z
  .object({
    type: z.literal('webhook'),
    url: z.url(),
    secret: z.string().optional(),
    format: z.enum(['json', 'slack']).default('json'),
  })
  .strict();
const fileSink = z.object({ type: z.literal('file'), path: z.string().min(1) }).strict();
const stdoutSink = z.object({ type: z.literal('stdout') }).strict();
const emailSink = z
  .object({
    type: z.literal('email'),
    to: z.union([z.string(), z.array(z.string())]),
    from: z.string().default('vigie@localhost'),
    smtp: z.object({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().positive().default(25),
      secure: z.boolean().default(false),
      user: z.string().optional(),
      pass: z.string().optional(),
    }),
  })
  .strict();
export const alertSinkSchema = z.discriminatedUnion('type', [webhookSink, fileSink, stdoutSink, emailSink]);

const transition = z.enum(['rumour->confirmed', 'rumour->denied', 'confirmed->denied', 'denied->confirmed']);
export const watchRuleSchema = z
  .object({
    /** Default: every transition CONTRACT.md alerts on, reversals included. */
    transitions: z
      .array(transition)
      .default(['rumour->confirmed', 'rumour->denied', 'confirmed->denied', 'denied->confirmed']),
    parties: z.array(z.string()).optional(),
    alliances: z.array(z.string()).optional(),
    kinds: z.array(z.string()).optional(),
  })
  .strict();

export const entitySchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    descriptors: z.array(z.string()).default([]),
    ticker: z.string().optional(),
    country: z.string().optional(),
    type: z.enum(['company', 'regulator', 'label', 'alliance', 'outlet']).default('company'),
    /** The group a subsidiary belongs to ("Iliad" for Scaleway): "the cloud arm of Iliad" is then Scaleway. */
    parent: z.string().optional(),
    /**
     * The company's trade, as role classes ("carmaker", "equipementier", "operateur", …): a role noun
     * ("l'équipementier", "the carmaker") the article never gave a company stands for one of that trade.
     */
    roles: z.array(z.string().min(1)).optional(),
    /**
     * The name is also an everyday word ("Next": "Next week", "Next, …"): it names the company only in an
     * article that writes it as a name somewhere (src/extraction/common-word-names.ts).
     */
    commonWord: z.boolean().optional(),
    /**
     * Aliases the press uses in one language only: "BCE" is the European Central Bank in French text,
     * the Canadian telecom group in English text. Matched only in articles of that language.
     */
    languageAliases: z
      .object({ fr: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() })
      .strict()
      .optional(),
  })
  .strict();

export const configSchema = z
  .object({
    database: z.string().default('./data/vigie.sqlite'),
    redis: z.string().optional(),
    network: networkSchema.default(networkSchema.parse({})),
    sources: z.array(sourceSchema).default([]),
    alerts: z.array(alertSinkSchema).default([{ type: 'stdout' }]),
    watch: z.array(watchRuleSchema).default([watchRuleSchema.parse({})]),
    entities: z.array(entitySchema).default([]),
    status: z
      .object({
        /** 0 = off; N = N independent outlets asserting a fact unhedged confirm it. */
        independentOutletsToConfirm: z.number().int().min(0).default(0),
        /** Reliability weight per publisher (default 1) for the confidence score. */
        publisherWeights: z.record(z.string(), z.number().min(0)).default({}),
      })
      .strict()
      .default({ independentOutletsToConfirm: 0, publisherWeights: {} }),
    queue: z
      .object({
        concurrency: z.number().int().positive().default(4),
        attempts: z.number().int().positive().default(4),
        backoffMs: z.number().int().min(0).default(1_000),
        prefix: z.string().default('vigie'),
        /** Redis mode: how long a worker's lock on a job lasts; a dead worker's job comes back after it. */
        lockDurationMs: z.number().int().positive().default(30_000),
        /** Redis mode: how often workers look for jobs of dead workers. */
        stalledIntervalMs: z.number().int().positive().default(30_000),
      })
      .strict()
      .default({
        concurrency: 4,
        attempts: 4,
        backoffMs: 1_000,
        prefix: 'vigie',
        lockDurationMs: 30_000,
        stalledIntervalMs: 30_000,
      }),
    web: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        token: z.string().optional(),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 8080 }),
    logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type NetworkConfig = z.infer<typeof networkSchema>;
export type AlertSinkConfig = z.infer<typeof alertSinkSchema>;
export type WatchRule = z.infer<typeof watchRuleSchema>;
export type EntityConfig = z.infer<typeof entitySchema>;
