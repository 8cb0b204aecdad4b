import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FAMILIES, KINDS, MODALITIES, summarize } from '../../src/core/summarize';
import { macroAverage, scoreSummaries, type SummaryLabel } from '../../src/core/summaryQuality';
import { realCatalogue, ROOT } from './helpers';

const labels = (JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'summaryLabels.json'), 'utf8')) as { labels: SummaryLabel[] }).labels;
const byKey = new Map(realCatalogue().papers.map((paper) => [paper.key, paper]));
const summaryOf = (key: string) => {
  const paper = byKey.get(key);
  assert.ok(paper, `labelled key ${key} is not in the catalogue`);
  return summarize({ title: paper.title, abstract: paper.cleanAbstract });
};

describe('summarize', () => {
  it('has at least 50 labelled papers covering every kind, family and modality', () => {
    assert.ok(labels.length >= 50);
    for (const kind of KINDS) assert.ok(labels.some((label) => label.kind === kind), kind);
    for (const family of FAMILIES) assert.ok(labels.some((label) => label.family.includes(family)), family);
    for (const modality of MODALITIES) assert.ok(labels.some((label) => label.modalities.includes(modality)), modality);
    assert.ok(labels.filter((label) => label.split === 'holdout').length >= 10);
  });

  it('stays above its quality floor on the labelled set (macro >= 0.9, no field below 0.8)', () => {
    const scores = scoreSummaries(labels, summaryOf);
    for (const score of scores) assert.ok(score.score >= 0.8, `${score.field} fell to ${score.score.toFixed(3)}`);
    assert.ok(macroAverage(scores) >= 0.9, `macro fell to ${macroAverage(scores).toFixed(3)}`);
  });

  it('stays above 0.85 macro on the held-out labels it was not tuned on', () => {
    const held = labels.filter((label) => label.split === 'holdout');
    assert.ok(macroAverage(scoreSummaries(held, summaryOf)) >= 0.85);
  });

  it('reads SReT field by field', () => {
    const summary = summaryOf('slicedrecursive2021');
    assert.equal(summary.kind, 'architecture');
    assert.equal(summary.name, 'SReT');
    assert.deepEqual(summary.family, ['transformer', 'vision-transformer']);
    assert.deepEqual(summary.modalities, ['vision']);
    assert.deepEqual(summary.datasets, ['ImageNet-1K']);
  });

  it('gives results as value, metric and dataset, with times written as x', () => {
    const dhvt = summaryOf('bridginggapbetween2022');
    assert.deepEqual(dhvt.results[0], { value: '85.68%', metric: 'state-of-the-art performance', dataset: 'CIFAR-100' });
    const bigmac = summaryOf('bigmac2025');
    assert.deepEqual(bigmac.results.map((result) => result.value), ['3.09x', '3.11x']);
    assert.deepEqual(summaryOf('lmuformer2024').results.map((result) => result.value).slice(0, 2), ['53x', '65x']);
  });

  it('reads stated complexity, not complexity it merely mentions', () => {
    assert.equal(summaryOf('informer2020').complexity, 'O(L log L)');
    assert.equal(summaryOf('mamba2023').complexity, 'linear');
    assert.equal(summaryOf('mamba3602024').complexity, null);
    assert.equal(summaryOf('lookupvit2024').complexity, null);
  });

  it('labels nothing it cannot see: an abstract without cues gets empty lists and no name', () => {
    const summary = summarize({ title: 'Notes on things', abstract: 'We discuss some ideas about learning.' });
    assert.equal(summary.name, null);
    assert.deepEqual([summary.family, summary.modalities, summary.tasks, summary.datasets, summary.results], [[], [], [], [], []]);
    assert.equal(summary.complexity, null);
  });

  it('is in every catalogue paper, built at build time', () => {
    for (const paper of realCatalogue().papers) {
      assert.ok(paper.summary, paper.key);
      assert.ok((KINDS as readonly string[]).includes(paper.summary.kind));
      for (const family of paper.summary.family) assert.ok((FAMILIES as readonly string[]).includes(family));
      for (const modality of paper.summary.modalities) assert.ok((MODALITIES as readonly string[]).includes(modality));
    }
  });
});
