/**
 * The names of each anonymous consultation's invited people, as the pattern its content is checked
 * against (shared/anonymous.ts: a name of someone invited is refused everywhere but in the list of who
 * takes part). Read from storage when a socket joins and whenever an invitation is made, so the check
 * of each update stays synchronous and costs no storage read.
 */
import { invitedNamePattern } from '@naervaer/shared/anonymous';
import type { Storage } from '../storage/storage';

export class InvitedNames {
  private readonly patterns = new Map<string, RegExp | null>();
  /** Reads started, so a slow earlier read never replaces a later one. */
  private reads = 0;
  private readonly latestRead = new Map<string, number>();

  constructor(private readonly storage: Storage) {}

  /** Reads the meeting's invitations again (revoked ones too: the person was named all the same). */
  async refresh(meetingId: string): Promise<void> {
    const read = ++this.reads;
    this.latestRead.set(meetingId, read);
    const invitations = await this.storage.invitations.listForMeeting(meetingId);
    if (this.latestRead.get(meetingId) !== read) return;
    this.patterns.set(meetingId, invitedNamePattern(invitations.map((i) => i.name)));
  }

  /** The pattern as last read; null when nobody is named or it was never read. */
  of(meetingId: string): RegExp | null {
    return this.patterns.get(meetingId) ?? null;
  }

  forget(meetingId: string): void {
    this.patterns.delete(meetingId);
    this.latestRead.delete(meetingId);
  }
}
