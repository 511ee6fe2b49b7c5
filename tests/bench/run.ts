/** `npm run bench`: every benchmark, each printing its ratio against a floor measured in the same run. */
import { runRecogniserBench } from './recogniser.bench';

runRecogniserBench();
