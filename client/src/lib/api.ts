/** Calls to the server's JSON API, parsed with the shared schemas. */
import type * as z from 'zod';
import { ApiError } from '@naervaer/shared/api';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<T> {
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
