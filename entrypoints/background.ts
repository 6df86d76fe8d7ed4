import { defineBackground } from 'wxt/utils/define-background';
import { registerPageHandlers } from '../utils/background/page-reports';

// Wiring only: each area registers its handlers; the store plugs into page reports here.
export default defineBackground(() => {
  registerPageHandlers();
});
