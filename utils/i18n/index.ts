/**
 * UI strings in zh-CN and en. The manifest's name and description use the browser's
 * `_locales` (assets/_locales); everything the user reads inside our pages and cards comes
 * from dictionaries defined with `defineMessages`, so the UI language can be chosen in the
 * options instead of following the browser.
 */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A dictionary: the same keys in every locale (checked by the type). */
export type Messages<K extends string> = { readonly [L in Locale]: Readonly<Record<K, string>> };

/** Declares a dictionary; zh-CN defines the keys and en must provide each of them. */
export function defineMessages<K extends string>(messages: {
  'zh-CN': Record<K, string>;
  en: Record<NoInfer<K>, string>;
}): Messages<K> {
  return messages;
}

export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

/** Returns `t(key, params)` for one locale; `{name}` placeholders are replaced by `params`. */
export function translator<K extends string>(messages: Messages<K>, locale: Locale): Translate<K> {
  const table = messages[locale];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Picks the UI locale from a preference list such as `navigator.languages`. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
