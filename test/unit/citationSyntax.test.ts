import * as assert from 'node:assert/strict';
import { citationAt, citationGroupAt, findCitations, outsideRanges, scanInline } from '../../src/core/citationSyntax';

const keys = (line: string) => findCitations(line).map((citation) => citation.key);

describe('citation syntax', () => {
  it('finds every Pandoc form', () => {
    assert.deepEqual(keys('As shown [@specdetr2024].'), ['specdetr2024']);
    assert.deepEqual(keys('[@key, p. 33]'), ['key']);
    assert.deepEqual(keys('[see @a, ch. 1; also @b]'), ['a', 'b']);
    assert.deepEqual(keys('[-@key]'), ['key']);
    assert.deepEqual(keys('@key says so'), ['key']);
    assert.deepEqual(keys('@{weird key}'), ['weird key']);
    assert.deepEqual(keys('and @smith2020.'), ['smith2020']);
    assert.deepEqual(keys('keys with internal punctuation @doe:2020-b; here'), ['doe:2020-b']);
  });

  it('gives exact ranges, locators and prefixes', () => {
    const line = 'x [see @alpha2020, p. 3; -@beta2021] y';
    const [a, b] = findCitations(line);
    assert.equal(line.slice(a.start, a.end), '@alpha2020');
    assert.equal(line.slice(a.keyStart, a.keyEnd), 'alpha2020');
    assert.equal(a.prefix, 'see');
    assert.equal(a.locator, 'p. 3');
    assert.equal(line.slice(b.start, b.end), '-@beta2021');
    assert.ok(b.suppressAuthor);
    assert.deepEqual(a.group, { start: 2, end: line.indexOf(']') + 1 });
    assert.deepEqual(a.group, b.group);
  });

  it('ignores code spans, e-mails, escapes and link targets', () => {
    assert.deepEqual(keys('`[@code]` and ``a @b`` but [@real]'), ['real']);
    assert.deepEqual(keys('mail me at someone@example.com'), []);
    assert.deepEqual(keys('an escaped \\@notakey'), []);
    assert.deepEqual(keys('a double-escaped \\\\@key'), ['key']);
    assert.deepEqual(keys('@'), []);
    assert.deepEqual(keys('@ alone'), []);
  });

  it('handles unicode around keys', () => {
    assert.deepEqual(keys('Δ-DiT [@deltadit2024]—fast'), ['deltadit2024']);
    assert.deepEqual(keys('«@müller2020»'), ['müller2020']);
  });

  it('finds the citation and group under the cursor', () => {
    const line = 'see [@a; @bb] now';
    const citations = findCitations(line);
    assert.equal(citationAt(citations, line.indexOf('bb'))?.key, 'bb');
    assert.equal(citationAt(citations, line.indexOf(']'))?.key, 'bb');
    assert.equal(citationAt(citations, line.indexOf('@a'))?.key, 'a');
    assert.equal(citationAt(citations, 0), undefined);
    assert.equal(citationAt(citations, line.indexOf(';') + 1), undefined);
    assert.deepEqual(citationGroupAt(citations, line.indexOf(';')), { group: { start: 4, end: 13 }, keys: ['a', 'bb'] });
    assert.equal(citationGroupAt(citations, 4), undefined, 'on the [ itself is not inside');
    assert.equal(citationGroupAt(citations, 1), undefined);
  });

  it('tells where citations cannot be typed: code, HTML, URLs, link text and destinations', () => {
    const line = 'a `code @x` <b title="@y">b</b> https://x.org/@z [t @w](u) end';
    const { excluded } = scanInline(line);
    for (const inside of ['@x', '@y', '@z', '@w', '(u)']) assert.ok(!outsideRanges(excluded, line.indexOf(inside) + 1), inside);
    for (const outside of ['a ', ' end']) assert.ok(outsideRanges(excluded, line.indexOf(outside) + 1), outside);
    assert.ok(outsideRanges(excluded, line.indexOf('`')), 'the start of a code span is still outside it');
  });

  it('never produces ranges outside the line or out of order, whatever surrounds the keys (property)', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['[', ']', '@', ';', ' ', '-', '`', '\\', 'a', 'key2020', 'Δ', ',', 'p. 3', '{', '}', 'x@y.z', '\t', '.'];
    for (let n = 0; n < 3000; n++) {
      let line = '';
      const planted = `plant${n}`;
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) line += pieces[Math.floor(random() * pieces.length)];
      const withKey = `${line} [@${planted}] ${line.replace(/[`\\]/g, '')}`;
      let previousEnd = -1;
      for (const citation of findCitations(withKey)) {
        assert.ok(citation.start >= 0 && citation.end <= withKey.length && citation.start < citation.end, withKey);
        assert.ok(citation.start >= previousEnd, withKey);
        assert.equal(withKey.slice(citation.keyStart, citation.keyEnd), citation.key, withKey);
        previousEnd = citation.end;
      }
      if (!line.includes('`') && !line.includes('\\')) {
        assert.ok(keys(withKey).includes(planted), `lost ${planted} in ${JSON.stringify(withKey)}`);
      }
    }
  });
});
