/** `npm run bench`: every benchmark, each printing its ratio against a floor measured in the same run. */
import { runPageBadgesBench } from './page-badges';
import { runImitationBench } from './imitation.bench';
import { runRecogniserBench } from './recogniser.bench';

runRecogniserBench();
console.log('');
runImitationBench();
console.log('');
await runPageBadgesBench();
