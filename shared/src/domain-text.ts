/**
 * Text keys of the `domain` i18next namespace. Schemas and catalogues refer to wording only through
 * these keys (e.g. `domain:factors.avoidNegativeAffect.child`); the wording lives in
 * `locales/<lang>/domain.ts`. The bokmål resource defines which keys exist, so a misspelt key is a
 * type error, and nynorsk and English must have exactly the same keys (checked by the compiler and by
 * `locales/locales.test.ts`).
 */
import type nb from './locales/nb/domain';
import type { LeafPaths, LocaleShape } from './locale-shape';

export const DOMAIN_NAMESPACE = 'domain';

/** A path inside the domain namespace, such as `factors.attention.child`. */
export type DomainPath = LeafPaths<typeof nb>;
/** A full key with namespace, such as `domain:factors.attention.child`; pass it to i18next's `t`. */
export type DomainTextKey = `domain:${DomainPath}`;

/** Builds a namespaced text key; the path is checked against the bokmål resource at compile time. */
export function domainKey<P extends DomainPath>(path: P): `domain:${P}` {
  return `domain:${path}`;
}

/** The shape every locale of the namespace must have: the same keys as bokmål, any wording. */
export type DomainResource = LocaleShape<typeof nb>;
