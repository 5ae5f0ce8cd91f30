/**
 * The app's language: remembered per browser, bokmål by default. The bundle carries the bokmål texts
 * the room shows; every other text (another language, or a namespace of the board or of another page)
 * loads from the app's own origin the first time the language or a page needs it. A component names
 * the namespaces it needs in `useTranslation`, and waits for them in a Suspense boundary.
 */
import i18next, { type BackendModule, type TOptions } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language, type Namespace, type TextKey, type Translate, i18nSettings, isLanguage, translator } from '@naervaer/shared/i18n';
import nbDomain from '@naervaer/shared/locales/nb/domain';
import nbMeeting from '@naervaer/shared/locales/nb/meeting';
import nbUi from '@naervaer/shared/locales/nb/ui';

const STORAGE_KEY = 'nm.language';

/** Bokmål is the default and the fallback: its texts for the room come with the app. */
const BUNDLED = { ui: nbUi, domain: nbDomain, meeting: nbMeeting };

type Load = () => Promise<{ default: object }>;

/** Every other text: bokmål's other namespaces, and every namespace of the other languages. */
const LOADS: { nb: Record<Exclude<Namespace, keyof typeof BUNDLED>, Load>; nn: Record<Namespace, Load>; en: Record<Namespace, Load> } = {
  nb: {
    board: () => import('@naervaer/shared/locales/nb/board'),
    minutes: () => import('@naervaer/shared/locales/nb/minutes'),
    admin: () => import('@naervaer/shared/locales/nb/admin'),
    prepare: () => import('@naervaer/shared/locales/nb/prepare'),
    access: () => import('@naervaer/shared/locales/nb/access'),
  },
  nn: {
    ui: () => import('@naervaer/shared/locales/nn/ui'),
    domain: () => import('@naervaer/shared/locales/nn/domain'),
    board: () => import('@naervaer/shared/locales/nn/board'),
    meeting: () => import('@naervaer/shared/locales/nn/meeting'),
    minutes: () => import('@naervaer/shared/locales/nn/minutes'),
    admin: () => import('@naervaer/shared/locales/nn/admin'),
    prepare: () => import('@naervaer/shared/locales/nn/prepare'),
    access: () => import('@naervaer/shared/locales/nn/access'),
  },
  en: {
    ui: () => import('@naervaer/shared/locales/en/ui'),
    domain: () => import('@naervaer/shared/locales/en/domain'),
    board: () => import('@naervaer/shared/locales/en/board'),
    meeting: () => import('@naervaer/shared/locales/en/meeting'),
    minutes: () => import('@naervaer/shared/locales/en/minutes'),
    admin: () => import('@naervaer/shared/locales/en/admin'),
    prepare: () => import('@naervaer/shared/locales/en/prepare'),
    access: () => import('@naervaer/shared/locales/en/access'),
  },
};

const loader: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read: (language, namespace, done) => {
    const load = isLanguage(language) ? (LOADS[language] as Partial<Record<Namespace, Load>>)[namespace as Namespace] : undefined;
    if (!load) return done(new Error(`no texts for ${language}:${namespace}`), false);
    load().then(
      (module) => done(null, module.default),
      // `true`: i18next tries again, and after its last try the texts stay loadable (a dropped
      // connection). A browser that keeps a failed module until the page reloads (Chromium, for now,
      // unlike the HTML standard) fails these tries at once; the picker then asks for a reload.
      (error: Error) => done(error, true),
    );
  },
};

export const i18n = i18next.createInstance().use(loader);
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
void i18n.init({
  ...i18nSettings(DEFAULT_LANGUAGE),
  resources: { nb: BUNDLED },
  partialBundledLanguages: true,
  ns: Object.keys(BUNDLED),
  // Two more tries, about a second in all: someone who picked a language is waiting for it.
  maxRetries: 2,
});

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Shows the remembered language; the app renders after this, so a nynorsk or English reader does not
 * see bokmål first. If its texts do not load, the app opens in bokmål (and tries the language again
 * next time).
 */
export async function startLanguage(): Promise<void> {
  const language = storedLanguage();
  if (language === DEFAULT_LANGUAGE) return;
  await setLanguage(language).catch(() => undefined);
}

/** The latest language asked for: a slower load of an earlier choice does not override it. */
let chosen: Language | undefined;

/**
 * Switches to a language once the texts the room shows are in (they change without a reload), and
 * remembers it. If they do not load, the language stays as it was and this rejects.
 */
export async function setLanguage(language: Language): Promise<void> {
  chosen = language;
  try {
    await loadTexts(language);
  } catch (error) {
    if (chosen === language) throw error;
    return;
  }
  if (chosen !== language) return;
  await i18n.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Loads a language's counterparts of the bundled texts (those not in yet), or rejects. */
async function loadTexts(language: Language): Promise<void> {
  const missing = () => Object.keys(BUNDLED).filter((namespace) => !i18n.hasResourceBundle(language, namespace));
  // `reload` loads them even after a failed try, which `loadLanguages` would not repeat.
  if (missing().length > 0) await i18n.reloadResources([language], missing());
  if (missing().length > 0) throw new Error(`the ${language} texts did not load`);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/**
 * This page's translator over namespaced keys (`meeting:…`, `domain:…`), for helpers that word
 * something; it changes, and the page renders again, when the language does.
 */
export function useTranslate(): Translate {
  const { t } = useTranslation();
  return useMemo(() => translator(t), [t]);
}

/**
 * The keys, of those given, that have a text: for keys made at run time (a code from the server, an
 * optional variant). Pass the options the text will get: a plural key exists only with its count.
 */
export function existingKeys(keys: readonly string[], options?: TOptions): TextKey[] {
  return keys.filter((key): key is TextKey => i18n.exists(key, options));
}
