import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled by the page issue: toolbar badge per tab.
});
