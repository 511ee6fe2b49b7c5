import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '../src/page/start-page';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Mail and chat apps show messages in about:blank and srcdoc frames.
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    void startPage();
  },
});
