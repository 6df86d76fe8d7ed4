import { refineMetrics } from '../../utils/background/page-refine';
import { onMessage } from '../../utils/messaging';

// Wiring only: the refinement document (Chrome offscreen document; Firefox: a frame in the
// background page) answers refinement requests with segmentit, loaded on the first one.
onMessage('offscreen:refine', ({ text, context }) =>
  refineMetrics(text, context).then((metrics) => ({ metrics })),
);
