import type { ServicesContext } from '@edhr/kit';
import { disclosureKey } from './disclosure/disclosure.config';
import type { FindingsServices } from './findings/findings-context';
import { findingRatioThreshold } from './findings/finding-rule.config';
import { reformActionTargetFrom } from './findings/reform-action-check';

/** What the partners subgraph's resolvers use besides the database. */
export type PartnersServices = FindingsServices;

/**
 * Built once at start: a bad FINDING_RATIO_THRESHOLD, or a missing or short DISCLOSURE_KEY, stops
 * the start rather than the first request.
 */
export function createPartnersServices(context: ServicesContext): PartnersServices {
  return {
    disclosureKey: disclosureKey(context.env),
    findingRatioThreshold: findingRatioThreshold(context.env),
    reformActions: reformActionTargetFrom(context),
  };
}
