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
const assert = __importStar(require("node:assert/strict"));
const renderNote_1 = require("../../src/markdown/renderNote");
const helpers_1 = require("./helpers");
describe('a note rendered as a standalone page (renderNotePage)', () => {
    const paper = (0, helpers_1.makePaper)({ key: 'alpha2024', title: 'Alpha: <b>Bold</b> Nets' });
    const host = { lookup: (key) => (key === paper.key ? paper : undefined), keys: () => [paper.key] };
    it('is a whole HTML page: the policy that runs no script, the escaped title, the stylesheet and the rendered note', () => {
        const page = (0, renderNote_1.renderNotePage)('# Notes\n\nSee [@alpha2024] and <b>kept</b>.\n', host, '.x-css { color: red; }', 'Notes <on> "A&B"');
        assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
        assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${renderNote_1.CONTENT_SECURITY_POLICY}">`));
        assert.ok(page.includes('<title>Notes &lt;on&gt; &quot;A&amp;B&quot;</title>'));
        assert.ok(page.includes('.x-css { color: red; }'));
        assert.match(page, /<h1>Notes<\/h1>/);
        assert.match(page, /<b>kept<\/b>/, 'the note\'s own HTML is kept, as in the preview');
        assert.match(page, /class="paper-notes-cite[^"]*"/);
        assert.ok(page.trimEnd().endsWith('</body>\n</html>'));
    });
    it('leaves the YAML front matter out, as the preview and Pandoc do, and renders what follows it', () => {
        const page = (0, renderNote_1.renderNotePage)('---\ntitle: T\nbibliography: refs.bib\n---\n# Body\n', host, '', 'n');
        assert.doesNotMatch(page, /bibliography|<hr>/);
        assert.match(page, /<h1>Body<\/h1>/);
        assert.match((0, renderNote_1.renderNotePage)('---\n\nJust a rule above.\n', host, '', 'n'), /<hr>/, 'an unclosed block is no front matter');
    });
    it('allows no script, frame, form or plugin, and only inline styles', () => {
        const directives = new Map(renderNote_1.CONTENT_SECURITY_POLICY.split(';').map((part) => {
            const [name, ...values] = part.trim().split(/\s+/);
            return [name, values.join(' ')];
        }));
        assert.equal(directives.get('default-src'), "'none'");
        assert.equal(directives.get('script-src'), "'none'");
        assert.equal(directives.get('object-src'), "'none'");
        assert.equal(directives.get('frame-src'), "'none'");
        assert.equal(directives.get('form-action'), "'none'");
        assert.equal(directives.get('base-uri'), "'none'");
        assert.equal(directives.get('style-src'), "'unsafe-inline'");
    });
    it('links bare URLs as the preview does', () => {
        assert.match((0, renderNote_1.renderNotePage)('see https://example.org/x', host, '', 't'), /<a href="https:\/\/example.org\/x">/);
    });
});
