import { findFetchError } from '../fetching/fetch-errors.ts';
import type { JobContext, JobPayloads } from '../queue/job-types.ts';
import { PermanentJobError } from '../queue/job-types.ts';
import { describeError } from '../queue/retry-policy.ts';
import { pollSource } from '../sources/poll-source.ts';
import { findStoredArticleId } from './article-store.ts';
import { readValidators, recordFetchError, recordFetched, recordNotModified } from './fetch-state-store.ts';
import { fetchJobId, normaliseUrl } from './job-ids.ts';
import { type PipelineDeps, sourceNamed } from './pipeline-deps.ts';
import { recordPoll } from './source-state-store.ts';

/**
 * Reads one source's listing with a conditional GET and queues a fetch for every article not
 * stored yet. The source's health (last poll, last success, last error, counts) is kept up to date
 * whatever happens; unreadable items are reported without losing the readable ones.
 */
export async function runPollSource(
  deps: PipelineDeps,
  data: JobPayloads['poll-source'],
  ctx: JobContext,
): Promise<void> {
  const source = sourceNamed(deps.config, data.source);
  if (!source) throw new PermanentJobError(`source "${data.source}" is no longer in the configuration`);
  const at = deps.now().toISOString();
  const previous = await readValidators(deps.db, source.url);

  let listing: Awaited<ReturnType<typeof pollSource>>;
  try {
    listing = await pollSource(source, { fetcher: deps.fetcher, browser: deps.browser, previous });
  } catch (error) {
    const reason = `${source.name}: ${describeError(error)}`;
    await recordPoll(deps.db, source, { at, ok: false, error: reason, itemsSeen: 0, articlesFound: 0 });
    await recordFetchError(deps.db, source.url, reason, at, findFetchError(error)?.status);
    throw error;
  }

  if (listing.notModified) {
    await recordNotModified(deps.db, source.url, at);
    await recordPoll(deps.db, source, { at, ok: true, itemsSeen: 0, articlesFound: 0 });
    return;
  }
  const problems = listing.errors.length > 0 ? `${source.name}: ${listing.errors.join('; ')}` : undefined;
  if (listing.items.length === 0 && problems) {
    await recordPoll(deps.db, source, { at, ok: false, error: problems, itemsSeen: 0, articlesFound: 0 });
    await recordFetchError(deps.db, source.url, problems, at);
    throw new PermanentJobError(problems);
  }

  let found = 0;
  for (const item of listing.items) {
    // Tracking parameters and fragments never change a page: one URL per article, however it is linked.
    const url = normaliseUrl(item.url);
    if ((await findStoredArticleId(deps.db, url)) !== undefined) continue;
    found++;
    await ctx.enqueue(
      'fetch-article',
      { url, source: source.name, title: item.title, publishedAt: item.publishedAt },
      fetchJobId(url),
    );
  }
  await recordFetched(
    deps.db,
    source.url,
    { status: 200, etag: listing.etag, lastModified: listing.lastModified },
    at,
  );
  await recordPoll(deps.db, source, {
    at,
    ok: true,
    error: problems,
    itemsSeen: listing.items.length,
    articlesFound: found,
  });
}
