import { z } from 'zod';
import { parseEnv } from '@edhr/kit';

/** The ratio beyond which a significant disparity becomes a finding, unless configured. */
export const DEFAULT_FINDING_RATIO_THRESHOLD = 1.5;

const shape = {
  FINDING_RATIO_THRESHOLD: z.coerce
    .number()
    .min(1, 'must be at least 1')
    .default(DEFAULT_FINDING_RATIO_THRESHOLD)
    .describe('a relative rate ratio of at least 1, e.g. 1.5; ratios at or below its inverse (1 ÷ 1.5 ≈ 0.667) count too'),
};

/** `FINDING_RATIO_THRESHOLD` from the environment; a bad value fails naming the variable. */
export function findingRatioThreshold(env: Record<string, string | undefined> = process.env): number {
  return parseEnv(shape, env).FINDING_RATIO_THRESHOLD;
}
