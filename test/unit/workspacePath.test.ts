import * as assert from 'node:assert/strict';
import { isAbsolutePath, isInsideFolder, normalizePath } from '../../src/core/workspacePath';

describe('workspace paths: what a workspace setting may point at', () => {
  it('collapses . and .. segments, repeated slashes and backslashes, keeping one leading slash', () => {
    assert.equal(normalizePath('/home/me/notes/./refs//a.bib'), '/home/me/notes/refs/a.bib');
    assert.equal(normalizePath('/home/me/notes/../other/a.bib'), '/home/me/other/a.bib');
    assert.equal(normalizePath('/a/b/../../../../etc'), '/etc');
    assert.equal(normalizePath('c:\\Users\\me\\..\\x.bib'), '/c:/Users/x.bib');
    assert.equal(normalizePath('relative/./x'), '/relative/x');
    assert.equal(normalizePath(''), '/');
    assert.equal(normalizePath('/'), '/');
  });

  it('accepts the folder itself and what lies inside it', () => {
    assert.ok(isInsideFolder('/home/me/notes', '/home/me/notes'));
    assert.ok(isInsideFolder('/home/me/notes', '/home/me/notes/refs/a.bib'));
    assert.ok(isInsideFolder('/home/me/notes/', '/home/me/notes/a.bib'));
    assert.ok(isInsideFolder('/home/me/notes', '/home/me/notes/sub/../a.bib'));
    assert.ok(isInsideFolder('/', '/anything/at/all.bib'), 'everything is inside the root');
  });

  it('refuses paths that leave it, including a sibling whose name starts the same', () => {
    assert.ok(!isInsideFolder('/home/me/notes', '/home/me/notes/../outside.bib'));
    assert.ok(!isInsideFolder('/home/me/notes', '/home/me/notes-old/a.bib'));
    assert.ok(!isInsideFolder('/home/me/notes', '/home/me'));
    assert.ok(!isInsideFolder('/home/me/notes', '/etc/passwd'));
    assert.ok(!isInsideFolder('/home/me/notes', '/home/me/notes/a/../../x.bib'));
  });

  it('tells absolute paths (Unix, Windows, UNC) from relative ones and ~', () => {
    assert.deepEqual(['/home/a.bib', '\\\\server\\a.bib', 'C:\\a.bib', 'c:/a.bib'].map(isAbsolutePath), [true, true, true, true]);
    assert.deepEqual(['a.bib', './a.bib', '../a.bib', '~/a.bib', 'C:a.bib', 'https://x.org/a.bib'].map(isAbsolutePath), [false, false, false, false, false, false]);
  });

  it('compares drive letters without case, and the rest of the path with case', () => {
    assert.ok(isInsideFolder('/C:/Users/me/notes', '/c:/Users/me/notes/a.bib'));
    assert.ok(isInsideFolder('/c:/Users/me/notes', '/C:/Users/me/notes/a.bib'));
    assert.ok(!isInsideFolder('/c:/Users/me/notes', '/d:/Users/me/notes/a.bib'));
    assert.ok(!isInsideFolder('/c:/Users/me/notes', '/c:/Users/me/Notes/a.bib'));
    assert.ok(!isInsideFolder('/home/c:/notes', '/home/C:/notes/a.bib'), 'only a leading drive letter is a drive');
  });
});
