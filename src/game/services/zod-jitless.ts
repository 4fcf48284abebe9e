/**
 * zod compiles fast paths with `new Function` unless told not to. The game's
 * CSP forbids eval, and even zod's probe for it is reported as a violation,
 * so this runs before any other module (first import of src/main.ts).
 */
import { config } from 'zod';

config({ jitless: true });
