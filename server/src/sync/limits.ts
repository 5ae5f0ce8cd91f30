/**
 * How many sockets a meeting, a client address and one person (one invitation link or account) may
 * hold at once; over a limit the socket is closed with 4429. The meeting's facilitator is never shut
 * out of their own meeting by others' sockets: theirs count only against their own person limit (not
 * against the meeting's or the address's, which a school's shared address may fill). On a store shared
 * by several servers the sockets of every server count (Storage.socketSlots); otherwise this process's.
 */
import type { SlotCounts, SocketSlot, SocketSlots } from '../storage/storage';

export type ConnectionLimits = { perMeeting: number; perAddress: number; perPerson: number };
export type Slot = SocketSlot;
/** A slot taken (release it once the socket closes), or the limit that is reached. */
export type TakenSlot = { ok: true; release(): void } | { ok: false; reason: string };

/** Which limit a new socket would pass, if any: the one rule, whoever counts. */
export function slotRefusal(counts: SlotCounts, slot: Slot, limits: ConnectionLimits): string | null {
  if (counts.person >= limits.perPerson) return 'too many connections for one person';
  if (!slot.facilitator && counts.meeting >= limits.perMeeting) return 'too many connections to this meeting';
  if (!slot.facilitator && counts.address >= limits.perAddress) return 'too many connections from this address';
  return null;
}

export class ConnectionCounter {
  private readonly byMeeting = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();
  private readonly byPerson = new Map<string, number>();

  constructor(
    private readonly limits: ConnectionLimits,
    /** Every server's sockets, on a shared store. */
    private readonly shared?: SocketSlots,
  ) {}

  /** Takes a slot for the socket, or says which limit is reached. */
  async take(slot: Slot): Promise<TakenSlot> {
    if (this.shared) {
      const taken = await this.shared.take(slot, (counts) => slotRefusal(counts, slot, this.limits));
      if ('reason' in taken) return { ok: false, reason: taken.reason };
      return { ok: true, release: () => this.releaseShared(taken.id) };
    }
    const taken = this.acquire(slot);
    return taken.ok ? { ok: true, release: () => this.release(slot) } : taken;
  }

  /**
   * Gives a shared slot back, and again later while the store does not answer (a slot left behind
   * would count against its person, meeting and address for as long as this server runs).
   */
  private releaseShared(id: string, waitMs = 1000): void {
    this.shared!.release(id).catch(() => setTimeout(() => this.releaseShared(id, Math.min(waitMs * 2, 30_000)), waitMs).unref());
  }

  /** Takes a slot in this process, or says which limit is reached. Every successful acquire needs one release. */
  private acquire(slot: Slot): { ok: true } | { ok: false; reason: string } {
    const person = `${slot.meetingId}/${slot.person}`;
    const counts = { person: this.byPerson.get(person) ?? 0, meeting: this.byMeeting.get(slot.meetingId) ?? 0, address: this.byAddress.get(slot.address) ?? 0 };
    const reason = slotRefusal(counts, slot, this.limits);
    if (reason) return { ok: false, reason };
    this.byPerson.set(person, counts.person + 1);
    if (!slot.facilitator) this.byMeeting.set(slot.meetingId, counts.meeting + 1);
    if (!slot.facilitator) this.byAddress.set(slot.address, counts.address + 1);
    return { ok: true };
  }

  private release(slot: Slot): void {
    decrement(this.byPerson, `${slot.meetingId}/${slot.person}`);
    if (!slot.facilitator) decrement(this.byMeeting, slot.meetingId);
    if (!slot.facilitator) decrement(this.byAddress, slot.address);
  }
}

function decrement(map: Map<string, number>, key: string): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/** What one socket may cost the server, beyond its share of connections. */
export const SOCKET_LIMITS = {
  /** Bytes of presence a socket may send: a burst of this much… */
  presenceBurstBytes: 256 * 1024,
  /** …refilled at this rate (a moving cursor sends about 12 kB a second). */
  presenceBytesPerSecond: 64 * 1024,
  /** Presence ids a socket may introduce over its life (a browser tab uses one). */
  presenceIdsPerSocket: 8,
  /**
   * Updates a socket may have waiting for what they build on (see SocketBudget.holdBack), and their
   * bytes: a reconnecting client's keystrokes ahead of its sync answer, typed in a round trip, are a
   * handful.
   */
  waitingUpdates: 64,
  waitingBytes: 128 * 1024,
} as const;

/**
 * One socket's budget: presence bytes as a token bucket, the presence ids it introduced, whether its
 * sync step 1 was answered (once per socket), and its updates waiting for what they build on.
 */
export class SocketBudget {
  private presenceTokens: number = SOCKET_LIMITS.presenceBurstBytes;
  private presenceAt: number;
  presenceIds = 0;
  /** Whether the socket's sync step 1 was answered (once per socket). */
  step1Answered = false;
  /**
   * Updates from this socket that build on changes it has not sent yet: a client that reconnects
   * while its person types sends each new keystroke at once, ahead of its answer to the server's
   * sync step 1, which carries what those keystrokes follow. They wait here, in order, until it comes.
   */
  readonly waiting: Uint8Array[] = [];
  private waitingBytes = 0;

  constructor(now = Date.now()) {
    this.presenceAt = now;
  }

  /** Keeps an update to try again later; false when the socket already has too much waiting. */
  holdBack(update: Uint8Array): boolean {
    if (this.waiting.length >= SOCKET_LIMITS.waitingUpdates || this.waitingBytes + update.byteLength > SOCKET_LIMITS.waitingBytes) return false;
    this.waiting.push(update);
    this.waitingBytes += update.byteLength;
    return true;
  }

  /** Takes every waiting update out, oldest first. */
  takeWaiting(): Uint8Array[] {
    this.waitingBytes = 0;
    return this.waiting.splice(0);
  }

  /** Whether a presence message of `bytes` fits; takes it from the budget if so. */
  takePresence(bytes: number, now = Date.now()): boolean {
    this.presenceTokens = Math.min(SOCKET_LIMITS.presenceBurstBytes, this.presenceTokens + ((now - this.presenceAt) / 1000) * SOCKET_LIMITS.presenceBytesPerSecond);
    this.presenceAt = now;
    if (bytes > this.presenceTokens) return false;
    this.presenceTokens -= bytes;
    return true;
  }
}
