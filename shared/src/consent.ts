/**
 * Consent ("samtykke") from the parents to share information with a service (agenda step 4).
 * The services have a duty of confidentiality; the minutes reach a service only with consent.
 */
import * as z from 'zod';
import { EXTERNAL_SERVICES, FAMILY_SERVICES, SCHOOL_SERVICES, Service } from './participant';
import { osloDate } from './calendar';
import { IsoDate } from './pupil';

export const Consent = z.strictObject({
  service: Service,
  given: z.boolean().default(false),
  /** When consent was given (or refused). */
  date: IsoDate.optional(),
  /** What the consent covers, in the parents' words or the form's. */
  scope: z.string().max(1000).default(''),
  /** Consent can be withdrawn; from this date it no longer holds. */
  withdrawnOn: IsoDate.optional(),
});
export type Consent = z.infer<typeof Consent>;

export const CONSENT_STATUSES = ['given', 'notGiven', 'withdrawn', 'missing', 'notRequired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** The school itself and the family need no consent to read the school's minutes about the pupil. */
export function consentRequired(service: Service): boolean {
  return !(SCHOOL_SERVICES as readonly Service[]).includes(service) && !(FAMILY_SERVICES as readonly Service[]).includes(service);
}

/** The record that counts for a service: the latest by date (undated ones count as oldest; later in the list wins a tie). */
export function currentConsent(consents: readonly Consent[], service: Service): Consent | undefined {
  let current: Consent | undefined;
  for (const consent of consents) {
    if (consent.service !== service) continue;
    if (!current || (consent.date ?? '') >= (current.date ?? '')) current = consent;
  }
  return current;
}

/** The consent status of one service on a given day (default: today, as an ISO date). */
export function consentStatus(consents: readonly Consent[], service: Service, onDate: string = today()): ConsentStatus {
  if (!consentRequired(service)) return 'notRequired';
  const consent = currentConsent(consents, service);
  if (!consent) return 'missing';
  if (consent.withdrawnOn && consent.withdrawnOn <= onDate) return 'withdrawn';
  return consent.given ? 'given' : 'notGiven';
}

/** Whether a consent status lets the minutes (or other information about the pupil) go to the service. */
export function sharingAllowed(status: ConsentStatus): boolean {
  return status === 'given' || status === 'notRequired';
}

/** Whether the minutes (or other information about the pupil) may be shared with a service. */
export function canShareWith(consents: readonly Consent[], service: Service, onDate: string = today()): boolean {
  return sharingAllowed(consentStatus(consents, service, onDate));
}

export interface ConsentSummary {
  perService: { service: Service; status: ConsentStatus; textKey: `domain:consent.status.${ConsentStatus}` }[];
  /** Services that need consent and do not have it (missing, refused or withdrawn). */
  lacking: Service[];
  allGiven: boolean;
}

/**
 * The consent status of the given services (pass the participants' and recipients' services;
 * default: the external help services) and of every service with a consent record.
 */
export function summarizeConsents(
  consents: readonly Consent[],
  services: readonly Service[] = EXTERNAL_SERVICES,
  onDate: string = today(),
): ConsentSummary {
  const wanted = new Set<Service>([...services, ...consents.map((c) => c.service)]);
  const ordered = Service.options.filter((s) => wanted.has(s));
  const perService = ordered.map((service) => {
    const status = consentStatus(consents, service, onDate);
    return { service, status, textKey: `domain:consent.status.${status}` as const };
  });
  const lacking = perService.filter((s) => !sharingAllowed(s.status)).map((s) => s.service);
  return { perService, lacking, allGiven: lacking.length === 0 };
}

function today(): string {
  return osloDate();
}
