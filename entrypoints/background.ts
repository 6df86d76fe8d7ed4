import { defineBackground } from 'wxt/utils/define-background';
import { registerAnalyzeHandler } from '../utils/background/page-analyze';
import { registerPageCommands } from '../utils/background/page-commands';
import { registerExtractHandler } from '../utils/background/page-extract';
import { registerRefineHandler } from '../utils/background/page-refine';
import { registerPageHandlers } from '../utils/background/page-reports';
import { registerAutoSites } from '../utils/background/page-sites';
import { registerStoreHandlers, reportSaver } from '../utils/background/store-handlers';
import { library } from '../utils/store/db';

// Wiring only: each area registers its handlers; the store plugs into page reports here.
export default defineBackground(() => {
  const store = { db: library };
  registerPageHandlers({ saveReport: reportSaver(store) });
  registerAnalyzeHandler();
  registerExtractHandler();
  registerPageCommands();
  registerRefineHandler();
  registerAutoSites();
  registerStoreHandlers(store);
});
