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
const workspacePath_1 = require("../../src/core/workspacePath");
describe('workspace paths: what a workspace setting may point at', () => {
    it('collapses . and .. segments, repeated slashes and backslashes, keeping one leading slash', () => {
        assert.equal((0, workspacePath_1.normalizePath)('/home/me/notes/./refs//a.bib'), '/home/me/notes/refs/a.bib');
        assert.equal((0, workspacePath_1.normalizePath)('/home/me/notes/../other/a.bib'), '/home/me/other/a.bib');
        assert.equal((0, workspacePath_1.normalizePath)('/a/b/../../../../etc'), '/etc');
        assert.equal((0, workspacePath_1.normalizePath)('c:\\Users\\me\\..\\x.bib'), '/c:/Users/x.bib');
        assert.equal((0, workspacePath_1.normalizePath)('relative/./x'), '/relative/x');
        assert.equal((0, workspacePath_1.normalizePath)(''), '/');
        assert.equal((0, workspacePath_1.normalizePath)('/'), '/');
    });
    it('accepts the folder itself and what lies inside it', () => {
        assert.ok((0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me/notes'));
        assert.ok((0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me/notes/refs/a.bib'));
        assert.ok((0, workspacePath_1.isInsideFolder)('/home/me/notes/', '/home/me/notes/a.bib'));
        assert.ok((0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me/notes/sub/../a.bib'));
        assert.ok((0, workspacePath_1.isInsideFolder)('/', '/anything/at/all.bib'), 'everything is inside the root');
    });
    it('refuses paths that leave it, including a sibling whose name starts the same', () => {
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me/notes/../outside.bib'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me/notes-old/a.bib'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/home/me/notes', '/etc/passwd'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/home/me/notes', '/home/me/notes/a/../../x.bib'));
    });
    it('tells absolute paths (Unix, Windows, UNC) from relative ones and ~', () => {
        assert.deepEqual(['/home/a.bib', '\\\\server\\a.bib', 'C:\\a.bib', 'c:/a.bib'].map(workspacePath_1.isAbsolutePath), [true, true, true, true]);
        assert.deepEqual(['a.bib', './a.bib', '../a.bib', '~/a.bib', 'C:a.bib', 'https://x.org/a.bib'].map(workspacePath_1.isAbsolutePath), [false, false, false, false, false, false]);
    });
    it('compares drive letters without case, and the rest of the path with case', () => {
        assert.ok((0, workspacePath_1.isInsideFolder)('/C:/Users/me/notes', '/c:/Users/me/notes/a.bib'));
        assert.ok((0, workspacePath_1.isInsideFolder)('/c:/Users/me/notes', '/C:/Users/me/notes/a.bib'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/c:/Users/me/notes', '/d:/Users/me/notes/a.bib'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/c:/Users/me/notes', '/c:/Users/me/Notes/a.bib'));
        assert.ok(!(0, workspacePath_1.isInsideFolder)('/home/c:/notes', '/home/C:/notes/a.bib'), 'only a leading drive letter is a drive');
    });
});
