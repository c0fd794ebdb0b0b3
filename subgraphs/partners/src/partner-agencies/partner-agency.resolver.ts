import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { inputError } from '../common/input-error';
import { PartnerAgencyEntity } from './partner-agency.entity';
import { PartnerAgencyInputType } from './partner-agency.input';
import { PartnerAgencyType } from './partner-agency.type';

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

@Resolver(() => PartnerAgencyType)
export class PartnerAgencyResolver {
  @Query(() => [PartnerAgencyType], { description: 'Partner agencies, by key. Staff and admins.' })
  async partnerAgencies(@Ctx() context: SubgraphContext): Promise<PartnerAgencyType[]> {
    requireRole(context, 'staff', 'admin');
    return context.em.find(PartnerAgencyEntity, {}, { orderBy: { key: 'asc' } });
  }

  @Mutation(() => PartnerAgencyType, { description: 'Registers a partner agency. Admins only.' })
  async createPartnerAgency(
    @Arg('input', () => PartnerAgencyInputType) input: PartnerAgencyInputType,
    @Ctx() context: SubgraphContext,
  ): Promise<PartnerAgencyType> {
    requireRole(context, 'admin');
    if (!KEY.test(input.key)) throw inputError('input.key', 'must be lower-case letters, digits and hyphens');
    if (!input.name.trim()) throw inputError('input.name', 'must not be empty');
    if (!input.sector.trim()) throw inputError('input.sector', 'must not be empty');
    if (!input.organisationKey.trim()) throw inputError('input.organisationKey', 'must not be empty');
    if (await context.em.count(PartnerAgencyEntity, { key: input.key })) {
      throw inputError('input.key', `a partner agency "${input.key}" already exists`);
    }
    const agency = context.em.create(PartnerAgencyEntity, {
      key: input.key,
      name: input.name.trim(),
      sector: input.sector.trim(),
      organisationKey: input.organisationKey.trim(),
    });
    await context.em.flush();
    return agency;
  }
}
