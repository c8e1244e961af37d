import { defineMiddleware } from 'astro:middleware';
import { assertNoSeedProblems } from './loaders/seeds/dev-problems';

/**
 * In the live preview only: while a seed has a problem, every page shows it
 * (the build's own message, in the browser's error overlay) before anything
 * else can fail for want of that source. A build stops on it instead.
 */
export const onRequest = defineMiddleware((_, next) => {
  if (import.meta.env.DEV) assertNoSeedProblems();
  return next();
});
