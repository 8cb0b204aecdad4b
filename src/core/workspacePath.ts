/** Whether a path stays inside a folder. Pure: paths in URI form (`/home/me/notes`, `/c:/notes`). */

/** Collapses `.` and `..` segments and repeated slashes; keeps a leading slash. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** True when `target` is `folder` itself or lies inside it. Drive letters compare without case. */
export function isInsideFolder(folder: string, target: string): boolean {
  const lowerDrive = (path: string) => path.replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`);
  const base = lowerDrive(normalizePath(folder));
  const path = lowerDrive(normalizePath(target));
  return path === base || path.startsWith(base === '/' ? '/' : `${base}/`);
}

/** An absolute path as a setting or a note may write one: `/x`, `\\x`, `C:\\x` (a `~/` path is the caller's choice). */
export function isAbsolutePath(file: string): boolean {
  return /^([a-z]:)?[\\/]/i.test(file);
}
