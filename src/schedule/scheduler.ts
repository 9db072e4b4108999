/** A running schedule of source polls; stop() ends it (jobs already queued stay queued). */
export interface Scheduler {
  stop(): Promise<void>;
}

/** The schedule id of a source's polls: the same in every process, so schedules never double. */
export function pollScheduleId(source: string): string {
  return `poll:${source}`;
}
