/**
 * What went wrong, in the person's language: a refusal by its code (the feature's own wording first,
 * then the app's), anything else plainly. The server's English message never reaches a person.
 */
import type { TFunction } from 'i18next';
import { ApiFailure } from './api';

export function errorText(err: unknown, t: TFunction, feature?: 'minutes' | 'meeting'): string {
  const translate = t as unknown as (key: string | string[], options?: { defaultValue: string }) => string;
  const code = err instanceof ApiFailure ? err.error : 'unknown';
  const keys = [...(feature ? [`${feature}:errors.${code}`] : []), `ui:errors.${code}`];
  return translate(keys, { defaultValue: translate('ui:errors.unknown') });
}
