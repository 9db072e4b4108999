import { parseArticle } from '../articles/parse-article.ts';
import type { SourceConfig } from '../config/config-schema.ts';
import { findFetchError } from '../fetching/fetch-errors.ts';
import type { JobContext, JobPayloads } from '../queue/job-types.ts';
import { PermanentJobError } from '../queue/job-types.ts';
import { describeError, isPermanentError } from '../queue/retry-policy.ts';
import { storeArticle } from './article-store.ts';
import {
  readArticleFetchState,
  recordFetchError,
  recordNotModified,
  type Validators,
} from './fetch-state-store.ts';
import { alertJobId, processJobId } from './job-ids.ts';
import { type PipelineDeps, rendersArticles, sourceNamed } from './pipeline-deps.ts';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

interface Page {
  html: string;
  finalUrl: string;
  status: number;
  etag?: string;
  lastModified?: string;
}

/**
 * Fetches one article page (conditional GET, or the browser for sources that need it), parses it
 * and stores it once; an original article is queued for claim extraction, a copy is not.
 */
export async function runFetchArticle(
  deps: PipelineDeps,
  data: JobPayloads['fetch-article'],
  ctx: JobContext,
): Promise<void> {
  const source = sourceNamed(deps.config, data.source);
  if (!source) throw new PermanentJobError(`source "${data.source}" is no longer in the configuration`);
  const known = await readArticleFetchState(deps.db, data.url);
  if (known.articleId !== undefined) return;

  const at = deps.now().toISOString();
  let page: Page | undefined;
  try {
    page = await fetchPage(deps, source, data.url, known.validators, at);
  } catch (error) {
    const reason = describeError(error);
    await recordFetchError(deps.db, data.url, reason, at, findFetchError(error)?.status);
    if (!isPermanentError(error) && ctx.attempt >= deps.config.queue.attempts)
      await forgetListing(deps, source);
    throw error;
  }
  if (!page) return;

  const parsed = parseArticle(page.html, {
    url: page.finalUrl,
    fallbackTitle: data.title,
    fallbackPublishedAt: data.publishedAt,
    publisher: source.publisher,
  });
  if (parsed.text.trim() === '') {
    const reason = `no article text found on ${data.url}`;
    await recordFetchError(deps.db, data.url, reason, at);
    throw new PermanentJobError(reason);
  }
  const stored = await storeArticle(
    deps.db,
    parsed,
    // Validators are kept only with the stored article (same transaction): a crash before must not
    // turn the retry into a 304 that hides a page never stored.
    { url: data.url, sourceName: source.name, html: page.html, fetchedAt: at, fetched: page },
    deps.config,
  );
  // An original (including one that just replaced a stored copy, whose claims were retracted) gets its
  // claims from its own text.
  if (stored.duplicateOf === null) {
    await ctx.enqueue('process-article', { articleId: stored.id }, processJobId(stored.id));
  }
  for (const alertId of stored.alertIds ?? []) {
    await ctx.enqueue('deliver-alert', { alertId }, alertJobId(alertId));
  }
}

/** The page, or undefined when the server answered 304 (nothing changed since the last fetch). */
async function fetchPage(
  deps: PipelineDeps,
  source: SourceConfig,
  url: string,
  validators: Validators | undefined,
  at: string,
): Promise<Page | undefined> {
  if (rendersArticles(source)) {
    const rendered = await deps.browser.render(url);
    return { ...rendered, status: 200 };
  }
  const outcome = await deps.fetcher.fetch({ url, ...validators });
  if (outcome.kind === 'not-modified') {
    await recordNotModified(deps.db, url, at);
    return undefined;
  }
  if (outcome.contentType !== '' && !HTML_TYPES.test(outcome.contentType)) {
    throw new PermanentJobError(`${url} is not an HTML page (Content-Type: ${outcome.contentType})`);
  }
  return {
    html: outcome.text,
    finalUrl: outcome.finalUrl,
    status: outcome.status,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
  };
}

/**
 * An article whose fetch kept failing for a passing reason (timeouts, 5xx) must not be hidden by
 * the listing's next 304: dropping the listing's validators makes the next poll read it in full and
 * ask for the page again. A permanent refusal (404, robots.txt) is not asked again until the listing changes.
 */
async function forgetListing(deps: PipelineDeps, source: SourceConfig): Promise<void> {
  await deps.db
    .updateTable('fetch_state')
    .set({ etag: null, last_modified: null })
    .where('url', '=', source.url)
    .execute();
}
