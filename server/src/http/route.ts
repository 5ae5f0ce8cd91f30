/**
 * Registers a route of the shared table (shared/src/routes.ts): its method and path come from there,
 * and a handler that answers JSON answers what the table's schema says. The handler parses, calls a
 * named action or service, and answers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { ApiRoute, ResponseOf } from '@naervaer/shared/routes';
import { parse } from './errors';

type Handler<R extends ApiRoute> = (req: FastifyRequest, reply: FastifyReply) => Promise<ResponseOf<R> | FastifyReply | string>;

export function on<R extends ApiRoute>(app: FastifyInstance, route: R, handler: Handler<R>): void {
  app.route({ method: route.method, url: route.path, handler });
}

/** A route's body, parsed with its schema (a 400 that names the fields when it does not fit). */
export function bodyOf<R extends ApiRoute & { request: z.ZodType }>(route: R, req: FastifyRequest): z.output<R['request']> {
  return parse(route.request, req.body ?? {}) as z.output<R['request']>;
}

/** An absolute URL of this app for a path: from PUBLIC_URL, or else from the request's own address. */
export function absoluteUrl(config: { publicUrl: string | null }, req: { protocol: string; host: string }, path: string): string {
  return `${config.publicUrl ?? `${req.protocol}://${req.host}`}${path}`;
}
