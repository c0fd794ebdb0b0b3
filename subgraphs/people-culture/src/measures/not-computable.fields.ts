import type { Result } from '@edhr/statistics';

/** The GraphQL face of a statistics result: a flag, and the module's reason when it is false. */
export interface NotComputableFields {
  computable: boolean;
  notComputableReason: string | null;
  notComputableDetail: string | null;
}

export function computability(result: Result<object>): NotComputableFields {
  return result.computable
    ? { computable: true, notComputableReason: null, notComputableDetail: null }
    : { computable: false, notComputableReason: result.reason, notComputableDetail: result.detail };
}
