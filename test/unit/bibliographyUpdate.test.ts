import * as assert from 'node:assert/strict';
import { isUnchangedOwnEntry, toBibtex } from '../../src/core/bibtex';
import { bibliographyMessage, planBibliography, planBibliographyBytes } from '../../src/core/bibliographyUpdate';
import { scanBibText } from '../../src/core/library/bibScanner';
import { applyEdits } from '../../src/core/textEdit';
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

function plan(existing: string, papers = [sliced]) {
  const outcome = planBibliography(existing, papers);
  assert.ok(!outcome.refused, outcome.refused ? outcome.reason : '');
  return outcome;
}

describe('bibliography update: what is Paper Notes\' own', () => {
  it('marks its entries with a fingerprint of their own text', () => {
    const entry = toBibtex(sliced).trimEnd();
    assert.match(entry, /,\n {2}papernotes = \{[0-9a-f]{16}\}\n\}$/);
    assert.ok(isUnchangedOwnEntry(entry));
    assert.ok(isUnchangedOwnEntry(entry.replace(/\n/g, '\r\n')), 'line endings do not count as an edit');
    assert.ok(!isUnchangedOwnEntry(entry.replace('Sliced', 'Sliced (my edit)')), 'an edited title makes it the user\'s');
    assert.ok(!isUnchangedOwnEntry(entry.replace('2021', '2022')));
    assert.ok(!isUnchangedOwnEntry(entry.replace(/papernotes = \{[0-9a-f]+\}/, 'papernotes = {0000000000000000}')));
    assert.ok(!isUnchangedOwnEntry(`@misc{mine,\n  note = {Paper Notes catalogue},\n  keywords = {Paper Notes catalogue}\n}`), 'the marker keyword alone is not enough');
  });
});

describe('bibliography update: merging', () => {
  it('appends new entries and keeps the user\'s text byte for byte', () => {
    const result = plan(USER);
    assert.ok(result.text.startsWith(USER));
    assert.deepEqual(result.added, ['slicedrecursive2021']);
    assert.equal(scanBibText(result.text).entries.length, 3);
    assert.equal(applyEdits(USER, result.edits), result.text);
  });

  it('never overwrites an entry the user wrote for the same key', () => {
    const result = plan(USER, [mamba]);
    assert.equal(result.text, USER);
    assert.deepEqual(result.keptUsers, ['mamba2023']);
    assert.ok(result.unchanged);
  });

  it('updates its own unchanged entries in place and leaves everything else', () => {
    const stale = toBibtex({ ...sliced, cleanTitle: 'An Old Title' }).trimEnd();
    const before = `${USER}\n${stale}\n\n% trailing note\n`;
    const result = plan(before);
    assert.deepEqual(result.updated, ['slicedrecursive2021']);
    assert.equal(result.text, `${USER}\n${toBibtex(sliced).trimEnd()}\n\n% trailing note\n`);
    assert.ok(plan(result.text).unchanged, 'a second update changes nothing');
  });

  it('keeps an entry it wrote once the user edited it, even with the marker text in it, and says so', () => {
    const edited = toBibtex({ ...sliced, cleanTitle: 'An Old Title' }).trimEnd().replace('keywords = {', 'note2 = {my addition: Paper Notes catalogue},\n  keywords = {');
    const before = `${USER}\n${edited}\n`;
    const result = plan(before);
    assert.equal(result.text, before);
    assert.deepEqual(result.keptEdited, ['slicedrecursive2021']);
    assert.match(bibliographyMessage('references.bib', result, 1), /1 you edited, kept as yours \(slicedrecursive2021\)/);
    const pasted = `@misc{slicedrecursive2021,\n  title = {My notes},\n  note = {Paper Notes catalogue},\n  keywords = {Paper Notes catalogue}\n}\n`;
    assert.deepEqual(plan(pasted).keptUsers, ['slicedrecursive2021']);
  });

  it('writes with the file\'s line endings and keeps its byte order mark', () => {
    const crlf = USER.replace(/\n/g, '\r\n');
    const result = plan(crlf);
    assert.ok(result.text.startsWith(crlf));
    assert.doesNotMatch(result.text.replace(/\r\n/g, ''), /\n/, 'every appended line ends in CRLF');
    assert.ok(plan(result.text).unchanged, 'a CRLF entry of its own is still its own');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(USER)]);
    const bytes = planBibliographyBytes(bom, [sliced]);
    assert.ok(!bytes.refused);
    assert.deepEqual([...bytes.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(new TextDecoder().decode(bytes.bytes.subarray(3)), bytes.text);
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('@misc{a,\n  title = {M'), 0xfc, ...new TextEncoder().encode('ller}\n}\n')]);
    const outcome = planBibliographyBytes(latin1, [sliced]);
    assert.ok(outcome.refused);
    assert.match(outcome.reason, /^line 2, byte 13 is not valid UTF-8 \(0xfc\)/);
    assert.match(bibliographyMessage('refs.bib', outcome, 1), /^cannot update refs\.bib: line 2, byte 13 .* Nothing was written\.$/);
  });

  it('refuses a malformed file, saying where', () => {
    const outcome = planBibliography('@article{ok,\n title={x}}\n\n@book{broken,\n title = {no end}\n', [sliced]);
    assert.ok(outcome.refused);
    assert.equal(outcome.reason, "line 4, column 1: entry is not closed: a '}' is missing");
  });

  it('creates a new file from nothing, and says what it did', () => {
    const outcome = planBibliographyBytes(null, [sliced, mamba]);
    assert.ok(!outcome.refused);
    assert.deepEqual(scanBibText(outcome.text).entries.map((entry) => entry.key), ['slicedrecursive2021', 'mamba2023']);
    assert.equal(bibliographyMessage('references.bib', outcome, 2), 'references.bib updated (2 cited papers: 2 added).');
    assert.equal(bibliographyMessage('references.bib', plan(outcome.text, [sliced, mamba]), 2), 'references.bib is up to date (2 cited papers).');
  });
});

