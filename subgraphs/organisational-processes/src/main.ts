import { runSubgraphMain } from '@edhr/kit';
import { organisationalProcesses } from './module';

await runSubgraphMain(organisationalProcesses);
