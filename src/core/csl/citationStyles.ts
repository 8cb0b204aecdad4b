/**
 * Which CSL style and locale a note prints in, as Pandoc decides: the note's
 * front matter (`csl:`, `lang:`), then the settings, then the default (APA,
 * en-US). A style is a bundled name or a `.csl` file; a file that is missing
 * or is not a style is reported once, and the next choice is used. Pure: the
 * host reads files.
 */
import { bundledLocale, bundledStyle, DEFAULT_STYLE } from './bundledStyles';
import { CslFormatter, MAX_STYLE_LENGTH, StyleError } from './cslFormatter';


export interface StyleFile {
  /** Changes when the file does (its path, modification time and size), so a changed style is read again. */
  version: string;
  /** The file's text; read only when this version is not known yet. A string thrown says why it cannot be read. */
  read(): string;
}

export interface CitationStylesHost {
  /**
   * Reads a style file named in front matter (relative to `document`) or in settings; a string says why it could not be read;
   * null: it is still being read (where files are read asynchronously): the next choice is used this time, and nothing is reported.
   */
  readStyle(reference: string, from: 'frontMatter' | 'settings', document: unknown): StyleFile | string | null;
  /** The settings (`paperNotes.citationStyle`, `paperNotes.locale`). */
  settings(): { style?: string; locale?: string };
  /** How a message names where the settings' style came from (default: the setting paperNotes.citationStyle; the CLI's is --csl). */
  settingsName?: string;
  /** Shown once per problem. */
  report(message: string): void;
}

/**
 * A style file as a host reads it, with the host's `stat` and `read`: not a
 * device or a pipe (`csl: /dev/zero` would never end), no larger than a style
 * can be, and versioned by path, modification time and size (read only when
 * that version is new). A string says why it cannot be used.
 */
export function styleFileAt(file: string, stat: (file: string) => { isFile(): boolean; size: number; mtimeMs: number }, read: (file: string) => string): StyleFile | string {
  try {
    const found = stat(file);
    if (!found.isFile()) return `${file} is not a file`;
    if (found.size > MAX_STYLE_LENGTH) return `${file} is larger than ${MAX_STYLE_LENGTH / 1_000_000} MB, more than any CSL style`;
    return { version: `${file}\0${found.mtimeMs}\0${found.size}`, read: () => read(file) };
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${(error as Error).message})`;
  }
}

/** Formatters kept, by style version and locale: building one parses the style. */
const KEPT_FORMATTERS = 6;

export class CitationStyles {
  private readonly formatters = new Map<string, CslFormatter>();
  private readonly reported = new Set<string>();
  /** Style versions that could not be used, with why: not read or parsed again on every render. */
  private readonly failed = new Map<string, string>();
  /** Style files' text by version: a render checks the file's version, and reads it only when it changed. */
  private readonly texts = new Map<string, string>();

  constructor(private readonly host: CitationStylesHost) {}

  private reportOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.host.report(message);
  }

  private reportProblem(reference: string, from: 'frontMatter' | 'settings', problem: string): void {
    const where = from === 'frontMatter' ? "the note's front matter (csl:)" : (this.host.settingsName ?? 'the setting paperNotes.citationStyle');
    this.reportOnce(`Citation style '${reference}' from ${where} cannot be used: ${problem}. Citations use ${DEFAULT_STYLE.toUpperCase()} instead.`);
  }

  /** The style's XML and a version for it, or undefined (reported) when it cannot be used. */
  private style(reference: string, from: 'frontMatter' | 'settings', document: unknown): { xml: string; version: string } | undefined {
    const bundled = bundledStyle(reference);
    if (bundled) return { xml: bundled, version: `bundled:${reference.trim().toLowerCase().replace(/\.csl$/, '')}` };
    const found = this.host.readStyle(reference, from, document);
    if (found === null) return undefined;
    const version = typeof found === 'string' ? '' : `file:${found.version}`;
    let problem = typeof found === 'string' ? found : this.failed.get(version);
    let xml = '';
    if (problem === undefined && typeof found !== 'string') {
      const known = this.texts.get(version);
      if (known !== undefined) return { xml: known, version };
      try {
        xml = found.read();
        if (this.texts.size >= KEPT_FORMATTERS) this.texts.delete(this.texts.keys().next().value!);
        this.texts.set(version, xml);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
        this.failed.set(version, problem);
      }
    }
    if (problem !== undefined) {
      this.reportProblem(reference, from, problem);
      return undefined;
    }
    return { xml, version };
  }

  /**
   * The formatter for a note: front matter first, then settings, then the default. `references` (hovers, copied
   * references) gets a formatter of its own: formatting a few entries there must not undo what the preview's
   * formatter has registered for the whole note.
   */
  formatter(options: { csl?: string; lang?: string }, document?: unknown, use: 'notes' | 'references' = 'notes'): CslFormatter {
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
      const id = `${style.version}\0${lang ?? ''}\0${use}`;
      let formatter = this.formatters.get(id);
      if (!formatter) {
        try {
          formatter = new CslFormatter(style.xml, { lang, retrieve: (asked) => bundledLocale(asked) });
        } catch (error) {
          if (!(error instanceof StyleError)) throw error;
          this.failed.set(style.version, error.message);
          this.reportProblem(reference, from, error.message);
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
