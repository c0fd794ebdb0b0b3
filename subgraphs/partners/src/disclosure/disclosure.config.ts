import { z } from 'zod';
import { commonShape, ConfigError, developmentSecret, parseEnv, type SubgraphContext } from '@edhr/kit';

const shape = {
  NODE_ENV: commonShape.NODE_ENV,
  DISCLOSURE_KEY: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('a secret of at least 32 characters keying the perturbation of every count partners and the public see'),
};

/**
 * `DISCLOSURE_KEY`: the secret behind every cell key. Whoever knows it can take the perturbation
 * off, so it is never shown to anyone and never sent to another service. Production must set it;
 * elsewhere an unset key is a local secret in the data folder, created on first use, so
 * `npm start` publishes the same values from one run to the next. Changing it changes every
 * published value at once (and lets a viewer holding both sets of answers average two draws).
 * Read once, at start, into the subgraph's services.
 */
export function disclosureKey(env: Record<string, string | undefined> = process.env): string {
  const parsed = parseEnv(shape, env);
  if (parsed.DISCLOSURE_KEY) return parsed.DISCLOSURE_KEY;
  if (parsed.NODE_ENV === 'production') {
    throw new ConfigError([
      'DISCLOSURE_KEY is missing: production needs the secret that keys the perturbation of published counts (expected at least 32 characters)',
    ]);
  }
  return developmentSecret('disclosure-key');
}

/** The context of a resolver that shows perturbed figures: the request's, with the disclosure key among its services. */
export type DisclosureContext = SubgraphContext<{ disclosureKey: string }>;
