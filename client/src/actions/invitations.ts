/**
 * Invitations to the meeting, made from a participant's row: a personal link (shown once), with the
 * participant's name, service and presence, that joins the person as that participant.
 */
import type { CreatedInvitation } from '@naervaer/shared/api';
import { API } from '@naervaer/shared/routes';
import type { Invitation } from '@naervaer/shared/invitation';
import type { Participant } from '@naervaer/shared/participant';
import { call } from '../lib/api';

export function listInvitations(meetingId: string): Promise<Invitation[]> {
  return call(API.invitations, { id: meetingId });
}

/**
 * Makes a link for a participant; `serviceName` is their service as the room should show it;
 * `loginProvider`: the provider they must log in with to use it (none: the link alone).
 */
export function inviteParticipant(meetingId: string, participant: Participant, serviceName: string, role: 'participant' | 'observer', loginProvider?: string): Promise<CreatedInvitation> {
  return call(API.invite, { id: meetingId }, {
    role,
    name: participant.name.trim(),
    service: serviceName,
    presence: participant.presence,
    participantId: participant.id,
    ...(loginProvider ? { loginProvider } : {}),
  });
}

/** Stops a link: its sessions end and its sockets close. */
export async function revokeInvitation(meetingId: string, invitationId: string): Promise<void> {
  await call(API.revokeInvitation, { id: meetingId, invitationId });
}
