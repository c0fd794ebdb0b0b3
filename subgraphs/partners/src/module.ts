import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildPartnersSchema } from './schema';
import { loadDefaultDenominator } from './denominators/default-denominator';
import { findingRatioThreshold } from './findings/finding-rule.config';
import { disclosureKey } from './disclosure/disclosure.config';
import { configureReformActionCheck } from './findings/reform-action-check';

/** Partner agencies, data-sharing agreements and the shared aggregate statistics partners query. */
export const partners: SubgraphModule = {
  name: 'partners',
  databaseSchema: 'partners',
  portVariable: 'PARTNERS_PORT',
  defaultPort: 4104,
  entities,
  migrations,
  buildSchema: buildPartnersSchema,
  beforeServe: async ({ orm, logger, internalTokenSecret, peers, clock }) => {
    // linkReformAction asks organisational-processes whether the delivery action exists, and whose it is.
    configureReformActionCheck({ url: peers['organisational-processes'], secret: internalTokenSecret, clock });
    // A bad FINDING_RATIO_THRESHOLD stops the start, not the first detection.
    findingRatioThreshold();
    // Likewise a missing or short DISCLOSURE_KEY.
    disclosureKey();
    await loadDefaultDenominator(orm, logger);
  },
};
