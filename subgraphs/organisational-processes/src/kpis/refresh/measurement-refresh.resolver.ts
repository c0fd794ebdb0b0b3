import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { notFound, requireRole, serviceUnavailable, type SubgraphContext } from '@edhr/kit';
import { serviceCallSettings, serviceHeaders } from '../../service-calls/service-identity';
import { MeasurementRefresher, UnknownStrategyError } from './measurement-refresher';
import { MeasurementRefreshResultType, RefreshStatusValue } from './measurement-refresh.type';

@Resolver()
export class MeasurementRefreshResolver {
  @Mutation(() => [MeasurementRefreshResultType], {
    description: "Measures the strategy's query-based KPIs for the period through the gateway (admin). One failing KPI does not stop the others.",
  })
  async refreshMeasurements(
    @Arg('strategy', () => ID) strategy: string,
    @Arg('period', () => String) period: string,
    @Ctx() context: SubgraphContext,
  ): Promise<MeasurementRefreshResultType[]> {
    requireRole(context, 'admin');
    const settings = serviceCallSettings();
    if (!settings) {
      throw serviceUnavailable('This service has not finished starting: it cannot call the gateway yet.');
    }
    const refresher = new MeasurementRefresher({
      em: context.em,
      fetch: (url, init) => fetch(url, init),
      gatewayUrl: settings.peers.gateway,
      headers: () => serviceHeaders(settings.internalTokenSecret, context.clock),
      clock: context.clock,
      recordedBy: context.identity.subject,
    });
    try {
      const results = await refresher.refresh(strategy, period);
      context.logger.info({ strategy, period, ok: results.filter((r) => r.status === 'ok').length, total: results.length }, 'measurements refreshed');
      return results.map((r) => ({ ...r, status: r.status === 'ok' ? RefreshStatusValue.OK : RefreshStatusValue.ERROR }));
    } catch (error) {
      if (error instanceof UnknownStrategyError) throw notFound(error.message, { field: 'strategy' });
      throw error;
    }
  }
}
