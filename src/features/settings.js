"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECTION = void 0;
exports.citationFormat = citationFormat;
exports.previewSettings = previewSettings;
exports.citationStyleSettings = citationStyleSettings;
exports.unknownKeySeverity = unknownKeySeverity;
exports.bibliographySetting = bibliographySetting;
exports.librariesSetting = librariesSetting;
exports.updateBibliographyOnSave = updateBibliographyOnSave;
exports.inlayHintMode = inlayHintMode;
exports.followCursor = followCursor;
exports.setFollowCursor = setFollowCursor;
exports.affects = affects;
/**
 * Every Paper Notes setting is read here, checked, and given its default, so
 * no feature reads the configuration on its own. A bad value falls back to
 * the default, and its message is shown once.
 */
const vscode = __importStar(require("vscode"));
const citationFormat_1 = require("../core/citationFormat");
const summaryView_1 = require("../core/summaryView");
const paperNotesPlugin_1 = require("../markdown/paperNotesPlugin");
exports.SECTION = 'paperNotes';
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const shown = new Set();
/** Shows a setting's problem once per session (settings are read on every keystroke). */
function warnOnce(message) {
    if (shown.has(message))
        return;
    shown.add(message);
    void vscode.window.showWarningMessage(`Paper Notes: ${message}`);
}
function config() {
    return vscode.workspace.getConfiguration(exports.SECTION);
}
function oneOf(name, allowed, fallback) {
    const value = config().get(name, fallback);
    if (allowed.includes(value))
        return value;
    warnOnce(`${exports.SECTION}.${name} '${value}' is not one of ${allowed.join(', ')}; using '${fallback}'.`);
    return fallback;
}
/** The citation format to insert with: checked, the default when the setting is bad. */
function citationFormat() {
    const checked = (0, citationFormat_1.checkCitationFormat)(config().get('citationFormat'));
    if (checked.error)
        warnOnce(checked.error);
    return checked.format;
}
function previewSettings() {
    return {
        citationLabel: oneOf('preview.citationLabel', paperNotesPlugin_1.CITATION_LABELS, paperNotesPlugin_1.DEFAULT_SETTINGS.citationLabel),
        references: config().get('preview.references', paperNotesPlugin_1.DEFAULT_SETTINGS.references),
    };
}
/** `paperNotes.citationStyle` and `paperNotes.locale`, empty values left out. */
function citationStyleSettings() {
    const style = config().get('citationStyle', 'apa');
    const locale = config().get('locale', '');
    return {
        ...(typeof style === 'string' && style.trim() ? { style: style.trim() } : {}),
        ...(typeof locale === 'string' && locale.trim() ? { locale: locale.trim() } : {}),
    };
}
function unknownKeySeverity() {
    return oneOf('diagnostics.unknownKeys', SEVERITIES, 'warning');
}
/** The bibliography file setting, and whether a workspace (not the user) set it. */
function bibliographySetting() {
    const inspected = config().inspect('bibliographyFile');
    const workspace = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
    if (typeof workspace === 'string' && workspace.trim())
        return { file: workspace.trim(), scope: 'workspace' };
    const user = inspected?.globalValue;
    if (typeof user === 'string' && user.trim())
        return { file: user.trim(), scope: 'user' };
    return { file: '', scope: 'default' };
}
/** The library files and globs of `paperNotes.libraries`, each with who set it (only the user's own settings may name files outside the workspace). */
function librariesSetting() {
    const inspected = config().inspect('libraries');
    const list = (value, scope) => {
        if (value === undefined)
            return [];
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
            warnOnce(`${exports.SECTION}.libraries must be a list of file names or globs, such as ["references.bib", "libraries/*.json"].`);
            return [];
        }
        return value.map((file) => file.trim()).filter(Boolean).map((file) => ({ file, scope }));
    };
    return [...list(inspected?.workspaceFolderValue ?? inspected?.workspaceValue, 'workspace'), ...list(inspected?.globalValue, 'user')];
}
function updateBibliographyOnSave() {
    return config().get('bibliography.updateOnSave', false);
}
/** `paperNotes.inlayHints`: what the hint after a citation key shows. */
function inlayHintMode() {
    return oneOf('inlayHints', summaryView_1.INLAY_HINT_MODES, 'name');
}
/** `paperNotes.followCursor`: the Papers view shows the paper of the citation under the cursor. */
function followCursor() {
    return config().get('followCursor', true) !== false;
}
/** The pin in the Papers view's title bar: follow mode on or off, in the user's settings. */
async function setFollowCursor(on) {
    await config().update('followCursor', on, vscode.ConfigurationTarget.Global);
}
/** True when a configuration change touches the given Paper Notes setting (or section). */
function affects(event, name) {
    return event.affectsConfiguration(`${exports.SECTION}.${name}`);
}
