/** Errors as the API answers them: JSON `{error, message}`, 4xx explained, 5xx details kept in the log. */
import { identifierInFields } from '@naervaer/shared/anonymous';
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError, type ZodType } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Further fields of the JSON answer, e.g. `retryAfterSeconds`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') => new HttpError(404, 'not_found', `No such ${what}`);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'You need to log in or use a valid invitation');
export const forbidden = (message = 'Your role does not allow this') => new HttpError(403, 'forbidden', message);
/** E-mail and password are turned off here (LOCAL_LOGIN): people log in through a provider. */
export const localLoginOff = () => new HttpError(403, 'local_login_off', 'Logging in with e-mail and password is turned off here: log in through your organisation');
/** The facilitator has ended the meeting: a guest's link and session no longer open it. */
export const meetingEnded = () => new HttpError(410, 'meeting_ended', 'The meeting has ended');

/** Parses input with a zod schema, turning failure into a 400 that names the fields. */
export function parse<T>(schema: ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new HttpError(400, 'invalid_request', describeZodError(result.error));
}

export function describeZodError(error: ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.join('.');
      if (i.code === 'unrecognized_keys') return `unknown field(s): ${i.keys.join(', ')}`;
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError | ZodError, request, reply) => {
    if (err instanceof HttpError) {
      return reply.code(err.status).headers(err.headers).send({ ...err.extra, error: err.error, message: err.message });
    }
    if (err instanceof ZodError) {
      return reply.code(400).send({ error: 'invalid_request', message: describeZodError(err) });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      const error =
        err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'body_too_large'
          : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'unsupported_media_type'
            : status === 429
              ? 'rate_limited'
              : 'invalid_request';
      return reply.code(status).send({ error, message: err.message });
    }
    request.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on the server. It has been logged.' });
  });
}

/** Refuses a request of an anonymous consultation whose form fields carry an identifier (422, naming the field and what was found). */
export function refuseIdentifiers(fields: Record<string, string | null | undefined>, now: Date): void {
  const hit = identifierInFields(fields, now);
  if (hit) {
    throw new HttpError(422, 'identifying_data', `An anonymous consultation stores nothing that identifies the pupil: ${hit.field} holds what looks like ${hit.found.kind}`, {}, { field: hit.field, found: hit.found.kind });
  }
}
