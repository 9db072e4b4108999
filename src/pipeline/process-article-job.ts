import type { Config } from '../config/config-schema.ts';
import { createEntityRegistry, type EntityRegistry } from '../entities/entity-registry.ts';
import { recordArticleClaims } from '../events/record-article-claims.ts';
import { extractClaims } from '../extraction/extract-claims.ts';
import type { JobContext, JobPayloads } from '../queue/job-types.ts';
import { PermanentJobError } from '../queue/job-types.ts';
import { markProcessed, readArticle } from './article-store.ts';
import { alertJobId } from './job-ids.ts';
import type { PipelineDeps } from './pipeline-deps.ts';

/**
 * Reads the claims of one stored article into the event log, once: an article already processed,
 * or a copy of another, is left alone; each alert raised is queued for delivery.
 */
export async function runProcessArticle(
  deps: PipelineDeps,
  data: JobPayloads['process-article'],
  ctx: JobContext,
): Promise<void> {
  const article = await readArticle(deps.db, data.articleId);
  if (!article) throw new PermanentJobError(`article ${data.articleId} is not in the store`);
  if (article.processed_at !== null || article.duplicate_of !== null) return;

  // Extraction knows French and English: an article in neither is processed with no claims. The
  // explanations give each stored claim the rule that read it (shown on the web article page).
  const { claims, explanations } =
    article.language === 'fr' || article.language === 'en'
      ? extractClaims(
          {
            text: article.text,
            language: article.language,
            publishedAt: article.published_at ?? undefined,
            title: article.title,
            publisher: article.publisher,
          },
          { registry: registryFor(deps.config), explain: true },
        )
      : { claims: [], explanations: [] };
  // recordArticleClaims runs its own write transaction and is idempotent: a crash before processed_at
  // is set only makes the retry find the claims already there (and the alerts still to deliver).
  const { alertIds } = await recordArticleClaims(deps.db, article, claims, deps.config, explanations);
  await markProcessed(deps.db, article.id, deps.now().toISOString());
  for (const alertId of alertIds) await ctx.enqueue('deliver-alert', { alertId }, alertJobId(alertId));
}

const registries = new WeakMap<Config, EntityRegistry | undefined>();

/** The shipped registry, plus the configuration's own entities when it names some (built once). */
function registryFor(config: Config): EntityRegistry | undefined {
  if (config.entities.length === 0) return undefined;
  if (!registries.has(config)) registries.set(config, createEntityRegistry(config.entities));
  return registries.get(config);
}
