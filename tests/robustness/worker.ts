// Worker thread: analyses the pages it is sent, one at a time, and posts an outcome for each. The parent
// watches the clock and terminates a worker that takes too long, so a hanging page is reported, not waited on.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadResources } from '../../scripts/node/resources';
import { generatePage } from './generate-pages';
import { runPage } from './run-page';

export type PageJob = { id: number; name: string } & ({ file: string } | { seed: number; index: number; scale?: number });

const resources = await loadResources();

parentPort!.on('message', (job: PageJob) => {
  let name = job.name;
  let html: string;
  try {
    if ('file' in job) html = readFileSync(job.file, 'utf8');
    else {
      const page = generatePage(job.seed, job.index, job.scale ? { hugeBytes: 10 * 1024 * 1024 * job.scale, depth: Math.ceil(50_000 * job.scale), manyParagraphs: Math.ceil(20_000 * job.scale) } : undefined);
      name = page.name;
      html = page.html;
    }
  } catch (error) {
    parentPort!.postMessage({ id: job.id, result: { name, outcome: 'crash', ms: 0, bytes: 0, detail: `could not load: ${String(error)}` } });
    return;
  }
  parentPort!.postMessage({ id: job.id, result: runPage(name, html, resources, () => performance.now()) });
});
parentPort!.postMessage({ ready: true });
