"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BIG_LIBRARY_SOURCE = exports.BIG_LIBRARY_ENTRIES = void 0;
exports.bigLibraryText = bigLibraryText;
/**
 * The 100,000-entry library the integration tier loads while it measures the
 * extension host's responsiveness. The launcher writes it before VS Code
 * starts, so the test's own strings (tens of megabytes) are not garbage on
 * the extension host's heap while it measures.
 */
exports.BIG_LIBRARY_ENTRIES = 100_000;
/** Where the launcher puts it in the workspace copy: not a library file name, so it is not read until the test copies it. */
exports.BIG_LIBRARY_SOURCE = 'generated/big-library.txt';
function bigLibraryText(count = exports.BIG_LIBRARY_ENTRIES) {
    const entries = [];
    for (let i = 0; i < count; i++) {
        entries.push(`@article{big${i}, title = {Sparse Mixture of Experts number ${i} for Vision}, author = {Author${i % 97}, Given and Other, Some}, journal = {Journal ${i % 13}}, year = {${2000 + (i % 25)}},\n  abstract = {We propose model ${i}, a sparse transformer that reaches ${(i % 90) + 10}.5% top-1 accuracy on ImageNet with 4x fewer FLOPs.}}\n`);
    }
    return entries.join('\n');
}
