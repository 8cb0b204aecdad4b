import * as assert from 'node:assert/strict';
import type { Summary } from '../../src/core/paper';
import { inlayHintText, MAX_HINT_LENGTH } from '../../src/core/summaryView';
import { makePaper, realCatalogue } from './helpers';

const summary = (fields: Partial<Summary>): Summary => ({ kind: 'architecture', name: null, family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null, ...fields });

describe('inlay hint text', () => {
  const papers = new Map(realCatalogue().papers.map((paper) => [paper.key, paper]));
  const catalogue = { get: (key: string) => papers.get(key) };

  it('is the model\'s name in name mode, nothing when off', () => {
    assert.equal(inlayHintText(catalogue.get('mamba2023')!, 'name'), 'Mamba');
    assert.equal(inlayHintText(catalogue.get('slicedrecursive2021')!, 'name'), 'SReT');
    assert.equal(inlayHintText(catalogue.get('mamba2023')!, 'off'), null);
  });

  it('adds the most telling family and the headline result in summary mode', () => {
    const paper = makePaper({ summary: summary({ name: 'Mamba', family: ['transformer', 'ssm'], results: [{ value: '5x', metric: 'throughput' }, { value: '2%', metric: 'gain' }] }) });
    assert.equal(inlayHintText(paper, 'summary'), 'Mamba · SSM · 5x throughput');
    const vit = makePaper({ summary: summary({ name: 'SReT', family: ['transformer', 'vision-transformer'] }) });
    assert.equal(inlayHintText(vit, 'summary'), 'SReT · ViT', 'no empty parts');
    assert.equal(inlayHintText(catalogue.get('slicedrecursive2021')!, 'summary'), 'SReT · ViT · ~2% gain');
  });

  it('names a paper without a model name by its title\'s short name; in name mode a paper without one gets no hint', () => {
    assert.equal(inlayHintText(makePaper({ cleanTitle: 'Deep Residual Learning for Image Recognition', summary: null }), 'summary'), 'Deep Residual Learning for Image…');
    assert.equal(inlayHintText(makePaper({ cleanTitle: 'Deep Residual Learning for Image Recognition', summary: null }), 'name'), null);
    assert.equal(inlayHintText(makePaper({ cleanTitle: 'GLUE: A Multi-Task Benchmark', summary: summary({}) }), 'name'), 'GLUE');
  });

  it(`never runs past ${MAX_HINT_LENGTH} characters, cutting at a word`, () => {
    const long = makePaper({ summary: summary({ name: 'Name', family: ['hybrid'], results: [{ value: '3.5%', metric: 'improvement on a very long list of benchmarks that goes on and on' }] }) });
    const text = inlayHintText(long, 'summary')!;
    assert.ok(text.length <= MAX_HINT_LENGTH, text);
    assert.match(text, /^Name · Hybrid · 3\.5% improvement on a very long list of\S*…$/);
    assert.equal(inlayHintText(makePaper({ summary: summary({ name: 'A\n  B' }) }), 'name'), 'A B', 'one line');
  });
});
