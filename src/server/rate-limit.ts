// Rate limits (FRONTIER_RATE_LIMIT, e.g. "120/min"), with express-rate-limit: a request with a
// valid API key counts against that key (callers behind one address keep their own budgets),
// any other against its address (IPv6 addresses by /56, as express-rate-limit advises). Past
// the limit the answer is 429 with Retry-After (seconds) and code RATE_LIMITED. /healthz and
// /metrics are answered before this middleware and never limited; nor are the playground's
// static files. Counts live in this process: several instances each count their own.
import type { Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, MemoryStore, rateLimit } from "express-rate-limit";
import type { AppLogger } from "./apollo";
import type { RateLimit } from "./config";
import { sendHttpError } from "./http-error";

interface RateLimiter {
  middleware: RequestHandler;
  /** Stops the store's clean-up timer. */
  stop(): void;
}

/** `keyIdOf` gives the id of the request's valid API key, or null. */
export function rateLimiter(
  rate: RateLimit,
  keyIdOf: (req: Request, res: Response) => number | null,
  logger: AppLogger,
): RateLimiter {
  const store = new MemoryStore();
  const middleware = rateLimit({
    windowMs: rate.windowMs,
    limit: rate.limit,
    store,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    logger,
    skip: (req) => req.path.startsWith("/playground/"),
    keyGenerator: (req, res) => {
      const keyId = keyIdOf(req, res);
      return keyId !== null ? `key:${keyId}` : `address:${ipKeyGenerator(req.ip ?? "")}`;
    },
    handler: (req, res) => {
      // express-rate-limit has set Retry-After (whole seconds until the window resets).
      const retryAfter = Number(res.getHeader("Retry-After"));
      const who = keyIdOf(req, res) !== null ? "API key" : "address for requests without an API key";
      sendHttpError(
        res,
        429,
        "RATE_LIMITED",
        `Too many requests: at most ${rate.text} per ${who} (FRONTIER_RATE_LIMIT). Try again in ${retryAfter} s.`,
        { retryAfter },
      );
    },
  });
  return { middleware, stop: () => store.shutdown() };
}
