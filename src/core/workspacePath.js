"use strict";
/** Whether a path stays inside a folder. Pure: paths in URI form (`/home/me/notes`, `/c:/notes`). */
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizePath = normalizePath;
exports.isInsideFolder = isInsideFolder;
exports.isAbsolutePath = isAbsolutePath;
/** Collapses `.` and `..` segments and repeated slashes; keeps a leading slash. */
function normalizePath(path) {
    const out = [];
    for (const segment of path.replace(/\\/g, '/').split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            out.pop();
        else
            out.push(segment);
    }
    return `/${out.join('/')}`;
}
/** True when `target` is `folder` itself or lies inside it. Drive letters compare without case. */
function isInsideFolder(folder, target) {
    const lowerDrive = (path) => path.replace(/^\/([A-Za-z]):/, (_, drive) => `/${drive.toLowerCase()}:`);
    const base = lowerDrive(normalizePath(folder));
    const path = lowerDrive(normalizePath(target));
    return path === base || path.startsWith(base === '/' ? '/' : `${base}/`);
}
/** An absolute path as a setting or a note may write one: `/x`, `\\x`, `C:\\x` (a `~/` path is the caller's choice). */
function isAbsolutePath(file) {
    return /^([a-z]:)?[\\/]/i.test(file);
}
