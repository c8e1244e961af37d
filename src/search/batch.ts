/**
 * Results of the reader's language shown before the rest of their excerpts
 * are fetched (engine.ts): more than a screen holds, about two on a phone
 * and three on a laptop. Its own module so the browser tests read it too.
 */
export const FIRST_BATCH = 3;
