import type { AlertJson } from '../alert-json.ts';

/** Somewhere an alert goes. `deliver` resolves once the sink has it, or throws a SinkError. */
export interface AlertSink {
  readonly name: string;
  deliver(alert: AlertJson): Promise<void>;
}
