import { runSubgraphMain } from '@edhr/kit';
import { partners } from './module';

await runSubgraphMain(partners);
