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
const escape_1 = require("../../src/core/escape");
describe('escaping and entities', () => {
    it('escapes HTML text and attribute values', () => {
        assert.equal((0, escape_1.escapeHtml)(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });
    it('escapes every Markdown character that could make a link, markup or an entity', () => {
        assert.equal((0, escape_1.escapeMarkdown)('[x](javascript:y) *b* `c` <d> &lt; $e$'), '\\[x\\]\\(javascript:y\\) \\*b\\* \\`c\\` \\<d\\> \\&lt; \\$e\\$');
    });
    it('decodes named and numeric references, and leaves unknown or impossible ones as written', () => {
        assert.equal((0, escape_1.decodeEntities)('&amp;&lt;&gt;&quot;&apos;&nbsp;&#38;&#x26;&#X26;'), '&<>"\'\u00a0&&&');
        assert.equal((0, escape_1.decodeEntities)('&bogus; &#0; &#x110000; &#99999999;'), '&bogus; &#0; &#x110000; &#99999999;');
    });
});
