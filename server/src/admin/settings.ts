/**
 * The running settings as the admin may read them: every value the server started with, by its name
 * in the configuration, with each secret masked (a provider's client secret never leaves the server).
 */
import type { RunningSettings } from '@naervaer/shared/admin';
import type { Config } from '../env';

const SECRET = /secret|password|token|key$/i;
export const MASK = '••••••••';

function flatten(value: unknown, name: string, into: RunningSettings): RunningSettings {
  if (value === null || value === undefined) into.push({ name, value: '' });
  else if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) value.forEach((v, i) => flatten(v, `${name}[${i}]`, into));
  else if (Array.isArray(value)) into.push({ name, value: value.join(', ') });
  else if (typeof value === 'object') for (const [key, inner] of Object.entries(value)) flatten(inner, name ? `${name}.${key}` : key, into);
  else into.push({ name, value: SECRET.test(name.split('.').pop() ?? '') ? MASK : String(value) });
  return into;
}

export function runningSettings(config: Config): RunningSettings {
  return flatten(config, '', []);
}
