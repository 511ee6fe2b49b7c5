/** Unit tests read the extension's words in English, as a browser with an English UI would. */
import { english } from '../../../src/i18n/english';
import { setTranslator } from '../../../src/i18n/t';

setTranslator(english, 'en');
