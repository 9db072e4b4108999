import type { Store } from '../../db/connect.ts';
import type { JobFailure } from './job-queue.ts';

export interface JobFailureRow {
  id: number;
  jobName: string;
  jobId: string;
  data: unknown;
  reason: string;
  attempts: number;
  failedAt: string;
}

export async function recordJobFailure(db: Store, failure: JobFailure, now = new Date()): Promise<void> {
  await db
    .insertInto('job_failures')
    .values({
      job_name: failure.jobName,
      job_id: failure.jobId,
      data: JSON.stringify(failure.data ?? null),
      reason: failure.reason,
      attempts: failure.attempts,
      failed_at: now.toISOString(),
    })
    .execute();
}

/** Newest first; `since` (ISO instant) keeps only the failures of one run. */
export async function listJobFailures(
  db: Store,
  options: { since?: string; limit?: number } = {},
): Promise<JobFailureRow[]> {
  let query = db.selectFrom('job_failures').selectAll().orderBy('id', 'desc');
  if (options.since) query = query.where('failed_at', '>=', options.since);
  if (options.limit) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    jobName: row.job_name,
    jobId: row.job_id,
    data: safeJson(row.data),
    reason: row.reason,
    attempts: row.attempts,
    failedAt: row.failed_at,
  }));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
