/**
 * What went wrong, in the person's language: a refusal by its code (the feature's own wording first,
 * then the app's), anything else plainly. The server's English message never reaches a person.
 */
import { translator } from '@naervaer/shared/i18n';
import { ApiFailure } from './api';
import { existingKeys, i18n } from './i18n';

export function errorText(err: unknown, feature?: 'minutes' | 'meeting'): string {
  const t = translator(i18n.getFixedT(i18n.language));
  const code = err instanceof ApiFailure ? err.error : 'unknown';
  // The code comes from the server: only the keys that exist are asked for.
  const keys = existingKeys([...(feature ? [`${feature}:errors.${code}`] : []), `ui:errors.${code}`]);
  return t(keys.length ? keys : 'ui:errors.unknown');
}
