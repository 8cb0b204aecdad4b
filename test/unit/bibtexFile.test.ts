import * as assert from 'node:assert/strict';
import { toBibtex } from '../../src/core/bibtex';
import { BibParseError, mergeBibliography, parseBibEntries } from '../../src/core/bibtexFile';
import { paperByTitle } from './helpers';

const sliced = paperByTitle('Sliced Recursive Transformer');
const mamba = paperByTitle('Mamba: Linear-Time Sequence Modeling with Selective State Spaces');
const USER = `% My library — hand written, odd spacing kept; mail me@example.org
@Article{ vaswani2017,
  author = {Vaswani, Ashish and others},
  title  = "Attention Is All You Need",
  year=2017
}

@comment{ a comment with @ and {braces} }
@misc(mamba2023,
  title = {My own notes on Mamba},
)
`;

describe('bibliography files', () => {
  it('finds entries with their keys and spans, and which are ours', () => {
    const text = `${USER}\n${toBibtex(sliced)}`;
    const entries = parseBibEntries(text);
    assert.deepEqual(entries.map((entry) => [entry.type, entry.key, entry.ours]), [['article', 'vaswani2017', false], ['misc', 'mamba2023', false], ['misc', 'slicedrecursive2021', true]]);
    assert.ok(text.slice(entries[0].start, entries[0].end).startsWith('@Article{ vaswani2017,'));
    assert.ok(text.slice(entries[0].start, entries[0].end).endsWith('year=2017\n}'));
  });

  it('appends new entries and keeps the user\'s text byte for byte', () => {
    const result = mergeBibliography(USER, [sliced]);
    assert.ok(result.text.startsWith(USER));
    assert.deepEqual(result.added, ['slicedrecursive2021']);
    assert.equal(parseBibEntries(result.text).length, 3);
  });

  it('never overwrites an entry the user wrote for the same key', () => {
    const result = mergeBibliography(USER, [mamba]);
    assert.equal(result.text, USER);
    assert.deepEqual(result.keptUsers, ['mamba2023']);
    assert.ok(result.unchanged);
  });

  it('updates its own entries in place and leaves everything else', () => {
    const stale = toBibtex({ ...sliced, upvotes: 0, cleanTitle: 'An Old Title' }).trimEnd();
    const before = `${USER}\n${stale}\n\n% trailing note\n`;
    const result = mergeBibliography(before, [sliced]);
    assert.deepEqual(result.updated, ['slicedrecursive2021']);
    assert.equal(result.text, `${USER}\n${toBibtex(sliced).trimEnd()}\n\n% trailing note\n`);
    assert.ok(mergeBibliography(result.text, [sliced]).unchanged, 'a second update changes nothing');
  });

  it('refuses a malformed file, saying where', () => {
    assert.throws(() => parseBibEntries('@article{ok,\n title={x}}\n\n@book{broken,\n title = {no end}\n'),
      (error: unknown) => error instanceof BibParseError && error.line === 4 && /not closed/.test(error.message));
    assert.throws(() => mergeBibliography('@misc{, title={x}}', [sliced]), /line 1, column 7: @misc entry has no citation key/);
    assert.throws(() => parseBibEntries('text @ 123'), /line 1, column 6: expected an entry type/);
  });
});
