import * as assert from 'node:assert/strict';
import { assignKeys, baseKeyFor, keyPart } from '../../src/core/citationKey';
import { keyStem, shortNameOf } from '../../src/core/titleParts';
import { PINNED_KEYS } from './fixtures/pinnedKeys';
import { realCatalogue } from './helpers';

describe('citation keys', () => {
  it('are exactly the pinned 194 keys (a change to any key must be deliberate)', () => {
    const keys = realCatalogue().papers.map((paper) => paper.key).sort();
    assert.equal(PINNED_KEYS.length, 194);
    assert.deepEqual(keys, [...PINNED_KEYS].sort());
  });

  it('are unique, lowercase ASCII letters and digits, and start with a letter', () => {
    const keys = realCatalogue().papers.map((paper) => paper.key);
    assert.equal(new Set(keys).size, keys.length);
    for (const key of keys) assert.match(key, /^[a-z][a-z0-9]*$/);
  });

  it('end with the paper year; an undated paper\'s key is its stem alone', () => {
    for (const paper of realCatalogue().papers) {
      if (paper.year === null) assert.match(paper.key, /^[a-z]+$/, paper.key);
      else assert.ok(paper.key.endsWith(String(paper.year)), paper.key);
    }
    assert.equal(baseKeyFor('DreamVLA: A Vision-Language-Action Model', null), 'dreamvla');
  });

  it('have a stem: the key without its year and collision letter', () => {
    assert.equal(keyStem('slicedrecursive2021'), 'slicedrecursive');
    assert.equal(keyStem('transformer2020b'), 'transformer');
    assert.equal(keyStem('dreamvla'), 'dreamvla');
    assert.equal(keyStem('c5t52021'), 'c5t5');
  });

  it('use the short name before a colon', () => {
    assert.equal(baseKeyFor('SpecDETR: A Transformer-based Hyperspectral Point Object Detection Network', 2024), 'specdetr2024');
    assert.equal(baseKeyFor('Tokens-to-Token ViT: Training Vision Transformers from Scratch on ImageNet', 2021), 'tokenstotokenvit2021');
    assert.equal(baseKeyFor('$Δ$-DiT: A Training-Free Acceleration Method', 2024), 'deltadit2024');
  });

  it('fall back to the first significant title words when there is no short name', () => {
    assert.equal(baseKeyFor('Sliced Recursive Transformer', 2021), 'slicedrecursive2021');
    assert.equal(baseKeyFor('Transformer in Transformer', 2021), 'transformertransformer2021');
    assert.equal(baseKeyFor('To grok or not to grok: Disentangling generalization', 2023), 'grokgrokdisentangling2023');
    assert.equal(shortNameOf('Transformers in Time Series: A Survey'), null);
    assert.equal(shortNameOf('Transformers in Time: A Survey'), 'Transformers in Time');
    assert.equal(shortNameOf('Mamba - Linear Time'), null);
    assert.equal(shortNameOf('Mamba - Linear Time', { dash: true }), 'Mamba');
    assert.equal(shortNameOf('Mamba: Linear - Time', { dash: true }), 'Mamba');
    assert.equal(shortNameOf(': No Head'), null);
    assert.equal(baseKeyFor('Transformer-based Image Generation from Scene Graphs', 2023), 'transformerimage2023');
  });

  it('fold accents and Greek letters to ASCII', () => {
    assert.equal(keyPart('Café Δ-Net'), 'cafedeltanet');
    assert.equal(baseKeyFor('123: Numbers first', 2020), 'p1232020');
  });

  it('suffix collisions with b, c, ... in date order', () => {
    const papers = [
      { title: 'Mamba: later', year: 2023, date: '2023-12-01' },
      { title: 'Mamba: earlier', year: 2023, date: '2023-01-01' },
      { title: 'Mamba: middle', year: 2023, date: '2023-06-01' },
    ];
    const keys = assignKeys(papers);
    assert.deepEqual(papers.map((paper) => keys.get(paper)), ['mamba2023c', 'mamba2023', 'mamba2023b']);
  });
});
