/**
 * zod, configured once for the whole app before any schema is built or used. `jitless`: zod 4
 * otherwise probes `new Function('')` to decide whether it may compile fast parsers, which a strict
 * Content-Security-Policy (no 'unsafe-eval') reports as a violation on every load. Every schema
 * imports z from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
