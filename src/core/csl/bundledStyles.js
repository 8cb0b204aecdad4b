"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_STYLE = void 0;
exports.bundledStyle = bundledStyle;
exports.bundledLocale = bundledLocale;
/**
 * The CSL styles and locales shipped inside the extension, from the npm
 * package @citation-js/plugin-csl (the citation-style-language project's
 * files): nothing is fetched at run time. Pure.
 */
const locales_json_1 = __importDefault(require("@citation-js/plugin-csl/lib/locales.json"));
const styles_json_1 = __importDefault(require("@citation-js/plugin-csl/lib/styles.json"));
/** Bundled style names as settings and front matter name them, and the package's own name for each. */
const STYLE_NAMES = { apa: 'apa', vancouver: 'vancouver', harvard: 'harvard1', harvard1: 'harvard1' };
exports.DEFAULT_STYLE = 'apa';
/** The XML of a bundled style by name (`apa`, `apa.csl`, `Vancouver`), or undefined. */
function bundledStyle(name) {
    const bare = name.trim().toLowerCase().replace(/\.csl$/, '');
    const id = STYLE_NAMES[bare];
    return id ? styles_json_1.default[id] : undefined;
}
/**
 * The XML of a bundled locale: `de-DE` as asked, `de` as its main region,
 * undefined when none is bundled.
 */
function bundledLocale(lang) {
    const all = locales_json_1.default;
    if (all[lang])
        return all[lang];
    const language = lang.toLowerCase().split(/[-_]/)[0];
    const match = Object.keys(all).find((name) => name.toLowerCase() === lang.toLowerCase())
        ?? Object.keys(all).find((name) => name.toLowerCase().startsWith(`${language}-`));
    return match ? all[match] : undefined;
}
