import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { EQIA_READERS } from '../eqias/eqia-readers';
import { BoardPackType } from '../../model/boards/board-pack.type';
import { buildBoardPack } from '../../model/boards/board-pack.service';

@Resolver(() => BoardPackType)
export class BoardPackResolver {
  @Query(() => BoardPackType, {
    description:
      'A governance body\'s pack as of a day: its strategy\'s delivery actions by status with what changed since its previous meeting, ' +
      'red, amber and stale KPIs, overdue EQIA reviews, risks, and (from partners) open findings. Staff, theme owners and admins.',
  })
  boardPack(
    @Arg('body', () => ID, { description: 'The governance body, "pluginId:key".' }) body: string,
    @Arg('asOf', () => String, { description: 'YYYY-MM-DD, not after today (UK date).' }) asOf: string,
    @Ctx() context: SubgraphContext,
  ): Promise<BoardPackType> {
    requireRole(context, ...EQIA_READERS);
    return buildBoardPack(context, body, asOf);
  }
}
