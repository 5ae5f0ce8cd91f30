/** The app's language: remembered per browser, bokmål by default. */
import type { TOptions } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language, type TextKey, type Translate, createI18n, isLanguage, translator } from '@naervaer/shared/i18n';

const STORAGE_KEY = 'nm.language';

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export const i18n = createI18n(storedLanguage());
document.documentElement.lang = i18n.language;

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
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
