/**
 * Every Paper Notes setting is read here, checked, and given its default, so
 * no feature reads the configuration on its own. A bad value falls back to
 * the default, and its message is shown once.
 */
import * as vscode from 'vscode';
import { type CitationFormatName, checkCitationFormat } from '../core/citationFormat';
import { INLAY_HINT_MODES, type InlayHintMode } from '../core/summaryView';
import { CITATION_LABELS, type CitationLabel, DEFAULT_SETTINGS, type PaperNotesSettings } from '../markdown/paperNotesPlugin';

export const SECTION = 'paperNotes';

export type UnknownKeySeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
const SEVERITIES: readonly UnknownKeySeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Where a setting's effective value was set: the workspace can be shared by someone else, the user's own settings cannot. */
export type SettingScope = 'user' | 'workspace' | 'default';

export interface BibliographySetting {
  file: string;
  scope: SettingScope;
}

const shown = new Set<string>();

/** Shows a setting's problem once per session (settings are read on every keystroke). */
function warnOnce(message: string): void {
  if (shown.has(message)) return;
  shown.add(message);
  void vscode.window.showWarningMessage(`Paper Notes: ${message}`);
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = config().get<string>(name, fallback);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(`${SECTION}.${name} '${value}' is not one of ${allowed.join(', ')}; using '${fallback}'.`);
  return fallback;
}

/** The citation format to insert with: checked, the default when the setting is bad. */
export function citationFormat(): CitationFormatName | string {
  const checked = checkCitationFormat(config().get<string>('citationFormat'));
  if (checked.error) warnOnce(checked.error);
  return checked.format;
}

export function previewSettings(): PaperNotesSettings {
  return {
    citationLabel: oneOf<CitationLabel>('preview.citationLabel', CITATION_LABELS, DEFAULT_SETTINGS.citationLabel),
    references: config().get<boolean>('preview.references', DEFAULT_SETTINGS.references),
  };
}

/** `paperNotes.citationStyle` and `paperNotes.locale`, empty values left out. */
export function citationStyleSettings(): { style?: string; locale?: string } {
  const style = config().get<string>('citationStyle', 'apa');
  const locale = config().get<string>('locale', '');
  return {
    ...(typeof style === 'string' && style.trim() ? { style: style.trim() } : {}),
    ...(typeof locale === 'string' && locale.trim() ? { locale: locale.trim() } : {}),
  };
}

export function unknownKeySeverity(): UnknownKeySeverity {
  return oneOf<UnknownKeySeverity>('diagnostics.unknownKeys', SEVERITIES, 'warning');
}

/** The bibliography file setting, and whether a workspace (not the user) set it. */
export function bibliographySetting(): BibliographySetting {
  const inspected = config().inspect<string>('bibliographyFile');
  const workspace = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
  if (typeof workspace === 'string' && workspace.trim()) return { file: workspace.trim(), scope: 'workspace' };
  const user = inspected?.globalValue;
  if (typeof user === 'string' && user.trim()) return { file: user.trim(), scope: 'user' };
  return { file: '', scope: 'default' };
}

/** The library files and globs of `paperNotes.libraries`, each with who set it (only the user's own settings may name files outside the workspace). */
export function librariesSetting(): { file: string; scope: SettingScope }[] {
  const inspected = config().inspect<unknown>('libraries');
  const list = (value: unknown, scope: SettingScope): { file: string; scope: SettingScope }[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      warnOnce(`${SECTION}.libraries must be a list of file names or globs, such as ["references.bib", "libraries/*.json"].`);
      return [];
    }
    return value.map((file: string) => file.trim()).filter(Boolean).map((file) => ({ file, scope }));
  };
  return [...list(inspected?.workspaceFolderValue ?? inspected?.workspaceValue, 'workspace'), ...list(inspected?.globalValue, 'user')];
}

export function updateBibliographyOnSave(): boolean {
  return config().get<boolean>('bibliography.updateOnSave', false);
}

/** `paperNotes.inlayHints`: what the hint after a citation key shows. */
export function inlayHintMode(): InlayHintMode {
  return oneOf<InlayHintMode>('inlayHints', INLAY_HINT_MODES, 'name');
}

/** `paperNotes.followCursor`: the Papers view shows the paper of the citation under the cursor. */
export function followCursor(): boolean {
  return config().get<boolean>('followCursor', true) !== false;
}

/** The pin in the Papers view's title bar: follow mode on or off, in the user's settings. */
export async function setFollowCursor(on: boolean): Promise<void> {
  await config().update('followCursor', on, vscode.ConfigurationTarget.Global);
}

/** True when a configuration change touches the given Paper Notes setting (or section). */

export function affects(event: vscode.ConfigurationChangeEvent, name: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${name}`);
}
