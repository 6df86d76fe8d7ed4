import { defineBackground } from 'wxt/utils/define-background';
import { registerPageReportHandlers } from '../utils/background/page-reports';

export default defineBackground(() => {
  registerPageReportHandlers();
});
