/**
 * The one i18next setup both the client (UI) and the server (minutes) use. Resources live in
 * `locales/<language>/<namespace>.ts`; bokmål is the reference and the fallback.
 */
import i18next, { type InitOptions, type i18n, type TFunction, type TOptions } from 'i18next';
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
import nbAdmin from './locales/nb/admin';
import nnAdmin from './locales/nn/admin';
import enAdmin from './locales/en/admin';
import nbPrepare from './locales/nb/prepare';
import nnPrepare from './locales/nn/prepare';
import enPrepare from './locales/en/prepare';
import nbAccess from './locales/nb/access';
import nnAccess from './locales/nn/access';
import enAccess from './locales/en/access';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

/** Every locale of the `ui` namespace has the bokmål keys. */
export type UiResource = LocaleShape<typeof nbUi>;
/** Every locale of the `meeting` namespace (steps, shared screen, pause, timer) has the bokmål keys. */
export type MeetingResource = LocaleShape<typeof nbMeeting>;
/** Every locale of the `minutes` namespace (the documents and their review page) has the bokmål keys. */
export type MinutesResource = LocaleShape<typeof nbMinutes>;
/** Every locale of the `admin` namespace (the administration page) has the bokmål keys. */
export type AdminResource = LocaleShape<typeof nbAdmin>;
/** Every locale of the `prepare` namespace (the preparation page) has the bokmål keys. */
export type PrepareResource = LocaleShape<typeof nbPrepare>;
/** Every locale of the `access` namespace (signing in, setting up, joining, linking an account) has the bokmål keys. */
export type AccessResource = LocaleShape<typeof nbAccess>;

export const resources = {
  nb: { ui: nbUi, domain: nbDomain, board: nbBoard, meeting: nbMeeting, minutes: nbMinutes, admin: nbAdmin, prepare: nbPrepare, access: nbAccess },
  nn: { ui: nnUi, domain: nnDomain, board: nnBoard, meeting: nnMeeting, minutes: nnMinutes, admin: nnAdmin, prepare: nnPrepare, access: nnAccess },
  en: { ui: enUi, domain: enDomain, board: enBoard, meeting: enMeeting, minutes: enMinutes, admin: enAdmin, prepare: enPrepare, access: enAccess },
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

/** The settings every i18next instance here starts from: bokmål as the fallback, `ui` as the default namespace. */
export function i18nSettings(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  };
}

/**
 * A fresh, initialised i18next instance for one language, with every language's texts. (The client
 * starts from the same settings but loads most texts when it needs them: `client/src/lib/i18n.ts`.)
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nSettings(language), resources, ns: Object.keys(resources[DEFAULT_LANGUAGE]) });
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
