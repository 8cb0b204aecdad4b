import * as assert from 'node:assert/strict';
import { editDistance } from '../../src/core/editDistance';
import { nearestKeys } from '../../src/core/nearestKeys';
import { realCatalogue } from './helpers';

const keys = realCatalogue().papers.map((paper) => paper.key);

describe('nearest keys', () => {
  it('suggests the key a typo was meant to be', () => {
    assert.equal(nearestKeys('slicedrecursiv2021', keys)[0], 'slicedrecursive2021');
    assert.equal(nearestKeys('mambaa2023', keys)[0], 'mamba2023');
  });

  it('suggests the right paper for a wrong or missing year', () => {
    assert.equal(nearestKeys('mamba2022', keys)[0], 'mamba2023');
    assert.equal(nearestKeys('informer', keys)[0], 'informer2020');
    assert.equal(nearestKeys('specdetr', keys)[0], 'specdetr2024');
  });

  it('suggests nothing for a key that is like no other, and at most the asked count', () => {
    assert.deepEqual(nearestKeys('zzzzqqqq1999', keys), []);
    assert.ok(nearestKeys('transformer2021', keys, 2).length <= 2);
  });

  it('measures edit distance with a cut-off, a transposition counting as one edit', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 1), 2);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('mamab', 'mamba', 2), 1);
    assert.equal(editDistance('atention', 'attention', 2), 1);
    assert.equal(editDistance('abc', 'xyz', 1), 2);
  });
});
