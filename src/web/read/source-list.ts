import type { Store } from '../../../db/connect.ts';
import type { SourceConfig } from '../../config/config-schema.ts';
import { listSourceHealth, type SourceHealth } from '../../pipeline/source-state-store.ts';

export interface SourceView extends SourceHealth {
  /** The cron schedule of the configured source; null for a source no longer configured. */
  schedule: string | null;
  configured: boolean;
}

/** Every configured source with its health, and sources the store remembers that left the config. */
export async function listSources(db: Store, configured: readonly SourceConfig[]): Promise<SourceView[]> {
  const health = new Map((await listSourceHealth(db)).map((h) => [h.name, h]));
  const views: SourceView[] = configured.map((source) => {
    const known = health.get(source.name);
    health.delete(source.name);
    return {
      name: source.name,
      type: source.type,
      url: source.url,
      lastPollAt: known?.lastPollAt ?? null,
      lastOkAt: known?.lastOkAt ?? null,
      lastError: known?.lastError ?? null,
      itemsSeen: known?.itemsSeen ?? 0,
      articlesFound: known?.articlesFound ?? 0,
      nextRunAt: known?.nextRunAt ?? null,
      schedule: source.schedule,
      configured: true,
    };
  });
  for (const rest of health.values()) views.push({ ...rest, schedule: null, configured: false });
  return views;
}
