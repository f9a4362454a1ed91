// Runs page jobs in worker threads with a time limit per page: a page that takes longer is reported as
// "timeout" (a hang) and its worker terminated and replaced, so one bad page never freezes the run.
import { Worker } from 'node:worker_threads';
import { generatedName, kindOf } from './generate-pages';
import type { PageResult } from './run-page';
import type { PageJob } from './worker';

/** A file on disk (named by the caller) or generated page `index` of run `seed` (named by its kind). */
export type Job = { name: string; kind: string; file: string } | { seed: number; index: number; scale?: number };

/** How long to wait for a terminated worker to go before leaving it behind and starting another. */
const TERMINATE_GRACE_MS = 10_000;

function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

/** terminate() interrupts running JavaScript; the grace period covers a worker stuck somewhere it cannot. */
async function stopWorker(worker: Worker): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, TERMINATE_GRACE_MS)));
  await Promise.race([worker.terminate().then(() => undefined), grace]);
  clearTimeout(timer);
  worker.unref();
}

/** The worker's last progress note for a page: where it was when it stopped answering. */
type Progress = { stage: string; bytes: number };
type Answer = ({ result: PageResult } | { timeout: true } | { died: string }) & { last: Progress };
type Message = { id: number } & ({ result: PageResult } | Progress);

function runOne(worker: Worker, job: PageJob, limitMs: number): Promise<Answer> {
  return new Promise((resolve) => {
    let last: Progress = { stage: 'not started', bytes: 0 };
    const timer = setTimeout(() => finish({ timeout: true, last }), limitMs);
    const onMessage = (message: Message) => {
      if (message.id !== job.id) return;
      if ('result' in message) finish({ result: message.result, last });
      else last = { stage: message.stage, bytes: message.bytes };
    };
    const onError = (error: Error) =>
      finish({ died: `worker died: ${error?.message ?? String(error)}`.slice(0, 300), last });
    const onExit = (code: number) => finish({ died: `worker exited with code ${code}`, last });
    function finish(answer: Answer) {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      worker.off('error', onError);
      resolve(answer);
    }
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.on('error', onError);
    worker.postMessage(job);
  });
}

function label(job: Job): { name: string; kind: string } {
  return 'file' in job
    ? { name: job.name, kind: job.kind }
    : { name: generatedName(job.index), kind: kindOf(job.index) };
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
      const job: PageJob = { ...jobs[id], ...label(jobs[id]), id };
      const started = performance.now();
      const answer = await runOne(worker, job, options.limitMs);
      const ms = performance.now() - started;
      if ('result' in answer) results[id] = answer.result;
      else {
        // The worker may still be busy with the page (timeout) or gone (crash): either way, a fresh one.
        await stopWorker(worker);
        worker = await startWorker();
        const timedOut = 'timeout' in answer;
        const where = `while ${answer.last.stage}`;
        const detail = timedOut
          ? `no answer within ${options.limitMs} ms (${where}), worker terminated`
          : `${answer.died} (${where})`;
        results[id] = {
          name: job.name,
          kind: job.kind,
          outcome: timedOut ? 'timeout' : 'crash',
          ms,
          bytes: answer.last.bytes,
          detail,
        };
      }
      options.onResult?.(results[id]);
    }
    await stopWorker(worker);
  }
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, lane));
  return results;
}