describe('bibliography update: the rules, one by one', () => {
  const mine = (key: string) => `@misc{${key}, title = {Mine}}`;

  it('appends after exactly one blank line, whatever the file ends with', () => {
    const fresh = toBibtex(sliced);
    assert.equal(plan('').text, fresh);
    assert.equal(plan(mine('x')).text, `${mine('x')}\n\n${fresh}`);
    assert.equal(plan(`${mine('x')}\n`).text, `${mine('x')}\n\n${fresh}`);
    assert.equal(plan(`${mine('x')}\n\n`).text, `${mine('x')}\n\n${fresh}`);
    assert.equal(plan(`${mine('x')}\r\n\r\n`).text, `${mine('x')}\r\n\r\n${fresh.replace(/\n/g, '\r\n')}`);
    assert.equal(plan(`${mine('x')}\r\n`).text, `${mine('x')}\r\n\r\n${fresh.replace(/\n/g, '\r\n')}`);
    assert.equal(plan('', [sliced, mamba]).text, `${fresh}\n${toBibtex(mamba)}`);
  });

  it('refreshes stale entries of its own in place, in order, with the file\'s line endings', () => {
    const staleA = toBibtex({ ...sliced, cleanTitle: 'Old A' }).trimEnd().replace(/\n/g, '\r\n');
    const staleB = toBibtex({ ...mamba, cleanTitle: 'Old B' }).trimEnd().replace(/\n/g, '\r\n');
    const before = `${staleB}\r\n\r\n${mine('x')}\r\n\r\n${staleA}\r\n`;
    const result = plan(before, [sliced, mamba]);
    assert.deepEqual(result.updated, ['slicedrecursive2021', 'mamba2023']);
    assert.deepEqual(result.edits.map((edit) => edit.start), [0, before.indexOf('@misc{slicedrecursive2021')], 'edits in order of the file');
    assert.equal(result.text, `${toBibtex(mamba).trimEnd().replace(/\n/g, '\r\n')}\r\n\r\n${mine('x')}\r\n\r\n${toBibtex(sliced).trimEnd().replace(/\n/g, '\r\n')}\r\n`);
  });

  it('treats a key defined twice: any entry of the user\'s wins; its own duplicates are all refreshed', () => {
    const own = toBibtex({ ...sliced, cleanTitle: 'Old' }).trimEnd();
    const users = plan(`${own}\n\n@misc{slicedrecursive2021, title = {Mine}}\n`);
    assert.deepEqual([users.keptUsers, users.keptEdited, users.updated, users.unchanged], [['slicedrecursive2021'], [], [], true]);
    const edited = plan(`${own.replace('Old', 'Older')}\n\n${own}\n`);
    assert.deepEqual([edited.keptUsers, edited.keptEdited, edited.unchanged], [[], ['slicedrecursive2021'], true], 'one of its own edited: all kept');
    const twice = plan(`${own}\n\n${own}\n`);
    assert.deepEqual(twice.updated, ['slicedrecursive2021']);
    assert.equal(twice.edits.length, 2);
    const userPlain = plan(`@misc{slicedrecursive2021, title = {Mine}}\n`);
    assert.deepEqual([userPlain.keptUsers, userPlain.keptEdited], [['slicedrecursive2021'], []]);
  });

  it('says how many problems a malformed file has', () => {
    const outcome = planBibliography('@misc{a, t = {x}\n@misc{b, t = {y}\n@misc{c, t = {z}\n', [sliced]);
    assert.ok(outcome.refused);
    assert.equal(outcome.reason, "line 1, column 1: entry is not closed: a '}' is missing (and 2 more problems)");
    const two = planBibliography('@misc{a, t = {x}\n@misc{b, t = {y}\n', [sliced]);
    assert.ok(two.refused);
    assert.match(two.reason, /\(and 1 more problem\)$/);
  });

  it('passes a refusal on from the bytes, and writes nothing for an unchanged file', () => {
    const bad = planBibliographyBytes(new TextEncoder().encode('@misc{a, t = {x}\n'), [sliced]);
    assert.ok(bad.refused);
    const same = planBibliographyBytes(new TextEncoder().encode(toBibtex(sliced)), [sliced]);
    assert.ok(!same.refused && same.unchanged && same.edits.length === 0);
    assert.equal(same.source, toBibtex(sliced));
    const none = planBibliographyBytes(null, []);
    assert.ok(!none.refused && none.unchanged && none.text === '' && none.bytes.length === 0);
  });

  it('speaks in whole sentences, singular and plural', () => {
    const base = { refused: false as const, text: '', edits: [], added: [], updated: [], keptEdited: [], keptUsers: [], unchanged: false };
    assert.equal(bibliographyMessage('r.bib', { ...base, added: ['a'], updated: ['b', 'c'], keptUsers: ['d'] }, 1),
      'r.bib updated (1 cited paper: 1 added, 2 updated, 1 kept as you wrote it).');
    assert.equal(bibliographyMessage('r.bib', { ...base, keptUsers: ['d', 'e'], keptEdited: ['f', 'g'], unchanged: true }, 4),
      'r.bib is up to date (4 cited papers: 2 kept as you wrote them, 2 you edited, kept as yours (f, g)).');
    assert.equal(bibliographyMessage('r.bib', { ...base, unchanged: true }, 0), 'r.bib is up to date (0 cited papers).');
    assert.equal(bibliographyMessage('r.bib', { refused: true, reason: 'why' }, 3), 'cannot update r.bib: why. Nothing was written.');
  });
});
