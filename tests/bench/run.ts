/** `npm run bench`: every benchmark, each printing its ratio against a floor measured in the same run. */
import { runCliBench } from './cli.bench';
import { runContentScriptStartBench } from './content-script-start';
import { runFirstBadgeBench } from './first-badge';
import { runPageBadgesBench } from './page-badges';
import { runPageResponsivenessBench } from './page-responsiveness';
import { runImitationBench } from './imitation.bench';
import { runQrDecodeBench } from './qr-decode.bench';
import { runQrPopupBench } from './qr-popup.bench';
import { runRecogniserBench } from './recogniser.bench';

runRecogniserBench();
console.log('');
runImitationBench();
console.log('');
runCliBench();
console.log('');
await runQrDecodeBench();
console.log('');
await runQrPopupBench();
console.log('');
await runPageBadgesBench();
console.log('');
await runFirstBadgeBench();
console.log('');
await runContentScriptStartBench();
console.log('');
await runPageResponsivenessBench();
