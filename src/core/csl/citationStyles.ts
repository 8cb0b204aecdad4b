/**
 * Which CSL style and locale a note prints in, as Pandoc decides: the note's
 * front matter (`csl:`, `lang:`), then the settings, then the default (APA,
 * en-US). A style is a bundled name or a `.csl` file; a file that is missing
 * or is not a style is reported once, and the next choice is used. Pure: the
 * host reads files.
 */
import { bundledLocale, bundledStyle, DEFAULT_STYLE } from './bundledStyles';
import { CslFormatter, StyleError } from './cslFormatter';


export interface StyleFile {
  /** The file's text. */
  text: string;
  /** Changes when the file does (its path and modification time), so a changed style is read again. */
  version: string;
}

export interface CitationStylesHost {
  /** Reads a style file named in front matter (relative to `document`) or in settings; a string says why it could not be read. */
  readStyle(reference: string, from: 'frontMatter' | 'settings', document: unknown): StyleFile | string;
  /** The settings (`paperNotes.citationStyle`, `paperNotes.locale`). */
  settings(): { style?: string; locale?: string };
  /** Shown once per problem. */
  report(message: string): void;
}

/** Formatters kept, by style version and locale: building one parses the style. */
const KEPT_FORMATTERS = 6;

export class CitationStyles {
  private readonly formatters = new Map<string, CslFormatter>();
  private readonly reported = new Set<string>();

  constructor(private readonly host: CitationStylesHost) {}

  private reportOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.host.report(message);
  }

  /** The style's XML and a version for it, or undefined (reported) when it cannot be used. */
  private style(reference: string, from: 'frontMatter' | 'settings', document: unknown): { xml: string; version: string } | undefined {
    const bundled = bundledStyle(reference);
    if (bundled) return { xml: bundled, version: `bundled:${reference.trim().toLowerCase().replace(/\.csl$/, '')}` };
    const where = from === 'frontMatter' ? "the note's front matter (csl:)" : 'the setting paperNotes.citationStyle';
    const read = this.host.readStyle(reference, from, document);
    if (typeof read === 'string') {
      this.reportOnce(`Citation style '${reference}' from ${where} cannot be used: ${read}. Citations use ${DEFAULT_STYLE.toUpperCase()} instead.`);
      return undefined;
    }
    return { xml: read.text, version: `file:${read.version}` };
  }

  /** The formatter for a note: front matter first, then settings, then the default. */
  formatter(options: { csl?: string; lang?: string }, document?: unknown): CslFormatter {
    const settings = this.host.settings();
    let lang = options.lang ?? settings.locale;
    if (lang && !bundledLocale(lang)) {
      this.reportOnce(`Locale '${lang}' is not bundled with Paper Notes; citations use en-US terms.`);
      lang = 'en-US';
    }
    const choices: [string, 'frontMatter' | 'settings'][] = [];
    if (options.csl) choices.push([options.csl, 'frontMatter']);
    if (settings.style) choices.push([settings.style, 'settings']);
    choices.push([DEFAULT_STYLE, 'settings']);
    for (const [reference, from] of choices) {
      const style = this.style(reference, from, document);
      if (!style) continue;
      const id = `${style.version}\0${lang ?? ''}`;
      let formatter = this.formatters.get(id);
      if (!formatter) {
        try {
          formatter = new CslFormatter(style.xml, { lang, retrieve: (asked) => bundledLocale(asked) });
        } catch (error) {
          if (!(error instanceof StyleError)) throw error;
          this.reportOnce(`Citation style '${reference}' cannot be used: ${error.message}. Citations use ${DEFAULT_STYLE.toUpperCase()} instead.`);
          continue;
        }
        if (this.formatters.size >= KEPT_FORMATTERS) this.formatters.delete(this.formatters.keys().next().value!);
        this.formatters.set(id, formatter);
      }
      return formatter;
    }
    throw new Error('the bundled default style cannot be read');
  }
}
