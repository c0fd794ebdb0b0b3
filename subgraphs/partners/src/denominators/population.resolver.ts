import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { ImportReportType } from '../common/import-report.type';
import { tableName } from '../common/table-name';
import { PopulationEntity } from './population.entity';
import { PopulationImportInputType } from './population.input';
import { DenominatorSourceType } from './population.type';
import { importPopulation } from './population-import.service';

@Resolver()
export class PopulationResolver {
  @Query(() => [DenominatorSourceType], { description: 'Population sources available as denominators.' })
  async denominatorSources(@Ctx() context: SubgraphContext): Promise<DenominatorSourceType[]> {
    requireRole(context, 'staff', 'admin', 'theme-owner', 'service', 'partner', 'public');
    const rows = await context.em.execute<{ source: string; edition: string; characteristic: string; areas: string; figures: string }[]>(
      `select source, edition, characteristic, count(distinct area) as areas, count(*) as figures
         from ${tableName(context.em, PopulationEntity)} group by source, edition, characteristic order by source, edition, characteristic`,
    );
    return rows.map((r) => ({ ...r, areas: Number(r.areas), figures: Number(r.figures) }));
  }

  @Mutation(() => ImportReportType, {
    description: 'Imports population figures (all rows or none); importing the same figures again changes nothing.',
  })
  async importPopulation(
    @Arg('input', () => PopulationImportInputType) input: PopulationImportInputType,
    @Ctx() context: SubgraphContext,
  ): Promise<ImportReportType> {
    requireRole(context, 'admin');
    return importPopulation(context.em, input);
  }
}
