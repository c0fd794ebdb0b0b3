import { runSubgraphMain } from '@edhr/kit';
import { serviceDelivery } from './module';

await runSubgraphMain(serviceDelivery);
