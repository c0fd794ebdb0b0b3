import { runSubgraphMain } from '@edhr/kit';
import { peopleCulture } from './module';

await runSubgraphMain(peopleCulture);
