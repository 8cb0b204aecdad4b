"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.libraryFormat = libraryFormat;
exports.parseLibrarySteps = parseLibrarySteps;
exports.loadLibrary = loadLibrary;
exports.loadLibrarySteps = loadLibrarySteps;
/**
 * A library file's bytes in, entries and errors with line:column out, in
 * Pandoc's set of formats: BibTeX and BibLaTeX (`.bib`, `.bibtex`,
 * `.biblatex`), CSL-JSON (`.json`), CSL-YAML (`.yaml`, `.yml`). Pure.
 */
const bibtexLibrary_1 = require("./bibtexLibrary");
const cslLibrary_1 = require("./cslLibrary");
const libraryEncoding_1 = require("./libraryEncoding");
/** The format by the file's extension, as Pandoc decides it; null for a file that is no library. */
function libraryFormat(file) {
    const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
    if (extension === 'bib' || extension === 'bibtex' || extension === 'biblatex')
        return 'bibtex';
    if (extension === 'json')
        return 'csljson';
    if (extension === 'yaml' || extension === 'yml')
        return 'cslyaml';
    return null;
}
function* parseLibrarySteps(text, file, format) {
    if (format === 'csljson')
        return yield* (0, cslLibrary_1.cslJsonSteps)(text, file);
    if (format === 'cslyaml')
        return (0, cslLibrary_1.parseCslYaml)(text, file);
    return yield* (0, bibtexLibrary_1.bibLibrarySteps)(text, file);
}
function loadLibrary(bytes, file) {
    return (0, bibtexLibrary_1.runSteps)(loadLibrarySteps(bytes, file));
}
/** `loadLibrary`, pausing (yield) every few hundred entries so a worker can answer searches meanwhile. */
function* loadLibrarySteps(bytes, file) {
    const format = libraryFormat(file);
    if (!format)
        return { entries: [], errors: [], fatal: `${file} is not a library file Paper Notes reads (.bib, .bibtex, .biblatex, .json, .yaml, .yml)` };
    const decoded = (0, libraryEncoding_1.decodeLibrary)(bytes);
    if (!decoded.ok)
        return { entries: [], errors: [], fatal: `${file}: ${decoded.message}` };
    return yield* parseLibrarySteps(decoded.text, file, format);
}
