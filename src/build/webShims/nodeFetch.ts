/**
 * The browser build's `node-fetch`: @citation-js/core imports it for loading
 * citations by URL, which Paper Notes never does. The browser's own fetch
 * stands in, so nothing of Node's http stack is bundled.
 */
const browserFetch = (...args: Parameters<typeof fetch>): ReturnType<typeof fetch> => globalThis.fetch(...args);
export default browserFetch;
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
