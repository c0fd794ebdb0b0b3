import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { serviceUnavailable, notFound, requireRole } from '@edhr/kit';
import { serviceHeaders, type ServiceCallsContext } from '../../peers/service-calls/service-identity';
import { MeasurementRefresher, UnknownStrategyError } from '../../peers/measurement-refresh/measurement-refresher';
import { MeasurementRefreshResultType, RefreshStatusValue } from '../../model/kpis/measurement-refresh.type';

@Resolver()
export class MeasurementRefreshResolver {
  @Mutation(() => [MeasurementRefreshResultType], {
    description: "Measures the strategy's query-based KPIs for the period through the gateway (admin). One failing KPI does not stop the others.",
  })
  async refreshMeasurements(
    @Arg('strategy', () => ID) strategy: string,
    @Arg('period', () => String) period: string,
    @Ctx() context: ServiceCallsContext,
  ): Promise<MeasurementRefreshResultType[]> {
    requireRole(context, 'admin');
    const settings = context.services.serviceCalls;
    if (!settings) {
      throw serviceUnavailable('This service has no internal token secret: it cannot call the gateway.');
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
