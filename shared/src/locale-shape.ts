/** The shape every locale of a namespace must have: the bokmål keys, any wording. */
export type LocaleShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Dotted paths to every string leaf; i18next plural keys (`rule_one`) also yield their base (`rule`). */
export type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & (string | number)]: T[K] extends string
    ? `${Prefix}${K}` | (`${K}` extends `${infer Base}_${PluralSuffix}` ? `${Prefix}${Base}` : never)
    : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & (string | number)];
