/** How many sockets a meeting and a client address may hold at once; over the limit the socket is closed with 4429. */
export type ConnectionLimits = { perMeeting: number; perAddress: number };

export class ConnectionCounter {
  private readonly byMeeting = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: ConnectionLimits) {}

  /** Takes a slot for the socket, or says which limit is reached. Every successful acquire needs one release. */
  acquire(meetingId: string, address: string): { ok: true } | { ok: false; reason: string } {
    if ((this.byMeeting.get(meetingId) ?? 0) >= this.limits.perMeeting) return { ok: false, reason: 'too many connections to this meeting' };
    if ((this.byAddress.get(address) ?? 0) >= this.limits.perAddress) return { ok: false, reason: 'too many connections from this address' };
    this.byMeeting.set(meetingId, (this.byMeeting.get(meetingId) ?? 0) + 1);
    this.byAddress.set(address, (this.byAddress.get(address) ?? 0) + 1);
    return { ok: true };
  }

  release(meetingId: string, address: string): void {
    decrement(this.byMeeting, meetingId);
    decrement(this.byAddress, address);
  }
}

function decrement(map: Map<string, number>, key: string): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}
