/**
 * Property tests draw the same cases on every run, so a red CI always means a changed behaviour,
 * never an unlucky draw (issue 10: a clean-clone run failed on a case a generator had never drawn
 * before). To explore new cases, run `FC_SEED=random npm run test:unit`, or give a number; a failure
 * prints the seed and path that reproduce it.
 */
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') fc.configureGlobal({ seed: requested ? Number(requested) : 20261203 });
