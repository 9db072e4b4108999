import { PermanentJobError } from '../queue/job-types.ts';

/** One sink refused or failed; `retryable` says whether trying again later can help. */
export class SinkError extends Error {
  override name = 'SinkError';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Some sink failed in a way a later attempt may fix: the queue retries the job with backoff. */
export class AlertDeliveryError extends Error {
  override name = 'AlertDeliveryError';
  readonly retryable = true;
  constructor(
    message: string,
    readonly report?: { delivered: string[]; failed: Array<{ sink: string; error: string }> },
  ) {
    super(message);
  }
}

/** Every failing sink refused for good (e.g. a webhook answering 404): retrying cannot help. */
export class PermanentAlertError extends PermanentJobError {
  override name = 'PermanentAlertError';
  constructor(
    message: string,
    readonly report?: { delivered: string[]; failed: Array<{ sink: string; error: string }> },
  ) {
    super(message);
  }
}
