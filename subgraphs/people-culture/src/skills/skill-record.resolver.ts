import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, ukDate, type SubgraphContext } from '@edhr/kit';
import { badUserInput, type InputProblem } from '../common/bad-user-input.error';
import { HR_ROLES, STAFF_READ_ROLES } from '../common/people-culture-roles';
import { SkillRecordEntity, type SkillRecordRow } from './skill-record.entity';
import { SkillRecordInput, SkillRecordType } from './skill-record.type';
import { SkillKind } from './skill-kind.enum';
import { skillsSummary } from './skills-summary.service';
import { SkillsSummaryType } from './skills-summary.type';

@Resolver(() => SkillRecordType)
export class SkillRecordResolver {
  @Query(() => [SkillRecordType], { description: 'The skills register record by record. HR only (the admin role until an HR role exists).' })
  async skillRecords(@Arg('organisation', () => ID) organisation: string, @Ctx() context: SubgraphContext): Promise<SkillRecordType[]> {
    requireRole(context, ...HR_ROLES);
    const rows = await context.em.find(SkillRecordEntity, { organisationKey: organisation }, { orderBy: { memberRef: 'asc', kind: 'asc', value: 'asc' } });
    return rows.map(toSkillRecordType);
  }

  @Query(() => SkillsSummaryType, { description: 'Skills-register counts by kind and value; counts below 5 withheld.' })
  async skillsSummary(@Arg('organisation', () => ID) organisation: string, @Ctx() context: SubgraphContext): Promise<SkillsSummaryType> {
    requireRole(context, ...STAFF_READ_ROLES);
    return skillsSummary(context.em, organisation);
  }

  @Mutation(() => SkillRecordType, { description: 'Records a skill with the member’s consent. HR only.' })
  async recordSkill(@Arg('input', () => SkillRecordInput) input: SkillRecordInput, @Ctx() context: SubgraphContext): Promise<SkillRecordType> {
    requireRole(context, ...HR_ROLES);
    const problems = checkInput(input, ukDate(context.clock.now()));
    if (problems.length > 0) throw badUserInput('The skill record was refused', problems);
    const where = { organisationKey: input.organisation.trim(), memberRef: input.member.trim(), kind: input.kind, value: input.value.trim() };
    const existing = await context.em.findOne(SkillRecordEntity, where);
    const row = existing ?? context.em.create(SkillRecordEntity, {
      ...where,
      consentDate: input.consentDate,
      recordedBy: context.identity.subject,
      recordedAt: context.clock.now(),
    });
    if (existing) existing.consentDate = input.consentDate;
    await context.em.flush();
    return toSkillRecordType(row);
  }

  @Mutation(() => Int, { description: "Withdraws a member's consent: deletes every skills-register record of theirs. Returns how many." })
  async withdrawSkillConsent(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('member', () => String) member: string,
    @Ctx() context: SubgraphContext,
  ): Promise<number> {
    requireRole(context, ...HR_ROLES);
    return context.em.nativeDelete(SkillRecordEntity, { organisationKey: organisation, memberRef: member.trim() });
  }
}

/** Why the input is refused, field by field; `today` is the UK date, YYYY-MM-DD. */
function checkInput(input: SkillRecordInput, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const limits: [keyof SkillRecordInput, number][] = [['organisation', 80], ['member', 80], ['value', 200]];
  for (const [field, max] of limits) {
    const value = String(input[field] ?? '').trim();
    if (value === '') problems.push({ path: field, message: 'must not be empty' });
    else if (value.length > max) problems.push({ path: field, message: `must be at most ${max} characters` });
  }
  const date = input.consentDate ?? '';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    problems.push({ path: 'consentDate', message: 'is required, written YYYY-MM-DD' });
  } else if (date > today) {
    // By the UK day: consent given on 1 July is not in the future at 00:30 BST (23:30 UTC on 30 June).
    problems.push({ path: 'consentDate', message: 'is in the future' });
  }
  if (!Object.values(SkillKind).includes(input.kind)) problems.push({ path: 'kind', message: 'is not a skill kind' });
  return problems;
}

function toSkillRecordType(row: SkillRecordRow): SkillRecordType {
  return {
    id: row.id,
    organisation: row.organisationKey,
    member: row.memberRef,
    kind: row.kind as SkillKind,
    value: row.value,
    consentDate: row.consentDate,
  };
}
