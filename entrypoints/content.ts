import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Marks the document so browser tests can see that the content script runs.
    document.documentElement.dataset.inviteGuard = 'ready';
  },
});
