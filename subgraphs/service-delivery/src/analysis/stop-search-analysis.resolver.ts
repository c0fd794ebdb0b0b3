import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { analyseStopSearch, type StopSearchAnalysisRow } from './stop-search-analysis.service';
import { StopSearchGroupBy } from './stop-search-group-by';
import {
  StopSearchAnalysisRowType,
  StopSearchEthnicityCellType,
  StopSearchPeriodInput,
} from './stop-search-analysis.type';

/** Record-level analyses are for the force's own staff; partners see suppressed aggregates elsewhere. */
const ANALYST_ROLES = ['staff', 'admin', 'theme-owner'] as const;

const withRates = (row: StopSearchAnalysisRow): StopSearchAnalysisRowType => ({
  ...row,
  findRate: row.linkedFinds / row.searches,
  arrestRate: row.arrests / row.searches,
  positiveOutcomeRate: row.positiveOutcomes / row.searches,
});

@Resolver()
export class StopSearchAnalysisResolver {
  @Query(() => [StopSearchAnalysisRowType], {
    description: 'Stop-and-search counts and outcome rates grouped by the given dimensions, unmapped values included. Staff, admin or theme owner.',
  })
  async stopSearchAnalysis(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('period', () => StopSearchPeriodInput) period: StopSearchPeriodInput,
    @Arg('groupBy', () => [StopSearchGroupBy]) groupBy: StopSearchGroupBy[],
    @Ctx() context: SubgraphContext,
  ): Promise<StopSearchAnalysisRowType[]> {
    requireRole(context, ...ANALYST_ROLES);
    const rows = await analyseStopSearch(context.em, organisation, period, groupBy);
    return rows.map(withRates);
  }

  @Query(() => [StopSearchEthnicityCellType], {
    description: 'Self-defined against officer-defined ethnicity of the people searched. Staff, admin or theme owner.',
  })
  async stopSearchEthnicityCrossTab(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('period', () => StopSearchPeriodInput) period: StopSearchPeriodInput,
    @Ctx() context: SubgraphContext,
  ): Promise<StopSearchEthnicityCellType[]> {
    requireRole(context, ...ANALYST_ROLES);
    const rows = await analyseStopSearch(context.em, organisation, period, [
      StopSearchGroupBy.ETHNICITY_SELF_DEFINED,
      StopSearchGroupBy.ETHNICITY_OFFICER_DEFINED,
    ]);
    return rows.map((row) => ({ selfDefined: row.groups[0]!.value, officerDefined: row.groups[1]!.value, searches: row.searches }));
  }
}
