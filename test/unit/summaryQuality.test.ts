import * as assert from 'node:assert/strict';
import type { Summary } from '../../src/core/paper';
import { macroAverage, scoreSummaries, summaryDifferences, type SummaryLabel } from '../../src/core/summaryQuality';

/** A label with every field empty but what a test sets. */
const label = (key: string, fields: Partial<SummaryLabel> = {}): SummaryLabel => ({
  key, split: 'tune', kind: 'architecture', name: null, family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null, ...fields,
});
/** A summary with every field empty but what a test sets; results given by their values. */
const summary = (fields: Partial<Omit<Summary, 'results'>> & { results?: string[] } = {}): Summary => ({
  kind: 'architecture', name: null, family: [], modalities: [], tasks: [], datasets: [], complexity: null, ...fields,
  results: (fields.results ?? []).map((value) => ({ value, metric: 'score' })),
});
const scoreOf = (labels: SummaryLabel[], summaries: Record<string, Summary>, field: string) =>
  scoreSummaries(labels, (key) => summaries[key]).find((score) => score.field === field)!;

describe('summary quality: the scorer behind every figure of npm run bench -- summaries', () => {
  it('scores a list field by micro precision and recall over all papers, each label matched once', () => {
    const labels = [label('a', { family: ['cnn', 'transformer'] }), label('b', { family: ['ssm'] })];
    const score = scoreOf(labels, { a: summary({ family: ['transformer', 'transformer', 'moe'] }), b: summary({ family: ['ssm'] }) }, 'family');
    // Predicted 4 (one transformer too many, moe wrong), right 2; labelled 3, found 2.
    assert.equal(score.measure, 'F1');
    assert.equal(score.precision, 2 / 4);
    assert.equal(score.recall, 2 / 3);
    assert.ok(Math.abs(score.score - (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3)) < 1e-12);
  });

  it('counts nothing predicted as full precision, nothing labelled as full recall, and both wrong as F1 0', () => {
    assert.deepEqual(scoreOf([label('a', { tasks: ['x'] })], { a: summary() }, 'tasks'), { field: 'tasks', measure: 'F1', score: 0, precision: 1, recall: 0 });
    assert.deepEqual(scoreOf([label('a')], { a: summary({ tasks: ['x'] }) }, 'tasks'), { field: 'tasks', measure: 'F1', score: 0, precision: 0, recall: 1 });
    assert.deepEqual(scoreOf([label('a')], { a: summary() }, 'tasks'), { field: 'tasks', measure: 'F1', score: 1, precision: 1, recall: 1 });
  });

  it('matches tasks when one phrase holds the other, datasets by letters and digits, results as normalized values, families exactly', () => {
    const labels = [label('a', {
      tasks: ['time series forecasting'], datasets: ['ImageNet-1K'], results: ['2.5x', '83.3%'], family: ['vision-transformer'],
    })];
    const summaries = { a: summary({ tasks: ['forecasting'], datasets: ['imagenet 1k'], results: ['2.5 ×', '83.3 percent'], family: ['transformer'] }) };
    assert.equal(scoreOf(labels, summaries, 'tasks').score, 1);
    assert.equal(scoreOf(labels, summaries, 'datasets').score, 1);
    assert.equal(scoreOf(labels, summaries, 'results').score, 1);
    assert.equal(scoreOf(labels, summaries, 'family').score, 0, 'a family is the same family or none');
    assert.equal(scoreOf([label('b', { tasks: ['image classification'] })], { b: summary({ tasks: ['image generation'] }) }, 'tasks').score, 0);
    assert.equal(scoreOf([label('c', { datasets: ['COCO'] })], { c: summary({ datasets: ['COCO-Stuff'] }) }, 'datasets').score, 0);
    assert.equal(scoreOf([label('d', { results: ['83.3%'] })], { d: summary({ results: ['83.4%'] }) }, 'results').score, 0);
  });

  it('scores kind, name and complexity by accuracy, a missing name and complexity as null', () => {
    const labels = [label('a', { kind: 'method', name: 'LoRA', complexity: 'linear' }), label('b', { name: null })];
    const summaries = { a: summary({ kind: 'method', name: 'LoRA', complexity: 'O(n)' }), b: summary({ kind: 'method' }) };
    assert.deepEqual(scoreOf(labels, summaries, 'kind'), { field: 'kind', measure: 'accuracy', score: 0.5 });
    assert.deepEqual(scoreOf(labels, summaries, 'name'), { field: 'name', measure: 'accuracy', score: 1 });
    assert.deepEqual(scoreOf(labels, summaries, 'complexity'), { field: 'complexity', measure: 'accuracy', score: 0.5 });
    assert.equal(scoreOf([], {}, 'kind').score, 0, 'no labels: no accuracy');
    assert.equal(scoreOf([label('c', { name: 'A', complexity: 'linear' })], { c: summary({ name: 'B', complexity: 'linear' }) }, 'name').score, 0);
    assert.equal(scoreOf([label('c', { name: 'A', complexity: 'linear' })], { c: summary({ name: 'B', complexity: 'linear' }) }, 'complexity').score, 1);
  });

  it('gives the macro average of the fields, and every field once', () => {
    const scores = scoreSummaries([label('a', { tasks: ['x'] })], () => summary());
    assert.deepEqual(scores.map((score) => score.field), ['kind', 'name', 'family', 'modalities', 'tasks', 'datasets', 'results', 'complexity']);
    assert.equal(macroAverage(scores), 7 / 8);
  });

  it('lists what differs, field by field, families and modalities in any order', () => {
    const want = label('a', { kind: 'method', family: ['rnn', 'cnn'], modalities: ['vision', 'audio'], tasks: ['x'], results: ['1%'] });
    assert.deepEqual(summaryDifferences(want, summary({ kind: 'method', family: ['cnn', 'rnn'], modalities: ['vision', 'audio'], tasks: ['x'], results: ['1%'] })), []);
    assert.deepEqual(summaryDifferences(want, summary({ kind: 'method', family: ['rnn', 'cnn'], modalities: ['audio', 'vision'], tasks: ['x'], results: ['1%'] })), []);
    assert.deepEqual(summaryDifferences(want, summary({ name: 'N', tasks: ['y'], datasets: ['D'], results: ['2%'], complexity: 'linear' })), [
      'kind: got "architecture", want "method"',
      'name: got "N", want null',
      'family: got [], want ["cnn","rnn"]',
      'modalities: got [], want ["audio","vision"]',
      'tasks: got ["y"], want ["x"]',
      'datasets: got ["D"], want []',
      'results: got ["2%"], want ["1%"]',
      'complexity: got "linear", want null',
    ]);
  });
});
