/** Wording and formatting for one document: i18next in the document's language, dates in Oslo time, names of people. */
import { createI18n, intlLocale, type Language, TIME_ZONE, type Translate, translator } from '@naervaer/shared/i18n';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { type Participant, type Service, findParticipant } from '@naervaer/shared/participant';
import type { RecipientKind } from '@naervaer/shared/minutes';

export type { Translate };

export type DocText = {
  language: Language;
  t: Translate;
  /** An ISO date (YYYY-MM-DD) as "24. november 2025"; empty for none. */
  date(iso: string | null | undefined): string;
  /** The date part of an ISO datetime, in Oslo. */
  dateOf(iso: string | null | undefined): string;
  /** The time of an ISO datetime, in Oslo ("08:30"). */
  timeOf(iso: string | null | undefined): string;
  service(service: Service): string;
  recipientKind(kind: RecipientKind): string;
  /** A participant's service, with the more precise wording when given ("Skolens ledelse, assisterende rektor"). */
  serviceOf(p: Participant): string;
  yesNo(value: boolean | null | undefined): string;
};

const instances = new Map<Language, ReturnType<typeof createI18n>>();

/** One i18next instance per language, created on first use (creating one per document costs ~1 ms). */
function i18nFor(language: Language) {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance;
}

export function docText(language: Language): DocText {
  const i18n = i18nFor(language);
  const t = translator(i18n.getFixedT(language));
  const locale = intlLocale(language);
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const osloDate = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
  const osloTime = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  const valid = (iso: string | null | undefined) => {
    if (!iso) return null;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };
  const service = (s: Service) => t(`domain:services.${s}`);
  return {
    language,
    t,
    date: (iso) => {
      const d = valid(iso ? `${iso.slice(0, 10)}T12:00:00Z` : null);
      return d ? dateFormat.format(d) : '';
    },
    dateOf: (iso) => {
      const d = valid(iso);
      return d ? osloDate.format(d) : '';
    },
    timeOf: (iso) => {
      const d = valid(iso);
      return d ? osloTime.format(d) : '';
    },
    service,
    recipientKind: (kind) => (kind === 'archive' ? t('minutes:archive') : service(kind)),
    serviceOf: (p) => (p.serviceOther ? `${service(p.service)}, ${p.serviceOther}` : service(p.service)),
    yesNo: (value) => (value === null || value === undefined ? t('minutes:notRecorded') : value ? t('minutes:yes') : t('minutes:no')),
  };
}

/** A participant's name by id, for "said by", "responsible" and "pause asked for by". */
export function participantName(content: MeetingContent, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const p = findParticipant(content.participants, id);
  return p ? p.name || undefined : undefined;
}
