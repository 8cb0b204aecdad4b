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
const editDistance_1 = require("../../src/core/editDistance");
const nearestKeys_1 = require("../../src/core/nearestKeys");
const helpers_1 = require("./helpers");
const keys = (0, helpers_1.realCatalogue)().papers.map((paper) => paper.key);
describe('nearest keys', () => {
    it('suggests the key a typo was meant to be', () => {
        assert.equal((0, nearestKeys_1.nearestKeys)('slicedrecursiv2021', keys)[0], 'slicedrecursive2021');
        assert.equal((0, nearestKeys_1.nearestKeys)('mambaa2023', keys)[0], 'mamba2023');
    });
    it('suggests the right paper for a wrong or missing year', () => {
        assert.equal((0, nearestKeys_1.nearestKeys)('mamba2022', keys)[0], 'mamba2023');
        assert.equal((0, nearestKeys_1.nearestKeys)('informer', keys)[0], 'informer2020');
        assert.equal((0, nearestKeys_1.nearestKeys)('specdetr', keys)[0], 'specdetr2024');
    });
    it('suggests nothing for a key that is like no other, and at most the asked count', () => {
        assert.deepEqual((0, nearestKeys_1.nearestKeys)('zzzzqqqq1999', keys), []);
        assert.ok((0, nearestKeys_1.nearestKeys)('transformer2021', keys, 2).length <= 2);
    });
    it('measures edit distance with a cut-off, a transposition counting as one edit', () => {
        assert.equal((0, editDistance_1.editDistance)('kitten', 'sitting'), 3);
        assert.equal((0, editDistance_1.editDistance)('kitten', 'sitting', 1), 2);
        assert.equal((0, editDistance_1.editDistance)('', 'abc'), 3);
        assert.equal((0, editDistance_1.editDistance)('mamab', 'mamba', 2), 1);
        assert.equal((0, editDistance_1.editDistance)('atention', 'attention', 2), 1);
        assert.equal((0, editDistance_1.editDistance)('abc', 'xyz', 1), 2);
    });
});
