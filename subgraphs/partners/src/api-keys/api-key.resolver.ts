import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { CreatedPartnerApiKeyType, PartnerApiKeyType, ResolvedApiKeyType } from './partner-api-key.type';
import { toPartnerApiKeyType } from './partner-api-key.mapping';
import { createApiKey, listApiKeys, resolveApiKey, revokeApiKey } from './api-key.service';

/** API keys of partner agencies' machine clients: admins manage them, the gateway resolves them. */
@Resolver(() => PartnerApiKeyType)
export class PartnerApiKeyResolver {
  @Query(() => [PartnerApiKeyType], {
    description: "A partner agency's API keys, revoked ones included, oldest first; never the secret or its hash. Admins only.",
  })
  async partnerApiKeys(
    @Arg('partner', () => String, { description: 'Partner agency key.' }) partner: string,
    @Ctx() context: SubgraphContext,
  ): Promise<PartnerApiKeyType[]> {
    requireRole(context, 'admin');
    return (await listApiKeys(context.em, partner)).map(toPartnerApiKeyType);
  }

  @Mutation(() => CreatedPartnerApiKeyType, {
    description:
      'Creates an API key for a partner agency and returns the full key once; only its hash is kept. A partner may ' +
      'hold several keys, so a new one can be rolled out before the old one is revoked. Admins only.',
  })
  async createPartnerApiKey(
    @Arg('partner', () => String, { description: 'Partner agency key.' }) partner: string,
    @Arg('label', () => String, { description: 'What the key is for (at most 200 characters).' }) label: string,
    @Ctx() context: SubgraphContext,
  ): Promise<CreatedPartnerApiKeyType> {
    requireRole(context, 'admin');
    const { key, row } = await createApiKey(context.em, partner, label, context.identity.subject, context.clock.now());
    return { key, apiKey: toPartnerApiKeyType(row) };
  }

  @Mutation(() => PartnerApiKeyType, {
    description: 'Revokes an API key; the next request made with it is refused. Revoking twice changes nothing. Admins only.',
  })
  async revokePartnerApiKey(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<PartnerApiKeyType> {
    requireRole(context, 'admin');
    return toPartnerApiKeyType(await revokeApiKey(context.em, id, context.identity.subject, context.clock.now()));
  }

  @Mutation(() => ResolvedApiKeyType, {
    nullable: true,
    description:
      'Checks a presented API key and records its use; null when it is not valid (malformed, unknown, wrong secret, ' +
      'revoked, or its partner agency is gone). Called by the gateway. Service role only.',
  })
  async resolvePartnerApiKey(
    @Arg('key', () => String) key: string,
    @Ctx() context: SubgraphContext,
  ): Promise<ResolvedApiKeyType | null> {
    requireRole(context, 'service');
    return resolveApiKey(context.em, key, context.clock.now());
  }
}
