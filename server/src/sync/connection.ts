/**
 * One client's sync socket, from the moment it is let in until it closes: its slot under the
 * connection limits, its presence in the audit log, the end of its access (one sweep for all
 * sockets), the messages that arrive while its meeting document loads, and its place in the room.
 * The route (routes.ts) authenticates the upgrade and hands the socket here.
 */
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { CloseCode, type DocName } from '@naervaer/shared/protocol';
import type { AppContext } from '../context';
import type { MeetingAccess } from '../auth/access';
import { personOf } from '../auth/principal';
import { type PresenceAudit, partyOf } from '../audit/log';
import { type ConnectionCounter, SocketBudget, type TakenSlot } from './limits';
import { contentGuard } from './anonymous';
import type { Connection, Room } from './room';

/** How often open sockets are checked against the end of their invitation or session. */
const EXPIRY_CHECK_MS = 1000;

/**
 * Access ends with the guest's invitation or the facilitator's session (at its latest end), even in
 * the middle of a connection. One sweep for all sockets: a timer per socket cost about 0.6 kB each.
 */
export class AccessExpiry {
  private readonly until = new Map<WebSocket, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(now: () => Date) {
    this.timer = setInterval(() => {
      const at = now().getTime();
      for (const [socket, until] of this.until) if (until <= at) socket.close(CloseCode.unauthorized, 'access expired');
    }, EXPIRY_CHECK_MS);
    this.timer.unref();
  }

  watch(socket: WebSocket, until: string | null | undefined): void {
    if (until) this.until.set(socket, Date.parse(until));
  }

  forget(socket: WebSocket): void {
    this.until.delete(socket);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** What every connection of the server shares. */
export type ConnectionDeps = { ctx: AppContext; counter: ConnectionCounter; presence: PresenceAudit; expiry: AccessExpiry };

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Lets an authenticated socket into its meeting document's room. Keeps only the few fields the
 * connection needs (the socket lives for the whole meeting), not the meeting row and the principal.
 */
export function openConnection(deps: ConnectionDeps, socket: WebSocket, wire: Socket, access: MeetingAccess, doc: DocName, ip: string, log: FastifyBaseLogger): void {
  const { ctx, counter, presence, expiry } = deps;
  const meetingId = access.meeting.id;
  const person = personOf(access.principal, access.role, (id) => ctx.oidc.nameOf(id));
  const conn: Connection = {
    socket,
    wire,
    role: access.role,
    person,
    principalKey: person.id,
    budget: new SocketBudget(),
    sessionHash: access.principal.sessionHash,
  };
  const logFields = { meetingId, doc, person: person.id };
  socket.on('error', (err) => log.warn({ ...logFields, err: err.message }, 'sync socket error'));
  const slot = { meetingId, person: person.id, address: ip, facilitator: access.role === 'facilitator' };
  const actor = partyOf(access.principal);
  const role = access.role;
  const guard = contentGuard(access.meeting.kind, doc, () => ctx.invitedNames.of(meetingId));

  // Messages that arrive while the slot is taken and the document loads wait their turn.
  let room: Room | null = null;
  let taken: TakenSlot | null = null;
  let closed = false;
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
    closed = true;
    expiry.forget(socket);
    if (taken?.ok) {
      taken.release();
      presence.left(meetingId, actor, ip, { role });
    }
    if (room) ctx.rooms.leave(room, conn);
  });

  const guest = access.principal.kind === 'guest';
  counter
    .take(slot)
    .then(async (slotTaken) => {
      // Closed while its slot was being counted (on a shared store, a round trip): nothing to keep.
      if (closed) return slotTaken.ok ? slotTaken.release() : undefined;
      taken = slotTaken;
      if (!slotTaken.ok) return void socket.close(CloseCode.tooManyConnections, slotTaken.reason);
      presence.joined(meetingId, actor, ip, { role });
      expiry.watch(socket, access.principal.kind === 'guest' ? access.principal.invitation.expiresAt : access.principal.sessionExpiresAt);
      // The names an anonymous consultation refuses are read before its first update is checked.
      if (guard) await ctx.invitedNames.refresh(meetingId);
      const joined = await ctx.rooms.join(meetingId, doc, conn);
      // Ended while this guest's socket was being let in (after the end closed the open ones): out.
      const endedMeanwhile =
        guest &&
        Boolean(
          (
            await ctx.storage.meetings.find(meetingId).catch((err: unknown) => {
              ctx.rooms.leave(joined, conn);
              throw err;
            })
          )?.endedAt,
        );
      if (endedMeanwhile && socket.readyState === socket.OPEN) socket.close(CloseCode.meetingEnded, 'meeting ended');
      if (socket.readyState !== socket.OPEN) return ctx.rooms.leave(joined, conn);
      room = joined;
      joined.guard ??= guard;
      // What the socket sent while it waited first (its sync step 1: a page just opened gets the document), then the room's greeting.
      for (const data of early.splice(0)) handle(data);
      joined.greet(conn);
    })
    .catch((err: unknown) => {
      log.error({ ...logFields, err }, 'could not load meeting document');
      socket.close(CloseCode.storageUnavailable, 'could not load');
    });
}
