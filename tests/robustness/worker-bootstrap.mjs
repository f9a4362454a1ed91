// Worker entry in plain JavaScript: registers tsx so the TypeScript worker loads in any parent (tsx CLI or vitest).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
