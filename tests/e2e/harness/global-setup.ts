// Runs once before an e2e run: starts the run's count of retried toolbar clicks at zero (see chromium.ts).
import { rmSync } from 'node:fs';
import { CLICK_RETRY_LOG } from './chromium';

export default function setup(): void {
  rmSync(CLICK_RETRY_LOG, { force: true });
}
