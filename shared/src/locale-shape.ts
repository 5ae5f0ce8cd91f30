/** The shape every locale of a namespace must have: the bokmål keys, any wording. */
export type LocaleShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };
