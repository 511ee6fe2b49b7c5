/** The English messages as a translator, for Node (the CLI, unit tests): the browser has its own. */
import en from '../../public/_locales/en/messages.json';
import { translatorFromMessages } from './translate';

export const english = translatorFromMessages(en);
