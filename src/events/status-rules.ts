import type { Config } from '../config/config-schema.ts';
import type { StatusRules } from './claim-for-status.ts';

export function statusRulesFrom(config: Pick<Config, 'status'>): StatusRules {
  return {
    independentOutletsToConfirm: config.status.independentOutletsToConfirm,
    publisherWeights: config.status.publisherWeights,
  };
}
