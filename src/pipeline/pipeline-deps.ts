import type { Store } from '../../db/connect.ts';
import type { Config, SourceConfig } from '../config/config-schema.ts';
import type { Fetcher } from '../fetching/fetcher.ts';
import type { BrowserRenderer } from '../sources/browser/chromium-renderer.ts';

/** What every job handler works with; built once per process by the ingestion runtime. */
export interface PipelineDeps {
  db: Store;
  config: Config;
  fetcher: Fetcher;
  /** Chromium starts on the first page that needs it, never when no source does. */
  browser: BrowserRenderer;
  now(): Date;
  /** Where the stdout alert sink writes (default process.stdout; stderr when stdout carries JSON). */
  alertOut?: NodeJS.WritableStream;
}

/** The configured source of that name; a job for a source removed from the config cannot succeed. */
export function sourceNamed(config: Config, name: string): SourceConfig | undefined {
  return config.sources.find((source) => source.name === name);
}

/** Whether the article pages of this source are fetched through the browser. */
export function rendersArticles(source: SourceConfig): boolean {
  return source.renderArticles || source.type === 'browser';
}
