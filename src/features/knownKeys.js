"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createKnownKeys = createKnownKeys;
function createKnownKeys(store, onChange) {
    const subscription = store.onDidChange(onChange);
    return {
        has: (key, note) => store.has(key, note),
        isUsers: (key) => store.definitions(key).length > 0,
        all: (note) => store.keys(note),
        dispose: () => subscription.dispose(),
    };
}
