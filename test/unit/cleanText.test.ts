import * as assert from 'node:assert/strict';
import { cleanText } from '../../src/core/cleanText';
import { realCatalogue } from './helpers';

describe('cleanText', () => {
  const cases: [string, string][] = [
    ['6400times6400 images, 16times16 patches', '6400×6400 images, 16×16 patches'],
    ['3.09times faster (5times fewer)', '3.09× faster (5× fewer)'],
    ['up to 5.18\\times$ latency reductions and 42.9%$ energy savings', 'up to 5.18× latency reductions and 42.9% energy savings'],
    ['reduced by over 50\\%, and 1\\%-10\\%', 'reduced by over 50%, and 1%-10%'],
    ['$Δ$-DiT: A Training-Free Acceleration Method', 'Δ-DiT: A Training-Free Acceleration Method'],
    ['reduces training costs (by sim 50%) and', 'reduces training costs (by ~50%) and'],
    ['an accuracy of 96.00% pm 0.48% for', 'an accuracy of 96.00% ± 0.48% for'],
    ['where (xi cdot 100%) of labels and 100 (1-xi)%', 'where (ξ · 100%) of labels and 100 (1-ξ)%'],
    ['O(L^{{4}/{3}}) memory and O(n^2) time', 'O(L^(4/3)) memory and O(n²) time'],
    ['a gap $\\leq$ 2% and $\\to$ linear, not \\unknown', 'a gap ≤ 2% and → linear, not unknown'],
    ['softmax(XQK^top X^top), weights W^star', 'softmax(XQKᵀ Xᵀ), weights W*'],
    ['on PIXART-alpha; Delta-Cache; adapters alpha B A / r', 'on PIXART-α; Δ-Cache; adapters α B A / r'],
    ['this \\emph{scan and snap} dynamics and {\\em parameter and retrieval} levels', 'this scan and snap dynamics and parameter and retrieval levels'],
    ["a ``memory wall'', the \"training'' set", 'a “memory wall”, the “training” set'],
    ['reconstruction~-- that of Something-Something~v2', 'reconstruction — that of Something-Something v2'],
    ['a compact size (13~15M) and 10~30% less, ~24x faster', 'a compact size (13–15M) and 10–30% less, ~24x faster'],
    ['a similar Embedding\\&MLP paradigm', 'a similar Embedding&MLP paradigm'],
    ['we implement \\proj, a novel technique', 'we implement proj, a novel technique'],
    ['non\u00a0breaking', 'non breaking'],
    ['improves by 2\\,\\% and runs 10{\\texttimes} faster, 5\\texttimes{} smaller', 'improves by 2% and runs 10× faster, 5× smaller'],
    ['a thin\\,space, a medium\\;one, a negative\\!one', 'a thin space, a medium one, a negativeone'],
    ['an F$_1$ of 91.2 and F_{1} of 90.1, AP$_{50}$ of 60.2', 'an F_1 of 91.2 and F_1 of 90.1, AP_50 of 60.2'],
    // What a CSL-JSON export keeps of TeX (a BibTeX file's is converted by its reader): calligraphic letters, longer inline math, dashes
    // between words, ties before numbers.
    ['inference cost is $\\mathcal{O}(L)$ in the length~$L$, $\\mathcal{O}(L \\log L)$ memory', 'inference cost is O(L) in the length L, O(L log L) memory'],
    ['built from Kolmogorov--Arnold layers; pages 10--20', 'built from Kolmogorov–Arnold layers; pages 10–20'],
    ['72.4% mIoU on S3DIS Area~5 and Table~3', '72.4% mIoU on S3DIS Area 5 and Table 3'],
    ['We introduce \\textsc{Gale} and {\\sc Kestrel}, a \\texttt{tt} one', 'We introduce Gale and Kestrel, a tt one'],
    ['costs $5 and $10; $\\mathbb{R}^d$ and $\\operatorname{softmax}(x)$', 'costs $5 and $10; Rᵈ and softmax(x)'],
  ];
  for (const [raw, clean] of cases) {
    it(`cleans ${JSON.stringify(raw.slice(0, 40))}`, () => assert.equal(cleanText(raw), clean));
  }

  it('leaves ordinary words alone', () => {
    const text = 'sometimes runtimes take 25 times longer; a delta of 5; the beta version; simple and similar';
    assert.equal(cleanText(text), text);
  });

  it('is idempotent', () => {
    for (const paper of realCatalogue().papers) assert.equal(cleanText(paper.cleanAbstract), paper.cleanAbstract, paper.key);
  });

  it('leaves no LaTeX debris in any cleaned abstract of the catalogue', () => {
    for (const paper of realCatalogue().papers) {
      assert.doesNotMatch(paper.cleanAbstract, /\\[A-Za-z%&_#$]|\$|\dtimes|\bsim \d|``|''| pm \d|\^\{/, paper.key);
      assert.doesNotMatch(paper.cleanTitle, /\$/, paper.key);
    }
  });
});
