// The panel's first script, kept tiny. The static shell in index.html ("Reading the page…") paints first; the panel's
// code (about 270 KB with its style sheets) is fetched and run only after that frame. Loaded up front, it ran before
// the first paint: measured in cold-open.e2e, DOMContentLoaded (scripts run) came ~60 ms before the shell's paint.
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void afterPaint()
  .then(() => import('./panel'))
  .then(({ startPanel }) => startPanel());
