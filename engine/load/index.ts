export type { LoadEvent, ParseRunner } from './load-event.js';
