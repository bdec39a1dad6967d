// The write token: anything that changes the store needs `Authorization: Bearer $ATTACHE_TOKEN`;
// with no token set, writes are off. Compared in constant time, so timing tells nothing of it.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

/** Equal-length digests, so the comparison's time does not depend on where they differ. */
const digest = (s: string) => createHash("sha256").update(s).digest();

export function tokenMatches(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/** A preHandler that lets a request through only with the token. */
export function requireToken(token: string | undefined, what: string) {
  return async (req: FastifyRequest): Promise<void> => {
    if (!token) throw new HttpError(403, `${what} is disabled: the server was started without ATTACHE_TOKEN`);
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim();
    if (!given) throw new HttpError(401, `${what} needs the write token: send the header "Authorization: Bearer <ATTACHE_TOKEN>"`);
    if (!tokenMatches(given, token)) throw new HttpError(403, `${what}: the token does not match ATTACHE_TOKEN`);
  };
}
