import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { conflict, hasRole, notFound, requireRole, type SubgraphContext } from '@edhr/kit';
import { forbidden, inputError } from '../common/input-error';
import { PartnerAgencyEntity } from '../partner-agencies/partner-agency.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementChangesInputType, AgreementInputType } from './agreement.input';
import { AgreementType } from './agreement.type';
import { toAgreementType } from './agreement.mapping';
import { validateAgreementTerms, type AgreementTerms } from './agreement.validation';
import { today } from './agreement-access.service';

@Resolver(() => AgreementType)
export class AgreementResolver {
  @Query(() => [AgreementType], {
    description: 'Data-sharing agreements: all of them for admins and staff, its own for a partner.',
  })
  async dataSharingAgreements(
    @Arg('partnerKey', () => String, { nullable: true }) partnerKey: string | null | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<AgreementType[]> {
    requireRole(context, 'admin', 'staff', 'partner');
    let key = partnerKey ?? undefined;
    if (!hasRole(context.identity, 'admin', 'staff')) {
      if (!context.identity.partnerId) throw forbidden('the partner token carries no partner id');
      if (key && key !== context.identity.partnerId) throw forbidden('a partner sees only its own agreements');
      key = context.identity.partnerId;
    }
    const rows = await context.em.find(AgreementEntity, key ? { partnerKey: key } : {}, { orderBy: { reference: 'asc' } });
    const day = today(context.clock.now());
    return rows.map((r) => toAgreementType(r, day));
  }

  @Mutation(() => AgreementType, { description: 'Records a data-sharing agreement. Admins only.' })
  async createAgreement(
    @Arg('input', () => AgreementInputType) input: AgreementInputType,
    @Ctx() context: SubgraphContext,
  ): Promise<AgreementType> {
    requireRole(context, 'admin');
    if (!/^[A-Za-z0-9][A-Za-z0-9-_/.]{0,79}$/.test(input.reference)) {
      throw inputError('input.reference', 'must be letters, digits, hyphens, underscores, dots or slashes');
    }
    const terms: AgreementTerms = {
      title: input.title,
      datasets: input.datasets,
      characteristics: input.characteristics,
      areas: input.areas,
      finestPeriod: input.finestPeriod,
      validFrom: input.validFrom,
      validTo: input.validTo,
      suppressionThreshold: input.suppressionThreshold ?? 10,
    };
    validateAgreementTerms(terms, 'input.');
    if (!(await context.em.count(PartnerAgencyEntity, { key: input.partnerKey }))) {
      throw inputError('input.partnerKey', `no partner agency "${input.partnerKey}" is registered`);
    }
    if (await context.em.count(AgreementEntity, { reference: input.reference })) {
      throw inputError('input.reference', `an agreement "${input.reference}" already exists`);
    }
    const now = context.clock.now();
    const row = context.em.create(AgreementEntity, {
      ...terms,
      createdAt: now,
      updatedAt: now,
      title: terms.title.trim(),
      reference: input.reference,
      partnerKey: input.partnerKey,
      version: 1,
      updatedBy: context.identity.subject,
    });
    await context.em.flush();
    return toAgreementType(row, today(now));
  }

  @Mutation(() => AgreementType, {
    description:
      'Changes an agreement. `expectedVersion` is the version the edit was made against; if the agreement ' +
      'has changed since, the edit is refused (CONFLICT) and nothing is written. Admins only.',
  })
  async updateAgreement(
    @Arg('reference', () => String) reference: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('changes', () => AgreementChangesInputType) changes: AgreementChangesInputType,
    @Ctx() context: SubgraphContext,
  ): Promise<AgreementType> {
    requireRole(context, 'admin');
    const current = await context.em.findOne(AgreementEntity, { reference });
    if (!current) throw notFound(`No agreement "${reference}" exists.`);
    const terms: AgreementTerms = {
      title: changes.title ?? current.title,
      datasets: changes.datasets ?? current.datasets,
      characteristics: changes.characteristics ?? current.characteristics,
      areas: changes.areas ?? current.areas,
      finestPeriod: changes.finestPeriod ?? current.finestPeriod,
      validFrom: changes.validFrom ?? current.validFrom,
      validTo: changes.validTo ?? current.validTo,
      suppressionThreshold: changes.suppressionThreshold ?? current.suppressionThreshold,
    };
    validateAgreementTerms(terms, 'changes.');
    // One conditional statement: if another edit got in first, the version no longer matches and
    // no row is touched, however the two requests interleave.
    const touched = await context.em.nativeUpdate(
      AgreementEntity,
      { id: current.id, version: expectedVersion },
      { ...terms, version: expectedVersion + 1, updatedAt: context.clock.now(), updatedBy: context.identity.subject },
    );
    if (touched === 0) {
      const now = await context.em.fork().findOne(AgreementEntity, { id: current.id });
      throw conflict(
        `Agreement ${reference} has changed since version ${expectedVersion} (it is now version ${now?.version ?? '?'}); ` +
          'reload it and make the edit again.',
        { currentVersion: now?.version ?? null },
      );
    }
    const updated = await context.em.fork().findOneOrFail(AgreementEntity, { id: current.id });
    return toAgreementType(updated, today(context.clock.now()));
  }
}
