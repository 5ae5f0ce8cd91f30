/** The sync socket: authenticate on upgrade, then hand the socket to its meeting document's room. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import { CloseCode, DOC_NAMES } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import { type MeetingAccess, meetingAccess } from '../auth/access';
import { personOf } from '../auth/principal';
import { forbidden, parse } from '../http/errors';
import { isForeignOrigin } from '../http/headers';
import { PresenceAudit, partyOf } from '../audit/log';
import { ConnectionCounter } from './limits';
import { contentGuard } from './anonymous';
import type { Connection, Room } from './room';

const SyncParams = z.object({ meetingId: z.string().min(1).max(100), doc: z.enum(DOC_NAMES) });

declare module 'fastify' {
  interface FastifyRequest {
    syncAccess?: MeetingAccess;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export async function syncRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const counter = new ConnectionCounter({ perMeeting: ctx.config.limits.connectionsPerMeeting, perAddress: ctx.config.limits.connectionsPerAddress });
  const presence = new PresenceAudit(ctx, (err) => app.log.error({ err }, 'could not write the audit log'));
  app.get(
    '/sync/:meetingId/:doc',
    {
      websocket: true,
      preValidation: async (req: FastifyRequest) => {
        // Browsers send Origin on a WebSocket handshake; a foreign page must not ride on our cookies.
        if (isForeignOrigin(req)) throw forbidden('Connections must come from this site');
        const { meetingId } = parse(SyncParams, req.params);
        req.syncAccess = await meetingAccess(ctx, req, meetingId, 'meeting.read');
      },
    },
    (socket: WebSocket, req: FastifyRequest) => {
      const access = req.syncAccess!;
      const { doc } = parse(SyncParams, req.params);
      const person = personOf(access.principal, access.role);
      const conn: Connection = {
        socket,
        role: access.role,
        person,
        principalKey: person.id,
        sessionHash: access.principal.sessionHash,
        awarenessIds: new Set(),
      };
      const log = req.log.child({ meetingId: access.meeting.id, doc, person: person.id });
      const slot = counter.acquire(access.meeting.id, req.ip);
      if (!slot.ok) return void socket.close(CloseCode.tooManyConnections, slot.reason);
      const actor = partyOf(access.principal);
      presence.joined(access.meeting.id, actor, req.ip, { role: access.role });

      // Messages that arrive while the document loads wait their turn.
      let room: Room | null = null;
      const early: Uint8Array[] = [];
      const handle = (data: Uint8Array) => {
        if (!room) return void early.push(data);
        let code: number | null;
        try {
          code = room.receive(conn, data);
        } catch (err) {
          log.error({ err }, 'sync message failed');
          code = CloseCode.internalError;
        }
        if (code !== null) socket.close(code, 'refused');
      };
      socket.on('message', (data: RawData) => handle(toBytes(data)));
      socket.on('error', (err) => log.warn({ err: err.message }, 'sync socket error'));
      socket.on('close', () => {
        counter.release(access.meeting.id, req.ip);
        presence.left(access.meeting.id, actor, req.ip, { role: access.role });
        if (room) ctx.rooms.leave(room, conn);
      });

      ctx.rooms.join(access.meeting.id, doc, conn).then(
        (joined) => {
          if (socket.readyState !== socket.OPEN) return ctx.rooms.leave(joined, conn);
          room = joined;
          joined.validate ??= contentGuard(access.meeting.kind, doc);
          for (const data of early.splice(0)) handle(data);
        },
        (err) => {
          log.error({ err }, 'could not load meeting document');
          socket.close(CloseCode.internalError, 'could not load');
        },
      );
    },
  );
}
