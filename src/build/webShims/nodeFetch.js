"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Response = exports.Request = exports.Headers = void 0;
/**
 * The browser build's `node-fetch`: @citation-js/core imports it for loading
 * citations by URL, which Paper Notes never does. The browser's own fetch
 * stands in, so nothing of Node's http stack is bundled.
 */
const browserFetch = (...args) => globalThis.fetch(...args);
exports.default = browserFetch;
exports.Headers = globalThis.Headers;
exports.Request = globalThis.Request;
exports.Response = globalThis.Response;
