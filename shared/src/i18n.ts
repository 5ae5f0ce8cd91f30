/**
 * The one i18next setup both the client (UI) and the server (minutes) use. Resources live in
 * `locales/<language>/<namespace>.ts`; bokmål is the reference and the fallback.
 */
import i18next, { type i18n, type TFunction, type TOptions } from 'i18next';
import { TIME_ZONE } from './calendar';
import type { LeafPaths, LocaleShape } from './locale-shape';
import nbUi from './locales/nb/ui';
import nnUi from './locales/nn/ui';
import enUi from './locales/en/ui';
import nbDomain from './locales/nb/domain';
import nnDomain from './locales/nn/domain';
import enDomain from './locales/en/domain';
import nbMinutes from './locales/nb/minutes';
import nnMinutes from './locales/nn/minutes';
import enMinutes from './locales/en/minutes';
import nbMeeting from './locales/nb/meeting';
import nnMeeting from './locales/nn/meeting';
import enMeeting from './locales/en/meeting';
import nbBoard from './locales/nb/board';
import nnBoard from './locales/nn/board';
import enBoard from './locales/en/board';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

/** Every locale of the `ui` namespace has the bokmål keys. */
export type UiResource = LocaleShape<typeof nbUi>;
/** Every locale of the `meeting` namespace (steps, preparation, shared screen) has the bokmål keys. */
export type MeetingResource = LocaleShape<typeof nbMeeting>;
/** Every locale of the `minutes` namespace (the documents and their review page) has the bokmål keys. */
export type MinutesResource = LocaleShape<typeof nbMinutes>;

export const resources = {
  nb: { ui: nbUi, domain: nbDomain, board: nbBoard, meeting: nbMeeting, minutes: nbMinutes },
  nn: { ui: nnUi, domain: nnDomain, board: nnBoard, meeting: nnMeeting, minutes: nnMinutes },
  en: { ui: enUi, domain: enDomain, board: enBoard, meeting: enMeeting, minutes: enMinutes },
} as const;

/** The bokmål resources: they define which keys exist in every language. */
type Resources = (typeof resources)[typeof DEFAULT_LANGUAGE];
export type Namespace = keyof Resources;
/** Every text key with its namespace, as the bokmål resources define it: `ui:app.loading`, `domain:services.ppt`. */
export type TextKey = { [N in Namespace]: `${N}:${LeafPaths<Resources[N]>}` }[Namespace];

/**
 * Translates namespaced keys: the one type every helper that words something takes, in the client
 * and in the minutes. A key that does not exist in bokmål does not compile; an array tries each key in
 * turn, as i18next does.
 */
export type Translate = (key: TextKey | readonly TextKey[], options?: TOptions) => string;

/**
 * i18next's `t` as a Translate. i18next's own typing checks a literal key, but refuses a key that is a
 * union (a key built from a typed id, such as `domain:services.${service}`), so dynamic keys go
 * through this, still checked against TextKey.
 */
export function translator(t: TFunction<any, any>): Translate {
  const loose = t as unknown as (key: string | readonly string[], options?: TOptions) => unknown;
  return (key, options) => String(loose(key, options));
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: Resources;
    returnNull: false;
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A fresh, initialised i18next instance for one language. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources,
    ns: ['ui', 'domain', 'board', 'meeting', 'minutes'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** BCP 47 locale for Intl formatting. */
export function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : language === 'nn' ? 'nn-NO' : 'nb-NO';
}

export { TIME_ZONE, osloDate } from './calendar';

/** The time of day alone ("08:41"), in Oslo time: for sentences that already say "kl." or "at". */
export function formatTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A date (and optionally time) as Norwegians write it, in Oslo time. */
export function formatDateTime(iso: string | null | undefined, language: Language, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}
