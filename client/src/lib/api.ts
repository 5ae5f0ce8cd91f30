/**
 * Calls to the server's API by its route table (shared/src/routes.ts): the path is filled from the
 * table, the body is what the route takes, and the answer is parsed with the route's schema.
 */
import type * as z from 'zod';
import { ApiError } from '@naervaer/shared/api';
import { type ApiRoute, type PathParams, pathFor } from '@naervaer/shared/routes';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls a route of the table with its path's values and, where it takes one, its body. */
export function call<P extends string, Req extends z.ZodType | null, Res extends z.ZodType | null>(
  route: ApiRoute<P, Req, Res>,
  params: PathParams<P>,
  ...body: Req extends z.ZodType ? [z.input<Req>] : []
): Promise<Res extends z.ZodType ? z.output<Res> : void> {
  return request(route.method, pathFor(route, params), route.response, body[0]) as Promise<Res extends z.ZodType ? z.output<Res> : void>;
}

/** A GET of the table with a query (the audit log's filters); empty values are left out. */
export function query<P extends string, Res extends z.ZodType>(route: ApiRoute<P, null, Res>, params: PathParams<P>, values: Record<string, string | number | undefined>): Promise<z.output<Res>> {
  const filled = Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])));
  return request(route.method, hrefOf(route, params, filled), route.response as z.ZodType<z.output<Res>>);
}

/** A file or page of a route (a PDF), as a link's address. */
export function hrefOf<P extends string>(route: { path: P }, params: PathParams<P>, query?: Record<string, string>): string {
  return `${pathFor(route, params)}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
}

async function request<T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const parsed = ApiError.safeParse(await res.json().catch(() => null));
    throw new ApiFailure(res.status, parsed.success ? parsed.data.error : 'http_error', parsed.success ? parsed.data.message : res.statusText);
  }
  if (res.status === 204 || !schema) return undefined as T;
  return schema.parse(await res.json());
}
