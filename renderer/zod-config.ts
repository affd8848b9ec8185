// Imported first by main.tsx. zod compiles fast parsers with `new Function` when it may, and probes
// for that by trying it; under our CSP (no 'unsafe-eval') the probe only logs a violation, so
// tell zod up front not to try.
import { z } from 'zod';

z.config({ jitless: true });
