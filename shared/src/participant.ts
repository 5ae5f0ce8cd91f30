/** The people in a meeting (agenda step 2): who they are, which service they come from, where they sit. */
import * as z from 'zod';
import { domainKey } from './domain-text';
import { Presence } from './invitation';

/** Services and roles a participant can have, in the order the minutes list them. */
export const SERVICES = [
  'kontaktlaerer',
  'skoleledelse',
  'helsesykepleier',
  'ppt',
  'barnevern',
  'familieteam',
  'elev',
  'foresatt',
  'trygghetsperson',
  'tolk',
  'annet',
] as const;
export const Service = z.enum(SERVICES);
export type Service = z.infer<typeof Service>;

/** The school's own people: the minutes are the school's document, so they need no consent to read them. */
export const SCHOOL_SERVICES = ['kontaktlaerer', 'skoleledelse'] as const satisfies readonly Service[];
/** The help services outside the school; sharing with them needs the parents' consent. */
export const EXTERNAL_SERVICES = ['helsesykepleier', 'ppt', 'barnevern', 'familieteam'] as const satisfies readonly Service[];
/** The pupil and the parents: their presence (and names) identify the pupil. */
export const FAMILY_SERVICES = ['elev', 'foresatt'] as const satisfies readonly Service[];

/** Whether a service is the pupil or a parent: they identify the pupil by taking part. */
export function isFamilyService(service: string): boolean {
  return (FAMILY_SERVICES as readonly string[]).includes(service);
}

/**
 * Who may take part in (and get the minutes of) a meeting of this kind: an anonymous consultation
 * has no pupil and no parents, who would identify the pupil.
 */
export function servicesFor(kind: 'named' | 'anonymous' | 'followup'): readonly Service[] {
  return kind === 'anonymous' ? SERVICES.filter((s) => !isFamilyService(s)) : SERVICES;
}

export const ParticipantId = z.string().min(1).max(100);

export const Participant = z.strictObject({
  id: ParticipantId,
  name: z.string().max(120).default(''),
  service: Service,
  /** Free text when `service` is `annet` (or to be more precise, e.g. "miljøterapeut"). */
  serviceOther: z.string().max(120).optional(),
  presence: Presence.default('room'),
  /** Invited beforehand (false: joined on the day). */
  invited: z.boolean().default(true),
  /** "Something I am fond of", said in the round of introductions (Forandringsfabrikken's advice). */
  fondOf: z.string().max(500).default(''),
});
export type Participant = z.infer<typeof Participant>;

/** A qualified interpreter for the parents; never the child. */
export const Interpreter = z.strictObject({
  used: z.boolean().default(false),
  language: z.string().max(80).default(''),
});
export type Interpreter = z.infer<typeof Interpreter>;

/** Text key of a service's name. */
export function serviceNameKey(service: Service) {
  return domainKey(`services.${service}`);
}

/** Finds a participant by id. */
export function findParticipant(participants: readonly Participant[], id: string): Participant | undefined {
  return participants.find((p) => p.id === id);
}

/** Participants grouped as the minutes show them: in the room first, then remote; each in service order. */
export function participantsByPresence(participants: readonly Participant[]): { room: Participant[]; remote: Participant[] } {
  const sorted = [...participants].sort((a, b) => SERVICES.indexOf(a.service) - SERVICES.indexOf(b.service));
  return {
    room: sorted.filter((p) => p.presence === 'room'),
    remote: sorted.filter((p) => p.presence === 'remote'),
  };
}
