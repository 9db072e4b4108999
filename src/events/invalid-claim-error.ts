import { PermanentJobError } from '../queue/job-types.ts';

/** A claim the event log cannot record as given: retrying the same input cannot help. */
export class InvalidClaimError extends PermanentJobError {
  override name = 'InvalidClaimError';
}
