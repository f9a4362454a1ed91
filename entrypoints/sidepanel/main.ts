// The panel's first script, kept tiny. The static shell in index.html ("Reading the page…") paints first; the panel's
// code (about 270 KB with its style sheets) is fetched and run only after that frame. Loaded up front, it ran before
// the first paint: measured in cold-open.e2e, DOMContentLoaded (scripts run) came ~60 ms before the shell's paint.
// A document that is not shown gets no animation frames: after half a second the panel starts anyway.
const FRAME_OR_GIVE_UP_MS = 500;

const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, FRAME_OR_GIVE_UP_MS);
  });

void afterPaint()
  .then(() => import('./panel'))
  .then(({ startPanel }) => startPanel());
