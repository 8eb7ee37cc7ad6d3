// Cross-origin access for browser pages on other sites (FRONTIER_CORS_ORIGINS), with the cors
// package. Default: no origin is allowed, so no page elsewhere can read an answer (a browser
// still sends same-origin requests, such as the playground's, without asking). An allowed
// origin's preflight is answered with the methods and headers the API takes; a preflight from
// any other origin gets 403 with no CORS headers, so the browser stops there.
import cors from "cors";
import type { RequestHandler } from "express";
import { sendHttpError } from "./http-error";

/** Headers a page may send: the API key, JSON bodies and Apollo's CSRF-safe headers. */
const ALLOWED_HEADERS = [
  "Authorization",
  "Content-Type",
  "Apollo-Require-Preflight",
  "X-Apollo-Operation-Name",
];
/** Headers a page may read: when to try again after 429, the rate limit, the CSV file name. */
const EXPOSED_HEADERS = ["Retry-After", "RateLimit", "RateLimit-Policy", "Content-Disposition"];
/** How long a browser may keep a preflight's answer (seconds; Chrome keeps at most 2 hours). */
const PREFLIGHT_MAX_AGE_S = 600;

function isPreflight(req: Parameters<RequestHandler>[0]): boolean {
  return (
    req.method === "OPTIONS" &&
    req.headers.origin !== undefined &&
    req.headers["access-control-request-method"] !== undefined
  );
}

/** The CORS middleware for a list of origins (`["*"]`: any origin; `[]`: none). */
export function corsMiddleware(origins: readonly string[]): RequestHandler[] {
  const any = origins.includes("*");
  const allowed = new Set(origins);
  const headers = cors({
    // A refused origin makes cors call next() without setting anything.
    origin: (origin, callback) => callback(null, any ? "*" : origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    // Keys travel in the Authorization header, never in cookies: no credentials mode.
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_S,
  });
  const refusePreflight: RequestHandler = (req, res, next) => {
    if (!isPreflight(req)) {
      next();
      return;
    }
    sendHttpError(
      res,
      403,
      "FORBIDDEN",
      `Pages from ${req.headers.origin} may not call this API: their origin is not in FRONTIER_CORS_ORIGINS.`,
    );
  };
  return [headers as RequestHandler, refusePreflight];
}
