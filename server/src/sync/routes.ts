/**
 * The sync socket's route: authenticate the upgrade (same-site only, a person of the meeting), then
 * hand the socket to its connection (connection.ts), which lets it into its meeting document's room.
 */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import * as z from 'zod';
import { CloseCode, DOC_NAMES } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import { type MeetingAccess, meetingAccess } from '../auth/access';
import { forbidden, parse } from '../http/errors';
import { isForeignOrigin } from '../http/headers';
import { PresenceAudit } from '../audit/log';
import { ConnectionCounter } from './limits';
import { AccessExpiry, openConnection } from './connection';
import { writesDirectly } from './frames';

const SyncParams = z.object({ meetingId: z.string().min(1).max(100), doc: z.enum(DOC_NAMES) });

declare module 'fastify' {
  interface FastifyRequest {
    syncAccess?: MeetingAccess;
  }
}

/**
 * @fastify/websocket keeps the upgrade's request and reply alive for as long as the socket is open:
 * its error listener closes over both, and the raw socket still points at the reply. A meeting's
 * socket stays open for hours, so let them go (about 3 kB a connection; README, Performance). The
 * connection's own error listener replaces the plugin's.
 */
function releaseUpgrade(socket: WebSocket, req: FastifyRequest): void {
  socket.removeAllListeners('error');
  const raw = req.raw.socket as Socket & { _httpMessage?: ServerResponse | null };
  raw._httpMessage?.detachSocket(raw);
}

export async function syncRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const limits = ctx.config.limits;
  const counter = new ConnectionCounter({ perMeeting: limits.connectionsPerMeeting, perAddress: limits.connectionsPerAddress, perPerson: limits.connectionsPerPerson }, ctx.storage.socketSlots);
  const presence = new PresenceAudit(ctx, (err) => app.log.error({ err }, 'could not write the audit log'));
  const expiry = new AccessExpiry(ctx.now);
  app.addHook('onClose', async () => expiry.stop());
  const deps = { ctx, counter, presence, expiry };
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
      req.syncAccess = undefined;
      const { doc } = parse(SyncParams, req.params);
      const { ip, log } = req;
      releaseUpgrade(socket, req);
      // This server writes frames beside ws (frames.ts), which keeps their order only without extensions.
      if (!writesDirectly(socket)) return void socket.close(CloseCode.internalError, 'extension not supported');
      openConnection(deps, socket, req.raw.socket, access, doc, ip, log);
    },
  );
}
