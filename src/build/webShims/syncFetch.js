"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The browser build's `sync-fetch`: @citation-js/core imports it for loading
 * citations by URL synchronously, which Paper Notes never does (and a web
 * worker cannot do without blocking). Calling it says so instead of fetching.
 */
function syncFetch() {
    throw new Error('Paper Notes does not fetch citations from the network');
}
syncFetch.Headers = globalThis.Headers;
exports.default = syncFetch;
