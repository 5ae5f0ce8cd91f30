/** The sync socket: authenticate on upgrade, then hand the socket to its meeting document's room. */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import * as z from 'zod';
import { CloseCode, DOC_NAMES } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import { type MeetingAccess, meetingAccess } from '../auth/access';
import { personOf } from '../auth/principal';
import { forbidden, parse } from '../http/errors';
import { isForeignOrigin } from '../http/headers';
import { PresenceAudit, partyOf } from '../audit/log';
import { ConnectionCounter, SocketBudget } from './limits';
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

/**
 * @fastify/websocket keeps the upgrade's request and reply alive for as long as the socket is open:
 * its error listener closes over both, and the raw socket still points at the reply. A meeting's
 * socket stays open for hours, so let them go (about 3 kB a connection; README, Performance). The
 * route's own error listener replaces the plugin's.
 */
function releaseUpgrade(socket: WebSocket, req: FastifyRequest): void {
  socket.removeAllListeners('error');
  const raw = req.raw.socket as Socket & { _httpMessage?: ServerResponse | null };
  raw._httpMessage?.detachSocket(raw);
}

/** How often open sockets are checked against the end of their invitation or session. */
const EXPIRY_CHECK_MS = 1000;

export async function syncRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const limits = ctx.config.limits;
  const counter = new ConnectionCounter({ perMeeting: limits.connectionsPerMeeting, perAddress: limits.connectionsPerAddress, perPerson: limits.connectionsPerPerson });
  const presence = new PresenceAudit(ctx, (err) => app.log.error({ err }, 'could not write the audit log'));
  // Access ends with the guest's invitation or the facilitator's session (at its latest end), even in
  // the middle of a connection. One sweep for all sockets: a timer per socket cost about 0.6 kB each.
  const socketsUntil = new Map<WebSocket, number>();
  const expiryCheck = setInterval(() => {
    const now = ctx.now().getTime();
    for (const [socket, until] of socketsUntil) if (until <= now) socket.close(CloseCode.unauthorized, 'access expired');
  }, EXPIRY_CHECK_MS);
  expiryCheck.unref();
  app.addHook('onClose', async () => clearInterval(expiryCheck));
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
      // The socket lives for the whole meeting and @fastify/websocket keeps its request alive with it:
      // keep only the few fields the connection needs, not the meeting row and the principal.
      const access = req.syncAccess!;
      req.syncAccess = undefined;
      const { doc } = parse(SyncParams, req.params);
      const meetingId = access.meeting.id;
      const ip = req.ip;
      const person = personOf(access.principal, access.role);
      const conn: Connection = {
        socket,
        role: access.role,
        person,
        principalKey: person.id,
        budget: new SocketBudget(),
        sessionHash: access.principal.sessionHash,
      };
      const logFields = { meetingId, doc, person: person.id };
      const log = req.log;
      releaseUpgrade(socket, req);
      socket.on('error', (err) => log.warn({ ...logFields, err: err.message }, 'sync socket error'));
      const slot = { meetingId, person: person.id, address: ip, facilitator: access.role === 'facilitator' };
      const taken = counter.acquire(slot);
      if (!taken.ok) return void socket.close(CloseCode.tooManyConnections, taken.reason);
      const actor = partyOf(access.principal);
      const role = access.role;
      const guard = contentGuard(access.meeting.kind, doc, () => ctx.invitedNames.of(meetingId));
      presence.joined(meetingId, actor, ip, { role });
      const until = access.principal.kind === 'guest' ? access.principal.invitation.expiresAt : access.principal.sessionExpiresAt;
      if (until) socketsUntil.set(socket, Date.parse(until));

      // Messages that arrive while the document loads wait their turn.
      let room: Room | null = null;
      const early: Uint8Array[] = [];
      const handle = (data: Uint8Array) => {
        if (!room) return void early.push(data);
        let code: number | null;
        try {
          code = room.receive(conn, data);
        } catch (err) {
          log.error({ ...logFields, err }, 'sync message failed');
          code = CloseCode.internalError;
        }
        if (code !== null) socket.close(code, 'refused');
      };
      socket.on('message', (data: RawData) => handle(toBytes(data)));
      socket.on('close', () => {
        socketsUntil.delete(socket);
        counter.release(slot);
        presence.left(meetingId, actor, ip, { role });
        if (room) ctx.rooms.leave(room, conn);
      });

      // The names an anonymous consultation refuses are read before its first update is checked.
      const ready = guard ? ctx.invitedNames.refresh(meetingId) : Promise.resolve();
      const guest = access.principal.kind === 'guest';
      ready.then(() => ctx.rooms.join(meetingId, doc, conn)).then(
        async (joined) => {
          // Ended while this guest's socket was being let in (after the end closed the open ones): out.
          const endedMeanwhile = guest && Boolean((await ctx.storage.meetings.find(meetingId))?.endedAt);
          if (endedMeanwhile && socket.readyState === socket.OPEN) socket.close(CloseCode.meetingEnded, 'meeting ended');
          if (socket.readyState !== socket.OPEN) return ctx.rooms.leave(joined, conn);
          room = joined;
          joined.guard ??= guard;
          for (const data of early.splice(0)) handle(data);
        },
        (err) => {
          log.error({ ...logFields, err }, 'could not load meeting document');
          socket.close(CloseCode.internalError, 'could not load');
        },
      );
    },
  );
}
