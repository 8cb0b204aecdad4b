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
/**
 * The citation grammar on real tokenization: VS Code's TextMate engine
 * (vscode-textmate with Oniguruma) with the Markdown grammar of the VS Code
 * this suite runs in.
 */
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const oniguruma = __importStar(require("vscode-oniguruma"));
const vscode = __importStar(require("vscode"));
const textmate = __importStar(require("vscode-textmate"));
const helpers_1 = require("./helpers");
const MARKDOWN_GRAMMAR = path.join(vscode.env.appRoot, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
let CITATIONS_GRAMMAR = '';
let grammar;
/** Scopes of each non-blank token of each line: [text, innermost Paper Notes or code scope]. */
function tokens(text) {
    let stack = textmate.INITIAL;
    return text.split('\n').map((line) => {
        const result = grammar.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes]).filter(([part]) => part.trim());
    });
}
const scopeOf = (line, text) => {
    const token = line.find(([part]) => part === text);
    assert.ok(token, `no token '${text}' in ${JSON.stringify(line.map(([part]) => part))}`);
    return token[1];
};
describe('citation grammar (real TextMate tokenization)', () => {
    before(async () => {
        assert.ok(fs.existsSync(MARKDOWN_GRAMMAR), `no Markdown grammar at ${MARKDOWN_GRAMMAR}`);
        const extension = await (0, helpers_1.activeExtension)();
        const contributed = extension.packageJSON.contributes.grammars[0];
        assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
        CITATIONS_GRAMMAR = path.join(extension.extensionPath, contributed.path);
        const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
        await oniguruma.loadWASM(wasm);
        const registry = new textmate.Registry({
            onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
            loadGrammar: async (scopeName) => {
                const file = scopeName === 'text.html.markdown' ? MARKDOWN_GRAMMAR : scopeName === 'text.paper-notes.citations.injection' ? CITATIONS_GRAMMAR : null;
                return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
            },
            getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['text.paper-notes.citations.injection'] : undefined),
        });
        grammar = (await registry.loadGrammar('text.html.markdown'));
        assert.ok(grammar);
    });
    it('colours brackets, @, keys and locators in a paragraph', () => {
        const [line] = tokens('See [@slicedrecursive2021, p. 3; -@mamba2023] here.');
        assert.ok(scopeOf(line, '[').includes('punctuation.definition.citation.begin.markdown'));
        assert.ok(scopeOf(line, '@').includes('keyword.other.citation.at.markdown'));
        assert.ok(scopeOf(line, 'slicedrecursive2021').includes('constant.other.citation-key.markdown'));
        assert.ok(scopeOf(line, ', p. 3').includes('string.unquoted.citation.locator.markdown'));
        assert.ok(scopeOf(line, ';').includes('punctuation.separator.citation.markdown'));
        assert.ok(scopeOf(line, '-').includes('punctuation.definition.citation.suppress-author.markdown'));
        assert.ok(scopeOf(line, 'mamba2023').includes('constant.other.citation-key.markdown'));
        assert.ok(scopeOf(line, ']').includes('punctuation.definition.citation.end.markdown'));
        assert.ok(!scopeOf(line, ' here.').some((scope) => scope.includes('citation')));
    });
    it('colours bare citations in lists and headings', () => {
        const [heading, , item] = tokens('## On @mamba2023\n\n- item citing [@informer2020]');
        assert.ok(scopeOf(heading, 'mamba2023').includes('constant.other.citation-key.markdown'));
        assert.ok(scopeOf(item, 'informer2020').includes('constant.other.citation-key.markdown'));
    });
    it('leaves inline code, fenced code, e-mail addresses and links alone', () => {
        const lines = tokens('`[@incode2020]` and mail me@example.org and [a link](https://x.org/@user)\n\n```\n[@infence2020]\n```');
        const all = lines.flat();
        assert.ok(!all.some(([, scopes]) => scopes.some((scope) => scope.includes('citation'))), JSON.stringify(all.filter(([, scopes]) => scopes.some((scope) => scope.includes('citation')))));
    });
});
