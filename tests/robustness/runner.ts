// Runs page jobs in worker threads with a time limit per page: a page that takes longer is reported as
// "timeout" and its worker replaced, so one bad page never freezes the run.
import { Worker } from 'node:worker_threads';
import type { PageResult } from './run-page';
import type { PageJob } from './worker';

type Job = Omit<PageJob, 'id'>;

function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function runOne(worker: Worker, job: PageJob, limitMs: number): Promise<PageResult | 'timeout' | 'died'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish('timeout'), limitMs);
    const onMessage = (message: { id: number; result: PageResult }) => message.id === job.id && finish(message.result);
    const onExit = () => finish('died');
    function finish(value: PageResult | 'timeout' | 'died') {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      worker.off('error', onExit);
      resolve(value);
    }
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.on('error', onExit);
    worker.postMessage(job);
  });
}

export async function runJobs(
  jobs: Job[],
  options: { workers: number; limitMs: number; onResult?: (r: PageResult) => void },
): Promise<PageResult[]> {
  const results: PageResult[] = new Array(jobs.length);
  let next = 0;
  async function lane() {
    let worker = await startWorker();
    while (next < jobs.length) {
      const id = next++;
      const job = { ...jobs[id], id } as PageJob;
      const started = performance.now();
      const outcome = await runOne(worker, job, options.limitMs);
      if (outcome === 'timeout' || outcome === 'died') {
        await worker.terminate();
        worker = await startWorker();
        const detail = outcome === 'timeout' ? `no answer within ${options.limitMs} ms` : 'worker died (out of memory?)';
        results[id] = { name: job.name, outcome: outcome === 'timeout' ? 'timeout' : 'crash', ms: performance.now() - started, bytes: 0, detail };
      } else results[id] = outcome;
      options.onResult?.(results[id]);
    }
    await worker.terminate();
  }
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, lane));
  return results;
}

export function summarize(results: PageResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const lines = [
    `pages: ${results.length}  ` + [...counts].map(([k, v]) => `${k}: ${v}`).join('  '),
    'slowest: ' + slowest.map((r) => `${r.name} ${r.ms.toFixed(0)} ms`).join(', '),
    ...results.filter((r) => r.outcome === 'crash' || r.outcome === 'timeout' || r.outcome === 'invalid').map((r) => `  ${r.outcome.toUpperCase()} ${r.name}: ${r.detail}`),
  ];
  return lines.join('\n');
}
