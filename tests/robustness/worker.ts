// Worker thread: analyses the pages it is sent, one at a time, and posts an outcome for each. The parent
// watches the clock and terminates a worker that takes too long, so a hanging page is reported, not waited on.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadResources } from '../../scripts/node/resources';
import { generatePage } from './generate-pages';
import { runPage } from './run-page';

/** `name` and `kind` are set by the parent, so a page that never answers is still reported by name and kind. */
export type PageJob = { id: number; name: string; kind: string } & (
  { file: string } | { seed: number; index: number; scale?: number }
);

const resources = await loadResources();

function load(job: PageJob): string {
  if ('file' in job) return readFileSync(job.file, 'utf8');
  const limits = job.scale
    ? {
        hugeBytes: 10 * 1024 * 1024 * job.scale,
        depth: Math.ceil(50_000 * job.scale),
        manyParagraphs: Math.ceil(20_000 * job.scale),
      }
    : undefined;
  return generatePage(job.seed, job.index, limits).html;
}

parentPort!.on('message', (job: PageJob) => {
  const { name, kind } = job;
  let html: string;
  parentPort!.postMessage({ id: job.id, stage: 'loading', bytes: 0 });
  try {
    html = load(job);
  } catch (error) {
    parentPort!.postMessage({
      id: job.id,
      result: { name, kind, outcome: 'crash', ms: 0, bytes: 0, detail: `could not load: ${String(error)}` },
    });
    return;
  }
  // Progress notes let the parent say where a page it had to stop was stuck, and how big it was.
  const note = (stage: string) => parentPort!.postMessage({ id: job.id, stage, bytes: html.length });
  parentPort!.postMessage({ id: job.id, result: runPage(name, kind, html, resources, () => performance.now(), note) });
});
parentPort!.postMessage({ ready: true });
