import type { JobHandlers } from '../queue/job-types.ts';
import { runDeliverAlert } from './deliver-alert-job.ts';
import { runFetchArticle } from './fetch-article-job.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { runPollSource } from './poll-source-job.ts';
import { runProcessArticle } from './process-article-job.ts';

/** The four stages as queue handlers: the same for the in-process queue and BullMQ. */
export function createPipelineHandlers(deps: PipelineDeps): JobHandlers {
  return {
    'poll-source': (data, ctx) => runPollSource(deps, data, ctx),
    'fetch-article': (data, ctx) => runFetchArticle(deps, data, ctx),
    'process-article': (data, ctx) => runProcessArticle(deps, data, ctx),
    'deliver-alert': (data) => runDeliverAlert(deps, data),
  };
}
