import { timingSafeEqual } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Principal } from './principal';
import type { Session, SessionStore } from './session-store';

export const SESSION_COOKIE = 'sluice_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionAuthOptions {
  sessions: SessionStore;
  /** Mark the cookie Secure (HTTPS only). Off for plain-HTTP local use. */
  secureCookie: boolean;
}

export interface SessionAuth {
  /** 401 unless the request carries a live session cookie; puts the session on `res.locals.session`. */
  authenticate: RequestHandler;
  /** 403 for a write (not GET/HEAD/OPTIONS) whose `X-CSRF-Token` header is not the session's token. */
  requireCsrf: RequestHandler;
  /** Sets the session cookie: HttpOnly, SameSite=Strict, Path=/, expiring with the session. */
  setCookie(response: Response, token: string, expiresAt: Date): void;
  clearCookie(response: Response): void;
  /** The session cookie's token on a request, if any. */
  tokenOf(request: Request): string | undefined;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Cookie sessions for an express API. SameSite=Strict keeps other sites' pages from sending the
 * cookie at all; the per-session CSRF token, which a page can only read through the API (same
 * origin), is the second line for writes (OWASP CSRF Prevention Cheat Sheet: synchronizer token).
 */
export function sessionAuth({ sessions, secureCookie }: SessionAuthOptions): SessionAuth {
  const tokenOf = (request: Request) => parse(request.headers.cookie ?? '')[SESSION_COOKIE];
  return {
    tokenOf,
    authenticate: (request: Request, response: Response, next: NextFunction) => {
      const token = tokenOf(request);
      if (!token) {
        response.status(401).json({ error: 'sign in first', code: 'UNAUTHENTICATED' });
        return;
      }
      sessions.find(token).then((session) => {
        if (!session) {
          response.status(401).json({ error: 'session expired or signed out: sign in again', code: 'UNAUTHENTICATED' });
          return;
        }
        response.locals.session = session;
        next();
      }, next);
    },
    requireCsrf: (request: Request, response: Response, next: NextFunction) => {
      if (SAFE_METHODS.has(request.method)) return next();
      const session = response.locals.session as Session | undefined;
      const sent = request.header(CSRF_HEADER);
      if (!session || !sent || !sameToken(sent, session.csrfToken)) {
        response.status(403).json({ error: `missing or wrong ${CSRF_HEADER} header`, code: 'CSRF' });
        return;
      }
      next();
    },
    setCookie: (response, token, expiresAt) => {
      response.append('Set-Cookie', serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: secureCookie, expires: expiresAt }));
    },
    clearCookie: (response) => {
      response.append('Set-Cookie', serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', secure: secureCookie, expires: new Date(0) }));
    },
  };
}

/** The signed-in principal of a request that passed `authenticate`. */
export function principalOf(response: Response): Principal {
  return (response.locals.session as Session).principal;
}
