/**
 * The CSL styles and locales shipped inside the extension, from the npm
 * package @citation-js/plugin-csl (the citation-style-language project's
 * files): nothing is fetched at run time. Pure.
 */
import locales from '@citation-js/plugin-csl/lib/locales.json';
import styles from '@citation-js/plugin-csl/lib/styles.json';

/** Bundled style names as settings and front matter name them, and the package's own name for each. */
const STYLE_NAMES: Record<string, string> = { apa: 'apa', vancouver: 'vancouver', harvard: 'harvard1', harvard1: 'harvard1' };

export const DEFAULT_STYLE = 'apa';

/** The XML of a bundled style by name (`apa`, `apa.csl`, `Vancouver`), or undefined. */
export function bundledStyle(name: string): string | undefined {
  const bare = name.trim().toLowerCase().replace(/\.csl$/, '');
  const id = STYLE_NAMES[bare];
  return id ? (styles as Record<string, string>)[id] : undefined;
}

/**
 * The XML of a bundled locale: `de-DE` as asked, `de` as its main region,
 * undefined when none is bundled.
 */
export function bundledLocale(lang: string): string | undefined {
  const all = locales as Record<string, string>;
  if (all[lang]) return all[lang];
  const language = lang.toLowerCase().split(/[-_]/)[0];
  const match = Object.keys(all).find((name) => name.toLowerCase() === lang.toLowerCase())
    ?? Object.keys(all).find((name) => name.toLowerCase().startsWith(`${language}-`));
  return match ? all[match] : undefined;
}
