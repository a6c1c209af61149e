// Starts the TypeScript worker of bench/monte-carlo-ratio.ts through tsx (Node 20 cannot load a .ts worker itself).
import { register } from 'tsx/esm/api';

register();
await import('./monte-carlo-chunk.worker.ts');
