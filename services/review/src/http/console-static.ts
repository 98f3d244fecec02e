import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

/** Where `npm run build -w @sluice/review` (vite) writes the console. */
export const defaultConsoleDir = new URL('../../console/dist', import.meta.url).pathname;

// The console loads only its own scripts and styles and talks only to this origin.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Serves the built console at `/` (hash routes, so one index.html serves every view). Without a
 * build, `/` says how to make one instead of a blank page.
 */
export function consoleStatic(dir: string = defaultConsoleDir): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  if (!existsSync(join(dir, 'index.html'))) {
    router.get('/', (_req, res) => {
      res.status(503).type('text/plain').send(`the review console is not built (${dir} is missing): run npm run build -w @sluice/review\n`);
    });
    return router;
  }
  router.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: (res, path) => path.endsWith('index.html') && res.setHeader('Cache-Control', 'no-cache') }));
  return router;
}
