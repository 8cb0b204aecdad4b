import * as assert from 'node:assert/strict';
import { FAMILIES, KINDS, MODALITIES, normalizeResultValue, summarize } from '../../src/core/summarize';
import { macroAverage, scoreKinds, scoreSummaries, type SummaryLabel } from '../../src/core/summaryQuality';
import { catalogueLabels, labelAsSummary, outsideLabels, outsideSummaries, secondLabels } from '../shared/summaryLabels';
import { realCatalogue } from './helpers';
import type { Summary } from '../../src/core/paper';

const labels = catalogueLabels();
const byKey = new Map(realCatalogue().papers.map((paper) => [paper.key, paper]));
const summaryOf = (key: string) => {
  const paper = byKey.get(key);
  assert.ok(paper, `labelled key ${key} is not in the catalogue`);
  return summarize({ title: paper.title, abstract: paper.cleanAbstract });
};

/** The summary of an abstract under a title (one that names nothing, unless a test gives one). */
const summaryOfText = (abstract: string, title = 'X') => summarize({ title, abstract });
/** The result values a summary of the text reads. */
const resultValuesOf = (abstract: string, title = 'X'): string[] => summaryOfText(abstract, title).results.map((result) => result.value);
const tasksOfText = (abstract: string): string[] => summaryOfText(abstract).tasks;
const datasetsOfText = (abstract: string): string[] => summaryOfText(abstract).datasets;

const FLOORS = { tune: { macro: 0.9, field: 0.75 }, holdout: { macro: 0.81, field: 0.65 }, outside: { macro: 0.82, field: 0.74 } };

describe('summarize', () => {
  it('has every catalogue paper labelled, every kind, family and modality among them, and a quarter held out', () => {
    assert.deepEqual(new Set(labels.map((label) => label.key)), new Set(byKey.keys()));
    for (const kind of KINDS) assert.ok(labels.some((label) => label.kind === kind), kind);
    for (const family of FAMILIES) assert.ok(labels.some((label) => label.family.includes(family)), family);
    for (const modality of MODALITIES) assert.ok(labels.some((label) => label.modalities.includes(modality)), modality);
    assert.ok(labels.filter((label) => label.split === 'holdout').length >= labels.length / 4);
  });

  it('has a second, blind labelling of every catalogue and outside abstract, in the guide\'s terms, and the two labellings agree', () => {
    const second = secondLabels();
    const outside = outsideLabels();
    assert.deepEqual(second.map((label) => label.key), [...labels, ...outside].map((label) => label.key));
    for (const label of second) {
      assert.ok((KINDS as readonly string[]).includes(label.kind), `${label.key}: kind ${label.kind}`);
      for (const family of label.family) assert.ok((FAMILIES as readonly string[]).includes(family), `${label.key}: family ${family}`);
      for (const modality of label.modalities) assert.ok((MODALITIES as readonly string[]).includes(modality), `${label.key}: modality ${modality}`);
      assert.equal(typeof label.kindSure, 'boolean');
    }
    // Two readers of one guide agree far above where the summarizer stands: the gap is the summarizer's, not the labels'.
    const byKey2 = new Map(second.map((label) => [label.key, labelAsSummary(label)]));
    for (const set of [labels, outside as unknown as SummaryLabel[]]) assert.ok(macroAverage(scoreSummaries(set, (key) => byKey2.get(key)!)) >= 0.95);
  });

  // Floors, a little under what `npm run bench -- summaries` measures: a rule change that loses quality fails here.
  const floors = (name: string, scores: ReturnType<typeof scoreSummaries>, macro: number, field: number): void => {
    for (const score of scores) assert.ok(score.score >= field, `${name}: ${score.field} fell to ${score.score.toFixed(3)}`);
    assert.ok(macroAverage(scores) >= macro, `${name}: macro fell to ${macroAverage(scores).toFixed(3)}`);
  };

  it('stays above its quality floors on the tuning and the held-out labels', () => {
    floors('tuning', scoreSummaries(labels.filter((label) => label.split === 'tune'), summaryOf), FLOORS.tune.macro, FLOORS.tune.field);
    floors('held out', scoreSummaries(labels.filter((label) => label.split === 'holdout'), summaryOf), FLOORS.holdout.macro, FLOORS.holdout.field);
  });

  it('stays above its floor on abstracts from outside the catalogue, read as a BibTeX library', () => {
    const outside = outsideLabels();
    assert.ok(outside.length >= 60);
    const summaries = outsideSummaries(outside);
    assert.equal(summaries.size, outside.length, 'every outside abstract loads and gets a summary');
    floors('outside', scoreSummaries(outside as unknown as SummaryLabel[], (key) => summaries.get(key)!), FLOORS.outside.macro, FLOORS.outside.field);
  });

  it('scores kinds one by one: precision over the papers read as a kind, recall over those labelled it', () => {
    const label = (key: string, kind: string): SummaryLabel => ({
      key, split: 'tune', kind, name: null, family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null,
    });
    const read = new Map([['a', 'method'], ['b', 'architecture'], ['c', 'architecture'], ['d', 'survey']]);
    const scores = scoreKinds([label('a', 'method'), label('b', 'method'), label('c', 'architecture'), label('d', 'analysis')],
      (key) => ({ ...summarize({ title: 'x', abstract: 'y' }), kind: read.get(key)! }));
    assert.deepEqual(scores, [
      { kind: 'analysis', labelled: 1, predicted: 0, precision: 1, recall: 0 },
      { kind: 'architecture', labelled: 1, predicted: 2, precision: 0.5, recall: 1 },
      { kind: 'method', labelled: 2, predicted: 1, precision: 1, recall: 0.5 },
      { kind: 'survey', labelled: 0, predicted: 1, precision: 0, recall: 1 },
    ]);
  });

  it('reads a title with pattern characters as text (C++, a crafted title never runs as a pattern)', () => {
    const cpp = summarize({ title: 'C++ Code Generation: A Benchmark', abstract: 'We present C++ Code Generation (CppGen), a benchmark of 500 tasks.' });
    assert.equal(cpp.kind, 'benchmark');
    const crafted = summarize({ title: 'Aa(a|a)* Bb: x', abstract: `Aa(a|a)* Bb is here. A${'a'.repeat(40)}!` });
    assert.equal(crafted.name, 'Aa(a|a)* Bb');
  });

  it('takes a generic word as the name where a proposal gives it as one ("a new network architecture, the Transformer,")', () => {
    const summary = summarize({ title: 'Attention Is All You Need', abstract: 'Sequence models are recurrent. We propose a new simple network architecture, the Transformer, based solely on attention. It reaches 28.4 BLEU on WMT 2014.' });
    assert.equal(summary.name, 'Transformer');
    assert.equal(summarize({ title: 'A study', abstract: 'We propose a method. The Transformer is used as a baseline.' }).name, null);
  });

  it('never takes a name from a URL (the code link spells the title too)', () => {
    const summary = summarize({ title: 'Long Range Arena: A Benchmark for Efficient Transformers', abstract: 'This paper proposes a systematic and unified benchmark, LRA, for long contexts. Our code is at https://github.com/google-research/long-range-arena.' });
    assert.equal(summary.name, 'LRA');
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

  it('reads bare scores after their metric and gains in points ("an accuracy of 92.7", "2.1 points")', () => {
    const results = summarize({ title: 'X', abstract: 'Our model reaches an accuracy of 92.7 and gains 2.1 points over strong models.' }).results;
    assert.deepEqual(results, [{ value: '92.7', metric: 'accuracy' }, { value: '2.1', metric: 'points' }]);
    assert.deepEqual(summarize({ title: 'X', abstract: 'The prior model had an accuracy of 80.1.' }).results, [], 'a number about earlier work');
  });

  it('keeps a gain\'s sign as the abstract writes it ("+1.7%")', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Our model improves top-1 accuracy by +1.7% and +1.1% over the baseline.'), ['+1.7%', '+1.1%']);
    assert.deepEqual(values('Our model improves top-1 accuracy by 1.7% over the baseline.'), ['1.7%']);
  });

  it('reads latencies in milliseconds as results ("16.2ms latency, 2.4 ms less")', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Our network obtains 83.6% top-1 accuracy with 16.2ms latency, which is 2.4 ms less than the baseline.'), ['83.6%', '16.2ms', '2.4 ms']);
    assert.deepEqual(values('Each clip lasts 40 ms and the window is 25ms long.'), [], 'a duration without a metric is no result');
  });

  it('reads whole-number scores after their metric ("a mAP of 52 and an F1 score of 59")', () => {
    const results = summarize({ title: 'X', abstract: 'Our detector reaches a maximum mAP of 52 and an F1 score of 59, while the best language model reaches an F1 score of 67.' }).results;
    assert.deepEqual(results.map((result) => result.value), ['52', '59', '67']);
    assert.deepEqual(summarize({ title: 'X', abstract: 'We evaluate on a subset of 52 documents.' }).results, []);
  });

  it('reads every score of a list after its metric ("precision@10 of 0.80, 0.81 and 0.91")', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('On three hospitals, precision@10 of 0.80, 0.81 and 0.91 was achieved for the next concept.'), ['0.80', '0.81', '0.91']);
    assert.deepEqual(values('It reaches an AUC of 0.91, 0.93 and 0.95 on the three cohorts.'), ['0.91', '0.93', '0.95']);
    assert.deepEqual(values('It reaches an AUC of 0.91, and 12 of 30 clinicians preferred it.'), ['0.91'], 'a count after a score is not one');
  });

  it('reads a result in a sentence that also names the previous state of the art it beats', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('It outperforms previous state-of-the-art methods by reducing the zero-shot accuracy gap between dense and sparse models to 1.12% on Llama2-7B.'), ['1.12%']);
    assert.deepEqual(values('The previous state of the art reached 80.1% accuracy.'), [], 'a number about earlier work');
  });

  it('reads a saving of parameters as a result, and a share of the data as none', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Shared matrices perform as well as the original, saving up to 90% of parameters without hurting accuracy.'), ['90%']);
    assert.deepEqual(values('With only 3% of the data, it keeps its accuracy.'), []);
  });

  it('reads scores by the metrics of many fields, before or after their value', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('It pushes the test F1 to 93.2 and the exact match to 86.4 on the reading benchmark.'), ['93.2', '86.4']);
    assert.deepEqual(values('Our detector reaches 55.7 box AP and 48.1 mask AP on the validation split.'), ['55.7', '48.1']);
    assert.deepEqual(values('Our captioner reaches 120.5 CIDEr, a ROUGE-L of 40.2 and 0.87 Dice on the scans.'), ['120.5', '40.2', '0.87']);
    assert.deepEqual(values('It improves translation by 2 BLEU and reaches 81.0 top-1 on the image benchmark.'), ['2', '81.0']);
    assert.deepEqual(values('It speeds up decoding 2.5-fold.'), ['2.5-fold']);
    assert.deepEqual(values('We use 12 layers, 8 heads and 3 datasets of 2.5 hours of speech.'), [], 'sizes are no scores');
  });

  it('knows a family by its usual names: residual and ConvNets, long short-term memory, diffusion probabilistic models', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Deep Residual Learning for Pictures', 'We present a residual learning framework to ease the training of very deep networks. Our residual nets reach 152 layers.'), ['cnn']);
    assert.deepEqual(family('A ConvNet for Today', 'We modernize a standard ResNet toward the design of a hierarchical model and reach strong accuracy.'), ['cnn']);
    assert.deepEqual(family('Long Short-Term Memory for Long Lags', 'We introduce a gradient-based method that bridges long time lags with constant error flow.'), ['rnn']);
    assert.deepEqual(family('Denoising Diffusion Probabilistic Models', 'We present high quality image synthesis results using diffusion probabilistic models.'), ['diffusion']);
    assert.deepEqual(family('Score-Based Generative Modeling through Equations', 'We present a stochastic equation that transforms a prior into the data by slowly removing noise.'), ['diffusion']);
    assert.deepEqual(family('A Transformer for Pictures', 'Our transformer beats every ResNet and ConvNet baseline.'), ['transformer'], 'a family it beats is not its own');
  });

  it('knows the benchmarks of many fields by name, and the tasks they imply', () => {
    const of = (abstract: string) => summarize({ title: 'X', abstract });
    const summary = of('Our summarizer improves ROUGE-L on CNN/DailyMail and XSum, and our captioner is strong on MS COCO and Visual Genome.');
    assert.deepEqual(summary.datasets, ['CNN/DailyMail', 'XSum', 'MS COCO', 'Visual Genome']);
    assert.ok(summary.tasks.includes('summarization'), summary.tasks.join());
    assert.deepEqual(of('It reaches a high CIDEr score with few captions.').tasks, ['image captioning']);
    assert.deepEqual(of('We report link prediction gains on FB15k-237 and WN18RR.').datasets, ['FB15k-237', 'WN18RR']);
    assert.deepEqual(of('It verifies speakers well on VoxCeleb1.').tasks, ['speaker verification']);
    assert.deepEqual(of('We learn from miniImageNet and Omniglot with five examples per class.').datasets, ['miniImageNet', 'Omniglot']);
    assert.deepEqual(of('It forecasts well on METR-LA and PEMS-BAY.').datasets, ['METR-LA', 'PEMS-BAY']);
    assert.deepEqual(of('Our agent plays Atari games and controls MuJoCo robots.').datasets, ['Atari', 'MuJoCo']);
    assert.deepEqual(of('We argue that the race to spider webs is not a traffic problem.').datasets, [], 'plain words are no benchmark');
  });

  it('reads the tasks a title coordinates ("Audio, Speech, and Song Generation") and those a sentence lists after "tasks such as"', () => {
    const tasks = (title: string, abstract: string) => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('OmniSound: A Transformer for Audio, Speech, and Song Generation', 'We build one model.'), ['audio generation', 'speech generation', 'song generation']);
    assert.deepEqual(tasks('A Model for Text and Image Generation', 'We build one model.').sort(), ['image generation', 'text generation']);
    assert.deepEqual(tasks('X', 'We evaluate our encoder on downstream tasks such as sentiment analysis, entity typing and relation classification.'),
      ['sentiment analysis', 'entity typing', 'relation classification']);
    assert.deepEqual(tasks('X', 'Our model handles tasks including pose estimation and crowd counting.'), ['pose estimation', 'crowd counting']);
    assert.deepEqual(tasks('X', 'Our model handles tasks like other classification and more detection.'), [], 'words that start no task');
    assert.deepEqual(tasks('X', 'Such models proved effective in many vision tasks such as object counting.'), [], 'a list about other work');
    assert.deepEqual(tasks('X', 'Our model does well on restoration tasks, including denoising, deblurring and enhancement while requiring few parameters.'),
      ['denoising', 'deblurring', 'enhancement']);
  });

  it('knows the learning settings and tasks of many fields by name', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('Our method improves multi-task learning and transfer learning to new domains.'), ['multi-task learning', 'transfer learning']);
    assert.deepEqual(tasks('We study unlearning of facts in our model.'), ['unlearning']);
    assert.deepEqual(tasks('Our parser improves text-to-SQL and coreference resolution.'), ['text-to-sql', 'coreference resolution']);
    assert.deepEqual(tasks('Our model improves person re-identification and face recognition.').sort(), ['face recognition', 'person re-identification']);
  });

  it('reads a gain over the previous best as a result, and the baseline it is compared to as none', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('It reaches 55.7 box AP, surpassing the previous best by +2.7 box AP.'), ['55.7', '+2.7']);
    assert.deepEqual(values('It reaches a top-5 error rate of 15.3%, compared to 26.2% achieved by the second-best entry.'), ['15.3%']);
    assert.deepEqual(values('It pushes F1 to 93.2 (1.5 point absolute improvement).'), ['93.2', '1.5']);
  });

  it('reads what a paper achieves, reaches or improves by as results, without a metric named', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Our method improves the baseline by 2.3% on average and boosts recall by 4.1%.'), ['2.3%', '4.1%']);
    assert.deepEqual(values('Our model achieves 95.1% on CIFAR-10 and 78.3% on CIFAR-100.'), ['95.1%', '78.3%']);
    assert.deepEqual(values('The model obtains 82.9 on the GLUE benchmark.'), ['82.9']);
    assert.deepEqual(values('It surpasses the human baseline by 1.2 points on SuperGLUE, reaching 90.3.'), ['1.2', '90.3']);
    assert.deepEqual(values('We obtain 3.5 hours of speech and reach 12 countries.'), [], 'amounts are no results');
  });

  it('takes a name of several capitalised words where a proposal gives it ("a new pooling strategy, Layer Mix Pooling,"; "we call it the Sandwich Net")', () => {
    const name = (abstract: string) => summarize({ title: 'On pooling', abstract }).name;
    assert.equal(name('Furthermore, we propose a new pooling strategy, Layer Mix Pooling, which merges all layers. It helps retrieval.'), 'Layer Mix Pooling');
    assert.equal(name('This gives a new layer order, and thus we call the network with this order the Sandwich Net. It is strong.'), 'Sandwich Net');
    assert.equal(name('Such models can be trained by gradients. We refer to these models as Program Transformers. They are readable.'), 'Program Transformers');
    assert.equal(name('We propose a new pooling strategy, which merges all layers, and test it on The Pile.'), null);
  });

  it('reads a language model of molecules or proteins as biology, not language, unless it works on text', () => {
    const modalities = (title: string, abstract: string) => summarize({ title, abstract }).modalities;
    assert.deepEqual(modalities('MolGen: Designing Drugs with Large Language Models', 'We fine-tune a large language model to generate molecules for protein targets.'), ['biology']);
    assert.deepEqual(modalities('LeafBert: A Language Model for Plant Science', 'We present LeafBert, a language model that extracts protein interactions from the plant literature.'), ['language', 'biology']);
  });

  it('reads a family from a title that combines convolution and attention, MLPs in the plural, and pretrained language models', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('CoBlend: Convolutions Inside Vision Transformers', 'We build a family of models.'), ['transformer', 'vision-transformer', 'cnn', 'hybrid']);
    assert.ok(!family('GateConv: A Convolutional Block Attention Module', 'We build a module for image classifiers.').includes('hybrid'), 'attention inside a CNN is no hybrid');
    assert.deepEqual(family('Transformers Without Convolutions Still Beat CNNs', 'We build a model.'), ['transformer'], 'a title that sets the two apart is no hybrid');
    assert.deepEqual(family('Gated MLPs for Vision', 'We propose a simple network based on gating.'), ['mlp']);
    assert.deepEqual(family('Language Models Learn From Few Examples', 'We train an autoregressive language model with 175 billion parameters and test it without fine-tuning.'), ['transformer']);
    assert.deepEqual(family('Neural Language Models of Characters', 'We train a recurrent neural network language model on characters.'), ['rnn']);
    // The language models a title names are transformers, however the abstract calls them ("21 open and proprietary models").
    assert.deepEqual(family('Probing Memorization in Code Language Models', 'We study memorization. Evaluating 21 open and proprietary models, we observe that pass@1 drops.'), ['transformer']);
    assert.deepEqual(family('Tracing Object Hallucination in Vision-Language Models', 'We trace where hallucinated objects come from in the decoder.'), ['transformer']);
    // Not recurrent ones, nor a benchmark's (a benchmark for language models proposes no model).
    assert.deepEqual(family('Character-Aware Language Models', 'We read characters with an LSTM.'), ['rnn']);
    assert.deepEqual(family('A Benchmark for Language Models', 'We introduce a new benchmark dataset of 5,000 questions.'), []);
  });

  it('gives a new vision transformer that names no task image classification, and nothing else that', () => {
    const tasks = (title: string, abstract: string) => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('LeanViT: A Lighter Vision Transformer', 'We propose LeanViT, a new vision transformer architecture with cheaper attention.'), ['image classification']);
    assert.deepEqual(tasks('LeanViT: A Lighter Vision Transformer', 'We propose LeanViT, a new vision transformer architecture for object detection.'), ['object detection']);
    assert.deepEqual(tasks('Pruning Vision Transformers Faster', 'We propose a pruning method for vision transformers that removes heads with kernel fusion and quantization.'), [], 'a method is no backbone');
  });

  it('reads a score after "from ... to", before "accuracy", and in lists split by slashes', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Our sampler lowers FID from 7.9 to 2.3 on faces.'), ['2.3']);
    assert.deepEqual(values('The small model achieves 91.4 accuracy on the test split.'), ['91.4']);
    assert.deepEqual(values('It reaches a WER of 2.1/4.3 on the clean and other sets.'), ['2.1', '4.3']);
    assert.deepEqual(values('It cuts the error by 15 percent and improves accuracy by 2.5 percentage points.'), ['15 percent', '2.5']);
    assert.deepEqual(values('Our system reaches a mean average precision (mAP) of 75.3 on the test split.'), ['75.3']);
    assert.deepEqual(values('Our model lowers the word error rate from 9.2 to 7.1 and improves F1 by 4.5 absolute.'), ['7.1', '4.5']);
    assert.equal(normalizeResultValue('15 percent'), '15%');
  });

  it('reads no result from settings, sizes and facts that only look like scores', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Using 5-fold cross-validation, our network achieves an accuracy of 0.93.'), ['0.93']);
    assert.deepEqual(values('We report mAP at 0.5 IoU and recall at 100 for every model.'), []);
    assert.deepEqual(values('We reduce the numerical precision to 4 bits.'), []);
    assert.deepEqual(values('The learning rate is warmed up until it reaches 0.001, and then decays.'), []);
    assert.deepEqual(values('Obesity prevalence has increased by 30% since 1990.'), []);
    assert.deepEqual(values('We use chest CT scans (62% male) obtained from three hospitals.'), []);
    assert.deepEqual(values('We use 25 ms windows and a 10 ms hop, which improves robustness.'), []);
    assert.deepEqual(values('We randomly remove 15% of the tokens, which improves accuracy.'), []);
    assert.deepEqual(values('Our tagger reaches F1 = 93.2 on the news test set.'), ['93.2']);
    assert.deepEqual(summarize({ title: 'X', abstract: 'Our model obtains 82.9 on the GLUE benchmark.' }).results.map((result) => [result.value, result.metric]), [['82.9', 'score']]);
  });

  it('stays linear on runs of what the words of a proposal are made of: hyphens or hyphenated words after a model word (a review found seconds at 150 characters) [size]', function () {
    this.timeout(20000);
    for (const unit of ['-', '-a', ' -', 'a-']) {
      const abstract = `We propose a network${unit.repeat(Math.ceil(50_000 / unit.length))}.`;
      assert.equal(summarize({ title: 'A Model', abstract }).kind.length > 0, true);
    }
  });

  it('stays linear on a sentence that names a framework and never ends (a bench shape found it quadratic: 0.4 s at 200 kB) [size]', function () {
    this.timeout(20000);
    const abstract = 'we propose a pruning framework for a b c, namely '.repeat(30_000);
    assert.equal(summarize({ title: 'A Model', abstract }).kind, 'method');
  });

  it('stays linear on a sentence of "quadratic" words that never ends (a probe found 1 s at 200 kB, x3 for twice the length) [size]', function () {
    this.timeout(20000);
    assert.equal(summarize({ title: 'A Model', abstract: 'quadratic in a b '.repeat(90_000) }).complexity, null);
  });

  it('keeps at most 24 results and 24 tasks, however long the lists', () => {
    const scores = Array.from({ length: 3000 }, (_, i) => `0.${i + 10}`).join(', ');
    assert.equal(summarize({ title: 'X', abstract: `We reach an AUC of ${scores}.` }).results.length, 24);
    const listed = Array.from({ length: 500 }, (_, i) => `q${i}x classification`).join(', ');
    assert.ok(summarize({ title: 'X', abstract: `We do tasks such as ${listed}.` }).tasks.length <= 24);
    const title = Array.from({ length: 300 }, () => 'Audio, Speech, and Song Generation').join(' and ');
    assert.ok(summarize({ title, abstract: 'We build one model.' }).tasks.length <= 24);
  });

  it('reads every task implied at one place, not only the first pattern that matches there (one scan finds the places for all of them)', () => {
    // At "COCO" both the detection pattern (COCO ... AP) and the panoptic one (COCO ... PQ) match, and nowhere else.
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'On COCO we report a PQ of 50 and a box AP of 45.' }).tasks, ['object detection', 'panoptic segmentation']);
    // A pattern that matches only inside another's match: "top-1" inside "COCO ... AP".
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'On COCO, top-1 is 80 and AP is 40.' }).tasks, ['image classification', 'object detection']);
  });

  it('reads the tasks and data of benchmarks from time series, graphs, spectra, point clouds, documents, faces, phones and video retrieval', () => {
    const read = (abstract: string) => {
      const summary = summarize({ title: 'A Model', abstract });
      return [summary.tasks, summary.modalities];
    };
    assert.deepEqual(read('We report accuracy on the 128 datasets of the UCR archive.'), [['time series classification'], ['time-series']]);
    assert.deepEqual(read('It is more accurate on MUTAG, NCI1 and COLLAB.'), [['graph classification'], ['graph']]);
    assert.deepEqual(read('Overall accuracy on Indian Pines and Pavia University improves by 2%.'), [['hyperspectral image classification'], ['hyperspectral']]);
    assert.deepEqual(read('Our detector reads LiDAR sweeps and improves 3D AP on KITTI.'), [['3d object detection'], ['point-cloud']]);
    assert.deepEqual(read('It lowers the phone error rate on TIMIT to 17.7%.'), [['speech recognition', 'phone recognition'], ['speech']]);
    assert.deepEqual(read('We report micro-F1 on Reuters-21578 and 20 Newsgroups.'), [['text classification'], ['language']]);
    assert.deepEqual(read('We evaluate on the ORL and Extended Yale B databases.'), [['face recognition'], ['vision']]);
    assert.deepEqual(read('Our model lowers the sMAPE and OWA on the M4 competition data.'), [['time series forecasting'], ['time-series']]);
    assert.deepEqual(read('It improves R@1 on MSR-VTT by 3 points.'), [['text-to-video retrieval'], ['language', 'video', 'multimodal']]);
    assert.deepEqual(read('We track with our model and report HOTA on MOT17.'), [['object tracking'], ['vision', 'video']]);
    assert.deepEqual(read('We fix bugs in Defects4J with our model.')[1], ['code']);
    assert.deepEqual(read('We detect events on DCASE 2021 Task 4.')[1], ['audio']);
    assert.deepEqual(read('Our model classifies recordings of PTB-XL.')[1], ['time-series']);
    // Look-alikes: the electrocardiograms of PTB-XL are not the Penn Treebank's text, Visual Genome holds no genomes, a video game's frames
    // are images, and Reuters alone is the news agency.
    assert.deepEqual(read('Our model classifies recordings of PTB-XL, and we train a detector on Visual Genome images.')[1], ['vision', 'time-series']);
    assert.deepEqual(read('We train our segmenter on images rendered from video games.')[1], ['vision']);
    assert.deepEqual(read('We summarise Reuters articles with our model.')[0], []);
  });

  it('reads no data or task from what a paper starts from: the success of earlier work, an external language model, an ImageNet-pretrained part', () => {
    const read = (abstract: string) => {
      const summary = summarize({ title: 'A Model', abstract });
      return [summary.tasks, summary.modalities];
    };
    assert.deepEqual(read('The success of masked language modeling in BERT has shown that predicting missing content works. Our encoder reconstructs masked image patches and reaches 53.6 mIoU on ADE20K.'),
      [['semantic segmentation'], ['vision']]);
    assert.deepEqual(read('Our model reaches a word error rate of 2.1% on LibriSpeech without an external language model, and 1.9% with shallow fusion of an n-gram language model.'),
      [['speech recognition'], ['speech']]);
    assert.deepEqual(read('We initialise our spectrogram encoder from an ImageNet-pretrained vision transformer and reach 0.485 mAP on AudioSet.'),
      [['audio classification'], ['audio']]);
    // A code language model is code's; decoding without a language model, or a law found for language models, reads no text.
    assert.deepEqual(read('We present a training method for program repair that optimises a code language model against test outcomes. Our code language model fixes Java programs.')[1], ['code']);
    for (const without of ['without a language model', 'without any language model', 'without language models']) {
      assert.deepEqual(read(`Our recognizer reads speech ${without}. We find that our speech encoder needs ${without}.`)[1], ['speech'], without);
    }
    for (const seen of ['observed', 'reported', 'found', 'seen', 'known']) {
      assert.deepEqual(read(`We ask whether the scaling laws ${seen} for language models hold for our time series forecasters. Our forecasters follow laws ${seen} in large language models.`)[1], ['time-series'], seen);
    }
    // Nor from the applications a field is limited in, or those a benchmark is motivated by.
    assert.deepEqual(read('We propose a backbone for image classification. Its cost limits their applications in long video understanding.')[1], ['vision']);
    assert.deepEqual(read('We propose a backbone for image classification. We hope it serves as a strong baseline for future work on video and 3D perception.')[1], ['vision']);
    assert.deepEqual(read('In real applications such as retail demand forecasting, data drift over time. We propose a benchmark of tabular datasets.')[1], ['tabular']);
    // Said of the work itself, they are its data.
    assert.deepEqual(read('We train our language model on WikiText-103.')[1], ['language']);
    assert.deepEqual(read('We pretrain our vision transformer on ImageNet and report top-1 accuracy.'), [['image classification'], ['vision']]);
  });

  it('reads a title\'s task whose first word is a noun in -ing ("for Rating Prediction"), a scoring, an automatic task by its plain name; a purpose up to an adverb', () => {
    const tasks = (title: string, abstract = 'We present a model.') => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('Latent Factor Models with Implicit Feedback for Rating Prediction'), ['rating prediction']);
    assert.deepEqual(tasks('Statistical Classifiers for Credit Scoring'), ['credit scoring']);
    assert.deepEqual(tasks('Timbral Features for Automatic Musical Genre Classification'), ['musical genre classification']);
    // A verb in -ing is no task's first word.
    assert.deepEqual(tasks('A Simple Trick for Boosting Generation'), []);
    assert.deepEqual(tasks('A Model', 'We propose a feed-forward model that predicts phoneme durations explicitly and expands the encoder states.'), ['phoneme duration prediction']);
  });

  it('reads records of mixed columns, spreadsheets and relational tables as tabular data', () => {
    const modalities = (abstract: string) => summarize({ title: 'A Model', abstract }).modalities;
    assert.deepEqual(modalities('Rows that mix continuous and discrete columns are hard to model for our generator.'), ['tabular']);
    assert.deepEqual(modalities('We synthesise mixed-type records with a conditional generator.'), ['tabular']);
    assert.deepEqual(modalities('Our assistant fills in spreadsheets from a description.'), ['tabular']);
    assert.deepEqual(modalities('We release synthetic versions of relational tables.'), ['tabular']);
    // Columns of pixels are no table.
    assert.deepEqual(modalities('Our model scans the rows and columns of pixels of each image.'), ['vision']);
  });

  it('reads the tasks a paper lists its results on, two or more, each shaped like a task', () => {
    const tasks = (abstract: string) => summarize({ title: 'A Model', abstract }).tasks;
    assert.deepEqual(tasks('Our model achieves the best results on phoneme recognition, keyword spotting, speaker identification and intent classification.'),
      ['keyword spotting', 'speaker identification', 'phoneme recognition', 'intent classification']);
    // One item is no list, and words that are no tasks are not read as tasks.
    assert.deepEqual(tasks('Our model achieves the best results on widget classification.'), []);
    assert.deepEqual(tasks('Our model improves results on most benchmarks and many settings.'), []);
  });

  it('reads what a full probe set of library abstracts showed: versions of datasets, coordinated tasks, costs that grow linearly, clinical scores', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    assert.deepEqual(summary('Our reader reaches 88.5 F1 on SQuAD v1.1 and 79.0 F1 on SQuAD v2.0.').datasets, ['SQuAD v1.1', 'SQuAD v2.0']);
    assert.deepEqual(summary('Our model lowers perplexity on WikiText2 and WikiText103.').datasets, ['WikiText2', 'WikiText103']);
    // Earlier benchmarks a new one sets itself apart from are not the paper's datasets.
    assert.deepEqual(summary('Unlike earlier, smaller benchmarks such as UCF-101 and HMDB-51, our dataset has 400 classes. Our baseline reaches 61% on it and 90% on Kinetics-400.').datasets, ['Kinetics-400']);
    assert.deepEqual(summary('We report results on UCF-101 and HMDB-51.').datasets, ['UCF-101', 'HMDB-51']);
    assert.deepEqual(summary('Trained with only 1% of the ImageNet labels, our model reaches 73.9% top-1 accuracy.').results.map((result) => result.value), ['73.9%']);
    assert.deepEqual(summary('Our backbone improves semantic and instance segmentation on COCO.').tasks, ['instance segmentation', 'semantic segmentation']);
    assert.deepEqual(summary('Prompting improves arithmetic, commonsense and symbolic reasoning.').tasks, ['symbolic reasoning', 'arithmetic reasoning', 'commonsense reasoning']);
    assert.deepEqual(summary('Prompting improves arithmetic, commonsense and chess reasoning.').tasks, ['arithmetic reasoning', 'commonsense reasoning']);
    assert.equal(summary('Vanilla attention costs quadratic time. Our hashing brings time and memory down to O(L log L).').complexity, 'O(L log L)');
    assert.equal(summary('In our model the cost stays linear in image size.').complexity, 'linear');
    assert.equal(summary('Our memory footprint grows only linearly with sequence length.').complexity, 'linear');
    assert.deepEqual(summary('Our network reaches a mean DSC of 0.921, 0.887 and 0.853 for the three regions.').results.map((result) => result.value), ['0.921', '0.887', '0.853']);
    assert.deepEqual(summary('Our regularizer, lowering GPT-2 perplexity by 0.6 on WikiText-103.').results.map((result) => result.value), ['0.6']);
    // Semantic textual similarity and semantic parsing are no images.
    assert.ok(!summary('We report semantic textual similarity and semantic parsing scores of our encoder.').modalities.includes('vision'));
    assert.deepEqual(summary('We report semantic segmentation scores of our encoder.').modalities, ['vision']);
    assert.deepEqual(summary('The resulting convolutional architecture, ShortcutNet, learns residual functions.', 'Deep Residual Learning').family, ['cnn']);
    assert.equal(summary('We combine convolution and attention into one block, yielding the Convoformer.', 'Conformer-like Speech Models').name, 'Convoformer');
    assert.equal(summary('Objective: To evaluate the diagnostic accuracy of three commercial convolutional network systems for detecting retinopathy.', 'Three Systems for Retinopathy Screening').kind, 'analysis');
    assert.equal(summary('Three commercial systems were run on 2,000 retinal images from our screening program.', 'External Validation of Retinopathy Systems').kind, 'analysis');
  });

  it('reads each benchmark as the task it implies, unless the work says it does another', () => {
    const tasks = (abstract: string, title = 'X') => summarize({ title, abstract }).tasks;
    const pairs: [string, string][] = [
      ['IWSLT', 'machine translation'], ['Human3.6M', 'pose estimation'], ['LVIS', 'object detection'], ['MoleculeNet', 'molecular property prediction'],
      ['AG News', 'text classification'], ['Places365', 'image classification'], ['METR-LA', 'traffic forecasting'], ['miniImageNet', 'few-shot learning'],
      ['Common Voice', 'speech recognition'], ['Speech Commands', 'keyword spotting'], ['UrbanSound8K', 'audio classification'], ['FB15k-237', 'link prediction'],
      ['CoQA', 'question answering'], ['XSum', 'summarization'], ['NYUv2', 'depth estimation'], ['VoxCeleb2', 'speaker verification'],
    ];
    for (const [benchmark, task] of pairs) assert.deepEqual(tasks(`Our model is strong on ${benchmark}.`), [task], benchmark);
    assert.ok(!tasks('Our captioner reports BLEU-4, METEOR, ROUGE-L and CIDEr on the captions.').includes('summarization'), 'ROUGE in captioning');
    assert.ok(!tasks('Our video captioner reaches 60.2 CIDEr on MSR-VTT.').includes('image captioning'));
    assert.ok(!tasks('Our talking-head generation model is trained on VoxCeleb.').includes('speaker verification'));
    assert.ok(!tasks('Our RGB-D semantic segmentation reaches 50.1 mIoU on NYUv2.').includes('depth estimation'));
    assert.deepEqual(summarize({ title: 'X', abstract: 'Sensitive attributes such as AGE and RACE are removed before our model is trained.' }).datasets, []);
    assert.deepEqual(tasks('We build one model.', 'Sparse and Dense Prediction with One Model'), [], 'adjectives are no kinds of data');
    assert.deepEqual(tasks('We propose LeanViT, a new vision transformer architecture.', 'LeanViT: A Vision Transformer for Image Quality Assessment'), ['image quality assessment'], 'a title that names what it is for, not image classification');
  });

  it('reads the data a task implies: speakers and keyword spotting are speech, molecules biology', () => {
    const modalities = (abstract: string) => summarize({ title: 'X', abstract }).modalities;
    assert.deepEqual(modalities('Our model is strong on VoxCeleb2.'), ['speech']);
    assert.deepEqual(modalities('Our model is strong on Speech Commands.'), ['speech']);
    assert.deepEqual(modalities('Our model is strong on MoleculeNet.'), ['biology']);
    assert.deepEqual(modalities('We pretrain a language model on 14 million PubMed abstracts for drug and protein relation extraction.'), ['language', 'biology']);
  });

  it('keeps the family guards: recurrent and xLSTM language models, a ConvNet title, names that are only generic words', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Recurrent Ideas Return', 'We train an autoregressive language model built from LSTM layers.'), ['rnn']);
    assert.ok(!family('xLSTM at Scale', 'We release xLSTM 7B, a pretrained language model with fast inference.').includes('transformer'));
    assert.deepEqual(family('A ConvNet for Today', 'We modernize a standard design toward a hierarchical model and reach strong accuracy.'), ['cnn']);
    const name = (abstract: string) => summarize({ title: 'On tools', abstract }).name;
    assert.equal(name('The agent learns when to call the tools offered by the Hugging Face Hub, and when not.'), null);
    assert.equal(name('Here we propose a new protocol for clinics, General Practice Guidelines, which doctors follow.'), null);
    assert.equal(name('Here we propose a new model, Deep Neural Network, which we train.'), null);
  });

  it('knows the classic convolutional networks and the pretrained transformers by name', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Faster Region Proposals', 'We build on Faster R-CNN and share features between the two stages of our detector.'), ['cnn']);
    assert.deepEqual(family('Going Deeper', 'Our GoogLeNet entry stacks Inception modules and keeps the compute budget.'), ['cnn']);
    assert.deepEqual(family('Since Its Inception', 'Since its inception the field has grown; we review its history.'), [], 'the word, not the network');
    assert.deepEqual(family('Robustly Optimized Pretraining', 'We show that RoBERTa, trained longer on more data, matches every model after it.'), ['transformer']);
    assert.deepEqual(family('Distilled Models for Tagging', 'We fine-tune DistilBERT and ELECTRA for tagging and compare our recipe.'), ['transformer']);
  });

  it('reads the data a benchmark implies, from the datasets the paper names', () => {
    const modalities = (abstract: string) => summarize({ title: 'X', abstract }).modalities;
    assert.deepEqual(modalities('Our sampler is evaluated on CelebA and LSUN.'), ['vision']);
    assert.deepEqual(modalities('Experiments on IMDb and SST-2 show gains.'), ['language']);
    assert.deepEqual(modalities('Experiments on TIMIT and Switchboard show gains.'), ['speech']);
    assert.deepEqual(modalities('Experiments on UCF-101 and HMDB51 show gains.'), ['video']);
    assert.deepEqual(modalities('Experiments on ogbn-arxiv and PPI show gains.'), ['graph']);
    assert.deepEqual(modalities('Experiments on QM9 and ZINC show gains.'), ['biology']);
    assert.deepEqual(modalities('Experiments on ShapeNet show gains.'), ['point-cloud']);
    assert.deepEqual(modalities('Experiments on AudioSet and ESC-50 show gains.'), ['audio']);
  });

  it('names the parts of multimodal work: video with audio is not vision unless images are', () => {
    const modalities = (abstract: string) => summarize({ title: 'X', abstract }).modalities;
    assert.deepEqual(modalities('We build a multimodal diffusion model that generates audio for silent video.'), ['audio', 'video', 'multimodal']);
    assert.deepEqual(modalities('We build a multimodal diffusion model that animates images into video.'), ['vision', 'video', 'multimodal']);
    assert.ok(modalities('We build a multimodal transformer and a multimodal LLM.').includes('multimodal'));
  });

  it('reads a paper as a method where it calls what it names a method, technique or tool', () => {
    const kind = (abstract: string) => summarize({ title: 'Some Title', abstract }).kind;
    assert.equal(kind('We propose MolEdit, a novel self-supervised pretraining method that lets transformer models edit molecules.'), 'method');
    assert.equal(kind('This paper introduces TreeLens, an explainability technique for code models built on a new network.'), 'method');
    assert.equal(kind('We propose MolNet, a novel transformer architecture that edits molecules with a new attention block.'), 'architecture');
  });

  it('reads the scores of clinical and regression abstracts (F1-score, AUC-ROC, Dice coefficient, R2, C-index, kappa, mean absolute error)', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('The model reached an F1-score of 0.89 and an AUC-ROC of 0.93 on the held-out cohort.'), ['0.89', '0.93']);
    assert.deepEqual(values('Segmentation reached a Dice coefficient of 0.87 and an R2 of 0.91.'), ['0.87', '0.91']);
    assert.deepEqual(values('Survival prediction reached a C-index of 0.72, with a kappa of 0.81 between readers.'), ['0.72', '0.81']);
    assert.deepEqual(values('Our model reaches a mean absolute error of 3.1 years and a mAP@0.5 of 45.2.'), ['3.1', '45.2']);
    assert.deepEqual(values('It improves accuracy by 20 % over the baseline.'), ['20 %']);
    assert.deepEqual(values('RESULTS: The model achieved a sensitivity of 92.1% (95% CI, 88.0-95.2%) and a specificity of 85.3% (95% confidence interval 81.1%-89.0%).'),
      ['92.1%', '85.3%'], 'a confidence interval is no result');
    assert.deepEqual(values('The AUC was 0.94 and the Dice coefficients were 0.87 and 0.85.'), ['0.94', '0.87', '0.85']);
    assert.deepEqual(values('The mean accuracy across folds was 0.912, and the AUC on the test set was 0.95.'), ['0.912', '0.95']);
    assert.deepEqual(values('BLEU improved from 27.3 to 29.1 and perplexity drops to 18.2.'), ['29.1', '18.2']);
    assert.deepEqual(values('We report accuracies of 91.2 and 93.4.'), ['91.2', '93.4']);
    assert.deepEqual(values('Our classifier performed best (AUC: 0.94; F1 (0.89)).'), ['0.94', '0.89']);
    assert.deepEqual(values('It keeps its accuracy, 3.5 times faster.'), ['3.5x'], 'a comma ends the metric');
    assert.deepEqual(values('The learning rate is 0.001 and the dropout is 0.1.'), [], 'settings are no scores');
    assert.deepEqual(values('Our threshold on the AUC is 0.5, and the cut-off for F1 was 0.3.'), [], 'thresholds are no scores');
    assert.deepEqual(values('It reaches an F_1 of 91.2 and 60.2 AP_50 on the test set.'), ['91.2', '60.2'], 'subscripts as a BibTeX export leaves them');
    assert.deepEqual(values('It reaches an F₁ of 91.2 and 60.2 AP₅₀ on the test set.'), ['91.2', '60.2'], 'subscripts as a library\'s TeX reads them');
    assert.ok(!summarize({ title: 'X', abstract: 'We evaluate on MOF₅ and CO₂ data.' }).datasets.some((name) => name.includes('_')), 'a subscript in a name is not rewritten');
  });

  it('names a bare score by its metric alone, as a card shows it ("0.94 AUC", not "0.94 AUC was")', () => {
    const shown = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => `${result.value} ${result.metric}`);
    assert.deepEqual(shown('The AUC was 0.94 and BLEU improved from 27.3 to 29.1.'), ['0.94 AUC', '29.1 BLEU']);
    assert.deepEqual(shown('The mean accuracy across folds was 0.912, and the AUC: 0.95.'), ['0.912 accuracy', '0.95 AUC']);
    assert.deepEqual(shown('It pushes F1 to 93.2, reaches a mAP of 52 and 0.99 bits per character, and gains 2.1 points.'), ['93.2 F1', '52 mAP', '0.99 bits per character', '2.1 points']);
    assert.deepEqual(shown('We report accuracies of 91.2 and 93.4, and our model obtains 82.9 on the GLUE benchmark.'), ['91.2 accuracy', '93.4 accuracy', '82.9 score']);
  });

  it('reads speeds in frames per second however they are cased, as speeds; parsing scores (LAS, UAS); and a gain in dB over the previous state of the art', () => {
    const results = (abstract: string) => summarize({ title: 'A Model', abstract }).results.map((result) => [result.value, result.metric]);
    assert.deepEqual(results('Our detector runs at 45 fps on a GPU.'), [['45 fps', 'speed']]);
    assert.deepEqual(results('The network runs in real time at 155 FPS while reaching 52.7% mAP.'), [['155 FPS', 'speed'], ['52.7%', 'map']]);
    assert.deepEqual(results('Our parser achieves 93.1 LAS on the English treebank.'), [['93.1', 'LAS']]);
    assert.deepEqual(results('Our method improves PSNR by 0.5 dB over the previous state of the art.').map(([value]) => value), ['0.5 dB']);
    // A camera's speed is no result, in either case.
    assert.deepEqual(results('Our videos were captured at 60 fps.'), []);
  });

  it('reads a sentence that starts with "The method", "The approach" or "This framework" as about the work', () => {
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'The method improves PSNR by 0.5 dB over the previous state of the art.' }).results.map((result) => result.value), ['0.5 dB']);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'This framework runs at 30 fps.' }).results.map((result) => result.value), ['30 fps']);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'The camera runs at 30 fps.' }).results, []);
  });

  it('reads the score shapes of more fields: percentage points as pp, mAP50, bits/dim, Inception Score, scores a model "scores", a metric\'s score that "reached"', () => {
    const shown = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => `${result.value} ${result.metric}`);
    assert.deepEqual(shown('An improvement of 4.2 pp in mAP over YOLOv5 is observed.'), ['4.2 pp']);
    assert.deepEqual(shown('The approach achieves a mAP50 of 0.92 on the test split.'), ['0.92 mAP50']);
    assert.deepEqual(shown('It achieves 2.51 bits/dim on CIFAR-10.'), ['2.51 bits/dim']);
    assert.deepEqual(shown('Our approach achieves 4.1 FID and 280 Inception Score on ImageNet 256.'), ['4.1 FID', '280 Inception Score']);
    assert.deepEqual(shown('The model scores 89.7 on ScanNet.'), ['89.7 score']);
    assert.deepEqual(shown('The F1 score reached 0.84 for the positive class.'), ['0.84 F1']);
    assert.deepEqual(shown('We obtain 65.4 average accuracy on MMLU, 3.2 points above Llama 2 70B.'), ['65.4 accuracy', '3.2 points']);
  });

  it('reads a score listed after the set it was measured on ("0.941 on the internal cohort and 0.902 on the external")', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('The ensemble achieved an AUROC of 0.941 on the internal cohort and 0.902 on the external cohort.'), ['0.941', '0.902']);
    assert.deepEqual(values('It reaches an F1 of 0.81 in the first round, 0.85 in the second and 0.88 in the third.'), ['0.81', '0.85', '0.88']);
    assert.deepEqual(values('It reaches an F1 of 0.81 on the test set, trained with a dropout of 0.1.'), ['0.81'], 'a setting after a score is none');
  });

  it('reads a gain over the previous state of the art, in words or in parentheses after "by a large margin"', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('It achieves 1.6 FID, a 40% improvement over the previous state of the art.'), ['40%', '1.6']);
    assert.deepEqual(values('It outperforms prior work by a large margin (+3.1 mIoU).'), ['+3.1']);
    assert.deepEqual(values('The previous state of the art reached 80.1 mIoU.'), [], 'a score of earlier work is none');
  });

  it('knows ranking and detection tasks by name', () => {
    const tasks = summarize({ title: 'X', abstract: 'We evaluate our model on passage ranking, document ranking, learning to rank, pedestrian detection, face detection, lane detection and text detection.' }).tasks;
    assert.deepEqual(tasks, ['passage ranking', 'document ranking', 'learning to rank', 'pedestrian detection', 'face detection', 'lane detection', 'text detection']);
  });

  it('reads no modality from the work a paper is inspired by or sets itself apart from ("inspired by large language models", "unlike text-based models")', () => {
    const modalities = (abstract: string, title = 'X') => summarize({ title, abstract }).modalities;
    assert.deepEqual(modalities('Inspired by the success of large language models, we design a vision backbone and evaluate it on ImageNet.'), ['vision']);
    assert.deepEqual(modalities('We propose a speech model. Unlike text-based language models, it operates on waveforms and reaches 2.1 WER on LibriSpeech.'), ['speech']);
    assert.deepEqual(modalities('Following the success of language models, our tabular model uses attention over features.'), ['tabular']);
    assert.deepEqual(modalities('Building on the success of language models, our tabular model uses attention over features.'), ['tabular']);
    assert.deepEqual(modalities('This work is motivated by the need to transcribe speech in noisy call centers; our model is trained on call recordings.'), ['speech'], 'its own motivation names its data');
    assert.deepEqual(modalities('We pretrain a language model, like BERT, on clinical notes.'), ['language'], 'a modality of the work itself stays');
  });

  it('reads a metric spelt with a capital ("Accuracy was 0.912"), and gives a bare score the benchmark its sentence names', () => {
    const results = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => [result.value, result.metric, result.dataset ?? '']);
    assert.deepEqual(results('Accuracy was 0.912 on the test set. Top-1 Accuracy of 81.2 on ImageNet.'), [['0.912', 'accuracy', ''], ['81.2', 'top-1 accuracy', 'ImageNet']]);
    assert.deepEqual(results('We report an F1 of 0.91 on CoNLL-2003.'), [['0.91', 'F1', 'CoNLL-2003']]);
  });

  it('reads a convolutional attention module as a CNN\'s, not a transformer ("CBAM: Convolutional Block Attention Module")', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('CBAM: Convolutional Block Attention Module', 'We propose a simple attention module for feed-forward convolutional neural networks.'), ['cnn']);
    assert.deepEqual(family('Efficient Attention for Long Documents', 'We propose a linear attention layer.'), ['transformer'], 'attention alone is still a transformer\'s');
    assert.ok(!family('Channel Attention in CNNs', 'We propose a module.').includes('transformer'));
    assert.ok(!family('ConvNets with Spatial Attention', 'We propose a module.').includes('transformer'));
  });

  it('reads a gain a paper states by its metric or its rival ("improves mAP by 2.7", "surpassing Swin-B by 1.7", "a 1.9-point gain"), mAR, and preference rates', () => {
    const shown = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => `${result.value} ${result.metric}`);
    assert.deepEqual(shown('Compared with the state of the art, our method improves mAP by 2.7.'), ['2.7 mAP gain']);
    assert.deepEqual(shown('On ImageNet, our model achieves 85.2, surpassing Swin-B by 1.7.'), ['85.2 score', '1.7 gain']);
    assert.deepEqual(shown('On average, it yields a 1.9-point gain in F1.'), ['1.9 point']);
    assert.deepEqual(shown('The proposed model obtained an mAP of 0.612 and an mAR of 0.701.'), ['0.612 mAP', '0.701 mAR']);
    assert.deepEqual(shown('In human evaluations, our model is preferred 71% of the time.'), ['71% preference']);
    assert.deepEqual(shown('It reaches a win rate of 62% and an AR@100 of 0.61.'), ['62% win rate', '0.61 AR@100']);
    assert.deepEqual(shown('It reaches 2.9 bits per dimension on ImageNet 64.'), ['2.9 bits per dimension']);
    assert.deepEqual(shown('It raises accuracy by 2.1 on CIFAR-100, and this model lifts mAP by 1.1.'), ['2.1 accuracy gain', '1.1 mAP gain']);
    assert.deepEqual(shown('It surpasses DeiT by 1.5 on ImageNet.'), ['1.5 gain'], 'a sentence that starts with It is about the work');
    assert.deepEqual(shown('It outperforms the baseline by 1.5 hours of training and uses a 5-point Likert scale.'), [], 'times and scales are no gains');
  });

  it('reads the data and task a title names in title case: "Visual Models", point sets, "Recommendations", a generative model for audio', () => {
    const read = (title: string, abstract = 'We propose a model.') => {
      const summary = summarize({ title, abstract });
      return { modalities: summary.modalities, tasks: summary.tasks };
    };
    assert.deepEqual(read('Learning Transferable Visual Models for Retrieval').modalities, ['vision']);
    assert.ok(read('PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation').modalities.includes('point-cloud'));
    // (The field's name for it, once the plural is read: not the generic "recommendation".)
    assert.deepEqual(read('Session-based Recommendations with Recurrent Neural Networks').tasks, ['session-based recommendation']);
    assert.deepEqual(read('WaveNet: A Generative Model for Raw Audio'), { modalities: ['audio'], tasks: ['audio generation'] });
    assert.deepEqual(read('Generative Adversarial Networks for Speech Enhancement').tasks, ['speech enhancement'], 'what a generative model is for, when the title goes on');
    assert.deepEqual(read('Swin Transformer V2: Scaling Up Capacity and Resolution'), { modalities: ['vision'], tasks: ['image classification'] }, 'a vision backbone classifies images');
  });

  it('reads no gain or score from units, settings, earlier work or measurements, and a listed score\'s benchmark from after it', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Training improves accuracy by 2 epochs of warm-up, and we increase the recall by 3 iterations.'), []);
    assert.deepEqual(values('Our model surpasses the baseline by 0.3 epochs and outperforms ResNet-50 by 2.5 GFLOPs.'), []);
    assert.deepEqual(values('Earlier methods improve accuracy by 2.1 on ImageNet.'), [], 'a gain of earlier work');
    assert.deepEqual(values('It reaches an accuracy of 0.91 on ImageNet, 0.9 momentum and 0.1 dropout.'), ['0.91']);
    assert.deepEqual(values('It reaches an accuracy of 0.91 on the validation set and 0.5 seconds per image.'), ['0.91']);
    assert.deepEqual(values('The mean Precision: 0.5 mm on the phantom, and the F1 was 0.3 s faster.'), [], 'measurements in units');
    assert.deepEqual(summarize({ title: 'X', abstract: 'We report an F1 of 0.91 on CoNLL-2003 and 0.62 on our noisy clinical notes.' }).results,
      [{ value: '0.91', metric: 'F1', dataset: 'CoNLL-2003' }, { value: '0.62', metric: 'F1' }]);
    assert.deepEqual(summarize({ title: 'X', abstract: 'Our model reaches an accuracy of 0.81 on CIFAR-10 and 0.72 on CIFAR-100.' }).results,
      [{ value: '0.81', metric: 'accuracy', dataset: 'CIFAR-10' }, { value: '0.72', metric: 'accuracy', dataset: 'CIFAR-100' }]);
    assert.deepEqual(summarize({ title: 'X', abstract: 'On ImageNet, our model reaches an accuracy of 0.80 and 0.81, surpassing DeiT by 1.5.' }).results,
      [{ value: '0.80', metric: 'accuracy', dataset: 'ImageNet' }, { value: '0.81', metric: 'accuracy' }, { value: '1.5', metric: 'gain', dataset: 'ImageNet' }]);
    assert.deepEqual(values('Earlier models surpass DeiT by 1.5 on ImageNet.'), [], 'a rival beaten by earlier work');
  });

  it('reads a title that starts by what it does to a model ("Distilling ...", "Pruning ...") as a method', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Distilling the Knowledge in a Neural Network',
      'A simple way to improve almost any learning algorithm is to train many models on the same data and average them. We show that it is possible to compress the knowledge in an ensemble into a single model.'), 'method');
    assert.equal(kind('Pruning Filters for Efficient ConvNets', 'We present a network that removes filters with small norms, and a model that is retrained once.'), 'method');
    assert.equal(kind('Filters for Efficient ConvNets', 'We present a network that removes filters with small norms, and a model that is retrained once.'), 'architecture', 'the same abstract under a title that names no such act');
  });

  it('reads the data a benchmark or task implies: top-1 on videos, tabular and hyperspectral benchmarks, images and questions together', () => {
    const read = (abstract: string) => {
      const summary = summarize({ title: 'A Model', abstract });
      return { modalities: summary.modalities, tasks: summary.tasks };
    };
    assert.deepEqual(read('Our model reaches 84.1% top-1 on Kinetics-400.'), { modalities: ['video'], tasks: ['video classification'] });
    assert.deepEqual(read('Our model reaches 81.0% top-1 accuracy.').tasks, ['image classification']);
    assert.deepEqual(read('Results on the Higgs and Covertype datasets.').modalities, ['tabular']);
    assert.deepEqual(read('We test on Indian Pines and Pavia University.').modalities, ['hyperspectral']);
    assert.deepEqual(read('We evaluate on VQAv2 and COCO Captions.').modalities, ['vision', 'language', 'multimodal']);
  });

  it('reads the tasks more benchmarks and metrics imply: PQ, super-resolution sets, mixtures of speakers, sentiment, tracking, keypoints, CoNLL-2003', () => {
    const tasks = (abstract: string) => summarize({ title: 'A Model', abstract }).tasks;
    assert.deepEqual(tasks('It reaches 54.2 PQ on COCO.'), ['panoptic segmentation']);
    assert.deepEqual(tasks('It reaches a PSNR of 32.1 dB on Set5 and Urban100.'), ['super-resolution']);
    assert.deepEqual(tasks('It reaches an SI-SDRi of 22.1 dB on WSJ0-2mix.'), ['speech separation']);
    assert.deepEqual(tasks('It reaches 92.1 accuracy on SST-2 and IMDb.'), ['sentiment analysis']);
    assert.deepEqual(tasks('On the Long Range Arena, it reads IMDb reviews byte by byte.'), ['long-range sequence modeling'], 'IMDb in the Long Range Arena');
    assert.deepEqual(tasks('Our text classification model reaches 92.1 accuracy on IMDb.'), ['text classification'], 'called text classification');
    assert.deepEqual(tasks('It reaches 80.2 MOTA on MOT17.'), ['object tracking']);
    assert.deepEqual(tasks('It reaches 75.3 AP on COCO keypoints.'), ['pose estimation']);
    assert.deepEqual(tasks('It reaches 91.3 F1 on CoNLL-2003.'), ['named entity recognition']);
  });

  it('reads the names "we call the resulting model CLIP", an acronym in the plural (GATs), and a lowercase name with its version (wav2vec 2.0)', () => {
    const name = (title: string, abstract: string) => summarize({ title, abstract }).name;
    assert.equal(name('Learning Transferable Visual Models', 'We learn image representations from captions. We call the resulting model CLIP.'), 'CLIP');
    assert.equal(name('Graph Attention Networks', 'We present graph attention networks (GATs), novel neural network architectures for graphs.'), 'GAT');
    assert.equal(name('wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations', 'We learn representations from speech audio alone.'), 'wav2vec 2.0');
    assert.equal(name('node2vec: Scalable Feature Learning for Networks', 'We learn feature representations for the nodes of networks.'), 'node2vec');
    assert.equal(name('Our Results: A Study', 'We call the resulting model better.'), null, 'a word after "we call ... model" that is no name');
  });

  it('reads the family a title names over those its abstract measures itself against; graph transformers by their title; convolutions of a kind', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('ConvNeXt: A ConvNet for the 2020s', 'We gradually modernize a standard ResNet toward the design of a vision Transformer. Constructed entirely from standard ConvNet modules, ConvNeXts compete favorably with Transformers.'), ['cnn']);
    assert.deepEqual(family('MLP-Mixer: An all-MLP Architecture for Vision', 'We present MLP-Mixer, an architecture based exclusively on multi-layer perceptrons. It competes with the Vision Transformer on ImageNet.'), ['mlp']);
    assert.ok(family('CoAtNet: Marrying Convolution and Attention in CNNs', 'We present CoAtNets, a family of hybrid models that stack convolution layers and attention layers.').includes('transformer'), 'a hybrid keeps its transformer');
    assert.deepEqual(family('Graphormer: Do Transformers Really Perform Bad for Graph Representation?', 'We present Graphormer, built upon the standard Transformer architecture.'), ['transformer', 'graph-transformer']);
    assert.deepEqual(family('Knowledge Graph Completion with Transformers', 'We present a transformer for link prediction.'), ['transformer'], 'a knowledge graph is no graph transformer\'s');
    assert.deepEqual(family('WaveNet: A Generative Model for Raw Audio', 'This paper introduces WaveNet, a deep neural network for generating raw audio waveforms. It uses dilated causal convolutions.'), ['cnn']);
  });

  it('reads a title that denies a claim, "An Analysis of", and a database as analysis, analysis and benchmark', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Attention is not Explanation', 'We perform experiments that assess the degree to which attention weights explain predictions. We find that they largely do not.'), 'analysis');
    assert.equal(kind('What Does BERT Look At? An Analysis of BERT\'s Attention', 'We propose methods for analyzing the attention mechanisms of pre-trained models and apply them to BERT.'), 'analysis');
    assert.equal(kind('ImageNet: A Large-Scale Hierarchical Image Database', 'We introduce here a new database called ImageNet, a large-scale ontology of images.'), 'benchmark');
    assert.equal(kind('Attention Is All You Need', 'We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.'), 'architecture', 'a claim that is not denied');
  });

  it('reads the area under the curve, C-statistics, NDS, J&F, frames per second, and a metric a paper reduces by a margin', () => {
    const shown = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => `${result.value} ${result.metric}`);
    assert.deepEqual(shown('The area under the curve was 0.89 (95% CI: 0.85-0.93).'), ['0.89 area under the curve']);
    assert.deepEqual(shown('The model achieved a C-statistic of 0.81 for 30-day mortality.'), ['0.81 C-statistic']);
    assert.deepEqual(shown('On nuScenes, our detector achieves 65.2 NDS and 63.5 J&F.'), ['65.2 NDS', '63.5 J&F']);
    assert.deepEqual(shown('It runs at 45 FPS on a single V100 GPU.'), ['45 FPS speed']);
    assert.deepEqual(shown('It reduces the FID by 1.3 on CelebA-HQ.'), ['1.3 FID reduction']);
    assert.deepEqual(shown('BERT set a new standard. When fine-tuned on GLUE, it improves the average F1 by 4.7 points over ELMo.'), [], '"it" mid-sentence may be earlier work');
    assert.deepEqual(shown('We collect 500 videos captured at 60 FPS. Existing detectors such as YOLOv3 run at 45 FPS on COCO.'), [], 'a camera\'s speed, and earlier work\'s');
    assert.deepEqual(shown('It reduces the accuracy by 0.3 while it lowers the WER by 1.2.'), ['1.2 WER reduction'], 'a lower accuracy is a cost');
  });

  it('reads a benchmark\'s name only where a word starts (RefCOCO is not COCO, miniImageNet not ImageNet), MSCOCO and PascalVOC', () => {
    const datasets = (abstract: string) => summarize({ title: 'A Model', abstract }).datasets;
    assert.deepEqual(datasets('Results on RefCOCO, RefCOCO+ and RefCOCOg confirm it.'), ['RefCOCO', 'RefCOCO+', 'RefCOCOg']);
    assert.ok(!datasets('Results on miniImageNet and tieredImageNet confirm it.').includes('ImageNet'));
    assert.deepEqual(datasets('Results on MSCOCO and PascalVOC confirm it.'), ['MSCOCO', 'PascalVOC']);
    assert.deepEqual(datasets('We store the records in a PostgreSQL database and report results on the Clean and Other subsets of LibriSpeech.'), ['LibriSpeech']);
  });

  it('reads the task a paper names as the problem it addresses ("we address the problem of video frame interpolation")', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('We address the problem of video frame interpolation.'), ['video frame interpolation']);
    assert.deepEqual(tasks('In this paper we tackle the challenging task of document image dewarping.'), ['document image dewarping']);
    assert.deepEqual(tasks('We study the problem of catastrophic forgetting and the problem of overfitting.'), [], 'what goes wrong in training');
    assert.deepEqual(tasks('Earlier work addressed the problem of video frame interpolation.'), [], 'the problem of earlier work');
    assert.deepEqual(tasks('We propose a model for ECG arrhythmia classification.'), ['ecg arrhythmia classification'], 'what a proposed model is for');
    assert.deepEqual(tasks('Others proposed a model for ECG arrhythmia classification; we study its errors.'), [], 'what another\'s model is for');
  });

  it('keeps the third round\'s rules from ordinary titles and sentences they do not fit (a second review\'s cases)', () => {
    const summary = (title: string, abstract: string) => summarize({ title, abstract });
    assert.equal(summary('Retrieval over a Vector Database for Question Answering', 'We propose a retrieval model.').kind, 'architecture');
    const nope = summary('Transformers Do Not Need Positional Encodings', 'We propose NoPE, a transformer architecture without positional encodings.');
    assert.deepEqual([nope.kind, nope.name], ['architecture', 'NoPE'], 'a denial in the title of a paper that proposes a model');
    assert.equal(summary('Training Dynamics of Softmax Attention', 'We analyze the training dynamics of attention. We prove that it converges.').kind, 'analysis');
    for (const act of ['Distilling', 'Pruning', 'Quantizing', 'Compressing', 'Accelerating', 'Fine-tuning', 'Speeding', 'Regularizing']) {
      assert.equal(summary(`${act} Filters of Efficient ConvNets`, 'We present a network that compresses filters with small norms.').kind, 'method', act);
      assert.equal(summary('Filters of Efficient ConvNets', 'We present a network that compresses filters with small norms.').kind, 'architecture');
    }
    assert.equal(summary('Part 2: Results of the Shared Task', 'We report the results.').name, null);
    assert.equal(summary('Attention 2.0: A Survey', 'We review attention.').name, null);
    assert.ok(!summary('Product Quantization for Retrieval', 'We learn a PQ codebook for fast search.').tasks.includes('panoptic segmentation'));
    assert.ok(!summary('An Attention Model for Audio', 'WaveNet uses dilated causal convolutions. We propose an attention-based model for audio.').family.includes('cnn'));
    assert.ok(summary('A Convolutional Neural Network with Self-Attention for ECG Classification', 'Our model stacks convolutional layers followed by a transformer encoder.').family.includes('transformer'));
    assert.ok(!summary('Knowledge Graph Representation Learning with Transformers', 'We present a transformer for link prediction.').family.includes('graph-transformer'));
    assert.ok(!summary('X', 'We report results on GLUE, including SST-2 and MNLI.').tasks.includes('sentiment analysis'));
    assert.ok(summary('X', 'It reaches 95.1 accuracy on Yelp Polarity.').tasks.includes('sentiment analysis'));
    assert.ok(summary('X', 'It reaches 61.2 HOTA on the test set.').tasks.includes('object tracking'));
    assert.ok(summary('X', 'Our image model reaches 81.2% top-1; video results are left for future work.').tasks.includes('image classification'));
  });

  it('reads medical, remote-sensing and document images as vision, and physiological and wearable signals as time series', () => {
    const modalities = (abstract: string) => summarize({ title: 'A Model', abstract }).modalities;
    for (const images of ['brain tumors in MRI scans', 'chest radiographs', 'retinal fundus photographs', 'histopathology slides', 'whole-slide images',
      'dermoscopy images', 'screening mammograms', 'Sentinel-2 satellite images', 'aerial imagery', 'handwritten letters', 'microscopy images', 'CT volumes']) {
      assert.deepEqual(modalities(`We classify ${images} with a network.`), ['vision'], images);
    }
    for (const signals of ['12-lead ECG recordings', 'EEG signals', 'electrocardiograms', 'accelerometer and gyroscope data', 'physiological signals']) {
      assert.deepEqual(modalities(`We classify ${signals} with a network.`), ['time-series'], signals);
    }
  });

  it('reads a paper that proposes nothing shaped like a model, and does something to one, as a method (layer normalization, mixed precision)', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Mixed Precision Training', 'We train deep neural networks using half-precision floating point numbers without losing accuracy.'), 'method');
    assert.equal(kind('Deep Networks', 'We train deep neural networks for a while.'), 'architecture', 'no cue of a method: the default stays');
    assert.equal(kind('Swin Transformer', 'We present a new vision transformer whose mixed precision training is fast.'), 'architecture', 'a model proposed');
    assert.equal(kind('Token Sparsification', 'We propose a framework to prune redundant tokens. We propose an attention masking strategy to train it end to end.'), 'method',
      'a model word before the strategy proposed');
    assert.equal(kind('Token Sparsification', 'We propose a framework to prune redundant tokens. We propose an attention module to score them.'), 'architecture', 'a module proposed');
  });

  it('reads a survey that says so with "this paper" or "this article" as its subject, or by how many papers it summarises', () => {
    const kind = (abstract: string, title = 'Representation Learning: Perspectives and Open Questions') => summarize({ title, abstract }).kind;
    assert.equal(kind('This paper reviews the recent progress of unsupervised feature learning. It covers auto-encoders and their regularised variants.'), 'survey');
    assert.equal(kind('This article gives an overview of the field. We describe value-based methods and policy gradients for reinforcement learning.'), 'survey');
    assert.equal(kind('This paper gives an organised, broad overview of efficient transformer variants with kernel approximations.'), 'survey');
    assert.equal(kind('This paper takes stock of that literature. We organise time-series transformers along two axes.'), 'survey');
    assert.equal(kind('This article introduces the area by reviewing the published models. We present a design pipeline of propagation modules.'), 'survey');
    assert.equal(kind('We explain the main concepts and then summarise more than 300 papers on segmentation and detection.'), 'survey');
    assert.equal(kind('This article surveys and organises the work on prompting pretrained models.'), 'survey');
    // An overview of what the paper itself builds is no survey.
    assert.equal(kind('We propose a new network for segmentation. Figure 1 gives an overview of the network.', 'A Network'), 'architecture');
  });

  it('reads real abstracts\' shapes: convolution kernels and a released model are no way of training, a title headed by a network proposes one, a study says it is one', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    // Large convolution kernels are a network's design, however often the abstract says "kernel".
    assert.equal(kind('Wide Kernels: Designing ConvNets with a Few Large Kernels', 'We argue that a few large kernels serve a ConvNet better than stacks of small kernels. Our guidelines for large-kernel design keep the kernel size at 31x31 in early stages, and the 13x13 kernel later. We present KernelNet, which reaches 84.1% top-1 accuracy on ImageNet.'), 'architecture');
    assert.equal(kind('Receptive Fields of ConvNets', 'The kernel size sets the receptive field. We grow the kernel size with depth, and tie the kernel size to the stage.'), 'architecture');
    // The sentence that gives out code and pre-trained models names no way of training.
    assert.equal(kind('Cross-Stage Fusion for Change Detection', 'Change detection needs global context. FuseCD addresses this by introducing an early fusion backbone and a multi-scale fusion module. Our code and pre-trained models are available online.'), 'architecture');
    // A title headed by a kind of network (not one that scales, asks or benchmarks one).
    assert.equal(kind('Sliced Recursive Transformer', 'Weights are shared across layers by recursion. Approximating global attention by slices keeps throughput high.'), 'architecture');
    assert.equal(kind('Scaling Transformers to Long Inputs', 'Weights are shared across layers by recursion. Approximating global attention by slices keeps throughput high.'), 'method');
    assert.equal(kind('Transformers for Long Inputs', 'Weights are shared across layers by recursion. Approximating global attention by slices keeps throughput high.'), 'method');
    // A study that calls itself one, evaluates the impact of something, or is titled an evaluation.
    assert.equal(kind('Parameter-Efficient Fine-Tuning of Segmentation Models for Microscopy', 'Foundation models need fine-tuning on new data. We contribute the first comprehensive study of parameter-efficient fine-tuning for microscopy, and find that where adapters sit matters more than their type.'), 'analysis');
    assert.equal(kind('Quantization Meets Reasoning: Exploring Low-Bit LLMs', 'Quantization lowers the cost of LLMs. In this study, we systematically evaluate quantized models on mathematical reasoning, across quantization methods and bit widths.'), 'analysis');
    assert.equal(kind('Quantization Meets Reasoning: Exploring Low-Bit LLMs', 'Quantization lowers the cost of LLMs. This paper examines the impact of quantization on mathematical reasoning, across quantization methods and bit widths.'), 'analysis');
    assert.equal(kind('Holistic Evaluation of Code LLMs', 'We run six code models on 900 programming problems, with prompt variations.'), 'analysis');
    assert.equal(kind('Code LLMs on Programming Problems', 'This study presents a comprehensive empirical evaluation of six code models on 900 programming problems, with prompt variations.'), 'analysis');
  });

  it('reads an analysis that evaluates how or whether, states a main theorem, or reports on logs', () => {
    const kind = (abstract: string, title = 'Calibration of Neural Networks') => summarize({ title, abstract }).kind;
    assert.equal(kind('We evaluate how the calibration of modern networks depends on depth and width. Wider networks are worse calibrated.'), 'analysis');
    assert.equal(kind('We assess whether accuracy on held-out data predicts calibration. Our main result is that it does not.'), 'analysis');
    assert.equal(kind('This paper reports on two months of training logs from a large cluster.'), 'analysis');
    assert.equal(kind('Jobs on a large cluster often fail. We break down the failures by cause.'), 'analysis');
    assert.equal(kind('Our main theorem states that gradient descent reaches a global minimum for two-layer networks.'), 'analysis');
    // What a class of trained models can do, shown; the circuits behind it identified; a behaviour explained.
    assert.equal(kind('We show that trained transformers can implement linear recurrence relations in context, and we identify the attention circuits responsible.', 'Transformers Learn Linear Recurrences In Context'), 'analysis');
    assert.equal(kind('Language models put large attention weight on the first token, a failure mode referred to as Attention Sinking. We explain it as an implicit bias term and show how it emerges during pretraining.', 'Attention Sinks Revisited'), 'analysis');
    assert.equal(kind('We show that pretrained transformers can represent sorting algorithms in their weights.', 'Sorting in Weights'), 'analysis');
    assert.equal(kind('In a small model trained on modular addition, we identify the attention circuits that compute the sum.', 'Modular Addition in Small Models'), 'analysis');
    // Theory: a title's bounds or optimality, an abstract's bounds, minimax rates and oracle inequalities.
    assert.equal(kind('This paper studies the excess risk of in-context learning for classification. We model each task as a sequence of prompt samples, where a pre-trained model estimates class probabilities.', 'In-Context Learning as Conditional Estimation: Risk Bounds and Optimality'), 'analysis');
    assert.equal(kind('We study what sparse attention learns from prompts. We derive tight upper and lower bounds on the sample size, and show the rate is minimax optimal.', 'Sparse Attention Learns Parity'), 'analysis');
    assert.equal(kind('Attention can be read as a kernel estimator. We prove an oracle inequality for its risk.', 'Attention as Estimation'), 'analysis');
    for (const cue of ['We derive tight bounds on its error.', 'Upper and lower bounds on its error match.', 'Its rate is minimax optimal.', 'An oracle inequality holds for its risk.']) {
      assert.equal(kind(`Attention reads each token as a query. ${cue}`, 'Attention Readings'), 'analysis', cue);
    }
    for (const title of ['Attention Readings: A Theory', 'Attention Readings: Risk Bounds', 'Attention Readings and Their Optimality']) assert.equal(kind('Attention reads each token as a query.', title), 'analysis', title);
    assert.equal(kind('Attention reads each token as a query.', 'Attention Readings and Theory of Mind'), 'architecture');
    // (Approximators and an approximation theory are no approximate computation.)
    assert.notEqual(kind('Attention approximators are universal.', 'Attention Readings'), 'method');
    assert.notEqual(kind('We give an approximation theory for attention.', 'Attention Readings'), 'method');
    // (Instructions are no explanation of a behaviour; approximating attention is still a way of computing it.)
    assert.notEqual(kind('We explain how to convert a dense checkpoint into a mixture of experts, and fine-tune it with 10% of the pretraining compute.', 'Mixture Upcycling'), 'analysis');
    assert.equal(kind('We approximate attention with random features, cutting latency by 2x.', 'Kernel Methods for Forecasting'), 'method');
    // (A model of the work's own that it shows can do something is still a model.)
    assert.equal(kind('We propose RecNet, a recurrent network with gated memory. We show that RecNet can learn long recurrences, and reaches 81.2% on Long Range Arena.', 'RecNet: Gated Memory for Long Recurrences'), 'architecture');
  });

  it('reads a benchmark introduced after an adverb ("We therefore introduce"), assembled, or called a database or archive', () => {
    const kind = (abstract: string, title = 'Forecasting at Scale') => summarize({ title, abstract }).kind;
    assert.equal(kind('We assemble a forecasting archive of 58 datasets from many domains. Simple baselines are surprisingly strong.'), 'benchmark');
    assert.equal(kind('We introduce a new database of annotated face images collected in the wild.'), 'benchmark');
    assert.equal(kind('Existing tests are saturated. We therefore introduce RepoFix, an evaluation framework of 2,294 real issues.'), 'benchmark');
  });

  it('reads a way of training a paper discovers or names as the subject of its sentence as a method ("BlendAug is a ... principle")', () => {
    const kind = (abstract: string) => summarize({ title: 'Training Better Networks', abstract }).kind;
    assert.equal(kind('By searching over update rules we discover SignMomentum, a simple and effective optimizer for deep networks.'), 'method');
    assert.equal(kind('Through a search over update rules we discover SignMomentum, a simple algorithm that trains our network.'), 'method');
    // The paper's own where the title names it too, and it is shaped like a name.
    const named = 'Our network is trained on mixed data. BlendAug is a data-independent principle that mixes images.';
    assert.equal(summarize({ title: 'BlendAug: Convex Combinations for Vision', abstract: named }).kind, 'method');
    assert.equal(summarize({ title: 'Convex Combinations for Vision', abstract: named }).kind, 'architecture');
    // Not a pronoun, nor a model called a model.
    assert.equal(kind('We propose a new network for segmentation. It is a strategy game between two networks of layers.'), 'architecture');
  });

  it('reads none of the look-alikes a review of the sixth round\'s rules wrote (each was wrong before the rules were narrowed)', () => {
    const read = (title: string, abstract: string, field: string): unknown => {
      const summary = summarize({ title, abstract });
      return field === 'results' ? summary.results.map((result) => result.value) : summary[field as keyof typeof summary];
    };
    const cases: [string, string, string, unknown][] = [
      ['FlashConv: Fast Long Convolutions for Sequence Modeling', 'This paper reviews the limitations of attention for long sequences and proposes FlashConv, a new convolutional architecture whose cost grows linearly with length. FlashConv matches transformers on language modeling while running 2x faster.', 'kind', 'architecture'],
      ['A Unified Detector for Remote Sensing', 'By reviewing the existing methods for oriented object detection, we identify that angle regression is the main source of error. We therefore design OrientNet, a detection network that predicts box corners instead of angles. OrientNet improves mAP by 3.2% on DOTA.', 'kind', 'architecture'],
      ['Automatic Literature Summarization with LLMs', 'We prompt GPT-4 to summarize 500 papers from ACL 2023 and compare its summaries with those written by authors. We find that the model omits limitations in 40% of cases.', 'kind', 'analysis'],
      ['Why Does Pruning Hurt Calibration?', 'Pruning is a widely used technique for shrinking neural networks. We investigate why pruned networks become overconfident and find that the effect grows with sparsity.', 'kind', 'analysis'],
      ['MixFormer: Mixing Convolution and Attention', 'Mixup is a popular augmentation strategy, but it does not address architectural bias. We propose MixFormer, a hybrid vision backbone that interleaves convolution and attention in every block.', 'kind', 'architecture'],
      ['Backpropagation and the Brain', 'Backpropagation is an algorithm that computes exact gradients, but it is hard to reconcile with cortical anatomy. We examine whether predictive coding circuits approximate it and prove that they do under small errors.', 'kind', 'analysis'],
      ['QuantBench: Evaluating Low-Bit LLMs', 'Quantization is a common technique to reduce memory. We introduce QuantBench, a benchmark of 30 tasks for measuring what quantized language models lose.', 'kind', 'benchmark'],
      ['ByteFormer: Tokenizer-Free Transformers', 'Tokenization is a brittle procedure that splits rare words badly. We propose ByteFormer, a transformer that reads raw bytes and matches subword models on translation.', 'kind', 'architecture'],
      ['RAGTruth: Hallucination Labels for Retrieval-Augmented Generation', 'RAG is a popular strategy for grounding language models. We introduce RAGTruth, a corpus of 18,000 annotated responses for hallucination detection.', 'kind', 'benchmark'],
      ['Diverse Locomotion via Quality-Diversity', 'We then construct an archive of diverse locomotion policies with MAP-Elites and propose a transformer that distils the archive into a single conditional policy network.', 'kind', 'architecture'],
      ['SpectraNet for Protein Function Prediction', 'We first compile a database of 20,000 annotated enzymes from public sources, then propose SpectraNet, a graph network that predicts enzyme function from structure, improving F1 by 6% over sequence models.', 'kind', 'architecture'],
      ['Gradient-Based Head Pruning', 'We propose a pruning method that removes weights by their gradient scores. It cuts inference cost by 40% at equal accuracy. We also release a benchmark suite of 12 pruning tasks to ease comparison.', 'kind', 'method'],
      ['Do Code Models Memorize Licenses?', 'We find that code language models reproduce license headers verbatim in 8% of completions. We also release a dataset of 5,000 flagged completions for future audits.', 'kind', 'analysis'],
      ['Dual Encoders for Product Search', 'We first construct a vector database from the product catalogue, then design a dual-encoder model that retrieves items for each query, raising recall by 9%.', 'kind', 'architecture'],
      ['Sparse Autoencoders Split Features', 'Training sparse autoencoders on a language model, we discover Feature Splitting, a strategy by which one feature divides into many as the dictionary grows. We find that split features remain interpretable.', 'kind', 'analysis'],
      ['How Transformers Learn Modular Arithmetic', 'We discover Fourier Multiplication, an algorithm the network implements to add numbers modulo p, and show that grokking happens when it forms.', 'kind', 'analysis'],
      ['Reward Hacking in RLHF', 'We study how policies exploit learned rewards. We train our reward model RM-7B on human comparisons and find that the policy overoptimizes it after 2,000 steps. Our findings suggest early stopping.', 'kind', 'analysis'],
      ['MedAlpaca: Instruction-Tuned LLMs for Medicine', 'We present MedAlpaca, an instruction-tuned language model for medicine obtained by fine-tuning LLaMA on 160,000 medical question-answer pairs with LoRA. It improves USMLE accuracy by 9%.', 'kind', 'method'],
      ['Anomaly Detection in Univariate Time Series', 'We propose a reconstruction-based detector for univariate time series anomalies. On the UCR anomaly archive of 250 series, our method finds 61% of the anomalies.', 'tasks', ['anomaly detection']],
      ['Graph-Level Anomaly Detection by Knowledge Distillation', 'We detect anomalous graphs with a teacher-student pair of graph neural networks. On MUTAG, NCI1 and ENZYMES, our detector improves AUC by 5%.', 'tasks', ['anomaly detection']],
      ['Graph Generation with Discrete Diffusion', 'We generate graphs with a discrete diffusion model over edges. Samples on ENZYMES and COLLAB match the degree and clustering statistics of real graphs.', 'tasks', ['graph generation']],
      ['Spectral Unmixing with Autoencoders', 'We propose an autoencoder for blind hyperspectral unmixing. Experiments on Salinas and Pavia University show lower abundance error.', 'tasks', ['hyperspectral unmixing']],
      ['Tracking by 3D Detection Association', 'We propose a 3D multi-object tracker that associates the outputs of an off-the-shelf 3D detector across frames with a graph network. It improves AMOTA by 2.3% on nuScenes.', 'tasks', []],
      ['Camera-Only Bird\'s-Eye-View Segmentation', 'Most BEV systems depend on expensive LiDAR sensors. We propose a camera-only network that lifts multi-view images to a bird\'s-eye-view map without LiDAR, improving IoU by 4.1 on nuScenes.', 'modalities', ['vision']],
      ['Neural Topic Models with Word Embeddings', 'We propose a neural topic model that ties topics to word embeddings. On 20 Newsgroups and Reuters-21578, it learns more coherent topics than LDA.', 'tasks', []],
      ['Deep Document Clustering', 'We cluster documents with a contrastive encoder. On 20 Newsgroups, clustering accuracy improves by 7% over k-means on TF-IDF.', 'tasks', []],
      ['Scalable Subspace Clustering', 'We propose a scalable subspace clustering method based on self-expressive networks. On Extended Yale B and ORL, it reduces clustering error by 30%.', 'tasks', []],
      ['Conservative Offline Reinforcement Learning', 'Offline reinforcement learning (ORL) learns policies from fixed logs. We propose a conservative critic for ORL that improves normalized return on D4RL by 12%.', 'tasks', ['offline reinforcement learning']],
      ['Face Anti-Spoofing with Depth Cues', 'We detect presentation attacks by predicting depth maps of faces. Unlike systems that recognize faces, our model only decides whether a face is live, cutting ACER by 20%.', 'tasks', ['face anti-spoofing']],
      ['Facial Expression Recognition with Landmark Attention', 'We propose a network that recognizes emotions from faces by attending to facial landmarks, improving accuracy on RAF-DB by 2.1%.', 'tasks', ['facial expression recognition']],
      ['Ordered Weighted Averaging Pooling for CNNs', 'We replace max pooling in convolutional networks with learnable ordered weighted averaging (OWA) operators. OWA pooling improves CIFAR-10 accuracy by 0.8%.', 'tasks', ['image classification']],
      ['Fuzzy Aggregation for Ensemble Classifiers', 'We combine the votes of base classifiers with an OWA operator whose weights are learned. On 12 UCI datasets, the ensemble improves accuracy by 2%.', 'tasks', []],
      ['Fair Credit Scoring', 'We propose a fairness regularizer for tabular classifiers. Experiments on German Credit and Adult show lower disparity at equal accuracy.', 'datasets', ['German Credit','Adult']],
      ['Diverse Policies via Quality-Diversity', 'We improve MAP-Elites with a gradient-based emitter. Policies stored in the MAP-Elites archive cover 30% more of the behaviour space on the QDax locomotion tasks.', 'datasets', []],
      ['Pneumothorax Detection from Hospital Radiographs', 'We train a detector on 12,000 chest radiographs retrieved from the hospital PACS archive. It reaches an AUC of 0.94 on a held-out cohort.', 'datasets', []],
      ['On-Device Fine-Tuning', 'We fine-tune language models on Apple Silicon laptops with a memory-saving optimizer, cutting peak memory by 40%.', 'datasets', []],
      ['Fair Credit Scoring II', 'We propose a fairness regularizer. Results on German Credit show lower disparity at equal accuracy.', 'datasets', ['German Credit']],
      ['Long Video Understanding with LLMs', 'We sample frames at 1 fps and compress each frame into 32 tokens before feeding them to our video language model. Our model improves accuracy on EgoSchema by 6.2%.', 'results', ['6.2%']],
      ['Efficient Video Action Detection', 'We downsample the clips to 8 fps and propose a sparse tube detector. Our detector improves frame mAP by 2.5%.', 'results', ['2.5%']],
      ['Action Recognition Dataset of Cooking', 'We collect 2,000 cooking clips at 25 fps from 40 kitchens and annotate 60 fine-grained actions. A video transformer baseline reaches 41.2% top-1 accuracy.', 'results', ['41.2%']],
      ['Vision-Based Grasping', 'Vision-based grasping has improved rapidly. The system of Morrison et al. runs at 30 fps but misses transparent objects. We propose a grasp network that raises success rate by 12%.', 'results', ['12%']],
      ['Efficient Image Super-Resolution', 'Transformer-based restorers are slow. The method of Liang et al. improved PSNR by 0.8 dB over the previous state of the art but needs 12 GB of memory. We propose a linear-attention restorer that matches it at a third of the memory.', 'results', []],
      ['UniSeg: One Backbone for Segmentation', 'We propose UniSeg, a backbone for dense prediction. The success of UniSeg on ADE20K semantic segmentation and COCO instance segmentation shows that one design serves both.', 'tasks', ['semantic segmentation','instance segmentation']],
    ];
    for (const [title, abstract, field, expected] of cases) assert.deepEqual(read(title, abstract, field), expected, title);
    // No survey, whatever else they are: summaries others write, an overview of the paper's own system, a stock-taking of its own running.
    const notSurveys: [string, string][] = [
      ['SciSumm-Long: Summarizing Full-Length Papers', 'Long scientific documents are hard to summarize. Expert annotators summarize 300 papers from three fields, yielding reference summaries five times longer than abstracts. We benchmark ten summarization models on the resulting dataset.'],
      ['EdgeServe: Serving LLMs on Phones', 'We present an overview of EdgeServe, a system that runs large language models on mobile phones by offloading attention to the NPU. EdgeServe cuts latency by 3.1x against llama.cpp.'],
      ['Lessons from Deploying a Fraud Detector', 'This paper takes stock of three years of running a graph neural network for payment fraud detection in production, reporting what broke and what we would change.'],
    ];
    for (const [title, abstract] of notSurveys) assert.notEqual(summarize({ title, abstract }).kind, 'survey', title);
  });

  it('reads none of the look-alikes a second review wrote for the family a paper describes, the new comparison words and names (each was wrong before the rules were narrowed)', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['Faithfulness Rewards for Abstractive Summarization', 'Abstractive summarizers often produce statements that are not supported by the source document. We propose a reward based on question answering consistency and optimize it with reinforcement learning. Experiments on CNN/DailyMail and XSum show gains of 1.8 ROUGE-L and a 23% drop in unsupported statements according to human raters.', {family: []}],
      ['Contrastive Decoding for Factual News Summaries', 'Summaries generated by neural models frequently hallucinate entities. We introduce an entity-aware decoding rule that penalizes entities absent from the input. On CNN/DM the rule reduces entity hallucination by 31% while keeping ROUGE scores within 0.2 points.', {family: []}],
      ['Gradient-Boosted Trees for Dissolved Gas Analysis', 'Dissolved gas analysis is the main tool for monitoring oil-immersed power transformers. We build a gradient-boosted tree classifier on gas concentration ratios and evaluate it on 1,400 field samples from three utilities. The classifier identifies six fault types with 94.2% accuracy and flags incipient faults two months earlier on average.', {family: []}],
      ['Cost-Aware Search over Machine Learning Pipelines', 'An AutoML pipeline is a sequence of data transformers followed by an estimator. We propose a cost-aware Bayesian optimization method that models both the validation loss and the runtime of each pipeline. On 39 OpenML tasks it finds pipelines of equal quality in 2.3x less time.', {family: []}],
      ['Semi-Supervised Node Classification with Label Propagation Networks', 'We study semi-supervised node classification on citation graphs. The model is a two-layer graph convolutional network whose predictions are refined by label propagation. On Cora, Citeseer and Pubmed it improves accuracy by 1.5 points on average.', {family: []}],
      ['Sparse Variational Gaussian Processes for Irregular Clinical Time Series', 'Recurrent neural networks were for years the standard tool for modeling irregularly sampled clinical measurements. We propose a sparse variational Gaussian process with a multi-output kernel that shares inducing points across patients. On MIMIC-III mortality prediction it reaches an AUROC of 0.87 and gives calibrated uncertainty.', {family: []}],
      ['Structural Adversarial Attacks on Graph Neural Networks', 'Adversarial examples were first discovered for convolutional networks on images. We study attacks that insert or delete a small number of edges in a graph to change a node classifier\'s prediction. Our greedy meta-gradient attack lowers accuracy by 18% on Cora while changing only 5% of the edges.', {family: []}],
      ['Genetic Programming for Symbolic Regression at Scale', 'Recent neural approaches to symbolic regression pretrain transformers on millions of synthetic equations. We present a genetic programming system with semantic crossover and a cache of evaluated subexpressions. On the SRBench ground-truth problems it recovers 61% of the equations exactly.', {family: []}],
      ['Scaling Laws for Kernel Ridge Regression', 'We derive the test error of kernel ridge regression as a function of sample size and the spectrum of the kernel. The error decays as a power law whose exponent depends on the source and capacity conditions. Whether similar laws hold for transformers remains an open question.', {family: []}],
      ['Random Forests for Crop Yield Prediction from Weather Records', 'We predict county-level maize yield from daily weather records and soil properties with a random forest. LSTMs are the usual choice for such sequences, yet they need far more data than most regions provide. The forest explains 78% of the variance on held-out years.', {family: []}],
      ['Spectral Clustering with Learned Affinities', 'Deep clustering methods typically rely on a convolutional encoder trained jointly with the cluster assignments. We propose a spectral clustering method whose affinity matrix is learned from pairwise constraints by a convex program. It reaches 0.71 NMI on a handwritten digits benchmark with 500 constraints.', {family: []}],
      ['Gradient-Boosted Decision Trees Remain Strong on Tabular Data', 'Transformers have recently been adapted to tabular data with column embeddings. We revisit gradient-boosted decision trees with a careful tuning protocol on 45 datasets. Tuned trees win on 33 datasets and train two orders of magnitude faster.', {family: []}],
      ['Oversmoothing in Deep Graph Neural Networks: A Spectral View', 'We analyze why node representations of message passing networks become indistinguishable as depth grows. We prove that the distance to the oversmoothing subspace decays exponentially with a rate set by the spectral gap of the normalized adjacency. A similar collapse of token representations has been reported for transformers.', {family: []}],
      ['Exploration with Count-Based Bonuses in Continuous Control', 'We propose a count-based exploration bonus computed from a hash of discretized states. The bonus is added to the reward of a standard actor-critic agent. Extending the bonus to agents with LSTM memory is a natural next step. On six sparse-reward locomotion tasks it improves returns by 40% on average.', {family: []}],
      ['Learning Rate Schedules for Stochastic Variational Inference', 'Stochastic variational inference is sensitive to the step size. We propose an adaptive schedule derived from an estimate of the gradient noise. The schedule needs no tuning and speeds up convergence by 3x on logistic regression, Bayesian neural networks and topic models. Recurrent neural networks are left to later studies.', {family: []}],
      ['Normalizing Flows with Monotone Rational Splines', 'Normalizing flows build expressive densities from invertible maps with tractable Jacobians. We propose coupling layers whose elementwise maps are monotone rational-quadratic splines. The coupling networks are small residual MLPs. On tabular density estimation and CIFAR-10 the flows reach 3.38 bits per dimension. Convolutional coupling layers are used for images.', {family: []}],
      ['Probabilistic Forecasting of Electricity Demand with Quantile Regression Forests', 'Grid operators need calibrated intervals for next-day demand. Deep forecasters such as DeepAR use recurrent networks with parametric likelihoods. We propose quantile regression forests on calendar and weather features. On data from 12 regional operators the forests reduce pinball loss by 9%.', {family: []}],
      ['Audio Fingerprinting with Spectral Peak Hashing', 'We present an audio fingerprinting system that hashes pairs of spectral peaks and indexes them in an inverted file. CNN-based fingerprints are accurate but slow on commodity servers. Our system identifies 10-second queries among 2 million songs with 97% recall at 40 queries per second.', {family: []}],
      ['Energy Consumption of Training Deep Learning Models in Shared Clusters', 'We measure the energy consumed by 3,200 training jobs on a university GPU cluster over one year. Jobs that train transformers account for 61% of the energy. We find that idle GPUs held by interactive sessions waste 18% of the total, and we propose a scheduler that reclaims them.', {family: []}],
      ['Matrix Factorization Revisited for Implicit Feedback', 'Neural recommenders based on recurrent networks and attention dominate recent leaderboards. We show that a properly regularized matrix factorization with sampled softmax training reaches the same accuracy on MovieLens-20M and Netflix. Recall@20 improves by 4% over reported numbers for the same model.', {family: []}],
      ['Label Noise in Crowdsourced Sentiment Annotations', 'We study how annotator disagreement arises in crowdsourced sentiment labels. We collect five labels for each of 20,000 product reviews and model annotator reliability with a Bayesian item-response model. Disagreement concentrates on reviews with sarcasm and mixed aspects. RNNs trained on majority labels inherit these errors.', {family: []}],
      ['Privacy Auditing of Federated Learning with Canaries', 'We propose an auditing procedure that inserts crafted canary clients into federated training and measures how often they can be detected. The procedure gives a lower bound on the differential privacy parameter. For image tasks the clients train a small convolutional network. The audited bound is within a factor of 2 of the theoretical epsilon.', {family: ['cnn']}],
      ['Active Learning for Citation Screening in Systematic Reviews', 'Systematic reviewers screen thousands of abstracts to find a few relevant studies. We propose an active learning strategy that combines uncertainty with a stopping rule based on a capture-recapture estimate. Logistic regression on TF-IDF features is used throughout. Prior systems fine-tune transformers, which is too slow for interactive use. The strategy saves 71% of screening effort at 95% recall.', {family: []}],
      ['Hidden Markov Models for Speaker Diarization in Meetings', 'We revisit speaker diarization with a hidden Markov model over speaker turns whose emissions are x-vectors. The x-vector extractor is a time-delay neural network trained on VoxCeleb. The HMM resegmentation lowers diarization error rate to 11.2% on AMI.', {family: []}],
      ['On the Expressivity of Message Passing Neural Networks', 'We characterize the functions that message passing neural networks can compute on graphs with node features. Our main result ties their separating power to the Weisfeiler-Leman test with counting. Analogous questions for transformers over sequences have a long history.', {family: []}],
      ['Fast Approximate Nearest Neighbor Search with Learned Quantization', 'We present a product quantization method whose codebooks are learned with an anisotropic loss that weights errors by their effect on inner products. The method indexes embeddings produced by any encoder, such as transformers or CNNs. On a billion-scale benchmark it reaches 95% recall at 2x the throughput of the next best index.', {family: []}],
      ['Optimal Transport for Domain Adaptation of Land-Cover Maps', 'We adapt land-cover classifiers across satellite sensors by aligning feature distributions with entropic optimal transport. The classifier is a random forest over spectral indices. Convolutional networks need labels from the target sensor to reach similar maps. Across four sensor pairs the transport map recovers 85% of the accuracy lost to the shift.', {family: []}],
      ['Mixing Augmentation with Saliency-Guided Patches', 'We propose a data augmentation that pastes the most salient patch of one image into the least salient region of another. Our augmentation consistently improves on CIFAR-100 and ImageNet with ResNet-50, ResNet-101 and WideResNet-28 backbones. Top-1 accuracy rises by 1.2% on ImageNet.', {family: ['cnn']}],
      ['End-to-End Speech Recognition for Low-Resource Languages', 'We present an acoustic model for languages with less than ten hours of transcribed speech. Our network stacks convolutional layers with bidirectional LSTM layers and improves on the best published word error rate by 8% on four Babel languages. Training uses multilingual pretraining on 20 languages.', {family: ['cnn','rnn','hybrid']}],
      ['Regularized Fine-Tuning with Weight Averaging', 'We propose a fine-tuning recipe that averages weights along the trajectory and penalizes distance from the initialization. It improves over standard fine-tuning of BERT and RoBERTa on GLUE by 1.1 points on average, with the largest gains on small tasks.', {family: ['transformer']}],
      ['Micro-Architectures for Keyword Spotting on Microcontrollers', 'We search over small convolutional networks for keyword spotting under a 64 KB memory limit. This work is a step towards the design of convolutional networks that run always-on on microcontrollers. The best found model reaches 95.1% accuracy on Speech Commands.', {family: ['cnn']}],
      ['Frozen Pretrained Transformers as Universal Computation Engines', 'We ask whether a language-pretrained transformer can be reused for other modalities by training only its input and output layers. For comparison, we train the same transformer from scratch. The frozen model matches full training on numerical computation, vision and protein fold prediction.', {family: ['transformer']}],
      ['Curriculum Learning for Neural Machine Translation', 'We propose a curriculum that orders training sentence pairs by a competence estimate of the model. The curriculum improves over random ordering for both an LSTM-based model and a transformer by up to 2.2 BLEU on WMT16 En-De.', {family: ['transformer','rnn']}],
      ['Long Convolutions for Language Modeling without Attention', 'We propose Hyeno, a language model built from implicit long convolutions and multiplicative gating, with no attention layers. Our model matches the perplexity of decoder-only transformers of the same size on the Pile while training 1.4x faster at sequence length 8K.', {family: ['cnn']}],
      ['Which Architecture for Zero-Shot Generalization?', 'We pretrain 5B-parameter decoder-only, encoder-only and encoder-decoder transformers on 170B tokens and evaluate their zero-shot generalization. Causal decoder-only models trained autoregressively generalize best without multitask finetuning.', {family: ['transformer']}],
      ['Attention-Free Neural Machine Translation with Dilated Convolutions', 'We propose a seq2seq model for translation whose encoder and decoder are stacks of dilated convolutions. The model reaches 27.1 BLEU on WMT14 English-German and decodes 3x faster.', {name: null}],
      ['Streaming Speech Recognition on Smartwatches', 'We present an e2e speech recognizer that runs on a smartwatch within 200 MB of memory. It uses a conformer encoder with limited right context. On a voice-assistant test set the recognizer reaches 6.2% WER with 120 ms latency.', {name: null}],
      ['Link Prediction for Drug Repurposing on Biomedical Knowledge Graphs', 'We present a node2vec-based approach for ranking candidate drugs for a disease from a biomedical knowledge graph. Walk statistics are biased toward paths through genes and pathways. Among the top 20 candidates, 7 have supporting clinical trials.', {name: null,kind: 'method'}],
      ['Knowledge Distillation with Intermediate Feature Matching', 'We propose a distillation loss that matches intermediate features after a learned projection. The teacher network, ResNet-152, is trained on ImageNet, and the student is a MobileNetV2. The student gains 2.1% top-1 accuracy over training without distillation.', {name: null}],
      ['Preference Optimization with Length Control', 'We propose a preference optimization objective that penalizes the length of the preferred response relative to the rejected one. The base model, Mistral-7B, is fine-tuned on UltraFeedback. Length-controlled win rate on AlpacaEval rises from 15.2% to 24.9%.', {name: null}],
      ['Query Expansion with Generated Pseudo-Documents', 'We propose to expand queries with pseudo-documents written by a language model. The sparse retrieval system, BM25, then ranks passages with the expanded query. On MS MARCO the expansion raises MRR@10 by 4.3 points.', {name: null}],
      ['Decentralized Training over Unreliable Links', 'We design a p2p gossip protocol for decentralized training of neural networks over lossy wireless links. Nodes exchange compressed model differences with their neighbors. Training converges with 60% packet loss and matches centralized accuracy on CIFAR-10.', {name: null,kind: 'method'}],
      ['Natural Language Interfaces to Hospital Databases', 'We present a text2sql system that lets clinicians query an electronic health record database in plain English. Schema linking uses a dictionary of clinical synonyms. The system answers 81% of 500 real clinician questions correctly.', {name: null}],
      ['Sequence-to-Sequence Learning for Grammatical Error Correction', 'Grammatical error correction is commonly cast in the so-called seq2seq framework. We propose a copy-augmented decoder that copies unchanged tokens from the source. Our system reaches an F0.5 of 61.2 on CoNLL-2014.', {name: null}],
      ['Fine-Grained Image Retrieval with Part Attention', 'We propose a retrieval method that attends to discriminative object parts. The backbone network, ResNet-50, is pretrained on ImageNet and kept frozen. On CUB-200-2011 the method raises Recall@1 by 3.4%.', {name: null,kind: 'method'}],
      ['Self-Supervised Pretraining for Histopathology', 'We study self-supervised pretraining on 2 million unlabeled histology tiles. The pretraining method, DINOv2, is applied without changes. Linear probes on the learned features beat ImageNet features on 9 of 10 slide-level tasks.', {name: null,kind: 'analysis'}],
      ['Our Model, However, Is Not Enough: Limits of Lexical Features', 'Our model, however, fails on negation. We analyze lexical sentiment models and show where they fail. The resulting model, trained on movie reviews, reaches 82% accuracy.', {name: null}],
      ['Robust Wake-Word Detection in Cars', 'We present an e2e wake-word detector for in-car voice assistants that is robust to road noise. The detector is trained with simulated cabin impulse responses. False accepts drop by 45% at a fixed 95% recall.', {name: null}],
      ['Detecting Fake Reviews with Graph Signals', 'We propose a fraud detector that combines text features with reviewer co-activity graphs. The text encoder, RoBERTa-large, is fine-tuned on 50k labeled reviews. The detector raises average precision from 0.61 to 0.74.', {name: null}],
      ['An Empirical Study of Code Completion in IDEs', 'We study how developers accept code completions in an IDE over six months. The completion system, Codex-2, was deployed to 10,000 developers. Acceptance rates differ by language from 21% to 34%.', {name: null}],
      ['Instruction Tuning with Synthetic Dialogues', 'We present an instruction-tuned chat model trained on 200k synthetic dialogues obtained by fine-tuning LLaMA on self-generated conversations. Human raters prefer its answers in 58% of comparisons.', {name: null}],
      ['Why Does Skip-Gram Encode Analogies?', 'We analyze the skip-gram model with negative sampling, also called word2vec, and show that its embeddings factorize a shifted pointwise mutual information matrix. The analysis explains when linear analogies hold.', {name: null}],
      ['A Corpus of Annotated Bird Calls from Tropical Forests', 'We release 40,000 annotated recordings of bird calls from six tropical forest sites. The annotation tool, Sonari2, let experts label call boundaries and species. Baseline classifiers reach 61% accuracy, leaving room for progress.', {name: null}],
      ['Motion Models Matter for Multi-Object Tracking', 'Recent trackers are built on detection transformers that propagate track queries across frames. We propose a motion model based on a Kalman filter with camera-motion compensation and appearance gating. On MOT17 the tracker reaches 80.3 MOTA and 78.1 IDF1 at 30 FPS.', {family: []}],
      ['Hyperparameter Optimization: A Survey', 'This survey reviews hyperparameter optimization, from grid and random search to Bayesian optimization, bandit-based early stopping and population-based training. Most empirical studies tune convolutional networks on image benchmarks. We discuss open problems in multi-fidelity and multi-objective tuning.', {family: []}],
      ['Named Entity Recognition for Historical Newspapers', 'We build a tagger for named entities in OCR-noisy historical newspapers. The encoder is a bidirectional recurrent network over character and word embeddings, followed by a conditional random field. On a new corpus of 1890s newspapers the tagger reaches 84.3 F1.', {family: ['rnn']}],
      ['Real-Time Pedestrian Detection on Embedded Boards', 'We develop a one-stage convolutional detector tailored to pedestrians in surveillance footage. Anchor shapes are fitted to pedestrian aspect ratios. It runs at 45 FPS on a Jetson board with 88.1% AP on CityPersons.', {family: ['cnn']}],
      ['Sequence Labeling for Clinical Concept Extraction', 'We present a BiLSTM-CRF tagger for extracting medications and dosages from discharge summaries. Character embeddings handle misspelled drug names. The tagger reaches 91.2 F1 on the i2b2 2009 medication challenge.', {family: ['rnn']}],
      ['Compact Acoustic Models for Hearing Aids', 'We design a tiny acoustic scene classifier for hearing aids. Our model, SceneLite, uses depthwise separable convolutions and needs 30k parameters. It reaches 72% accuracy on TAU Urban Acoustic Scenes.', {name: 'SceneLite',family: ['cnn']}],
      ['Sound Representations from Unlabeled Audio', 'We propose sound2vec, a method that learns embeddings of environmental sounds by predicting neighboring frames. The embeddings improve classification accuracy on ESC-50 by 6.1%.', {name: 'sound2vec'}],
      ['Protein Function Prediction from Sequence', 'We train a deep network on 80 million protein sequences. The network described here, ProtFunNet, predicts Gene Ontology terms directly from sequence. It improves Fmax by 0.07 on CAFA3.', {name: 'ProtFunNet'}],
      ['Distilling Large Speech Recognizers', 'We distill a large speech recognizer into models with 10% of its parameters. We call the distilled models DistilSpeechs. They lose 0.4% absolute WER on LibriSpeech test-clean.', {name: 'DistilSpeechs'}],
      ['Learning Shape Bias in Image Classifiers', 'We study why CNNs trained on ImageNet prefer texture over shape. We find that shape bias grows with stronger augmentation and longer training, reaching 62% for the most augmented models.', {family: ['cnn']}],
      ['Cross-Lingual Transfer in Multilingual Encoders', 'We study cross-lingual transfer in encoder-only transformers pretrained on 100 languages. Transfer correlates with subword overlap only for closely related languages. Zero-shot accuracy on XNLI varies by 20 points across target languages.', {family: ['transformer']}],
      ['Character-Level Language Identification for Short Texts', 'We present a language identifier for tweets. The model is a small GRU over byte sequences trained on 300 languages. It reaches 96.4% accuracy on a new benchmark of short messages.', {family: ['rnn']}],
      ['Temporal Action Segmentation in Surgical Videos', 'We present a temporal convolutional network that segments surgical videos into phases. Multi-stage refinement smooths over-segmentation errors. On Cholec80 the model reaches 89.2% frame accuracy.', {family: ['cnn']}],
      ['Handwriting Recognition for Historical Archives', 'We present a handwriting recognizer for 18th-century archives. The recognizer reads line images with a ConvNet feature extractor and a Bi-LSTM decoder trained with CTC loss. Character error rate falls to 4.7% on the READ dataset.', {family: ['cnn','rnn','hybrid']}],
      ['Monocular 3D Detection without Depth Sensors', 'We propose a LiDAR-free 3D object detector for autonomous driving that predicts depth distributions from a single camera. On KITTI it reaches 21.4 AP for cars at moderate difficulty.', {modalities: ['vision']}],
      ['Efficient On-Device Translation', 'We present a translation model that runs on smartphones in under 50 ms per sentence. It is a 6-layer transformer with shared embeddings and reaches 27.0 BLEU on WMT14 En-De.', {datasets: ['WMT14 En-De']}],
    ];
    for (const [title, abstract, expected] of cases) {
      const summary = summarize({ title, abstract }) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(summary[field], value, `${title}: ${field}`);
    }
  });

  it('reads analyses that ask whether, titles that locate, probe or quantify, or say provably or reproducibility; a subtitle that is a way of training as a method\'s', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Attention Weights Are Not Faithful Explanations',
      'Visualisations of attention weights are a popular way to explain what a neural NLP model based its prediction on. We ask whether the weights deserve this role. On text classification, question answering and natural language inference datasets, we compare attention weights of recurrent encoder models with two independent views of importance: gradient-based saliency and the effect of leaving tokens out. Agreement is weak, often close to what one would expect by chance. We further construct adversarial attention distributions that differ sharply from the learned ones yet leave the prediction almost unchanged, and we show that such alternatives exist for most examples. Since very different attention patterns can support the same output, the weights do not single out the inputs that caused it. We argue that practitioners should not present attention heat maps as explanations without further validation.'), 'analysis');
    assert.equal(kind('The Encoder Rediscovers the Pipeline: Locating Linguistic Information in Pretrained Layers', 'We attach span classifiers to each layer of a pretrained encoder and report where each kind of information peaks.'), 'analysis');
    assert.equal(kind('Gradient Descent Provably Optimizes Over-Parameterized Two-Layer Networks',
      'Training a neural network is a non-convex problem, yet plain gradient descent from a random start reliably reaches zero training error in practice. We give a rigorous account of this for a two-layer network with ReLU activations and squared loss. Our main theorem states that if the hidden layer is sufficiently wide, polynomially in the number of samples and the inverse of the smallest eigenvalue of a data-dependent kernel matrix, and no two training inputs are parallel, then gradient descent with a suitable step size drives the training loss to zero at a geometric rate. The argument rests on two facts: with heavy over-parameterization each hidden unit\'s weights move only slightly from their random initialization throughout training, and as long as they stay close, a Gram matrix induced by the activations stays positive definite, which behaves like strong convexity along the optimization path.'), 'analysis');
    assert.equal(kind('Recall Networks: Parallel Training, Recurrent Inference and Cheap Deployment', 'We propose a new network for language modeling with a recurrent form for inference.'), 'architecture');
    assert.equal(kind('Deep Reinforcement Learning That Matters: Reproducibility and Reporting', 'Reinforcement learning results vary with seeds and code bases; we rerun popular algorithms and report the spread.'), 'analysis');
    assert.equal(kind('ResNet-50 Strikes Again: A Modern Training Recipe for an Old Architecture', 'We retrain the network with stronger augmentation and a longer schedule and reach 80.4% top-1 on ImageNet.'), 'method');
    assert.equal(kind('Sparse Upcycling: Training Mixture-of-Experts Models from Dense Checkpoints', 'Every MLP sublayer is duplicated into experts with a new router, and training continues from the dense checkpoint.'), 'method');
    // A subtitle that names a model keeps the title a model's.
    assert.equal(kind('ResNet-50 Strikes Again: A Modern Network for Old Tasks', 'We retrain the network with stronger augmentation and a longer schedule and reach 80.4% top-1 on ImageNet.'), 'architecture');
  });

  it('reads none of the look-alikes a third review wrote for the last rules of the round: title verbs, subtitles, linear costs, coordinated tasks, names a change yields', () => {
    const sorted = (field: string, value: unknown): unknown => (field === 'results' ? (value as { value: string }[]).map((result) => result.value).sort()
      : Array.isArray(value) ? [...value].sort() : value);
    const cases: [string, string, Record<string, unknown>][] = [
      ['Probing Sparse Features: A Lightweight Attention Network for Small Object Detection', 'Small objects occupy few pixels and are often missed by detectors. We propose a lightweight attention network that probes sparse high-resolution features only where objects are likely. A learned gate selects candidate regions, and a cross-attention head refines them. On VisDrone, our detector improves AP by 2.4 while running at 45 FPS. We find that most of the gain comes from the gate.', {kind: 'architecture'}],
      ['Measuring Crop Height from UAV Imagery with a Multi-Scale Convolutional Network', 'Crop height is a key indicator of biomass. We present a multi-scale convolutional network that regresses per-pixel canopy height from RGB orthomosaics captured by drones. The network fuses features at four resolutions through a lightweight decoder. On 1,200 field plots it achieves an RMSE of 4.1 cm, and we observe that errors concentrate at plot borders.', {kind: 'architecture'}],
      ['Interpreting Chest Radiographs with a Report-Guided Vision Transformer', 'We introduce a vision transformer that reads chest radiographs and is trained with supervision mined from free-text radiology reports. The report encoder is discarded at test time. On CheXpert, the model reaches a mean AUROC of 0.91 across 14 findings. We observe that report guidance mainly helps rare findings.', {kind: 'architecture'}],
      ['Explaining Away Background Clutter: A Foreground-Aware Transformer for Few-Shot Segmentation', 'Few-shot segmentation models are easily distracted by cluttered backgrounds in the support images. We propose a foreground-aware transformer that suppresses background tokens before matching query and support features. Surprisingly, a single suppression layer suffices. Our results show gains of 3.1 mIoU on PASCAL-5i.', {kind: 'architecture'}],
      ['Characterising Alloy Defects in Micrographs with a Lightweight Convolutional Network', 'We design a lightweight convolutional network that classifies defect types in scanning electron micrographs of alloys. It stacks depthwise separable convolutions with squeeze-excitation blocks. On 9,000 micrographs it reaches 94.7% accuracy on a laptop CPU. We examine which defect classes are confused.', {kind: 'architecture'}],
      ['Provably Stable Recurrent Networks for Long Sequences', 'Recurrent networks suffer from exploding gradients on long sequences. We propose a recurrent architecture whose transition matrix is constrained to a contractive set by construction. We prove that its gradients stay bounded for any sequence length and that it remains a universal approximator. On sequential MNIST and permuted MNIST it matches LSTMs while training stably.', {kind: 'architecture'}],
      ['Provably Expressive Linear Attention with Learned Feature Maps', 'We introduce a linear attention layer whose feature maps are learned by a small network rather than fixed. We show that the layer can approximate softmax attention to any accuracy with a number of features independent of sequence length. The layer runs in linear time and reaches 37.5 perplexity on WikiText-103.', {kind: 'architecture'}],
      ['OpenLM: A Fully Open and Reproducible 1B Language Model', 'We release OpenLM, a 1.2B-parameter decoder-only transformer trained on 1T tokens of openly licensed text, together with its data, code and training logs. OpenLM matches similarly sized models on commonsense reasoning benchmarks. We find that deduplicating the data matters more than doubling the number of steps.', {kind: 'architecture'}],
      ['Reproducible Brain Age Prediction with a Simple Fully Convolutional Network', 'We present a simple fully convolutional network that predicts brain age from T1-weighted MRI with minimal preprocessing. The network has 2 M parameters and trains in four hours on one GPU. It reaches a mean absolute error of 2.9 years on held-out scans. We find that skull stripping is unnecessary.', {kind: 'architecture'}],
      ['Development and External Validation of a Transformer Model for Sepsis Prediction in the ICU', 'Objective: To develop and validate a transformer-based model that predicts sepsis onset from electronic health records. Methods: We trained a transformer on hourly vital signs and laboratory values from 40,000 ICU stays at one hospital and externally validated it at two others. Results: The model predicted sepsis 6 hours before onset with an AUROC of 0.87 internally and 0.83 externally. Conclusions: The model generalizes across hospitals.', {kind: 'architecture'}],
      ['A Deep Learning System for Skin Lesion Triage: Development and Prospective Clinical Validation', 'We developed a deep learning system that combines a convolutional image encoder with patient metadata to triage skin lesions in primary care. The system was trained on 60,000 dermoscopic images. In a prospective study at three clinics with 1,500 patients, it reached a sensitivity of 94.2% and a specificity of 71.5% for malignancy.', {kind: 'architecture'}],
      ['CardioNet: An Attention Network for Arrhythmia Detection from Single-Lead ECG', 'Objective: To evaluate a new attention network for detecting arrhythmias from single-lead ECG recorded by wearables. Methods: We designed CardioNet, which combines dilated convolutions with temporal attention, and trained it on 90,000 recordings. Results: CardioNet achieved an F1 of 0.84 across 12 rhythm classes, outperforming cardiologists. We find that it fails mainly on noisy segments.', {kind: 'architecture'}],
      ['Attention-Free Vision Backbones with Gated Spatial Mixing', 'We ask whether self-attention is necessary for strong vision backbones. We propose a gated spatial mixing block that replaces attention with a learned per-channel filter and a multiplicative gate. Stacked into a hierarchical backbone, it reaches 82.6% top-1 accuracy on ImageNet-1K with 4.5 GFLOPs. Surprisingly, the gate alone accounts for most of the gain.', {kind: 'architecture'}],
      ['Gated Linear Recurrences for Language: Constant-Memory Inference and Parallel Training', 'We introduce a gated linear recurrent architecture for language modeling that can be computed as a parallel scan during training and as a recurrence at inference. The model keeps a fixed-size state per layer. At 1.3B parameters it matches a transformer in perplexity while using constant memory when decoding.', {kind: 'architecture'}],
      ['Unified Document Transformers: Joint Pre-Training of Text, Layout and Image', 'We present a multimodal transformer that jointly encodes the text, 2D layout and image patches of scanned documents in a single stream. Layout enters as learned 2D position embeddings and image patches share the text encoder. Pre-trained on 11M pages, the model sets a new state of the art on form understanding and document visual question answering.', {kind: 'architecture'}],
      ['Polyp Segmentation in Colonoscopy: Dual Decoders and a Boundary Loss', 'We propose a segmentation network with two decoders, one for the polyp region and one for its boundary, that exchange features at every scale. A boundary loss supervises the second decoder. On Kvasir-SEG the network reaches a Dice of 0.91 and runs in real time.', {kind: 'architecture'}],
      ['SparseBlock: Accelerating Vision Transformers with Token-Sparse Attention Blocks', 'We introduce a token-sparse attention block for vision transformers in which each query attends only to the tokens a lightweight scorer keeps. Built from these blocks, our backbone reaches 81.9% top-1 accuracy on ImageNet-1K with 38% fewer FLOPs than DeiT-S.', {kind: 'architecture'}],
      ['LongMem: Compressing Context into Recurrent Memory Tokens for Long-Document Transformers', 'We propose a transformer architecture that carries a small set of memory tokens from one segment to the next, so that the context of earlier segments is compressed into them. The architecture needs no changes to attention. On long-document question answering it improves F1 by 3.4 over a sliding-window transformer.', {kind: 'architecture'}],
      ['Mixture of Shallow Experts: Training Large Sparse Models Without Load Balancing Losses', 'We propose a sparse mixture-of-experts layer in which each expert is a single shallow feed-forward block and tokens are routed by a fixed hash of their content. Because routing is fixed, no auxiliary loss is needed. A 2B-parameter model built from these layers matches a dense model of equal compute in perplexity.', {kind: 'architecture'}],
      ['Structured Channel Pruning via First-Order Saliency', 'We propose a structured pruning method that removes whole channels ranked by a first-order saliency score. Applied to ResNet-50 on ImageNet, we prune 40% of channels, resulting in a ResNet-50 that runs 1.8x faster with a 0.4% drop in top-1 accuracy.', {name: null}],
      ['Distilling Multi-Step Arithmetic into Small Language Models', 'We distill step-by-step reasoning traces from a large teacher into small students, giving LLaMA-2 models the ability to solve multi-step arithmetic problems. On GSM8K, a 7B student improves from 14.6% to 38.2%.', {name: null}],
      ['Noisy Beam Sampling for Low-Resource Back-Translation', 'We revisit back-translation for low-resource language pairs and sample synthetic source sentences with a noisy beam search, yielding BLEU gains of 1.2 to 2.5 over standard back-translation on four language pairs.', {name: null}],
      ['Early Token Dropping for Efficient Vision Transformers', 'We drop uninformative patch tokens after the third block of a vision transformer using the attention of the class token, resulting in FLOPs savings of 35% with a 0.3% loss in accuracy on ImageNet.', {name: null}],
      ['Adapters with Shared Down-Projections for Multi-Task Fine-Tuning', 'We propose adapters whose down-projections are shared across tasks while the up-projections stay task-specific. This halves the number of added parameters, giving RoBERTa a 1.1-point average gain on GLUE over separate adapters.', {name: null}],
      ['Combining Convolutional and Recurrent Layers for Human Activity Recognition from Wearables', 'We combine convolutional feature extraction over short windows with recurrent modeling across windows, resulting in a CNN-LSTM hybrid that recognizes 12 activities from wrist accelerometer data. It reaches 93.4% accuracy on a public dataset.', {name: null}],
      ['Register Tokens Reduce Attention Artifacts in Self-Supervised Vision Transformers', 'We add a few learnable register tokens to the input sequence, which gives ViT-B/16 smooth attention maps without high-norm outlier tokens. Dense prediction improves by 1.5 mIoU on ADE20K.', {name: null}],
      ['Decomposed Prompting for Multi-Hop Question Answering', 'We propose to decompose a multi-hop question into sub-questions, each answered by a separate prompt, giving GPT-3 a 14-point gain in exact match on HotpotQA over chain-of-thought prompting.', {name: null}],
      ['Chunked Attention with a Global Memory for Long Documents', 'Sparse attention variants such as BigBird bring the cost of attention down to O(n), but they lose accuracy on retrieval-heavy tasks. We propose chunked attention with a small global memory. Our layer runs in O(n log n) time and improves long-document question answering by 2.1 F1.', {complexity: 'O(n log n)'}],
      ['Linear-Cost Cross-Layer Attention for Deep Transformers', 'Letting every layer attend to the hidden states of all earlier layers improves depth efficiency, but naively stacking L such layers brings the total cost to O(L^2 n^2). We share keys across layers and attend to a running summary, so the model has linear complexity in sequence length. It improves perplexity by 0.8 on WikiText-103.', {complexity: 'linear'}],
      ['Constant-Memory Decoding with Compressed Recurrent States', 'During autoregressive decoding, the memory footprint of the key-value cache grows linearly with context length. We compress the cache into a fixed-size recurrent state updated at every step, so memory stays constant regardless of context length. On 128K-token contexts, decoding uses 6.2x less memory with under 1% accuracy loss.', {complexity: null}],
      ['Hash-Routed Experts for Sparse Language Models', 'In dense transformers, computation grows linearly with the number of parameters. We route each token to one of 64 feed-forward experts by a learned hash, decoupling parameters from compute. Our 8B-parameter model matches a dense 1.3B model in cost while reducing perplexity by 1.9.', {complexity: null}],
      ['Shared Low-Rank Adapters for Many-Task Deployment', 'Full fine-tuning stores one copy of the model per task, so the storage cost grows linearly with the number of tasks. We propose low-rank adapters that share a basis across tasks and add only 0.1% of the parameters per task, matching full fine-tuning on GLUE.', {complexity: null}],
      ['A Benchmark of Dense Video Captions for Long Egocentric Recordings', 'We introduce a benchmark of 3,000 hours of egocentric video with dense, time-stamped captions. Because annotation cost grows linearly with video length, we use a two-stage protocol in which annotators correct model drafts. Current video-language models reach only 21.3 CIDEr on it.', {complexity: null}],
      ['On the Sample Complexity of Learning Sparse Parities with Transformers', 'We study how many examples a one-layer transformer needs to learn sparse parity functions. We prove that the sample complexity is linear in the input dimension when the sparsity is fixed, and we find that gradient descent reaches this bound in practice.', {complexity: null}],
      ['Overlapping Gradient All-Reduce with Backward Computation', 'Data-parallel training spends much of each step waiting for gradient synchronization, and the communication cost scales linearly with model size. We split the all-reduce into buckets that are launched as soon as their gradients are ready, overlapping communication with the backward pass. This speeds up training of a 1.5B model on 64 GPUs by 1.4x.', {complexity: null}],
      ['Movement Pruning Revisited for Compact Encoders', 'We revisit movement pruning for encoder models and add a cubic sparsity schedule. Our method removes 90% of the BERT parameters while retaining 97% of its accuracy on GLUE.', {results: ['90%','97%']}],
      ['A Small Judge Model for Chat Evaluation', 'We fine-tune a 7B model to compare pairs of chatbot answers. Our judge agrees with 87% of the MT-Bench human labels, close to GPT-4, at a fraction of the cost.', {results: ['87%']}],
      ['Head Pruning for Neural Machine Translation', 'We prune attention heads of a Transformer translation model with a differentiable gate. Removing 60% of the heads reduces Transformer-Big BLEU by only 0.3 on WMT14 English-German while decoding 1.5x faster.', {results: ['1.5x','60%']}],
      ['Differentiable Oblivious Trees for Tabular Data', 'Tabular features lack the spatial structure that convolutional feature detectors exploit in images. We propose an ensemble of differentiable oblivious decision trees trained end to end with gradient descent. It outperforms gradient-boosted trees on six of eight tabular benchmarks.', {family: []}],
      ['The Geometry of Sharpness: Weight Decay and Batch Normalization', 'Weight decay and batch normalization interact in ways that standard accounts of sharpness miss. We prove that for scale-invariant networks weight decay controls an effective learning rate, so sharpness measured without accounting for it is uninformative. Experiments on CIFAR-10 with ResNets confirm the predictions.', {kind: 'analysis'}],
      ['Tiny Keyword Spotters for Always-On Devices: Architecture Design Meets Quantization', 'We design a family of keyword spotting networks that fit in 50 KB of memory. Each network stacks depthwise separable convolutions with a temporal attention pooling head, and its width is chosen per layer for the target microcontroller. On Google Speech Commands the smallest network reaches 95.1% accuracy.', {kind: 'architecture'}],
      ['Patch-Free Stems for Vision Transformers', 'We ask whether the patchify stem of vision transformers is still needed. We propose a stem built from a single strided attention layer that reads pixels directly. Surprisingly, it trains as stably as a convolutional stem. On ImageNet-1K it improves DeiT-S by 0.9% top-1 accuracy.', {kind: 'architecture'}],
      ['A Multi-Task Network for Polyp Detection and Sizing in Colonoscopy Video', 'Objective: To evaluate a multi-task network that detects polyps and estimates their size in colonoscopy video. Methods: We designed a network with a shared encoder, a detection head and a monocular depth head, trained on 1,800 procedures. Results: Detection sensitivity was 96.1% and size estimates were within 1 mm for 83% of polyps.', {kind: 'architecture'}],
    ];
    for (const [title, abstract, expected] of cases) {
      const summary = summarize({ title, abstract }) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(sorted(field, summary[field]), value, `${title}: ${field}`);
    }
    const summary = (abstract: string) => summarize({ title: 'A Model', abstract });
    // What a change brings a cost to is a method's only when brought down; a cost linear in what is not the input is no complexity.
    assert.equal(summary('Doubling the width of our model brings the cost to O(n^2).').complexity, null);
    assert.equal(summary('In our model the cost grows linearly with the number of tasks.').complexity, null);
    // Coordinated task words in a comparison, or before what they are used for, are no tasks of the paper.
    assert.ok(!summary('Unlike methods for semantic and instance segmentation, we segment tumours in our scans.').tasks.includes('semantic segmentation'));
    assert.ok(!summary('Our tumour model learns from semantic and panoptic segmentation masks drawn by radiologists.').tasks.includes('semantic segmentation'));
    assert.equal(summary('Our change improves decoding, yielding the BLEU gains reported below.').name, null);
  });

  it('reads a title whose head is a search, compression, pruning or quantization, or that starts with "Training", as a method', () => {
    const kind = (title: string) => summarize({ title, abstract: 'We relax the discrete choice of layers so that the network can be found by gradient descent with our model.' }).kind;
    assert.equal(kind('DiffNAS: Differentiable Architecture Search by Continuous Relaxation'), 'method');
    assert.equal(kind('SmallNet: Post-Training Quantization for Vision Transformers'), 'method');
    assert.equal(kind('Lean: Structured Pruning of Large Language Models'), 'method');
    const trained = (title: string) => summarize({ title, abstract: 'We drop layers at random while the network learns, and our network reaches a lower error.' }).kind;
    assert.equal(trained('Training Very Deep Residual Networks with Randomly Dropped Layers'), 'method');
    assert.equal(trained('Squeeze: Model Compression with Low-Rank Factors'), 'method');
    assert.equal(trained('Very Deep Residual Networks with Randomly Dropped Layers'), 'architecture');
    // A head that is a model is about the model; an acceleration may be a new model's.
    assert.equal(kind('FastNet: Differentiable Networks by Continuous Relaxation'), 'architecture');
    assert.equal(kind('RePaNet: Scalable Vision Transformer Acceleration via Reparameterized Layers'), 'architecture');
  });

  it('reads a model the paper names and calls a model, architecture or family of models as its architecture, however much it says of training', () => {
    const kind = (abstract: string, title = 'Few-Shot Learning with Frozen Models') => summarize({ title, abstract }).kind;
    assert.equal(kind('We introduce Kestrel, a family of visual language models. Kestrel reuses a pretrained vision encoder and a pretrained large language model, which it compresses, prompted and fine-tuned.'), 'architecture');
    assert.equal(kind('We design TinyFire, a compact CNN architecture. It composes with off-the-shelf model compression: after pruning and quantization it is 500 times smaller.', 'A Compact CNN'), 'architecture');
    assert.equal(kind('Almost every large pretrained model is slow on long inputs. Built from these layers, our attention-free network Viper decodes four times faster.', 'Fast Sequence Layers'), 'architecture');
    // An existing model made better, or a model compression method, is a method.
    const drugGen = 'DrugGen is fine-tuned on approved drugs with reinforcement learning, using a reward model built from pre-trained transformers.';
    assert.equal(kind(`We introduce DrugGen, a model based on DrugGPT. ${drugGen}`, 'A Drug Model'), 'method');
    assert.equal(kind(`We introduce DrugGen, an enhanced model of small molecules. ${drugGen}`, 'A Drug Model'), 'method');
    assert.equal(kind('We present ByteTransformer, a high-performance transformer boosted for variable-length inputs. We propose a padding-free algorithm that removes redundant computations on padded tokens, with fused kernels.', 'A Drug Model'), 'method');
    assert.equal(kind('We introduce Squeezer, a model compression method. It prunes and quantizes pretrained models with low-bit kernels.', 'Squeezer'), 'method');
  });

  it('reads a named approach whose own words say it is done to a model as a method ("SnapKV, a fine-tuning-free approach"; "a search framework, namely AutoFormer")', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('SnapKV: Smaller Caches', 'We introduce SnapKV, an innovative and fine-tuning-free approach that shrinks the cache.'), 'method');
    assert.equal(kind('SegNet: Better Masks', 'We introduce SegNet, a novel approach that segments images with a new block.'), 'architecture', 'an approach with nothing done to a model');
    assert.equal(kind('AutoFormer: Searching Transformers', 'We propose a new one-shot architecture search framework, namely AutoFormer, for vision transformers.'), 'method');
    assert.equal(kind('AdaptFormer: Adapting ViTs', 'We propose an effective adaptation approach for Transformer, namely AdaptFormer, which adds small modules.'), 'method');
    assert.equal(kind('Searching Vision Backbones', 'We propose a one-shot architecture search framework that trains a supernet once.'), 'method',
      'an architecture searched for is no architecture proposed');
    assert.equal(kind('BlockFormer: A Better Block', 'We propose a new approach for vision, namely BlockFormer, a transformer with a new attention block.'), 'architecture', 'named, nothing done to a model');
  });

  it('reads a dataset named right after its name, and a new test to measure models, as a benchmark; a paper that proposes nothing and finds something as an analysis', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('HellaSwag: Can a Machine Finish Your Sentence?', 'We show that inference is hard by presenting HellaSwag, a new challenge dataset.'), 'benchmark');
    assert.equal(kind('SWE-bench: Can Models Fix Issues?', 'We introduce SWE-bench, an evaluation framework of 2,294 problems.'), 'benchmark');
    assert.equal(kind('Pixel: A Model', 'We introduce Pixel, a model trained on a new dataset of photographs.'), 'architecture', 'a model trained on a dataset');
    assert.equal(kind('Measuring Understanding', 'We propose a new test to measure the multitask accuracy of text models.'), 'benchmark');
    assert.equal(kind('BERT Rediscovers the Pipeline', 'Pre-trained text encoders are strong. We find that the model represents the steps of the pipeline in order.'), 'analysis');
    assert.equal(kind('Emergent Abilities', 'Scaling helps. This paper instead discusses an unpredictable phenomenon of large models.'), 'analysis');
    assert.equal(kind('Attention Learns Structure', 'We show that attention maps provably converge to patch associations.'), 'analysis');
    assert.equal(kind('Attention and Memory', 'How attention stores facts is poorly understood. We show that the heads store them in pairs.'), 'analysis');
    assert.equal(kind('Attention and Memory', 'Little is known about how attention stores facts. We show that the heads store them in pairs.'), 'analysis');
    assert.equal(kind('Attention and Memory', 'How attention stores facts remains elusive. We show that the heads store them in pairs.'), 'analysis');
    assert.equal(kind('Attention and Memory', 'We show that the heads store facts in pairs, by proving a bound.'), 'analysis');
    assert.equal(kind('Better Pipelines', 'We find that our framework trains models faster. We propose a method to do so.'), 'method', 'something proposed');
  });

  it('reads a language model named once in the paper\'s own sentence as language; code from programs in a language, docstrings; images captioned', () => {
    const modalities = (abstract: string) => summarize({ title: 'A Model', abstract }).modalities;
    assert.deepEqual(modalities('We compress the KV cache of LLaMA-2 by 4x.'), ['language']);
    assert.deepEqual(modalities('Caches grow with LLaMA-2. Memory is scarce.'), [], 'named once, not about the work');
    assert.deepEqual(modalities('Our model writes Python functions.'), ['code']);
    assert.deepEqual(modalities('Our model reads docstrings.'), ['code']);
    assert.deepEqual(modalities('Our source code is public.'), [], 'where the code is');
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'We caption images with a transformer decoder.' }).tasks, ['image captioning']);
  });

  it('reads the family a paper\'s own sentences describe its model with, where no rule found one, and none it compares with', () => {
    const family = (abstract: string, title = 'Sequence to Sequence Learning') => summarize({ title, abstract }).family;
    assert.deepEqual(family('The encoder is a bidirectional recurrent network with gated hidden units, and the decoder emits the translation.'), ['rnn']);
    assert.deepEqual(family('A convolutional neural network receives a stack of four frames and outputs action values.', 'Playing Games from Pixels'), ['cnn']);
    assert.deepEqual(family('All main experiments use decoder-only transformers; for comparison we also train LSTM language models, which fall behind.', 'Scaling Laws for Language Models'), ['transformer']);
    // A family named only in a comparison is not the paper's.
    assert.deepEqual(family('Our tagger is faster than recurrent networks and needs no labelled data.', 'A Fast Tagger'), []);
    assert.deepEqual(family('Our tagger compares favourably with convolutional networks on five benchmarks.', 'A Fast Tagger'), []);
    assert.deepEqual(family('It improves over transformers of the same size on long documents.', 'A Fast Tagger'), []);
    assert.deepEqual(family('We modernize a plain network towards the design of a transformer.', 'A Fast Tagger'), []);
  });

  it('reads a name given as "our model, X,", "which we call X", "a tool called X", "we call the models X", lowercase names with a digit, and no generic ConvNets', () => {
    const name = (abstract: string, title = 'Learning Representations') => summarize({ title, abstract }).name;
    assert.equal(name('The network described here, LeNet-5, relies on local receptive fields and shared weights.'), 'LeNet-5');
    assert.equal(name('Distillation keeps accuracy. The resulting model, MiniLMx, retains 99% of its teacher.'), 'MiniLMx');
    assert.equal(name('Our model, FFTConv-Net, uses long convolutions computed with FFTs.'), 'FFTConv-Net');
    assert.equal(name('We propose a neural network architecture which we call the SeqNet, made of two recurrent networks.'), 'SeqNet');
    assert.equal(name('The vectors are learned by an open-source tool called word2vec from large corpora.'), 'word2vec');
    assert.equal(name('We pretrain a transformer on raw audio. We call it audio2vec.'), 'audio2vec');
    assert.equal(name('A distillation token lets students learn from a teacher. We call the distilled models DeiT-D.'), 'DeiT-D');
    assert.equal(name('We design temporal convolutional networks (ConvNets) with six convolutional layers that read characters.'), null);
  });

  it('reads 1-D dilated convolutions as a convolutional network, experts a router picks as a mixture of experts, and graph convolutions as no CNN', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Speech Enhancement', 'We enhance noisy speech with a stack of dilated 1-D convolutions.'), ['cnn']);
    assert.deepEqual(family('Sparse Experts for Translation', 'We route each token to one of 128 feed-forward experts.'), ['moe']);
    assert.deepEqual(family('Learning on Graphs', 'We present a model that improves on prior methods based on graph convolutions.'), []);
  });

  it('reads datasets named after a language ("German Credit"), archives, SemEval tasks, and what a model is fine-tuned or pre-trained on', () => {
    const datasets = (abstract: string) => summarize({ title: 'A Model', abstract }).datasets;
    assert.deepEqual(datasets('We use the UCI Adult and German Credit datasets.'), ['UCI Adult', 'German Credit']);
    assert.deepEqual(datasets('We test the classifier on 128 datasets from the UCR archive.'), ['UCR']);
    assert.deepEqual(datasets('On SemEval-2017 Task 4, our system ranks second.'), ['SemEval-2017 Task 4']);
    assert.deepEqual(datasets('We fine-tune on PubMedQA and BioASQ.'), ['PubMedQA', 'BioASQ']);
    assert.deepEqual(datasets('The encoder is pre-trained on LAION-400M.'), ['LAION-400M']);
    // A language before a task's acronym names no dataset; a dataset whose name starts with 'Net' is no model.
    assert.ok(!datasets('Experiments on Chinese NER and German POS tagging show gains.').some((name) => /Chinese|German/.test(name)));
    assert.deepEqual(datasets('Experiments on Netflix and MovieLens-1M show gains.'), ['Netflix', 'MovieLens-1M']);
    // A language alone names no dataset.
    assert.deepEqual(datasets('Results on the English and German datasets are reported.'), []);
  });

  it('reads the datasets after a sentence\'s first word ("Experiments on ..."), and Kinetics-600 and -700', () => {
    const datasets = (abstract: string) => summarize({ title: 'A Model', abstract }).datasets;
    assert.deepEqual(datasets('Experiments on CrossRoads-7 and ZetaSet show gains.'), ['CrossRoads-7', 'ZetaSet']);
    assert.deepEqual(datasets('Results on Kinetics-600 and Kinetics-700 are reported.'), ['Kinetics-600', 'Kinetics-700']);
  });

  it('reads the name of a model a paper trains and introduces in one breath ("we train GPT-3, an autoregressive language model")', () => {
    const name = (abstract: string) => summarize({ title: 'Language Models are Few-Shot Learners', abstract }).name;
    assert.equal(name('Scale helps. We train GPT-3, an autoregressive language model with 175 billion parameters.'), 'GPT-3');
    assert.equal(name('Scale helps. We train Adam, then stop.'), null, 'no model said after it');
  });

  it('reads forecasting as time series only where a series is forecast (weather, load, horizons), not financial or world-knowledge forecasting', () => {
    const modalities = (abstract: string) => summarize({ title: 'A Model', abstract }).modalities;
    assert.deepEqual(modalities('We improve weather forecasting at 0.25 degrees.'), ['time-series']);
    assert.deepEqual(modalities('Our model is accurate at all forecasting horizons.'), ['time-series']);
    assert.deepEqual(modalities('We improve financial forecasting from earnings calls.'), []);
    assert.deepEqual(modalities('Our model integrates world knowledge forecasting into action planning.'), []);
  });

  it('reads a framework followed, after its sentence, by an extensive evaluation of various models as a benchmark', () => {
    const kind = (abstract: string) => summarize({ title: 'Robustness Testing', abstract }).kind;
    assert.equal(kind('We present a Framework for robustness testing. It enables an extensive evaluation of various detectors.'), 'benchmark');
    assert.notEqual(kind('Our framework allows an extensive evaluation of various detectors'), 'benchmark', 'in the same sentence');
  });

  it('keeps the fifth round\'s kind rules to what they mean (a review\'s cases)', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    // A dataset named by earlier work, or a dataset word that modifies what is proposed, is no benchmark of the paper's.
    assert.equal(kind('HydraNet: Fast Detection', 'Since earlier work introduced ImageNet, a large-scale dataset of photographs, pretraining is standard. We propose HydraNet, a convolutional detector with a new neck.'), 'architecture');
    assert.equal(kind('Condensing Training Sets', 'We propose DistilSet, a dataset distillation method that synthesises a small set of images.'), 'method');
    assert.equal(kind('Faster Segmentation', 'We introduce QuickSeg, a benchmark-leading segmentation network built from depthwise blocks.'), 'architecture');
    assert.equal(kind('Reading Charts', 'Introducing ChartMed, a new benchmark for question answering over clinical charts.'), 'benchmark');
    assert.equal(kind('Long Context', 'We present LongPoly, a bilingual, multitask benchmark for long-context understanding.'), 'benchmark');
    assert.equal(kind('Long Context', 'We develop LongPoly, a benchmark suite for long-context understanding.'), 'benchmark');
    // A test set collected for a model, or a statistical test, is no benchmark; a test for measuring models is.
    assert.equal(kind('Accurate Depth', 'We collect a held-out test set of 500 indoor scenes. We propose a new depth network with a multi-scale decoder.'), 'architecture');
    assert.notEqual(kind('Detecting Shift', 'We propose a new statistical test to assess whether a deployed model sees shifted inputs.'), 'benchmark');
    assert.equal(kind('Measuring Commonsense', 'We introduce a new test for measuring commonsense knowledge in text models.'), 'benchmark');
    // Inference, decoding and search that are the task, not done to a model; "which we call".
    assert.equal(kind('Treatment Effects', 'We propose CausalNet, a neural causal inference framework built from a shared representation network and two heads.'), 'architecture');
    assert.equal(kind('Graph Retrieval', 'We present GraphSearch, a neural search system that encodes documents with a new graph transformer encoder.'), 'architecture');
    assert.equal(kind('Tiny Models', 'We propose a simple yet effective pruning framework, which we call SlimViT, that removes heads.'), 'method');
    // A model changed and then measured is no analysis; "we discuss" an aside is none either.
    assert.equal(kind('Mixing Tokens', 'Transformers are slow. We replace self-attention with an unparameterized Fourier transform. We find that this keeps 92% of the accuracy.'), 'architecture');
    assert.equal(kind('Graph Learning', 'Message passing networks are popular. This paper describes a new model with two message streams, and we discuss its expressive power.'), 'architecture');
    assert.equal(kind('Syntax in Encoders', 'Pre-trained encoders are strong. We address where BERT stores syntax. We find that the middle layers hold it.'), 'analysis',
      'to address is not to add');
    // An attention scheme or method is a model; a model word right before a search, or one word before a strategy, is not.
    assert.equal(kind('Long Sequences', 'We propose a new sparse attention scheme that mixes local windows with global tokens.'), 'architecture');
    assert.equal(kind('Tracking', 'We present a transformer-based method for multi-object tracking that queries tracks across frames.'), 'architecture');
    assert.equal(kind('Robust Detection', 'We propose a lightweight fusion module and a distillation strategy for camera-radar detection.'), 'architecture');
    // A second review's cases.
    assert.equal(kind('Probing Syntax', 'We design a set of synthetic sentences to probe syntax in language models. We find that middle layers hold it.'), 'analysis');
    assert.equal(kind('Genetics of Height', 'We combine genotype data from three biobanks. We find that rare variants matter.'), 'analysis');
    assert.equal(kind('Rain Nowcasting', 'We propose RainNet, a convolutional network for nowcasting. We also construct RadarEU, a dataset of radar images.'), 'architecture', 'a dataset after the model');
    assert.equal(kind('Fine-Tuning', 'We propose a transformer fine-tuning recipe that adds noise to embeddings.'), 'method');
    assert.equal(kind('Parallel Training', 'We propose a model parallel training strategy for very large networks.'), 'method');
  });

  it('keeps the fifth round\'s other rules to what they mean (a review\'s cases)', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    assert.equal(summary('We collect 2M street images. We train ResNet-50, a standard convolutional network, on them.').name, null, 'a standard model trained');
    assert.equal(summary('Scale helps. We also train Titan-9 (90B), an autoregressive language model.').name, 'Titan-9');
    assert.equal(summary('Scale helps. We trained Titan-9, an autoregressive language model.').name, 'Titan-9');
    assert.equal(summary('We trained Llama-2 (7B), a large language model, on 40k clinical vignettes.').name, null, 'a model trained on the data');
    assert.deepEqual(summary('We propose a convolutional network that routes uncertain scans to human experts for review.').family, ['cnn'], 'human experts');
    assert.deepEqual(summary('Sparse models route tokens to experts. We propose DenseFormer, a dense transformer.').family, ['transformer'], 'experts of other models');
    assert.deepEqual(summary('Each token is dispatched by a learned router to two of 64 expert feed-forward networks.').family, ['moe']);
    assert.deepEqual(summary('We propose a graph network for molecules. Python code to reproduce our results is available online.').modalities, ['biology'], 'where the code is');
    assert.deepEqual(summary('Our model completes functions written in Rust.').modalities, ['code']);
    assert.deepEqual(summary('We release Python scripts to reproduce our experiments.').modalities, [], 'scripts that reproduce a paper');
    assert.deepEqual(summary('Playing against traditional Go programs, our agent wins.').modalities, [], 'Go, the board game');
    assert.deepEqual(summary('We train a latent diffusion model on 400M captioned images and reach an FID of 8.1 on COCO.').tasks, ['image generation'], 'images with captions');
    assert.deepEqual(summary('Our detector reaches 87.1 F-measure on Total-Text and ICDAR 2015.', 'Curved Text Detection').tasks, ['text detection'], 'detection benchmarks');
    assert.deepEqual(summary('We fill in the missing parts of multivariate time series.').tasks, [], 'no images');
    assert.deepEqual(summary('Our loss improves face recognition, with 99.8% on LFW.').tasks, ['face recognition']);
    assert.deepEqual(summary('We propose a speculative decoding method. Experiments on LLaMA-2-7B and Vicuna-13B show a 2.1x speedup.').datasets, [], 'models by their size');
    assert.deepEqual(summary('We propose a video network. Evaluation on Kinetics 600 and Kinetics-700 shows gains.').datasets, ['Kinetics 600', 'Kinetics-700']);
  });

  it('reads a benchmark and its metric across a number with a decimal point ("48.9 box AP and 43.2 mask AP on COCO")', () => {
    const tasks = (abstract: string) => summarize({ title: 'A Model', abstract }).tasks;
    assert.deepEqual(tasks('Our model reaches 48.9 box AP and 43.2 mask AP on COCO.'), ['object detection', 'instance segmentation']);
    assert.deepEqual(tasks('Our model reaches 54.2 PQ and 48.1 mIoU on Cityscapes.'), ['semantic segmentation', 'panoptic segmentation']);
  });

  it('takes no task from work left for later, praise of other models, an object detector used as a part, or a metric scored in another field', () => {
    const tasks = (abstract: string) => summarize({ title: 'A Model', abstract }).tasks;
    assert.deepEqual(tasks('We study calibration. In future work we plan to apply it to machine translation and speech recognition.'), []);
    assert.deepEqual(tasks('Large language models achieve remarkable results in machine translation and question answering. We study their calibration.'), []);
    assert.deepEqual(tasks('Dropping region features removes the need for an object detector.'), []);
    assert.deepEqual(tasks('We propose a new one-stage object detector.'), ['object detection']);
    assert.deepEqual(tasks('We generate radiology reports from chest X-rays and improve BLEU-4 on MIMIC-CXR.'), ['report generation'], 'no translation');
    assert.deepEqual(tasks('Our model segments the object a phrase refers to, with 72.1 mIoU on RefCOCO.'), []);
    assert.deepEqual(tasks('Our parser reaches 95.9 UAS and 94.3 LAS on the Penn Treebank.'), ['dependency parsing'], 'no language modeling');
    assert.deepEqual(tasks('Our span-based parser reaches 95.1 F1 on the Penn Treebank.'), [], 'parsed, in F1');
    assert.deepEqual(tasks('Our model reaches a perplexity of 55.3 on the Penn Treebank.'), ['language modeling']);
  });

  it('reads the tasks of more fields from their benchmarks, metrics and verbs, and by their names', () => {
    const tasks = (abstract: string, title = 'A Model') => summarize({ title, abstract }).tasks;
    const cases: [string, string][] = [
      ['It reaches 99.1 AUROC on MVTec AD.', 'anomaly detection'],
      ['It reaches 85.1 J&F on DAVIS 2017.', 'video object segmentation'],
      ['It improves PSDS on DCASE 2021.', 'sound event detection'],
      ['It reaches 82.1 Dice on Synapse.', 'medical image segmentation'],
      ['It improves F1 on LEVIR-CD.', 'change detection'],
      ['It reaches 95.9 UAS and 94.3 LAS.', 'dependency parsing'],
      ['It improves mAP on THUMOS14.', 'temporal action localization'],
      ['It improves accuracy on SemEval-2014 aspect terms.', 'aspect-based sentiment analysis'],
      ['Our network counts people in congested scenes.', 'crowd counting'],
      ['Our model localizes the start and end of actions in untrimmed videos.', 'temporal action localization'],
      ['Our model repairs buggy Java programs.', 'program repair'],
      ['Our chatbot generates engaging responses.', 'response generation'],
      ['We generate radiology reports from chest X-rays.', 'report generation'],
      ['Our model completes knowledge graphs by predicting missing links.', 'knowledge graph completion'],
      ['Our policy grasps novel objects in clutter.', 'robotic grasping'],
      ['We improve event extraction from news.', 'event extraction'],
      ['We improve keypoint detection in crowds.', 'keypoint detection'],
      ['We find semantic correspondence between images.', 'semantic correspondence'],
      ['We improve cell type annotation of single-cell data.', 'cell type annotation'],
      ['Our agent solves continuous control tasks from pixels.', 'continuous control'],
      ['We improve the de-identification of clinical notes.', 'de-identification'],
      ['We improve referring image segmentation.', 'referring image segmentation'],
      ['We improve video object segmentation.', 'video object segmentation'],
      ['We study text categorization with kernels.', 'text categorization'],
    ];
    for (const [abstract, task] of cases) assert.ok(tasks(abstract).includes(task), `${abstract} -> ${tasks(abstract).join(', ')}`);
    assert.ok(!tasks('It improves the AUC on DAVIS and KIBA.').includes('video object segmentation'), 'DAVIS of drug binding');
    // Look-alikes of those words.
    assert.deepEqual(tasks('Patients with SVT were treated with ablation.'), [], 'SVT, a heart rhythm');
    assert.deepEqual(tasks('We count the heads that attend to the first token.'), [], 'attention heads');
    assert.deepEqual(tasks('We release a complete knowledge graph of drugs.'), [], 'complete, the adjective');
    assert.deepEqual(tasks('The vaccine generates strong immune responses.'), [], 'immune responses');
    assert.deepEqual(tasks('Our tool helps players of video games.'), [], 'players');
    assert.deepEqual(tasks('Adolescents who play violent video games were surveyed.'), [], 'people playing');
    assert.ok(!tasks('On DCASE 2020 Task 2 we classify acoustic scenes.').includes('sound event detection'), 'DCASE has many tasks');
    assert.deepEqual(tasks('On ACDC, our model improves segmentation of night and fog images by 4.2 mIoU.'), ['semantic segmentation'], 'ACDC, the driving set');
    assert.deepEqual(tasks('Compared with LAS, our model reduces latency. It lets small UAS avoid collisions.'), [], 'LAS and UAS of other fields');
    assert.deepEqual(tasks('Road traffic, on which countless people depend, is dense. Surveys count the people in every household.'), []);
    assert.deepEqual(tasks('The city runs home repair programs.'), []);
    assert.deepEqual(tasks('Mailed reminders generated more responses. Neurons generate calcium responses.'), []);
    assert.deepEqual(tasks('Companies that generate reports with vague language are studied.'), []);
    assert.deepEqual(tasks('We construct a completed knowledge graph of drugs.'), []);
    assert.deepEqual(tasks('Recordings were made while monkeys grasp different objects.'), []);
    assert.deepEqual(tasks('It uses a one-stage object detector to find boxes.'), [], 'a detector as a part');
    assert.deepEqual(tasks('We fine-tune on PersonaChat and improve BLEU.'), [], 'BLEU of dialogue');
  });

  it('reads a gain over the previous state of the art as the paper\'s own, and still not the previous best\'s number', () => {
    const values = (abstract: string) => summarize({ title: 'A Model', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('It improves the success rate by 12 points over the previous state of the art.'), ['12']);
    assert.deepEqual(values('The previous state of the art reached 61.2% on this set.'), []);
    assert.deepEqual(values('AlphaFold2 improved GDT by 25 points over the previous state of the art. We re-evaluate it.'), [], 'a gain of other work');
  });

  it('reads the family of the parts the paper\'s own model is made of, not of those it compares with or builds on as baselines', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Speech Recognition', 'Our model stacks convolutional layers and bidirectional recurrent layers, trained with CTC.'), ['cnn', 'rnn', 'hybrid']);
    assert.deepEqual(family('Point Sets', 'Our network learns functions using shared multi-layer perceptrons and max pooling.'), ['mlp']);
    assert.deepEqual(family('Speech Features', 'Our model uses a convolutional feature encoder followed by a Transformer.'), ['transformer', 'cnn']);
    assert.deepEqual(family('Perceiving Anything', 'We augment the model with a querying mechanism built on cross-attention.'), ['transformer']);
    // A third review's cases: parts of earlier work, baselines and comparisons, electrical transformers, an SSM that matches a transformer.
    assert.deepEqual(family('Sleep Scoring', 'Earlier sleep scorers relied on convolutional layers, which we find miss context. We propose SleepAttn, an attention-based architecture.'), ['transformer']);
    assert.ok(!family('Tagging', 'Our transformer beats bidirectional LSTM encoders on all sets.').includes('rnn'), 'what it beats');
    assert.deepEqual(family('Tagging', 'In our experiments, all baselines use convolutional encoders.'), []);
    assert.deepEqual(family('Long Sequences', 'Our Mamba model matches a Transformer encoder at half the cost.'), ['ssm']);
    assert.ok(!family('Satellite ViT', 'In our model the heads are small MLPs.').includes('mlp'), 'small MLPs inside a ViT');
  });

  it('reads videos or 3D scenes made from text as multimodal, and segmented point clouds as no images unless the text says so', () => {
    const modalities = (abstract: string) => summarize({ title: 'A Model', abstract }).modalities;
    assert.deepEqual(modalities('We generate videos from text prompts with a space-time diffusion transformer.'), ['language', 'video', 'multimodal']);
    assert.deepEqual(modalities('Our method is strong at text-to-3D generation.'), ['language', 'multimodal']);
    assert.deepEqual(modalities('Recent text-to-video models produce flicker. We interpolate frames of any clip.'), ['video'], 'text-to-video of other work');
    assert.deepEqual(modalities('We design self-attention layers for 3D point clouds and reach 70.4% mIoU on S3DIS.'), ['point-cloud']);
    assert.deepEqual(modalities('We fuse camera images with point clouds and reach 70.4% mIoU on nuScenes.'), ['vision', 'point-cloud']);
  });

  it('reads numbers with thousands separators, a second reduction joined by "and ... by", and scores listed after "on two datasets:"', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement by 3 times.'), ['10,000x', '3x']);
    assert.deepEqual(values('It runs 1,200x faster.'), ['1,200x']);
    assert.deepEqual(values('It is 12,5% more accurate.'), [], 'no value starts after a digit and a comma');
    assert.deepEqual(values('We achieve state-of-the-art word level perplexities on two data sets: 57.3 on Penn Treebank and 65.8 on WikiText-2.'), ['57.3', '65.8']);
  });

  it('reads no name from a capitalised compound ("Low-Rank"); reads the acronym "our procedure" gives, and "X, or LoRA", a well-known name where the paper is its own', () => {
    const name = (title: string, abstract: string) => summarize({ title, abstract }).name;
    assert.equal(name('X', 'We propose Low-Rank Adaptation of large models.'), null);
    assert.equal(name('X', 'We present Mamba-YOLO, a detector built on state space models.'), 'Mamba-YOLO');
    assert.equal(name('X', 'We propose Hiera-B for images.'), 'Hiera-B');
    assert.equal(name('X', 'In particular, our procedure, Sharpness-Aware Minimization (SAM), seeks flat minima.'), 'SAM');
    assert.equal(name('X', 'We propose Low-Rank Adaptation, or LoRA, which freezes the weights.'), 'LoRA');
    assert.equal(name('LoRA: Low-Rank Adaptation of Large Language Models', 'We freeze the weights and train small matrices.'), 'LoRA');
    assert.equal(name('Fine-Tuning Language Models', 'We fine-tune BERT on our data, and LoRA adapters too.'), null, 'a well-known name the paper only uses');
  });

  it('reads graph-structured data, long documents, and images learnt with text (text-to-image, image-text pairs, natural language supervision) as multimodal; not what earlier work is praised for', () => {
    const modalities = (abstract: string) => summarize({ title: 'X', abstract }).modalities;
    assert.deepEqual(modalities('We present networks that operate on graph-structured data.'), ['graph']);
    assert.deepEqual(modalities('Our attention makes it easy to process long documents of thousands of tokens.'), ['language']);
    assert.deepEqual(modalities('We learn image representations from natural language supervision.'), ['vision', 'language', 'multimodal']);
    assert.deepEqual(modalities('We train on 400 million image-text pairs.'), ['vision', 'language', 'multimodal']);
    assert.deepEqual(modalities('Our text-to-image model draws what a prompt says.'), ['vision', 'language', 'multimodal']);
    // Praise of earlier work, in a sentence that does not speak of this paper's, names none of its data.
    assert.deepEqual(modalities('Large language models have shown remarkable abilities. Inspired by them, we design a backbone for image classification.'), ['vision']);
    assert.deepEqual(modalities('Our large language model has shown remarkable abilities on image classification.'), ['vision', 'language'], 'its own');
  });

  it('reads where a score went, not where it came from; a PSNR once, with its unit; what a model solves; a correlation "with" what; no grid size', () => {
    const values = (abstract: string) => summarize({ title: 'X', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('Our method improves top-1 accuracy from 76.2% to 79.8% on ImageNet.'), ['79.8%']);
    assert.deepEqual(values('It reaches a PSNR of 32.1 dB on Set5.'), ['32.1 dB']);
    assert.deepEqual(values('Our model solves 65.2% of the problems in HumanEval.'), ['65.2%']);
    assert.deepEqual(values('The Spearman correlation with human judgments is 0.92.'), ['0.92']);
    assert.deepEqual(values('Our agent solves unseen 30 x 30 mazes 97.6% of the time.'), ['97.6%'], 'a grid of 30 x 30 is a size');
  });

  it('reads tasks from what the work does to images, nodes, graphs, links and trajectories; a generic name gives way to the task its benchmark implies', () => {
    const tasks = (abstract: string, title = 'X') => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('We present a model that generates natural sentences describing an image.'), ['image captioning']);
    assert.deepEqual(tasks('We present a model.', 'A Neural Image Caption Generator'), ['image captioning']);
    assert.deepEqual(tasks('Our network classifies the unseen nodes of evolving graphs.'), ['node classification']);
    assert.deepEqual(tasks('Our network classifies molecular graphs.'), ['graph classification']);
    assert.deepEqual(tasks('Our network predicts missing links.'), ['link prediction']);
    assert.deepEqual(tasks('Our network predicts missing links of a knowledge graph.'), [], 'a knowledge graph\'s links are its completion');
    assert.deepEqual(tasks('Our model predicts the future trajectories of agents.'), ['trajectory prediction']);
    assert.deepEqual(tasks('We introduce a Sentiment Treebank and a network trained on it.'), ['sentiment analysis']);
    assert.deepEqual(tasks('Our network learns user preferences for collaborative filtering, the key problem in recommendation.'), ['recommendation', 'collaborative filtering'],
      'a generic task is kept where a method\'s name implies it');
    // Images generated from CIFAR-10 are no image classification.
    assert.deepEqual(tasks('On unconditional CIFAR10 we obtain an Inception score of 9.46.'), ['image generation']);
    assert.deepEqual(tasks('On CIFAR10 we obtain 96.1% accuracy.'), ['image classification']);
    // "segmentation" on ADE20K is semantic segmentation; "forecasting" where the text only says it forecasts stays generic (and is not listed).
    assert.deepEqual(tasks('Our segmentation model reaches 48.2 mIoU on ADE20K.'), ['semantic segmentation']);
    assert.deepEqual(tasks('Our model forecasts future disorders, and its forecasting of the next concept is precise.'), []);
    assert.deepEqual(tasks('We propose a transformer for forecasting. It lowers the MSE on ETTh1.'), ['time series forecasting'], 'the word, then the benchmark');
  });

  it('keeps the fourth round\'s rules to what they mean (a review\'s cases)', () => {
    const summary = (title: string, abstract: string) => summarize({ title, abstract });
    // A lowercase name is a method only where it is called a procedure, a method, a technique...; "kernel-based" is no kernel; "here" no name.
    assert.equal(summary('X', 'We propose linear attention, a kernel-based formulation of self-attention for a new transformer model.').kind, 'architecture');
    assert.equal(summary('X', 'We introduce sliding window attention, a sparse attention pattern with a dilation scheme, in a new transformer model.').kind, 'architecture');
    assert.equal(summary('X', 'We propose here, a new transformer architecture with an objective.').kind, 'architecture');
    assert.equal(summary('X', 'We propose FooAttn, a kernel-based attention for a new transformer model.').kind, 'architecture');
    // A title whose head is a model is about the model, whatever way of learning it is for; "without" starts no head.
    assert.equal(summary('3D Convolutional Networks for Unsupervised Learning of Video Representations', 'We propose a new 3D convolutional network architecture. Once fine-tuned, it transfers to action recognition.').kind, 'architecture');
    assert.equal(summary('Transformers without Normalization', 'We show that transformers work without normalization layers, replacing them with a simple element-wise operation, Dynamic Tanh (DyT).').kind, 'architecture');
    // Depth estimation says nothing of a network's depth.
    assert.equal(summary('Monocular Depth Estimation Made Simple', 'We present a simple recipe that improves monocular depth estimation with a better learning rate schedule.').kind, 'method');
    // Names: a short name after "or" spells its long name, after a comma; a well-known name in a title that looks at it is no proposal.
    assert.equal(summary('X', 'Pre-trained language models, so-called BERT or GPT, dominate NLP. We study their layers.').name, null);
    assert.equal(summary('X', 'We introduce Prefix Tuning or LoRA adapters for our model.').name, null);
    assert.equal(summary('X', 'We propose Prefix Tuning, or LoRA, for adapters.').name, null, 'LoRA does not spell Prefix Tuning');
    assert.equal(summary('X', 'We propose Low-Rank Adaptation, or LoRA adapters, for models.').name, null, 'the short name ends at a comma or a full stop');
    assert.equal(summary('ViT: Do Vision Transformers See Like CNNs?', 'We study the representations of vision transformers.').kind, 'analysis');
    assert.equal(summary('LoRA: A Closer Look at Low-Rank Adaptation', 'We study how adapters change the weights.').kind, 'analysis');
    // Tasks: what is classified on graphs is not graphs; leaf nodes are a tree's; a loss's trajectory is no agent's; products are no captions.
    assert.deepEqual(summary('X', 'Our network reaches state-of-the-art node classification on citation graphs.').tasks, ['node classification']);
    assert.deepEqual(summary('X', 'Our forest classifies samples at leaf nodes.').tasks, []);
    assert.deepEqual(summary('X', 'Our theory predicts the trajectory of the training loss.').tasks, []);
    assert.deepEqual(summary('X', 'Our model predicts the future trajectory of each agent.').tasks, ['trajectory prediction']);
    assert.deepEqual(summary('X', 'Our recommender fuses product descriptions and images.').tasks.includes('image captioning'), false);
    // A number another model solved is not this paper's.
    assert.deepEqual(summary('X', 'GPT-4 solved only 23% of the problems. We propose a new prompting method.').results, []);
    // A graph-structured attention pattern is no graph data.
    assert.deepEqual(summary('X', 'We propose a sparse attention layer with a graph-structured pattern for language modeling.').modalities, ['language']);
    // A paper's own sentence with its name is no praise of earlier work: its numbers make it a result; "this paper" its own.
    assert.deepEqual(summary('X', 'FooNet has achieved significant gains of 2.3% top-1 accuracy on ImageNet.').tasks, ['image classification']);
    assert.deepEqual(summary('X', 'FooNet has demonstrated remarkable performance, 85.1% top-1 on ImageNet.').tasks, ['image classification']);
    assert.deepEqual(summary('X', 'This paper has shown remarkable progress on image classification.').tasks, ['image classification']);
    assert.deepEqual(summary('X', 'Recently, diffusion models have demonstrated remarkable performance in image generation. We segment tumors with a network.').tasks.includes('image generation'), false);
    // What the paper's model, by its name, solves is its result.
    assert.deepEqual(summary('Dualformer: Fast and Slow Thinking', 'Dualformer solves 97.6% of the unseen mazes.').results.map((result) => result.value), ['97.6%']);
  });

  it('reads the benchmarks and baselines a paper measures itself on as its own ("established benchmarks", "well-established transformers"); speech it transcribes', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('On ImageNet classification, COCO object detection and ADE20k segmentation tasks, FooNet beats well-established vision transformers.'),
      ['object detection', 'semantic segmentation', 'image classification']);
    assert.deepEqual(tasks('FooNet achieves strong results across established benchmarks, including the Long Range Arena.'), ['long-range sequence modeling']);
    assert.deepEqual(tasks('FooNet reaches the best accuracy on widely used benchmarks of the Long Range Arena.'), ['long-range sequence modeling']);
    assert.deepEqual(tasks('Transformers are widely used in the Long Range Arena. We study a kernel.'), [], 'what the field uses is still background');
    assert.deepEqual(tasks('Our model does speech transcription at scale.'), ['speech recognition']);
    assert.deepEqual(tasks('Our models learn to transcribe spoken English.'), ['speech recognition']);
    assert.equal(tasks('We summarize meeting transcripts of spoken conversations.').includes('speech recognition'), false, 'transcripts are read, not made');
    assert.equal(tasks('We use Whisper to transcribe the audio, then answer questions.').includes('speech recognition'), false, 'a step of a pipeline');
  });

  it('reads no metric as a dataset ("nDCG@10 on BEIR"), and cohorts and leaderboards by name (UK Biobank, OGB)', () => {
    const datasets = datasetsOfText;
    assert.deepEqual(datasets('Our retriever improves MRR@10 on MS MARCO and nDCG@10 on BEIR.'), ['MS MARCO', 'BEIR']);
    for (const metric of ['BLEU', 'ROUGE-L', 'FID', 'PSNR', 'SSIM', 'AUC', 'AUROC', 'WER', 'CER', 'EER', 'MAE', 'MSE', 'RMSE', 'NDCG', 'MRR']) {
      assert.deepEqual(datasets(`Our model improves the score on Alpha10 and ${metric} on Beta20.`).includes(metric), false, metric);
    }
    assert.deepEqual(datasets('We train on retinal images from the UK Biobank.'), ['UK Biobank']);
    assert.deepEqual(datasets('Our model tops the OGB leaderboards.'), ['OGB']);
  });

  it('reads the task a title names as what it does ("Early Prediction of Sepsis", "Relation Classification via ..."), conversations, styles, anomalies', () => {
    const tasks = (title: string, abstract = 'We train a network.') => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('Early Prediction of Sepsis from Clinical Data'), ['sepsis prediction']);
    assert.deepEqual(tasks('Dermatologist-level classification of skin cancer'), ['skin cancer classification']);
    assert.deepEqual(tasks('Classification of Data Streams'), [], 'data names no task of its own');
    assert.deepEqual(tasks('Relation Classification via Convolutional Deep Neural Network'), ['relation classification']);
    assert.deepEqual(tasks('Unsupervised Relation Classification via Clustering'), ['relation classification'], 'how it learns is not what it does');
    assert.deepEqual(tasks('Neural Machine Translation by Jointly Learning to Align and Translate'), ['machine translation']);
    assert.deepEqual(tasks('Isolation-based Detection'), [], 'how it detects is no task');
    assert.deepEqual(tasks('Deep Residual Learning for Image Recognition'), ['image classification'], 'a head that is no task adds none');
    assert.deepEqual(tasks('X', 'We present a simple approach to conversational modeling.'), ['dialogue']);
    assert.deepEqual(tasks('X', 'Our network creates images by recombining content and style of arbitrary images.'), ['style transfer']);
    assert.deepEqual(tasks('X', 'We detect anomalies in multivariate sensor data.'), ['anomaly detection']);
    assert.deepEqual(tasks('X', 'Our network does part-of-speech tagging and chunking.'), ['part-of-speech tagging']);
  });

  it('reads the tasks of molecules, proteins, faces, music, tables, scene text, inpainting and games from their benchmarks or what the work does', () => {
    const tasks = (abstract: string) => summarize({ title: 'A Model', abstract }).tasks;
    assert.deepEqual(tasks('We lower the mean absolute error on QM9.'), ['molecular property prediction']);
    assert.deepEqual(tasks('We predict quantum-chemical properties of small molecules.'), ['molecular property prediction']);
    assert.deepEqual(tasks('We generate molecules that are valid on QM9.'), ['molecule generation'], 'QM9 molecules generated');
    assert.deepEqual(tasks('We predict the three-dimensional structure of a protein from its sequence.'), ['protein structure prediction']);
    assert.deepEqual(tasks('It improves AUC on BindingDB.'), ['drug-target interaction prediction']);
    assert.deepEqual(tasks('We predict whether a compound binds a target protein.'), ['drug-target interaction prediction']);
    assert.deepEqual(tasks('It reaches 99.6% on LFW.'), ['face verification']);
    assert.deepEqual(tasks('It improves SDR on MUSDB18.'), ['music source separation']);
    assert.deepEqual(tasks('It improves execution accuracy on WikiSQL.'), ['text-to-sql']);
    assert.deepEqual(tasks('We answer questions by generating SQL queries.'), ['text-to-sql']);
    assert.deepEqual(tasks('It reaches 95% on IIIT5K.'), ['scene text recognition']);
    assert.deepEqual(tasks('We read text in natural scene images.'), ['scene text recognition']);
    assert.deepEqual(tasks('We fill in missing regions of photographs.'), ['image inpainting']);
    assert.deepEqual(tasks('The agent learns to play Atari 2600 games from pixels.'), ['game playing']);
    assert.deepEqual(tasks('We train a quadruped robot for legged locomotion.'), ['locomotion']);
  });

  it('reads what a proposed model is made to do, or a study aims to do, as its task where nothing else names one', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('We developed a convolutional network to detect atrial fibrillation from single-lead ECGs.'), ['atrial fibrillation detection']);
    assert.deepEqual(tasks('We develop an algorithm that can detect pneumonia from chest X-rays.'), ['pneumonia detection']);
    assert.deepEqual(tasks('This study aims to predict 30-day hospital readmission from discharge summaries.'), ['30-day hospital readmission prediction']);
    assert.deepEqual(tasks('We propose a network for predicting drug-target interactions from sequences.'), ['drug-target interaction prediction']);
    assert.deepEqual(tasks('We train a model to classify whether a review is positive.'), [], 'no object, no task');
    assert.deepEqual(tasks('We train a network to detect cars in traffic videos, and report box AP on COCO.'), ['object detection'], 'a task the text names wins');
    assert.deepEqual(tasks('We train a model to detect the patients at risk.'), [], 'patients are no task');
    assert.deepEqual(tasks('We first detect the faces, then crop them.'), [], 'a step of a pipeline is no purpose');
  });

  it('keeps the later rules to what they mean (a second review\'s cases)', () => {
    const tasks = (abstract: string, title = 'X') => summarize({ title, abstract }).tasks;
    // A purpose whose object is no task, and plurals that are not.
    for (const abstract of ['We propose a method to detect when to stop computing.', 'We train a network to classify each pixel.',
      'This benchmark aims to identify strengths of models.', 'We propose a network to detect and classify arrhythmias from ECGs.']) {
      assert.deepEqual(tasks(abstract), [], abstract);
    }
    assert.deepEqual(tasks('We propose a model to predict example difficulty during training.'), ['example difficulty prediction'], 'the object ends before "during"');
    assert.deepEqual(tasks('We propose a model to predict diabetes from records.'), ['diabetes prediction']);
    assert.deepEqual(tasks('We train a network to diagnose training instabilities.'), ['training instability diagnosis']);
    // Titles that name no task at their start, and analyses.
    for (const title of ['Lost in Translation: LLMs in Non-English Text', 'Beyond Classification: Open Sets', 'Revisiting Classification via Margin',
      'Attention Is Detection', 'Address Translation in GPUs', 'On the Detection of Sarcasm in Tweets', 'Towards Detection of Hallucinations in LLMs']) {
      assert.deepEqual(tasks('We train a network.', title), [], title);
    }
    assert.deepEqual(tasks('We train a network.', 'Early Detection of Sarcasm in Tweets'), ['sarcasm detection'], 'the object ends at its preposition');
    // What is established is background unless the sentence measures the paper against it.
    assert.deepEqual(tasks('Well-established CNNs like ResNet dominate image classification on ImageNet. We propose a transformer for ECG.'), []);
    assert.deepEqual(tasks('BERT is a popular baseline for sentiment analysis and question answering. We propose a recommender.'), []);
    // Mentions are no tasks.
    assert.deepEqual(tasks('Chatbots such as ChatGPT can be jailbroken. We study why.'), []);
    assert.deepEqual(tasks('We classify paintings by artistic style.'), []);
    // Metrics are no datasets.
    const datasets = summarize({ title: 'X', abstract: 'Our retriever improves Recall@100 on Natural Questions and Hits@10 on FB15k.' }).datasets;
    assert.deepEqual(datasets.filter((name) => /^(?:Recall|Hits?)$/.test(name)), []);
  });

  it('reads every head of a method title, and only the head', () => {
    const kind = (title: string) => summarize({ title, abstract: 'We propose FooNet for images.' }).kind;
    for (const head of ['Improved Techniques', 'Simple Tricks', 'Training Recipes', 'Kernel Methods', 'Layer Normalization', 'Risk Minimization', 'Policy Optimization Algorithms',
      'Weight Regularization', 'Mixed Precision Training', 'Chain Prompting', 'Knowledge Distillation', 'Data Augmentation', 'Spatial Dropout', 'Weight Decay', 'Focal Loss']) {
      assert.equal(kind(`${head} for Image Classification`), 'method', head);
    }
    assert.equal(kind('Convolutional Networks for Image Classification'), 'architecture');
    assert.equal(kind('Sparse Attention, Fused Normalization'), 'architecture', 'the head ends at a comma');
    assert.equal(kind('Momentum Contrast for Unsupervised Visual Representation Learning'), 'method');
  });

  it('reads no value after a digit and a comma, the parts of names after hyphens, and generated CIFAR images as no classification', () => {
    const summary = (abstract: string) => summarize({ title: 'X', abstract });
    assert.deepEqual(summary('It is 12,5% faster.').results, []);
    assert.equal(summary('We propose Hiera-DeiT for images.').name, 'Hiera-DeiT');
    for (const generated of ['our model reaches an FID of 3.2', 'our model reaches 2.9 bits/dim', 'our image generation is sharp']) {
      assert.equal(summary(`On CIFAR-10 ${generated}.`).tasks.includes('image classification'), false, generated);
    }
  });

  it('reads a title whose head is a loss, a way of training or techniques as a method, and a model that makes networks deeper as an architecture', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    // The title's head, before "for": a loss; the detector built to try it, named, does not outweigh it.
    assert.equal(kind('Focal Loss for Dense Object Detection', 'We down-weight easy examples. We design a simple dense detector we call RetinaNet.'), 'method');
    assert.equal(kind('Improved Techniques for Training GANs', 'We present GANTrick, which trains generative adversarial networks.'), 'method');
    assert.equal(kind('Momentum Contrast for Unsupervised Visual Representation Learning', 'We present Momentum Contrast (MoCo), with a queue and a moving-averaged encoder.'), 'method');
    assert.equal(kind('Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning', 'We present BYOL, where two encoders learn from each other.'), 'method');
    // After a name and its colon, the head is what follows.
    assert.equal(kind('mixup: Beyond Empirical Risk Minimization', 'We train a network on convex combinations of pairs of examples, and call it MixUpNet.'), 'method');
    // A title that lists such a part after its head is about its head.
    assert.equal(kind('SLAB: Efficient Transformers with Simplified Linear Attention and Batch Normalization', 'We present SLAB, with a new normalization.'), 'architecture');
    // "We present empirical results showing that SAM improves model generalization" proposes no model.
    assert.equal(kind('Sharpness-Aware Minimization for Efficiently Improving Generalization', 'We seek parameters in flat neighborhoods. We present empirical results showing that SAM improves model generalization.'), 'method');
    // A lowercase name called a procedure ("stochastic depth, a training procedure") is a method, however many networks it trains.
    assert.equal(kind('Deep Networks with Stochastic Depth', 'We propose stochastic depth, a training procedure that trains short networks and uses deep networks at test time.'), 'method');
    assert.equal(kind('Deep Networks with Stochastic Depth', 'We propose a new network, a deep one that trains short layers.'), 'architecture', 'an article is no name');
    // "We call this procedure SWA".
    assert.equal(kind('Averaging Weights Leads to Wider Optima', 'With a cyclical learning rate or a constant learning rate, averaging points of the trajectory generalizes better. We call this procedure Stochastic Weight Averaging (SWA).'), 'method');
    // Titles of analyses: "Where ..." after a colon, "Visualizing ...".
    assert.equal(kind('Deep Double Descent: Where Bigger Models and More Data Hurt', 'Modern deep learning tasks exhibit a double-descent phenomenon.'), 'analysis');
    assert.equal(kind('Visualizing and Understanding Convolutional Networks', 'We introduce a visualization technique that gives insight into intermediate layers.'), 'analysis');
    // A framework that makes networks deeper is a model (ResNet); one that estimates generative models is a method (GAN).
    assert.equal(kind('Deep Residual Learning for Image Recognition', 'We present a residual learning framework to ease the training of networks that are substantially deeper than those used previously.'), 'architecture');
    assert.equal(kind('Generative Adversarial Nets', 'We propose a new framework for estimating generative models via an adversarial process.'), 'method');
    // Idioms name no part of a model: "has attracted increasing attention", "a stumbling block" (a building block is one).
    assert.equal(kind('Garment Transfer', 'Fashion design with AI techniques has attracted increasing attention. We present an unsupervised transfer method for garments.'), 'method');
    assert.equal(kind('Text Simplification', 'Complex syntax can present a major stumbling block for readers. We present a discourse-aware simplification approach.'), 'method');
    assert.equal(kind('A Block', 'We present a new building block for vision backbones.'), 'architecture');
  });

  it('reads a named model\'s gain over the previous best as its own, and datasets named in full: suffixes, sentence-first lists, no token counts', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    const values = (abstract: string, title?: string) => summary(abstract, title).results.map((result) => result.value);
    // The paper's own name as the subject of a comparison with the previous best.
    assert.deepEqual(values('SpikeLite achieves 78.9% top-1 accuracy on ImageNet-1K, 2.7% higher than the previous best spiking transformer.', 'SpikeLite: Spiking Transformers'), ['78.9%', '2.7%']);
    assert.deepEqual(values('At W4A8 TaQ-DiT lowers FID by 10.3 compared with the previous best method.', 'TaQ-DiT: Quantized Diffusion Transformers'), ['10.3']);
    assert.deepEqual(values('DualSep outperforms the previous best model by 0.8 dB on WHAM!.', 'DualSep: Separating Speech'), ['0.8 dB']);
    assert.deepEqual(values('SpikeScale attains 86.2% top-1 accuracy, surpassing the previous best spiking model by 5.1%.', 'SpikeScale: Spiking Models'), ['86.2%', '5.1%']);
    // Still not the previous best's own number, nor what another model does.
    assert.deepEqual(values('SpikeScale outperforms the previous best of 75.2% by 3.1%.', 'SpikeScale: Spiking Models'), ['3.1%']);
    assert.deepEqual(values('The previous best reached 75.2% on this set, 2% higher than the prior state of the art.', 'SpikeScale: Spiking Models'), []);
    // A known name with a suffix of capitals or digits is a longer name, and so is one after a hyphen.
    assert.deepEqual(summary('We evaluate robustness on CIFAR-10-C and ImageNet-R.').datasets, ['CIFAR-10-C', 'ImageNet-R']);
    assert.deepEqual(summary('Our verifier reaches 0.9% EER on VoxCeleb1-O and results on MSVD-QA, ActivityNet-1.3 and CIFAR10-DVS.').datasets, ['VoxCeleb1-O', 'MSVD-QA', 'ActivityNet-1.3', 'CIFAR10-DVS']);
    assert.deepEqual(summary('Experiments on the Occ3D-nuScenes benchmark.').datasets, ['Occ3D-nuScenes']);
    assert.deepEqual(summary('We report top-1 accuracy on Something-Something v2.').datasets, ['Something-Something v2']);
    assert.deepEqual(summary('We scale ImageNet-scale training and ImageNet-pretrained encoders to COCO-style boxes.').datasets, ['ImageNet', 'COCO']);
    // A sentence that opens with the sets it reports on.
    assert.deepEqual(summary('On SMD, MSL, SMAP, SWaT and PSM, TraceDiff achieves an F1 of 94.2%.').datasets, ['SMD', 'MSL', 'SMAP', 'SWaT', 'PSM']);
    assert.deepEqual(summary('On MusicCaps, our model improves FAD by 12%.').datasets, ['MusicCaps']);
    assert.deepEqual(summary('On CoreML, FMViT outperforms MobileOne by 2.6% in top-1 accuracy. On TensorRT and Android, it is fast.').datasets, []);
    assert.deepEqual(summary('On the other hand, Monday and Tuesday are busy. On Monday, Tuesday and Friday, we rest. On GPT-2, our method helps.').datasets, []);
    // How many tokens a model was trained on names no dataset.
    assert.deepEqual(summary('Our model is pre-trained on 300B tokens and fine-tuned on 2T tokens of code.').datasets, []);
  });

  it('reads the cost a proposal states in more words ("giving linear complexity", "scaling linearly with the number of nodes", "a complexity of O(L log L)"), and none for a survey or an analysis', () => {
    const complexity = (abstract: string, title = 'A Model') => summarize({ title, abstract }).complexity;
    assert.equal(complexity('FreqLite applies MLPs to the spectrum, giving an overall complexity of O(L log L) in the look-back length L.', 'FreqLite: Frequency MLPs for Forecasting'), 'O(L log L)');
    assert.equal(complexity('Standard attention has a complexity of O(n^2) in the sequence length. We propose a new block for images.'), null);
    assert.equal(complexity('We introduce NodeStream, a graph transformer whose attention aggregates node features through anchor tokens, giving linear complexity in the number of nodes.'), 'linear');
    assert.equal(complexity('We present SpikeLite, a spiking transformer whose attention uses additions only, yielding linear complexity in the number of tokens.'), 'linear');
    assert.equal(complexity('We propose DSFormer, a backbone whose global branch pools tokens, reducing the complexity from quadratic to linear in the number of tokens.'), 'linear');
    assert.equal(complexity('We propose PathSSM, an aggregator built from state space layers, with complexity linear in the number of patches.'), 'linear');
    assert.equal(complexity('We propose GraphUniT, a graph transformer with a linear global attention branch, scaling linearly with the number of nodes.'), 'linear');
    assert.equal(complexity('Because every block scales linearly with the number of voxels, VoxMamba enables full-resolution inference.', 'VoxMamba: State Space Models for Volumes'), 'linear');
    assert.equal(complexity('We introduce LumiDiT, a diffusion transformer whose cost grows linearly with the number of image tokens.'), 'linear');
    // A cost the work does not claim for itself: a survey's field, a model an analysis studies, a cache, annotation, tasks.
    assert.equal(complexity('This survey reviews state space models, which offer global receptive fields with linear complexity in sequence length.', 'State Space Models in Vision: A Survey'), null);
    assert.equal(complexity('Selective state space models such as Mamba process sequences in linear time. We study whether they track state, and find that they do not.', 'Can Mamba Track State? An Empirical Study'), null);
    assert.equal(complexity('The KV cache grows linearly with the number of tokens. We propose a cache compression method, giving a 4x saving.'), null);
    assert.equal(complexity('In our setting annotation cost scales linearly with the number of frames, and our memory grows linearly with the number of tasks.'), null);
  });

  it('reads a vision transformer as a transformer too, and a transformer that segments point clouds as no vision transformer', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Stroke-Masked Pretraining for Handwritten Text Recognition', 'We propose StrokeMAE, a self-supervised pretraining method for vision transformer recognizers that masks image patches along pen strokes.'), ['transformer', 'vision-transformer']);
    assert.deepEqual(family('PointTR: Transformers for LiDAR Segmentation', 'We propose PointTR, a transformer for LiDAR point clouds whose attention works on voxels, reaching 70.1 mIoU for semantic segmentation on SemanticKITTI.'), ['transformer']);
  });

  it('reads a study that releases its evaluation suite on the way as an analysis, where its title calls it a study', () => {
    const kind = (title: string) => summarize({ title, abstract: 'We evaluate 27 pretrained encoders on 42 manipulation tasks. We find that linear-probe accuracy is a poor predictor of success. We release our evaluation suite to enable standardized comparison.' }).kind;
    assert.equal(kind('What Makes a Good Visual Representation for Robot Manipulation? A Large-Scale Empirical Study'), 'analysis');
    assert.equal(kind('Visual Representations for Robot Manipulation: A Systematic Evaluation'), 'analysis');
    // Without a title that says so, the suite it releases is its work.
    assert.equal(kind('RoboRep: Visual Representations for Robot Manipulation'), 'benchmark');
  });

  it('reads a leaderboard a paper introduces as a benchmark, a controlled comparison of two families as an analysis, and no name from "Position:"', () => {
    const summary = (title: string, abstract: string) => summarize({ title, abstract });
    assert.equal(summary('A Living Leaderboard for Speech Recognition', 'We introduce the Open ASR Arena, a continuously updated leaderboard that evaluates 48 systems on 12 test sets. We find that no system ranks first everywhere.').kind, 'benchmark');
    assert.equal(summary('Speech Recognition Systems Compared', 'We introduce a public leaderboard for speech recognition and evaluate 48 systems. We find that no system ranks first everywhere.').kind, 'benchmark');
    assert.equal(summary('KAN versus MLP under Matched Budgets: A Controlled Empirical Comparison', 'We compare KANs and MLPs under matched parameters across regression and image classification. We find that MLPs match or outperform KANs.').kind, 'analysis');
    assert.equal(summary('ConvNets versus Transformers: A Controlled Comparison', 'We train both under one recipe and find that they match.').kind, 'analysis');
    assert.equal(summary('ViT vs. ResNet: Which Sees More Like Humans?', 'We train both under matched budgets and find that they match in every domain.').kind, 'analysis');
    assert.equal(summary('Position: Agent Benchmarks Need Construct Validity', 'In this position paper, we argue that agent benchmarks lack construct validity.').name, null);
    // A title that names a model still proposes one.
    assert.equal(summary('SwinNet: Hierarchical Vision Transformers', 'We present SwinNet, a hierarchical backbone, and find that it is fast.').kind, 'architecture');
  });

  it('knows the tasks of robots, clinics, courts, genomes, remote sensing, music and reasoning by name, and the tasks a work is evaluated on', () => {
    const tasks = (abstract: string, title = 'A Model') => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('Our policy learns from 50 demonstrations.', 'Diffusion Policies for Robotic Manipulation'), ['robotic manipulation']);
    assert.deepEqual(tasks('We assign codes to discharge summaries.', 'Label-Wise Attention for Automated ICD Coding'), ['icd coding']);
    assert.deepEqual(tasks('Our model performs law article prediction and legal judgment prediction from case facts.'), ['legal judgment prediction', 'law article prediction']);
    assert.deepEqual(tasks('Our genomic model improves variant effect prediction.'), ['variant effect prediction']);
    assert.deepEqual(tasks('Our agent follows instructions in vision-and-language navigation.'), ['vision-and-language navigation']);
    assert.deepEqual(tasks('Our recurrent model solves associative recall and state tracking.'), ['state tracking', 'associative recall']);
    assert.deepEqual(tasks('We evaluate PathSSM on cancer subtyping, metastasis detection and survival prediction.'), ['survival prediction', 'cancer subtyping', 'metastasis detection']);
    assert.deepEqual(tasks('We evaluate our encoder on entity typing, relation classification and intent detection.'), ['entity typing', 'relation classification', 'intent detection']);
    // An evaluation on data is no list of tasks.
    assert.deepEqual(tasks('We evaluate our model on images, videos and point clouds.'), []);
  });

  it('reads recommender systems, not advice, as recommendation; point clouds as images only where the text speaks of images or cameras', () => {
    const modalities = (abstract: string, title = 'A Model') => summarize({ title, abstract }).modalities;
    assert.deepEqual(modalities('We find that results vary. We recommend that practitioners report variance, and give recommendations for fair evaluation.'), []);
    for (const abstract of ['Our model recommends relevant items to users from their histories.', 'We study attention for recommendation.', 'Our encoder improves news recommendation.', 'We propose a recommender for sessions.']) {
      assert.deepEqual(modalities(abstract), ['recommendation'], abstract);
    }
    assert.deepEqual(modalities('We propose PointTR, a transformer backbone for outdoor LiDAR point clouds. It reaches 70.1 mIoU for semantic segmentation and 65.2 mAP for 3D object detection.'), ['point-cloud']);
    assert.deepEqual(modalities('We fuse LiDAR point clouds with camera images for 3D object detection.'), ['vision', 'point-cloud']);
  });

  it('reads the audio a speech model hears as speech, and audio of other kinds (music, sounds) as audio too; a survey keeps the domains it lists', () => {
    const modalities = (abstract: string, title = 'A Model') => summarize({ title, abstract }).modalities;
    assert.deepEqual(modalities('Our speech recognizer is trained on 10,000 hours of transcribed audio and lowers the WER on LibriSpeech.'), ['speech']);
    assert.deepEqual(modalities('Our encoder learns from speech and music audio alike.'), ['speech', 'audio']);
    assert.deepEqual(modalities('Our model separates speech from background sounds in the audio.'), ['speech', 'audio']);
    assert.deepEqual(modalities('This survey reviews transformers across domains such as speech and audio.', 'Transformers for Speech and Audio: A Survey'), ['speech', 'audio']);
  });

  it('reads a model a title calls a state space model as one, not as the transformers its abstract measures itself against', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    const abstract = 'Vision transformers model global context at a quadratic cost. We propose ScanVision, a vision backbone built on a cross-scan module, as fast to train as Swin Transformer. It outperforms Swin-T and DeiT on ImageNet.';
    assert.deepEqual(family('ScanVision: Visual Representation Learning with Multi-Directional State Space Models', abstract), ['ssm']);
    assert.deepEqual(family('ScanVision: A Hybrid Mamba-Transformer Vision Backbone', abstract).slice(0, 3), ['transformer', 'vision-transformer', 'ssm']);
  });

  it('knows pretrained transformers of speech and proteins by name (Whisper, ESM-2), GPT-style models, and transformers with experts', () => {
    const family = (abstract: string) => summarize({ title: 'A Model', abstract }).family;
    assert.deepEqual(family('We fine-tune Whisper on 100 hours of accented speech and lower the WER.'), ['transformer']);
    assert.deepEqual(family('We fine-tune ESM-2 on 40 protein fitness tasks.'), ['transformer']);
    assert.deepEqual(family('We pre-train GPT-style language models on code and study their loss.'), ['transformer']);
    assert.deepEqual(family('We train MoE transformers whose router picks two experts per token.'), ['transformer', 'moe']);
    // Not one it only measures itself against.
    assert.deepEqual(family('Our LSTM recognizer outperforms Whisper on accented speech.'), ['rnn']);
  });

  it('reads tasks that join text with images, videos or sounds as multimodal: reports on scans, navigation by instructions, composed retrieval, music from text', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    assert.deepEqual(summary('Our model writes radiology reports from chest X-rays, improving report generation on MIMIC-CXR.').modalities, ['vision', 'language', 'multimodal']);
    assert.deepEqual(summary('Our agent follows spoken routes in vision-and-language navigation.').modalities, ['vision', 'language', 'multimodal']);
    assert.deepEqual(summary('We generate music from text prompts.', 'Text-to-Music Generation with Latent Diffusion').modalities, ['language', 'audio', 'multimodal']);
    assert.deepEqual(summary('Our retriever finds a target image from a reference image and a modification text, for composed image retrieval.').modalities, ['vision', 'language', 'multimodal']);
    assert.deepEqual(summary('We answer questions about long videos, improving video question answering.').modalities, ['language', 'video', 'multimodal']);
    assert.deepEqual(summary('Our model describes clips in words, improving video captioning.').modalities, ['language', 'video', 'multimodal']);
    assert.deepEqual(summary('Our model improves audio captioning of environmental sounds.').modalities, ['language', 'audio', 'multimodal']);
    assert.deepEqual(summary('Our model describes what changed between two satellite images, improving change captioning.').modalities, ['vision', 'language', 'multimodal']);
  });

  it('reads a second gain joined to the first ("by 1.6 and mIoU by 2.0"), and no setting a result is reached in (sparsity, trainable parameters, the share of labelled pixels)', () => {
    const values = (abstract: string) => summarize({ title: 'A Model', abstract }).results.map((result) => result.value);
    assert.deepEqual(values('On COCO and ADE20K our backbone improves box AP by 1.6 and mIoU by 2.0 over the Swin counterparts.'), ['1.6', '2.0']);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'Our model lowers the WER by 0.4 and the CER by 0.2.' }).results.map((result) => result.metric), ['WER reduction', 'CER reduction']);
    assert.deepEqual(values('Our model lowers the FID by 0.4 and accuracy by 0.2.'), ['0.4'], 'a cost joined to a gain');
    // Two joined before their unit are both points; a horizon written with a hyphen is no score.
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'Our method improves pass@1 on HumanEval+ by 6.8 and 5.1 points, respectively.' }).results.map((result) => [result.value, result.metric]),
      [['6.8', 'points'], ['5.1', 'points']]);
    assert.deepEqual(values('Our method gains 6.8 and 5.1 percentage points on two suites.'), ['6.8', '5.1']);
    assert.deepEqual(values('Our method gains 6.8 and 5.1 pp on two suites.'), ['6.8', '5.1']);
    assert.deepEqual(values('Our model lowers the MAE of 60-minute forecasts by 4.6% on average.'), ['4.6%']);
    assert.deepEqual(values('Our model reaches a mAP of 52 on COCO.'), ['52']);
    assert.deepEqual(values('At 30% sparsity our pruned LLaMA keeps 96.1% of its accuracy.'), ['96.1%']);
    assert.deepEqual(values('With only 0.1% trainable parameters, our method outperforms LoRA by 1.2% on GLUE.'), ['1.2%']);
    assert.deepEqual(values('Our model reaches 96.4% accuracy on Indian Pines with only 5% of the pixels labeled.'), ['96.4%']);
    assert.deepEqual(values('With only 15% of the original visual tokens, our model achieves a 3.2x speedup.'), ['3.2x']);
    assert.deepEqual(values('We use a 75% masking ratio, and our encoder reaches 87.8% top-1 accuracy.'), ['87.8%']);
  });

  it('reads the datasets after improvements, gains, the state of the art, a metric, "across" and "test sets, including"; layout sets named like networks', () => {
    const datasets = (abstract: string) => summarize({ title: 'A Model', abstract }).datasets;
    assert.deepEqual(datasets('Our data selection brings improvements on MBPP and LiveCodeBench.'), ['MBPP', 'LiveCodeBench']);
    assert.deepEqual(datasets('Our network sets a new state of the art on SemanticKITTI.'), ['SemanticKITTI']);
    assert.deepEqual(datasets('Our extension lowers perplexity on PG-19 and Proof-Pile.'), ['PG-19', 'Proof-Pile']);
    assert.deepEqual(datasets('Our tuning brings consistent gains across VQAv2, GQA, TextVQA and MMBench.'), ['VQAv2', 'GQA', 'TextVQA', 'MMBench']);
    assert.deepEqual(datasets('We report WER on three test sets, including TED-LIUM and CommonVoice.'), ['TED-LIUM', 'CommonVoice']);
    assert.deepEqual(datasets('Our detector reaches 96.1 and 81.4 mAP on PubLayNet and DocLayNet.'), ['PubLayNet', 'DocLayNet']);
    // Models after the same words are no datasets.
    assert.deepEqual(datasets('Our pruning brings improvements on ResNet-50 and ViT-B.'), []);
  });

  it('reads none of the look-alikes a review of the seventh round\'s rules wrote (each was wrong before the rules were narrowed)', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    const values = (abstract: string) => summary(abstract).results.map((result) => result.value);
    // Results: "It" after another model is not the paper's; what a paper reaches is no setting.
    assert.deepEqual(values('We compare with EffNet. It was 3.1% more accurate than the prior state of the art, but required 4x more energy.'), []);
    assert.deepEqual(values('Our pruned model reaches 90% sparsity with no accuracy loss and achieves a 10x compression ratio.'), ['90%', '10x']);
    // Datasets: a long or model-named suffix is no part of the name; an opening "On X," without a number, hardware, systems, models, scans.
    assert.deepEqual(summary('We report results on CIFAR-10-VGG16 checkpoints.').datasets, ['CIFAR-10']);
    assert.deepEqual(summary('We fine-tune on EPIC-Kitchens.', 'ImageNet-Pretrained Video Encoders').datasets, ['EPIC-Kitchens']);
    assert.deepEqual(summary('On Linux, Windows and macOS, our tool runs 2x faster. On Raspberry Pi 4 and T4 GPUs, it runs at 30 FPS. On Gemma-2 and Phi-3, our method improves accuracy by 2%. On MRI, CT and X-ray, our model reaches a Dice of 0.9. On COVID-19 cohorts, it reaches 0.8 AUC.').datasets, []);
    assert.deepEqual(summary('On SMD and PSM, our detector works well.').datasets, [], 'no number in the sentence');
    assert.deepEqual(summary('Our method brings gains across Claude 3 and DeepSeek-Coder, improvements across CNN and ViT backbones, and gains across SGD and AdamW, in NLP, CV and RL.').datasets, []);
    // Complexity: earlier methods' costs, a baseline's big-O, a speed-up that grows, a communication complexity.
    assert.equal(summary('Prior linear attention methods reduce the complexity from quadratic to linear. We propose SparseX, a sparse transformer for images.').complexity, null);
    assert.equal(summary('Self-attention has a complexity of O(N^2). We propose LinX, an attention with linear complexity.').complexity, 'linear');
    assert.equal(summary('We propose a kernel. The speed-up over FlashAttention scales linearly with sequence length.').complexity, null);
    assert.equal(summary('We propose a federated method with communication complexity linear in the number of clients.').complexity, null);
    // Family: whispered speech, baselines, a tool's output, features, a rival transformer.
    assert.deepEqual(summary('We convert whispered speech to normal speech with a convolutional network.', 'Whisper-to-Normal Speech Conversion').family, ['cnn']);
    assert.deepEqual(summary('We propose a recurrent recognizer built from LSTM layers. Baselines include Whisper-tiny and HuBERT-base.').family, ['rnn']);
    assert.deepEqual(summary('We propose a graph neural network on residue contact graphs. We use ESMFold to predict structures for proteins without experimental structures.').family, []);
    assert.deepEqual(summary('We extract wav2vec 2.0 features and train a random forest to detect stuttering.').family, []);
    assert.deepEqual(summary('We propose a pure convolutional network with 31x31 depthwise convolutions. Our network outperforms Swin Transformer by 1.2 mIoU on ADE20K.', 'Large Kernels Matter: Revisiting Depthwise Convolutions for Dense Prediction').family, ['cnn']);
    // Kind: a model that tops a leaderboard, a comparison that also proposes.
    assert.notEqual(summary('We present a model topping the MTEB leaderboard, trained with contrastive fine-tuning of a pretrained encoder.', 'Better Text Embeddings by Contrastive Fine-Tuning').kind, 'benchmark');
    assert.notEqual(summary('We compare twelve tokenizers on 40 languages and propose UniTok, a new tokenizer that merges the best of them.', 'A Systematic Comparison of Tokenizers, and a New One').kind, 'analysis');
    // Modalities: the next item, audio of other kinds, a literature report, "we report", "a key question", acoustic scenes.
    assert.deepEqual(summary('Our model recommends the next item a user will click from their history.').modalities, ['recommendation']);
    assert.deepEqual(summary('Our audio encoder is pre-trained on speech, bird calls and machinery noise.').modalities, ['speech', 'audio']);
    assert.deepEqual(summary('Our LLM agent automates literature search and report generation for analysts.').modalities, ['language']);
    assert.deepEqual(summary('We propose a depth-aware backbone for RGB-D images. We report 55.1% mIoU on NYUv2.').modalities, ['vision']);
    assert.deepEqual(summary('We fuse audio and video streams for sound source localization. A key question is how to align them.').modalities, ['audio', 'video']);
    assert.deepEqual(summary('We propose a network for acoustic scene classification on DCASE 2020.').modalities, ['audio']);
    assert.deepEqual(summary('Our model improves acoustic scene classification accuracy by 2%.').tasks, ['acoustic scene classification']);
    // Multimodal work whose text is only the paper's own "we report" and "a key question": no language in it.
    assert.deepEqual(summary('We propose a multimodal transformer that fuses RGB and depth images. We report 55.1% mIoU on NYUv2. A key question is how to align them.').modalities, ['vision', 'multimodal']);
    // Tasks: a chemical charge is no court's.
    assert.ok(!summary('We propose a graph network for partial charge prediction of atoms in molecules.').tasks.includes('charge prediction'));
  });

  it('reads the names and kinds older papers give in their own words: "This paper describes X", "referred to as X", "A new model, X, is presented", "The resulting model, the Long Name (LN)"', () => {
    const summary = (title: string, abstract: string) => summarize({ title, abstract });
    assert.equal(summary('Lattice Networks for Handwriting', 'This paper describes LatticeNet, a convolutional network that reads handwritten words from lattices of strokes.').name, 'LatticeNet');
    assert.equal(summary('Alignment in Translation', 'We train an encoder-decoder with a learned alignment, referred to as AlignNMT, on WMT data.').name, 'AlignNMT');
    const passive = summary('Cross-Feature Factorization Networks for Click-Through Rate Prediction', 'A new model, XFN, is presented that jointly trains a factorization component and a deep network over shared embeddings, with no fine-tuning.');
    assert.deepEqual([passive.kind, passive.name], ['architecture', 'XFN']);
    assert.equal(summary('Compact Audio Tagging', 'A family of compact convolutional networks, TagCNN, is introduced that operates on log-mel spectrograms.').name, 'TagCNN');
    const resulting = summary('Neural Interaction Machines', 'The resulting model, the Neural Interaction Machine (NIM), fuses a factorisation branch with a deep branch.');
    assert.deepEqual([resulting.kind, resulting.name], ['architecture', 'NIM']);
    // Experiments a paper describes name nothing.
    assert.deepEqual(Object.values((({ kind, name }) => ({ kind, name }))(summary('A Study of Pooling', 'We describe experiments with pooling in convolutional networks and find that max pooling helps.'))), ['analysis', null]);
  });

  it('reads what other fields\' and older papers\' abstracts write: BLEU-4, HR@10, NLL, AUCs and DSCs, per cent; no speech in part-of-speech tags, no video in a project page; reader studies', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    const values = (abstract: string) => summary(abstract).results.map((result) => normalizeResultValue(result.value));
    assert.deepEqual(values('Our captioner reaches a BLEU-4 of 36.9 and our recommender an HR@10 of 0.731.'), ['36.9', '0.731']);
    assert.deepEqual(values('Our VAE reaches a negative log-likelihood of 79.12 nats on MNIST.'), ['79.12']);
    assert.deepEqual(values('Our model reached AUCs of 0.962, 0.971 and 0.989 on the three cohorts, and DSCs of 0.926 and 0.893.'), ['0.962', '0.971', '0.989', '0.926', '0.893']);
    assert.deepEqual(values('Our system detected referable disease with an area under the receiver operating curve of 0.991.'), ['0.991']);
    assert.deepEqual(values('Our forecaster reduced the error by 12.5 per cent.'), ['12.5%']);
    assert.deepEqual(values('Our model reached an AUC of 0.948 (95% CI 0.93-0.96) and 0.951 (95% CI 0.94-0.97) in the two cohorts.'), ['0.948', '0.951']);
    assert.deepEqual(values('Across benchmarks, our model improves cell type annotation accuracy on the Tabula Sapiens and Human Lung Cell Atlas datasets by 3.8% and 5.1% over scGPT.'), ['3.8%', '5.1%']);
    assert.deepEqual(values('Our model improves annotation accuracy by 3.8% and uses 20% of the labels.'), ['3.8%']);
    assert.ok(!summary('We propose a tagger that improves part-of-speech tagging and hate speech detection in tweets.').modalities.includes('speech'));
    assert.deepEqual(summary('We propose a policy for quadruped locomotion. Videos and code are available at our project page.').modalities, []);
    assert.deepEqual(summary('We predict capacity fade on the Oxford Battery Degradation dataset.').modalities, []);
    assert.deepEqual(summary('We propose a captioner with an LSTM decoder that attends to image regions.', 'Show, Attend Again: Recurrent Attention for Image Captioning').family, ['rnn']);
    assert.deepEqual(summary('We report top-1 accuracy on Kinetics. We also test on CoNLL 2003, IMDB and OMNIGLOT.').datasets, ['Kinetics', 'CoNLL 2003', 'IMDB', 'OMNIGLOT']);
    assert.deepEqual(summary('We model the kinetics of enzymes. Kinetics of binding are fit by our network.').datasets, []);
    assert.deepEqual(summary('IMDB and OMNIGLOT are used throughout.').datasets, ['IMDB', 'OMNIGLOT']);
    assert.equal(summary('Purpose: To evaluate whether radiologists detect more nodules with assistance of a convolutional network.', 'Assisted Nodule Detection on Chest CT').kind, 'analysis');
    assert.equal(summary('Twelve radiologists read 200 CT scans with and without a convolutional network.', 'Deep Learning for Nodule Detection on Chest CT: A Multireader Multicase Study').kind, 'analysis');
    assert.equal(summary('We introduce a dataset of 40,000 survey responses annotated for stance.', 'Predicting Public Opinion from Survey Responses').kind, 'benchmark');
    assert.equal(summary('We developed FedHarmony, an FL method that aligns feature statistics across hospitals.', 'Federated Harmonization').kind, 'method');
  });

  it('reads costs, families and data in the words of other fields: "reduces the overall complexity to O(n)", "whose complexity is O(N)", a cost or memory linear in; diffusion policies; a multi-layer perceptron; vital signs', () => {
    const summary = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    assert.equal(summary('We propose LinFormer, which reduces the overall self-attention complexity to O(n).', 'LinFormer: Linear Attention').complexity, 'O(n)');
    assert.equal(summary('We propose JetNet, a point-cloud network whose complexity is O(N) in the number of particles.').complexity, 'O(N)');
    assert.equal(summary('We propose EdgeGNN, a graph network keeping the computational cost linear in the number of edges.').complexity, 'linear');
    assert.equal(summary('We propose PathAgg, an aggregator with memory that is linear in the number of patches.').complexity, 'linear');
    // The same things a cost is linear in, however it is said: "scaling linearly with the size of inputs".
    assert.equal(summary('We propose Perceiver IO, a general-purpose architecture that handles data from arbitrary settings while scaling linearly with the size of inputs and outputs.', 'Perceiver IO').complexity, 'linear');
    assert.equal(summary('We propose a federated method whose sample cost linear in the number of clients is optimal.').complexity, null);
    assert.deepEqual(summary('We learn visuomotor skills with a diffusion policy conditioned on camera images.').family, ['diffusion']);
    assert.deepEqual(summary('We design crystals with diffusion-based generative models conditioned on target properties.').family, ['diffusion']);
    assert.deepEqual(summary('The model fuses a factorisation branch with a deep multi-layer perceptron over shared embeddings.', 'Neural Interaction Machines').family, ['mlp']);
    assert.deepEqual(summary('We predict sepsis from vital signs recorded every hour in the intensive care unit.').modalities, ['time-series']);
  });

  it('reads the tasks a title is for in more fields\' nouns: tagging, tracing, nowcasting, screening, grading, assessment, localization', () => {
    const tasks = (title: string) => summarize({ title, abstract: 'We propose a model.' }).tasks;
    assert.deepEqual(tasks('Particle Transformers for Jet Tagging'), ['jet tagging']);
    assert.deepEqual(tasks('Attentive Models for Knowledge Tracing'), ['knowledge tracing']);
    assert.deepEqual(tasks('Deep Generative Models for Precipitation Nowcasting'), ['precipitation nowcasting']);
    assert.deepEqual(tasks('A Network for Diabetic Retinopathy Screening'), ['diabetic retinopathy screening']);
    assert.deepEqual(tasks('Transformers for Sound Event Localization'), ['sound event localization']);
    assert.deepEqual(tasks('Ordinal Networks for Knee Osteoarthritis Grading'), ['knee osteoarthritis grading']);
    assert.deepEqual(tasks('A Siamese Network for Essay Quality Assessment'), ['essay quality assessment']);
  });

  it('reads none of the look-alikes a second review of the seventh round wrote (each was wrong before the rules were narrowed)', () => {
    const summary = (title: string, abstract: string) => summarize({ title, abstract });
    // Names: a paper describing how something works, a phenomenon or a baseline "referred to as", a passive baseline, earlier work's proposal.
    assert.equal(summary('A Simple Fix for Value Clipping in Policy Optimization', 'This paper describes how Proximal Policy Optimization (PPO) can diverge when the value function is clipped. We propose a decoupled clipping scheme.').name, null);
    assert.equal(summary('Preventing Representation Collapse in Non-Contrastive Learning', 'Non-contrastive methods can collapse, a failure mode referred to as DimCollapse in recent work. We propose a covariance regularizer.').name, null);
    assert.equal(summary('Patch Dropout for Efficient Fine-Tuning of Image Encoders', 'The encoder used throughout, referred to as ViT-B/16 in the original paper, splits an image into patches. We randomly drop 50% of the patch tokens.').name, null);
    assert.equal(summary('Magnitude Pruning of Image Classifiers Revisited', 'The baseline network, AlexNet, is described first, followed by the pruning procedure. We prune connections whose weights are small.').name, null);
    assert.equal(summary('Distillation Revisited', 'The teacher network, TeachNet, is introduced first. We distill it into a small student with a new loss.').name, null);
    const probed = summary('What Do Word Embeddings Encode About Gender?', 'A widely used embedding model, Word2Vec, is presented and its vectors are probed for gender information. We find that the projection explains 41% of the variance.');
    assert.deepEqual([probed.kind, probed.name], ['analysis', null]);
    assert.equal(summary('Hierarchical Encoders for ICU Mortality Prediction', 'We encode each ICU stay with a two-level attention encoder. The resulting model is trained and evaluated on the Medical Information Mart for Intensive Care (MIMIC-III) database.').name, null);
    assert.equal(summary('On the Expressiveness of Permutation-Invariant Set Functions', 'In earlier work we presented SetPool, a permutation-invariant network for learning on sets. Here we study which set functions such models can represent. We prove that sum-decomposition with a small latent dimension cannot represent all continuous symmetric functions.').kind, 'analysis');
    assert.equal(summary('Does BERT Know Negation?', 'Google developed BERT, a bidirectional transformer model pretrained with masked language modeling. We investigate whether its representations encode negation scope and find that middle layers do.').kind, 'analysis');
    // Results: a competitor's AUCs.
    assert.deepEqual(summary('A Model', 'Our network achieved an AUC of 0.93 on the test set. For comparison, the radiologists\' AUCs were 0.81 and 0.84.').results.map((result) => result.value), ['0.93']);
    // Modalities: speech in compounds, speech acts, videos that are plentiful, Oxford sets by their names, vital signs taken once.
    for (const abstract of ['We propose a masking network that recovers noise-free speech from recordings.', 'We present a lightweight speech-activity detector for meetings.', 'We learn beamformers for hands-free speech interaction in cars.']) {
      assert.ok(summary('A Model', abstract).modalities.includes('speech'), abstract);
    }
    assert.ok(!summary('A Model', 'We classify utterances in chat logs into speech-act categories and figures of speech.').modalities.includes('speech'));
    assert.ok(summary('A Model', 'Our model learns from unlabeled surgical videos and data from the robot kinematics, both of which are widely available in hospitals.').modalities.includes('video'));
    assert.deepEqual(summary('A Model', 'Our method improves 5-shot accuracy by 4.1% on Oxford-IIIT Pet and Oxford 102 Flowers.').modalities, ['vision']);
    assert.ok(!summary('A Model', 'We train gradient-boosted trees on tabular admission data: demographics, laboratory values and vital signs recorded at triage.').modalities.includes('time-series'));
    // Family: self-attention in a title beside a recurrence it is not, diffusion compared with or of information, an MLP that is a part.
    assert.ok(summary('Self-Attention Networks for Predicting Recurrent Atrial Fibrillation', 'We propose a network over longitudinal features.').family.includes('transformer'));
    assert.ok(summary('Beyond RNNs: Self-Attention for Sequential Recommendation', 'We propose a recommender that models the whole history of a user at once.').family.includes('transformer'));
    assert.ok(!summary('Action Chunking Transformers for Bimanual Manipulation', 'We propose a transformer that predicts chunks of actions. Our policy outperforms Diffusion Policy by 12% in success rate.').family.includes('diffusion'));
    assert.deepEqual(summary('One-Step Image Synthesis', 'Unlike diffusion-based generative models, which need many steps, our GAN generates an image in one pass. The generator is a convolutional network.').family, ['cnn']);
    assert.deepEqual(summary('Learning Seeding Strategies for Influence Maximization', 'We learn an information diffusion policy that selects seed users in a social network.').family, []);
    assert.ok(!summary('Message Passing with Edge Gates', 'Graph-level predictions are produced by a two-layer MLP readout over pooled node embeddings.').family.includes('mlp'));
    // Datasets: graph sets named after IMDB, chemical kinetics, Kinetics-Sounds.
    assert.deepEqual(summary('Provably Powerful Graph Pooling', 'Our model improves graph classification accuracy by 2.1% on IMDB-BINARY and 1.4% on IMDB-MULTI.').datasets, ['IMDB-BINARY', 'IMDB-MULTI']);
    assert.deepEqual(summary('Neural Ordinary Differential Equations for Chemical Kinetics', 'We learn stiff reaction systems.').datasets, []);
    assert.deepEqual(summary('Kinetics-Informed Neural Networks', 'Kinetics-informed training reduces the estimation error by 3x.').datasets, []);
    // Kind: a structured abstract that evaluates its own new model.
    assert.equal(summary('A Transformer for Automated Detection of Intracranial Hemorrhage on CT', 'Purpose: To evaluate a new transformer-based model, HemoFormer, which we designed to detect hemorrhage on head CT. Results: HemoFormer achieved an AUC of 0.97.').kind, 'architecture');
    // Complexity: what earlier methods reduce a cost to, a regret, a baseline's quadratic cost, memory per prompt, iteration and label complexity.
    const complexity = (title: string, abstract: string) => summary(title, abstract).complexity;
    assert.equal(complexity('Butterfly Attention for Long Sequences', 'We propose butterfly attention. Our method reduces the time complexity of self-attention to O(n log n).'), 'O(n log n)');
    assert.equal(complexity('Position Coupling for Length Generalization', 'Sparse attention methods such as Longformer reduce the memory cost to O(n), but do not help. We propose position coupling.'), null);
    assert.equal(complexity('Optimistic Exploration for Bandits', 'We propose an exploration rule. Our exploration rule reduces the regret to O(d sqrt(T)).'), null);
    assert.equal(complexity('Chunked Recurrence for Long Contexts', 'Self-attention, whose time complexity is O(n^2) in the sequence length, limits the context we can afford. We propose a chunked recurrent memory.'), null);
    assert.equal(complexity('Prompt-Based Continual Learning', 'We learn prompts. Our method needs memory which is linear in the number of prompts.'), null);
    assert.equal(complexity('Accelerated Gradient Methods', 'We propose a restarted method. We prove an iteration complexity linear in the square root of the condition number and a label complexity linear in the number of nodes.'), null);
  });

  it('reads a named curriculum or pre-training task as a method', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Adversarial Terrain Curricula for Legged Locomotion', 'We introduce TerraCur, an adversarial terrain curriculum that trains a quadruped policy on the terrains it fails on. Our policy transfers to a real robot.'), 'method');
    assert.equal(kind('ReplaceDetect: Pre-Training Encoders as Discriminators', 'We propose ReplaceDetect, a more sample-efficient pre-training task in which a Transformer encoder learns to detect replaced tokens. It outperforms masked language modeling on GLUE.'), 'method');
  });

  it('reads the eighth round\'s cases: the paper\'s own name is no dataset, even where it starts with one (COCO-LM)', () => {
    const coco = summarize({ title: 'COCO-LM: Correcting and Contrasting Text Sequences for Language Model Pretraining', abstract: 'We present COCO-LM, a self-supervised learning framework that pretrains language models. On GLUE, COCO-LM outperforms RoBERTa and ELECTRA by 1.2 points average.' });
    assert.deepEqual(coco.datasets, ['GLUE']);
    assert.deepEqual(coco.modalities, ['language']);
    // A learning or pre-training framework the paper names is a way of training.
    assert.equal(coco.kind, 'method');
    assert.equal(summarize({ title: 'HeliNet: A Detection Framework', abstract: 'We present HeliNet, a detection framework with a new neck. HeliNet reaches 41.2 AP on COCO.' }).kind, 'architecture');
    // A model that keeps a dataset's name whole is still read as the dataset where the name has no model's ending.
    assert.deepEqual(summarize({ title: 'ImageNet-21K: A Pretraining Recipe', abstract: 'We introduce ImageNet-21K, an efficient architecture for pretraining. It improves top-1 accuracy by 2.1%.' }).datasets, ['ImageNet-21K']);
    // A title that replaces recurrence with attention is about attention, not the recurrent layers it drops.
    const replaced = summarize({ title: 'Replacing Recurrent Layers with Attention for Speech Recognition', abstract: 'Recurrent layers dominate acoustic models. We propose to replace the recurrent layers of an acoustic model with self-attention layers, giving a transformer encoder. On LibriSpeech, the model reduces word error rate by 8% relative.' });
    assert.deepEqual(replaced.family, ['transformer']);
    assert.deepEqual(summarize({ title: 'Recurrent Attention for Image Captioning', abstract: 'We propose a recurrent attention model for captioning.' }).family, ['rnn']);
  });

  it('reads entity recognition as named entity recognition, and Speech Commands by its short names (GSCv2, SC-v2) as keyword spotting in speech', () => {
    assert.deepEqual(summarize({ title: 'AgriBERT', abstract: 'We present AgriBERT, a language model for entity recognition in crop science literature.' }).tasks, ['named entity recognition']);
    const spotting = summarize({ title: 'SpikeLMU', abstract: 'We propose SpikeLMU, a spiking recurrent model. On the GSCv2 dataset it matches transformers with 50 times fewer parameters.' });
    assert.deepEqual([spotting.tasks, spotting.modalities], [['keyword spotting'], ['speech']]);
    assert.deepEqual(summarize({ title: 'X', abstract: 'We propose X, a spiking model. On the SC-v2 dataset it matches transformers.' }).tasks, ['keyword spotting']);
  });

  it('reads the tasks the benchmarks of language models imply: common sense, long inputs, instructions, proofs, code, multi-hop questions, translation, summaries', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('We evaluate on HellaSwag, PIQA and WinoGrande.'), ['commonsense reasoning']);
    assert.deepEqual(tasks('Our model scores 61.2% on ARC-Challenge.'), ['commonsense reasoning']);
    assert.deepEqual(tasks('It keeps 95% accuracy on RULER at 128K tokens.'), ['long-context understanding']);
    assert.deepEqual(tasks('It passes the needle-in-a-haystack test at every depth.'), ['long-context understanding']);
    assert.deepEqual(tasks('It reaches a 41.2% win rate on AlpacaEval 2.0 and Arena-Hard.'), ['instruction following']);
    assert.deepEqual(tasks('It proves 58.6% of miniF2F.'), ['theorem proving']);
    assert.deepEqual(tasks('We report pass@1 on DS-1000 and MultiPL-E.'), ['code generation']);
    assert.deepEqual(tasks('We evaluate on 2WikiMultiHopQA and MuSiQue.'), ['question answering']);
    assert.deepEqual(tasks('It improves chrF++ on FLORES-200 by 2.1.'), ['machine translation']);
    assert.deepEqual(tasks('We align a policy on the TL;DR dataset.'), ['summarization']);
    assert.deepEqual(tasks('Our method improves accuracy on MATH and SVAMP by 4.1%.'), ['mathematical reasoning']);
    assert.deepEqual(tasks('It gains 2.3 points on XNLI.'), ['natural language inference']);
    // "TL;DR:" that opens an abstract's own summary names no task.
    assert.deepEqual(tasks('TL;DR: we show that attention sinks form early.'), []);
    // A count of tasks is no task ("On eight classification tasks from MoleculeNet").
    assert.deepEqual(tasks('On eight classification tasks from MoleculeNet and the ogbg-molhiv benchmark, it improves ROC-AUC by 3.1%.'), ['molecular property prediction']);
    // A word that only starts like a benchmark ("MATH-heavy", "MATH Olympiad"), or MMLU as one of many evaluations, names no task.
    assert.deepEqual(tasks('We study MATH-heavy curricula.'), []);
    assert.deepEqual(tasks('It retains 90% of its accuracy on MMLU.'), []);
    const data = summarize({ title: 'X', abstract: 'We evaluate on MATH, SVAMP, AQuA, StrategyQA, DS-1000, miniF2F, FLORES-200, XNLI and IFEval.' }).datasets;
    assert.deepEqual(data, ['MATH', 'SVAMP', 'AQuA', 'StrategyQA', 'DS-1000', 'miniF2F', 'FLORES-200', 'XNLI', 'IFEval']);
  });

  it('reads the tasks and data of signals and sensors (sleep staging, motor imagery, vibration, IMUs), F1-scores, and a score with its spread ("97.8 ± 0.4%")', () => {
    assert.deepEqual(summaryOfText('Sleep staging from single-channel EEG is hard. We propose SleepNet for sleep staging.').tasks, ['sleep staging']);
    assert.deepEqual(summaryOfText('We propose MI-Net for motor imagery decoding from EEG.').tasks, ['motor imagery decoding']);
    assert.deepEqual(summaryOfText('We propose FaultNet for remaining useful life prediction of engines.').tasks, ['remaining useful life prediction']);
    assert.deepEqual(summaryOfText('We propose FaultNet, which reads vibration signals from bearings.').modalities, ['time-series']);
    assert.deepEqual(summaryOfText('We propose HARNet, which reads IMU data from a wrist.').modalities, ['time-series']);
    assert.deepEqual(summaryOfText('We propose HARNet, which fuses sensor readings of a plant.').modalities, ['time-series']);
    assert.deepEqual(resultValuesOf('Our model obtains F1-scores of 0.91 and 0.87 on the two sets.'), ['0.91', '0.87']);
    const spread = summaryOfText('Our model reaches an accuracy of 97.8 ± 0.4% on the test set, and 96.00% ± 0.48% on CIFAR-10. It reaches an F1 of 0.91 ± 0.02.');
    assert.deepEqual(spread.results.map((result) => result.value), ['97.8 ± 0.4%', '96.00%', '0.91']);
    assert.equal(normalizeResultValue('97.8 ± 0.4%'), '97.8%');
    assert.equal(normalizeResultValue('97.8 +/- 0.4%'), '97.8%');
  });

  it('reads the datasets a count announces, databases by name, versions after a dot, and hyphenated names; no language pairs or database systems', () => {
    const data = (abstract: string) => summarize({ title: 'X', abstract }).datasets;
    assert.deepEqual(data('Experiments on three public datasets, Indian Pines, Pavia University and Houston 2013, show gains of 2.1%.'), ['Indian Pines', 'Pavia University', 'Houston 2013']);
    assert.deepEqual(data('We use two benchmarks: Diginetica and Tmall.'), ['Diginetica', 'Tmall']);
    assert.deepEqual(data('Experiments on the Chapman-Shaoxing database show an F1 of 0.91.'), ['Chapman-Shaoxing']);
    assert.deepEqual(data('Seizures are detected on the Bonn database with 99.1% accuracy.'), ['Bonn']);
    assert.deepEqual(summarize({ title: 'PlaceScape: A 7 Million Image Database for Scene Recognition', abstract: 'PlaceScape holds 7 million photographs.' }).datasets, ['PlaceScape']);
    assert.deepEqual(data('We use the Medical Information Mart for Intensive Care (MIMIC-III) database.'), ['MIMIC-III']);
    assert.deepEqual(data('Adaptive sampling reduces the error by 65% on the Allen-Cahn equation and by 40% on the Lorenz system.'), []);
    assert.deepEqual(data('We store the vectors in the MongoDB database and the PostgreSQL database.'), []);
    assert.deepEqual(data('It achieves 97.1% on CASIA-HWDB1.0 and CASIA-HWDB1.1.'), ['CASIA-HWDB1.0', 'CASIA-HWDB1.1']);
    assert.deepEqual(data('Experiments on RadioML 2016.10A and RadioML 2018.01A show gains.'), ['RadioML 2016.10A', 'RadioML 2018.01A']);
    assert.deepEqual(data('Experiments on the FooBank 5.0 dataset give an F1 of 91.2.'), ['FooBank 5.0']);
    assert.deepEqual(data('Experiments on OntoNotes 5.0, CoNLL-2003 and WNUT-17 show gains.'), ['OntoNotes 5.0', 'CoNLL-2003', 'WNUT-17']);
    // A score after a name is no version: "WER on Switchboard 5.1 and CallHome 9.9".
    assert.deepEqual(data('Our model reaches a WER on FooBoard 5.1 and BarHome 9.9.'), ['FooBoard']);
    // A number's decimals after a list are a score, not a version or a name.
    assert.deepEqual(data('It reaches 81.2 mAP on PubLayNet, 70.7 on C-Eval, 78.0 on GSM8K.'), ['PubLayNet', 'C-Eval', 'GSM8K']);
    assert.deepEqual(data('Results on FooSet 2.3% higher than before.'), ['FooSet']);
    assert.deepEqual(data('It improves BLEU by 1.2 on English-German and English-French.'), []);
    assert.deepEqual(data('It gains 1.2 BLEU on IWSLT14, English-German and English-French.'), ['IWSLT14']);
    assert.deepEqual(data('We report on Manga109, DAVIS 2017, USPTO-50K, PG-19, WMDP, Peptides-func, Belebele, FLEURS, RepoBench and ERA5.'),
      ['Manga109', 'DAVIS 2017', 'USPTO-50K', 'PG-19', 'WMDP', 'Peptides-func', 'Belebele', 'FLEURS', 'RepoBench', 'ERA5']);
    assert.deepEqual(data('We pre-train on The Stack v2, test on WeatherBench 2, and drive on the Waymo Open Dataset.'), ['The Stack v2', 'WeatherBench 2', 'Waymo Open Dataset']);
    // "the stack" of layers is no dataset.
    assert.deepEqual(data('The Stack of layers in our model is deep.'), []);
  });

  it('reads names given "hereafter" or in quotes, families of today\'s language models by name, and no family from a comparison or from a U-Net\'s attention gates', () => {
    const read = (title: string, abstract: string) => summarize({ title, abstract });
    assert.equal(read('X', 'We propose a lightweight recurrent network, hereafter TinyVoice, for keyword spotting.').name, 'TinyVoice');
    assert.equal(read('X', 'We present a new model (henceforth called DeepX) for sleep staging.').name, 'DeepX');
    assert.equal(read('X', 'We call the resulting method "FlowPatch". It estimates optical flow.').name, 'FlowPatch');
    assert.equal(read('X', 'We release Quill-Coder, a family of open code language models. Quill-Coder-7B reaches 71.2% pass@1.').name, 'Quill-Coder');
    const stories = read('X', 'We release TinyStories, a dataset of short stories.');
    assert.deepEqual([stories.name, stories.datasets], ['TinyStories', ['TinyStories']]);
    assert.equal(read('X', 'We release Scripts, a repository of our code.').name, null);
    assert.deepEqual(read('Memorization in Pythia', 'We train Pythia and OLMo models and measure memorization.').family, ['transformer']);
    assert.deepEqual(read('X', 'We present Octopus, a sparse mixture-of-experts language model with 8 experts per layer.').family, ['transformer', 'moe']);
    assert.deepEqual(read('X', 'We present SwitchNet, a mixture-of-experts layer for convolutional networks.').family.includes('transformer'), false);
    assert.deepEqual(read('Attention-Gated U-Net for Nuclei Segmentation', 'We propose AG-UNet, which adds attention gates to a U-Net.').family, ['cnn']);
    assert.deepEqual(read('X', 'We propose GDA, a linear attention layer, outperforming Mamba2 and GLA on language modeling.').family, []);
    assert.deepEqual(read('X', 'We propose SpecSSM, a Mamba model for spectra.').family, ['ssm']);
  });

  it('reads a cost in more words ("ReCoT\'s cost is O(n)", "yields O(N + E) time", "retains linear complexity"), a passive method\'s kind, and a gain whose benchmark sits before "by"', () => {
    assert.equal(summaryOfText("We propose ReCoT. ReCoT's cost is O(n) in the sequence length.").complexity, 'O(n)');
    assert.equal(summaryOfText('We propose GraphNet. This yields O(N + E) time and memory for our GraphNet.').complexity, 'O(N + E)');
    assert.equal(summaryOfText('Our sparse solver runs in O(N log N) time.').complexity, 'O(N log N)');
    assert.equal(summaryOfText("Self-attention's cost is O(n^2), which we avoid.").complexity, null);
    assert.equal(summaryOfText('We propose GLN, which retains linear complexity in sequence length.').complexity, 'linear');
    assert.equal(summaryOfText('A regularizer, dubbed NoisyLS, is introduced to smooth labels. NoisyLS improves accuracy by 1.1%.').kind, 'method');
    const network = summaryOfText('A convolutional network, termed PTNet, is proposed for crack detection.');
    assert.deepEqual([network.kind, network.name], ['architecture', 'PTNet']);
    assert.deepEqual(summaryOfText('Our model reduces perplexity on PG-19 by 0.8 and improves accuracy on ImageNet by 1.2.').results,
      [{ value: '0.8', metric: 'perplexity reduction', dataset: 'PG-19' }, { value: '1.2', metric: 'accuracy gain', dataset: 'ImageNet' }]);
  });

  it('reads a language model of MIDI events, crystals or genomes as no natural language', () => {
    const modalities = (abstract: string) => summarize({ title: 'X', abstract }).modalities;
    assert.deepEqual(modalities('We train language models over text-encoded crystal structures to generate new materials.'), []);
    assert.deepEqual(modalities('We propose MidiLM, a language model over MIDI events for symbolic music generation.'), ['audio']);
    assert.deepEqual(modalities('We propose a genomic language model for variant effect prediction.'), ['biology']);
    assert.deepEqual(modalities('We fine-tune a language model for question answering over protein papers.'), ['language', 'biology']);
  });

  it('reads none of the look-alikes a review of the eighth round\'s rules wrote (each was wrong before the rules were narrowed)', () => {
    // A count's list is what it names, not the subject after it; no models, database systems or programming languages.
    assert.deepEqual(summaryOfText('In two held-out datasets, MedSAM outperforms the baselines.').datasets, []);
    assert.deepEqual(summaryOfText('Across six benchmarks, Mamba, RWKV and RetNet lag behind.').datasets, []);
    assert.deepEqual(summaryOfText('On two databases, MySQL and PostgreSQL, it speeds up query execution by 2.1x.').datasets, []);
    assert.deepEqual(summaryOfText('We compare against three benchmarks, ResNet-50, Swin-T and ConvNeXt-T, on image classification.').datasets, []);
    assert.deepEqual(summaryOfText('We release two new benchmarks, Python and Java, for code repair.').datasets, []);
    assert.deepEqual(summaryOfText('We store vectors in the Pinecone database and a ChromaDB database.').datasets, []);
    // Hyphenated words are no names: a backbone, language codes, adjectives, an option-pricing model.
    assert.deepEqual(summaryOfText('Experiments on Swin-T and on En-De and En-Fr show gains.').datasets, []);
    assert.deepEqual(summaryOfText('Results on Vision-Language and Long-Tailed settings improve by 2.1%.').datasets, []);
    assert.deepEqual(summaryOfText('It prices options 2.3x faster on Black-Scholes and Heston.').datasets, []);
    assert.deepEqual(summaryOfText('Experiments on TSPLIB and CVRPLIB problems show a 1.2% optimality gap.').datasets, ['TSPLIB', 'CVRPLIB']);
    // A signature scheme, a drone and an event generator are no language models; an LSTM of experts is no transformer.
    assert.deepEqual(summaryOfText('We speed up Falcon signatures on embedded boards.', 'Faster Falcon Signatures').family, []);
    assert.deepEqual(summaryOfText('We tune Pythia, the event generator, with a neural network surrogate.').family.includes('transformer'), false);
    assert.deepEqual(summaryOfText('We train Pythia-1.4B and measure memorization.').family, ['transformer']);
    assert.deepEqual(summaryOfText('We present a mixture-of-experts language model in which each expert is an LSTM.').family.includes('transformer'), false);
    // An attention scheme is a model's part; a deep, machine or multi-task learning framework is a model.
    assert.equal(summaryOfText('A sparse attention scheme, dubbed BigBirdX, is introduced for long documents.').kind, 'architecture');
    assert.equal(summaryOfText('We present GraphCastX, a machine learning framework based on graph neural networks for weather forecasting.').kind, 'architecture');
    assert.equal(summaryOfText('We present PointX, a deep learning framework that directly consumes point clouds.').kind, 'architecture');
    assert.equal(summaryOfText('We present SimX, a contrastive learning framework for visual representations.').kind, 'method');
    // Visual entity recognition is no named entity recognition; camera sensors give no time series.
    assert.deepEqual(summaryOfText('We propose a model for visual entity recognition in images.').tasks.includes('named entity recognition'), false);
    assert.deepEqual(summaryOfText('We denoise raw sensor signals captured by smartphone camera sensors.').modalities.includes('time-series'), false);
    // A baseline's linear cost is not the work's; a title that goes beyond LSTMs to gated recurrent units is recurrent.
    assert.equal(summaryOfText('Mamba retains linear complexity but struggles with recall. We propose a hybrid that fixes it.').complexity, null);
    assert.deepEqual(summaryOfText('We propose MGU, a recurrent unit with a single gate.', 'Beyond LSTMs: Minimal Gated Recurrent Units').family, ['rnn']);
    // A model that puts Mamba in place of attention is a state space model; a title with self-attention and a U-Net is both.
    assert.deepEqual(summaryOfText('We propose MambaSeg, which replaces every attention layer with a Mamba layer.').family, ['ssm']);
    assert.deepEqual(summaryOfText('We combine convolution and attention.', 'Multi-Head Self-Attention U-Net for Segmentation').family.includes('transformer'), true);
    // A name given "hereafter" to a baseline is not the work's name.
    assert.equal(summaryOfText('The original GPT-2 model, hereafter GPT2-XL, serves as the teacher.').name, null);
  });

  it('reads a named data pipeline, agent system, prompting or decoding scheme done to an existing model as a method; top-1 of reactions or probes as no image classification', () => {
    assert.equal(summaryOfText('We present CodeSieve, a data curation pipeline that deduplicates and filters code. Models trained on it gain 9.4% pass@1.').kind, 'method');
    assert.equal(summaryOfText('We present ChemCrew, a multi-agent system built on GPT-4o that plans syntheses.').kind, 'method');
    assert.equal(summaryOfText('We introduce SpecDec, a speculative decoding framework that drafts tokens with a small model.').kind, 'method');
    assert.equal(summaryOfText('We present HeliNet, a detection framework with a new feature pyramid.').kind, 'architecture');
    assert.equal(summaryOfText('We present BrainDecoder, a neural decoding framework that reconstructs images from fMRI with a new transformer encoder.').kind, 'architecture');
    assert.deepEqual(summaryOfText('Our model reaches 54.1% top-1 accuracy on retrosynthesis of USPTO reactions.').tasks.includes('image classification'), false);
    assert.deepEqual(summaryOfText('Linear probes on the language model reach 81% top-1 accuracy.').tasks.includes('image classification'), false);
    assert.deepEqual(summaryOfText('Our network reaches 81.2% top-1 accuracy.').tasks, ['image classification']);
  });

  it('reads classic-era shapes: a CNN with an LSTM as a hybrid (not a survey of both), graph convolutions as no CNN, "we call this class of models X", denoising diffusion as no denoising, the citation graphs and word benchmarks by name', () => {
    assert.deepEqual(summaryOfText('Our model uses a convolutional encoder and an LSTM decoder to caption images.').family, ['cnn', 'rnn', 'hybrid']);
    assert.deepEqual(summaryOfText('This article reviews recurrent neural networks and convolutional neural networks for text.', 'A Review of Recurrent and Convolutional Models').family.includes('hybrid'), false);
    assert.deepEqual(summaryOfText('We propose a spectral model on graphs.', 'Semi-Supervised Classification with Graph Convolutional Networks').family.includes('cnn'), false);
    assert.equal(summaryOfText('We call this class of models StrideGAN. It generates faces.').name, 'StrideGAN');
    assert.equal(summaryOfText('We call this procedure ArchSearch-RL.').name, 'ArchSearch-RL');
    assert.deepEqual(summaryOfText('We present high quality image synthesis results.', 'Fast Sampling for Denoising Diffusion Models').tasks.includes('denoising'), false);
    assert.deepEqual(summaryOfText('We propose a denoiser.', 'Image Denoising with Deep Priors').tasks, ['denoising']);
    assert.deepEqual(summaryOfText('Experiments on Cora, Citeseer and Pubmed show gains of 2.1%.').datasets, ['Cora', 'Citeseer', 'Pubmed']);
    assert.deepEqual(summaryOfText('We mine PubMed abstracts.').datasets, []);
    assert.deepEqual(summaryOfText('On the 1 Billion Word language modeling benchmark, our models reach a perplexity of 28.0.').datasets, ['1 Billion Word']);
    assert.deepEqual(summaryOfText('It outperforms a 175B few-shot model on ANLI, BoolQ and OpenbookQA.').datasets, ['ANLI', 'BoolQ', 'OpenbookQA']);
    assert.equal(summaryOfText('In this paper we develop SWR, a framework for prioritizing experience in reinforcement learning agents. SWR doubles the speed of reinforcement learning.').kind, 'method');
  });

  it('reads none of the look-alikes a second review of the eighth round wrote (each was wrong before the rules were narrowed)', () => {
    // Words of what is done to a model, as a topic beside a new part, or not right before the noun, make no method.
    assert.equal(summaryOfText('We present MotionGraph, a multi-agent trajectory prediction framework built on a new interaction transformer.').kind, 'architecture');
    assert.equal(summaryOfText('We present PDec, a parallel decoding framework with a new mixed-attention decoder layer.').kind, 'architecture');
    assert.equal(summaryOfText('We present AlignFuse, a cross-modal alignment framework with a novel bidirectional attention module.').kind, 'architecture');
    assert.equal(summaryOfText('We present TabDiff, a tabular data generation framework built on a diffusion transformer.').kind, 'architecture');
    assert.equal(summaryOfText('We present ManualQA, a retrieval-augmented generation framework that answers questions over product manuals.').kind, 'method');
    assert.deepEqual(summaryOfText('The predictor reaches 54.1% top-1 accuracy on chemical reactions.').tasks.includes('image classification'), false);
    // Kinds of learning that are ways of training, hyphenated or not; a scheme of exchange is a method, of attention a model's part.
    assert.equal(summaryOfText('We propose MetaX, a meta-learning framework for few-shot adaptation.').kind, 'method');
    assert.equal(summaryOfText('We propose ImiX, an imitation learning framework for manipulation.').kind, 'method');
    assert.equal(summaryOfText('A sparsified gradient exchange scheme, termed TopKSync, is presented for distributed training.').kind, 'method');
    // Top-1 of an image model that mentions language models is still image classification; facial reactions are images.
    assert.deepEqual(summaryOfText('Inspired by large language models, our vision model reaches 88.1% top-1 after pre-training on JFT-3B.').tasks, ['image classification']);
    assert.deepEqual(summaryOfText('Our network reaches 61.2% top-1 accuracy in recognising facial reactions.').tasks, ['image classification']);
    // A language model adapted for molecules still reads text; one trained on symbolic music does not.
    assert.deepEqual(summaryOfText('We adapt large language models for molecule captioning and text-based molecule generation.').modalities.includes('language'), true);
    assert.deepEqual(summaryOfText('We train a language model on symbolic music tokens.').modalities.includes('language'), false);
    // Benchmarks spelled other ways; a stack that is a data structure is none.
    assert.deepEqual(summaryOfText('Experiments on DAVIS-2017 and Peptides-Func show gains of 2.1%.').datasets, ['DAVIS-2017', 'Peptides-Func']);
    assert.deepEqual(summaryOfText('The model keeps a pointer into The Stack, and the controller reads it.').datasets, []);
    // A counted list before a preposition; binding and protein databases are data, not systems.
    assert.deepEqual(summaryOfText('We evaluate on three datasets, namely Diginetica, Tmall and Nowplaying in terms of recall.').datasets, ['Diginetica', 'Tmall', 'Nowplaying']);
    assert.deepEqual(summaryOfText('We evaluate on four datasets: Weather, Traffic, Electricity and Exchange with horizons up to 720.').datasets, ['Weather', 'Traffic', 'Electricity', 'Exchange']);
    assert.deepEqual(summaryOfText('Affinities come from the BindingDB database and structures from the PDB database.').datasets, ['BindingDB', 'PDB']);
    assert.deepEqual(summaryOfText('We test on two benchmarks, Spider and BIRD-SQL, reaching 81.2% accuracy.').datasets, ['Spider', 'BIRD-SQL']);
    // The work's own design keeps linear cost; a passive proposal names its model "hereafter"; Falcon by size with a space.
    assert.equal(summaryOfText('We propose GLN. This design retains linear complexity in sequence length.').complexity, 'linear');
    assert.equal(summaryOfText('A lightweight recurrent network, hereafter TinyVoice, is proposed for keyword spotting.').name, 'TinyVoice');
    assert.deepEqual(summaryOfText('We instruction-tune Falcon 7B on medical dialogues.').family, ['transformer']);
    // An LSTM baseline beside a language model of experts leaves it a transformer.
    assert.deepEqual(summaryOfText('We present a sparse mixture-of-experts language model and also compare with an LSTM baseline.').family, ['transformer', 'moe']);
    // A self-attention U-Net is a CNN and a transformer together; beyond LSTMs to attention is a transformer.
    assert.deepEqual(summaryOfText('We insert multi-head self-attention blocks into the bottleneck of a U-Net.', 'Self-Attention U-Net for Retinal Vessel Segmentation').family, ['transformer', 'cnn', 'hybrid']);
    assert.deepEqual(summaryOfText('We propose an attention network for translation.', 'Beyond LSTMs: Attention Networks for Translation').family, ['transformer']);
    // Mamba beside a comparison, or in earlier work, is not put in place of attention.
    assert.deepEqual(summaryOfText('We replace softmax attention with a gated linear recurrence and compare with Mamba.').family.includes('ssm'), false);
    assert.deepEqual(summaryOfText('Unlike prior work that replaces attention with Mamba layers, we keep softmax attention.').family.includes('ssm'), false);
  });

  it('reads a detector named SSD as no state space model, and a fully connected network as an MLP', () => {
    // SSD is a single-shot detector far more often than Mamba-2's state space duality (which the abstract then calls a state space model).
    const detector = summaryOfText('We present a method for detecting objects in images using a single deep neural network. Our approach, named SSD, discretizes the output space of bounding boxes.', 'SSD: Single Shot MultiBox Detector');
    assert.equal(detector.family.includes('ssm'), false);
    assert.deepEqual(summaryOfText('We show that Transformers are SSMs through a state space duality (SSD) framework.', 'Transformers are SSMs').family.includes('ssm'), true);
    // A network of fully connected layers the paper builds is an MLP (its title says so, or its own sentences and nothing else).
    assert.deepEqual(summaryOfText('We propose a deep fully connected network with residual connections for tabular classification.', 'Revisiting Deep Learning for Tables').family, ['mlp']);
    assert.deepEqual(summaryOfText('We study training dynamics.', 'Wide Fully-Connected Neural Networks Are Kernel Machines').family, ['mlp']);
    assert.deepEqual(summaryOfText('Our feedforward neural network predicts the band gap from composition.').family, ['mlp']);
    // A fully connected layer is a part, and a CNN with one is a CNN.
    assert.deepEqual(summaryOfText('Our convolutional network ends in a fully connected layer.').family, ['cnn']);
    assert.deepEqual(summaryOfText('We add a fully connected layer on top of the encoder.').family, []);
  });

  it('reads a name with a version after a dot (Phi-1.5, Llama-3.1) whole', () => {
    assert.equal(summaryOfText('We introduce Phi-1.5, a 1.3 billion parameter Transformer-based language model trained on textbook quality data.').name, 'Phi-1.5');
    assert.equal(summaryOfText('We present Qwen2.5-Math, a series of math-specific language models.').name, 'Qwen2.5-Math');
    // A version after a space, where the name is given before a comma ("InternVL 1.5, an open-source ..."); not a score after a name.
    assert.equal(summaryOfText('We introduce InternVL 1.5, an open-source multimodal large language model.').name, 'InternVL 1.5');
    assert.equal(summaryOfText('We introduce FooNet 2.5x faster than ResNet-50 at equal accuracy.').name, 'FooNet');
    // "and call the resulting model X": the name a paper gives after what it does.
    assert.equal(summaryOfText('We extend LLaVA-1.5 with a region encoder and call the resulting model RegionLLaVA. RegionLLaVA improves grounding.').name, 'RegionLLaVA');
    // The dot that ends a sentence is no version.
    assert.equal(summaryOfText('We propose FooNet. It is fast.').name, 'FooNet');
  });

  it('reads a named framework for doing something to models as a method, and models a count announces as no datasets', () => {
    // What the framework is for says it is done to a model: aligning, compressing, fine-tuning LLMs.
    assert.equal(summaryOfText('We propose DPO-Lite, a framework for aligning LLMs with human preferences without a reward model.').kind, 'method');
    assert.equal(summaryOfText('We present ShrinkKit, a lightweight framework for compressing large language models to 4 bits.').kind, 'method');
    // Not a framework for a task, nor one that adds a new part of a network.
    assert.equal(summaryOfText('We propose SegLite, a framework for segmenting tumours in CT scans.').kind, 'architecture');
    assert.equal(summaryOfText('We present AlignNet, a framework for aligning images across views with a new attention module.').kind, 'architecture');
    assert.equal(summaryOfText('We propose TuneKit, a framework for fine-tuning vision transformers with a novel adapter layer in every block.').kind, 'architecture');
    // "Across three benchmarks, GPT-4 and Claude show": the models a sentence opens with after a count are no datasets.
    assert.deepEqual(summaryOfText('We study reasoning. Across three benchmarks, GPT-4 and Claude show consistent failures on multi-step problems.').datasets, []);
    assert.deepEqual(summaryOfText('We evaluate on three benchmarks: GSM8K, MATH and SVAMP.').datasets, ['GSM8K', 'MATH', 'SVAMP']);
    // Datasets with a model's word in them stay: a benchmark named after a model, sets ending in Net, a year's challenge.
    assert.deepEqual(summaryOfText('On three benchmarks, Vicuna-Bench, MT-Bench and AlpacaEval, SelfRank improves a 1.3B model.').datasets, ['Vicuna-Bench', 'MT-Bench', 'AlpacaEval']);
    assert.deepEqual(summaryOfText('Across four benchmarks, PACS, VLCS, OfficeHome and DomainNet, our method improves accuracy by 1.9%.').datasets, ['PACS', 'VLCS', 'OfficeHome', 'DomainNet']);
    assert.deepEqual(summaryOfText('We evaluate on three benchmarks, NetHack, Crafter and MiniHack, where our agent wins.').datasets, ['NetHack', 'Crafter', 'MiniHack']);
    assert.deepEqual(summaryOfText('Experiments on three datasets, PhysioNet 2012, MIMIC-III and eICU, show gains.').datasets, ['PhysioNet 2012', 'MIMIC-III', 'eICU']);
    // A known name with a word after its hyphen is a longer name (ShapeNet-Part, ImageNet-Sketch), not the known one.
    assert.deepEqual(summaryOfText('We evaluate on two datasets, PartNet and ShapeNet-Part, achieving 61.2 and 86.9 mIoU.').datasets, ['PartNet', 'ShapeNet-Part']);
    assert.deepEqual(summaryOfText('We evaluate on three datasets, ImageNet, ImageNet-Sketch and ObjectNet.').datasets, ['ImageNet', 'ImageNet-Sketch', 'ObjectNet']);
    assert.deepEqual(summaryOfText('An ImageNet-Pretrained encoder is fine-tuned on Cityscapes at ImageNet-Scale.').datasets, ['Cityscapes']);
  });

  it('reads medical imaging benchmarks as images, and BraTS with its Dice as brain tumour segmentation', () => {
    const brats = summaryOfText('The proposed network achieves a Dice score of 0.912 on the BraTS 2020 dataset.');
    assert.deepEqual([brats.modalities, brats.tasks], [['vision'], ['brain tumor segmentation']]);
    // BraTS for survival prediction or synthesis is not segmented.
    assert.deepEqual(summaryOfText('We predict overall survival from BraTS 2020 scans with a C-index of 0.71.').tasks.includes('brain tumor segmentation'), false);
    assert.deepEqual(summaryOfText('We train on CheXpert and MIMIC-CXR and reach an AUC of 0.89.').modalities, ['vision']);
    assert.deepEqual(summaryOfText('We propose LesionNet. On ISIC 2018, LesionNet reaches a Dice of 0.91 for lesion segmentation.').modalities, ['vision']);
    assert.deepEqual(summaryOfText('Our model improves polyp segmentation by 2.1% Dice.').modalities, ['vision']);
    assert.deepEqual(summaryOfText('On Kvasir-SEG, our model reaches a Dice of 0.93.').modalities, ['vision']);
    // Segmenting words or customers is no image.
    assert.deepEqual(summaryOfText('We propose a model for word segmentation and customer segmentation.').modalities.includes('vision'), false);
  });

  it('reads what two probe sets of the ninth round missed: costs as abstracts state them, scores beside a -Former name, lower energy, bits per character', () => {
    // A big-O the work states of itself: "of O(n) complexity", "from O(N^2) to O(N log N)", "complexity O(L log L)".
    assert.equal(summaryOfText('Our WearFormer replaces softmax attention with a kernelised linear attention of O(n) complexity.').complexity, 'O(n)');
    assert.equal(summaryOfText('We propose STHFormer, reducing the cost of spatial attention from O(N^2) to O(N log N) for N sensors.').complexity, 'O(N log N)');
    assert.equal(summaryOfText('We propose BehaviorFormer, with overall complexity O(L log L) in the sequence length L.').complexity, 'O(L log L)');
    // (Not a baseline's: "standard attention has complexity O(n^2)".)
    assert.equal(summaryOfText('We propose LinAttn, which has O(n) complexity, unlike standard attention with O(n^2) complexity.').complexity, 'O(n)');
    assert.equal(summaryOfText('Compared to full attention, our model runs in O(n log n).').complexity, 'O(n log n)');
    assert.equal(summaryOfText('Unlike standard attention with O(n^2) cost, our LinAttn runs in O(n).').complexity, 'O(n)');
    assert.equal(summaryOfText('Standard attention has complexity O(n^2) in the sequence length. We propose a sparse variant.').complexity, null);
    // A name ending in -Former is no "former" (earlier) work: its scores are the paper's.
    assert.deepEqual(resultValuesOf('SpecPatch-Former achieves an mAP of 0.471 on AudioSet and an accuracy of 95.8% on ESC-50.'), ['95.8%', '0.471']);
    assert.deepEqual(resultValuesOf('Our model scores 81.2 F1, while the former state of the art had 80.1 F1.'), ['81.2']);
    // "8.7x lower energy", "30% lower latency": what is lower is a result.
    assert.deepEqual(resultValuesOf('Our spiking model reaches 77.4% top-1 accuracy on ImageNet with an estimated 8.7x lower energy than an ANN transformer.'), ['77.4%', '8.7x']);
    // (Not what is slower, nor a flower.)
    assert.deepEqual(summaryOfText('We find that it is 123x slower than softmax attention. We evaluate on Oxford-IIIT-flower, 2% of which is held out.').results, []);
    assert.deepEqual(resultValuesOf('Our model uses 3.1x lower memory than a dense one.'), ['3.1x']);
    // Bits per character are a score.
    assert.deepEqual(resultValuesOf('On Penn Treebank, ClockGRU achieves 1.29 bits-per-character, and on Text8 it reaches 1.36 BPC.'), ['1.29', '1.36']);
    assert.deepEqual(summaryOfText('On Penn Treebank, ClockGRU achieves 1.29 bits-per-character, and on Text8 it reaches 1.36 BPC.').datasets, ['Penn Treebank', 'Text8']);
    // The signal-to-noise ratio a result is reached at is a setting.
    assert.deepEqual(resultValuesOf('MRA-CNN maintains 96.85% accuracy at a signal-to-noise ratio of -4 dB.'), ['96.85%']);
    assert.deepEqual(resultValuesOf('Our model keeps 90.1% accuracy at 0 dB SNR and improves PESQ by 0.4 dB.'), ['90.1%', '0.4 dB']);
  });

  it('reads what two probe sets of the ninth round missed: "namely X" after a model, a sentence opening with the sets it reports on, Path-X, molecules by their benchmarks', () => {
    assert.equal(summaryOfText('This paper develops a hybrid deep learning model, namely DeepLoad, which uses one-dimensional convolutional layers.').name, 'DeepLoad');
    // "Across A, B and C, X reduces": the sets a sentence opens with (where it reports a number).
    assert.deepEqual(summaryOfText('Across ETTh1, ETTh2, ETTm1, Weather and Electricity, TimeKAN reduces MSE by 7.3% on average.').datasets, ['ETTh1', 'ETTh2', 'ETTm1', 'Weather', 'Electricity']);
    assert.deepEqual(summaryOfText('Across Linux, Windows and macOS, the tool runs unchanged.').datasets, []);
    const lra = summaryOfText('Our model is the first Transformer to exceed chance on Path-X, with an accuracy of 61.4%.');
    assert.deepEqual([lra.datasets, lra.tasks], [['Path-X'], ['long-range sequence modeling']]);
    assert.deepEqual(summaryOfText('Rel-GT achieves an MAE of 0.059 on ZINC and an average precision of 29.8 on ogbg-molpcba.').tasks, ['molecular property prediction']);
    assert.deepEqual(summaryOfText('We reach a validation MAE of 0.0852 on PCQM4Mv2.').tasks, ['molecular property prediction']);
    assert.deepEqual(summaryOfText('Rel-GT achieves an MAE of 0.059 on ZINC.').tasks, ['molecular property prediction']);
    assert.deepEqual(summaryOfText('We generate drug-like molecules trained on ZINC.').tasks.includes('molecular property prediction'), false);
  });

  it('reads a lowercase way of training only where the words before it say so, and no convolution in a convolution-free model', () => {
    // "X, a linear-time attention layer that approximates the softmax kernel": the layer is what is proposed, not the kernel it approximates.
    assert.equal(summaryOfText('We propose RFA-Lite, a linear-time attention layer that approximates the softmax kernel with random feature maps.').kind, 'architecture');
    assert.equal(summaryOfText('We propose FastK, a GPU kernel for attention.').kind, 'method');
    const specpatch = summaryOfText('We introduce SpecPatch-Former, a convolution-free, purely attention-based model that processes log-mel spectrogram patches with a transformer encoder initialized from ImageNet weights.', 'SpecPatch-Former: A Convolution-Free Transformer for Audio Classification');
    assert.deepEqual([specpatch.family, specpatch.datasets, specpatch.tasks.includes('image classification')], [['transformer'], [], false]);
  });

  it('reads a title\'s task of four words before its noun, and praise before it ("for Real-Time Steel Surface Defect Detection")', () => {
    assert.deepEqual(summaryOfText('We propose a model. It works well.', 'LAG-Net: A Lightweight Network for Real-Time Steel Surface Defect Detection').tasks, ['steel surface defect detection']);
    assert.deepEqual(summaryOfText('We propose a model. It works well.', 'MotifFormer: combining convolution and self-attention for transcription factor binding site prediction').tasks, ['transcription factor binding site prediction']);
  });

  it('reads gene regulation and sequencing assays as biology, structural MRI as images, and a list before a field\'s word and "benchmarks"', () => {
    assert.deepEqual(summaryOfText('We identify transcription factor binding sites.').modalities, ['biology']);
    assert.deepEqual(summaryOfText('We model gene regulation.').modalities, ['biology']);
    assert.deepEqual(summaryOfText('We train on ChIP-seq experiments.').modalities, ['biology']);
    assert.deepEqual(summaryOfText('We diagnose Alzheimer\'s disease from structural MRI with a 3D network.').modalities, ['vision']);
    // (Functional MRI is a signal over time, not an image a model is said to see.)
    assert.deepEqual(summaryOfText('We decode stimuli from fMRI recordings.').modalities.includes('vision'), false);
    assert.deepEqual(summaryOfText('On the public YelpChi and Amazon fraud benchmarks, RiskGraph improves AUC by 4.3%.').datasets, ['YelpChi', 'Amazon']);
    // (Not a list of plain words before a field's word: "the Amazon rainforest datasets" has no name shaped like a dataset's.)
    assert.deepEqual(summaryOfText('We collect the Amazon rainforest datasets.').datasets, []);
    // (Nor a model's kind before a field's word, without "the": "improves VLA manipulation benchmarks".)
    assert.deepEqual(summaryOfText('Our policy improves VLA manipulation benchmarks by 3%.').datasets, []);
  });

  it('reads a hybrid model, not another hybrid thing ("a hybrid oversampling method")', () => {
    assert.deepEqual(summaryOfText('This paper proposes a hybrid oversampling method, named CGAN-OS, that uses a conditional generative adversarial network to synthesise minority-class borrowers.').family, []);
    assert.deepEqual(summaryOfText('We propose a hybrid CNN-Transformer model for crop mapping.').family, ['transformer', 'cnn', 'hybrid']);
    assert.deepEqual(summaryOfText('We propose a hybrid of convolution and self-attention.').family.includes('hybrid'), true);
  });

  it('reads none of the look-alikes a review of the ninth round\'s rules wrote (each was wrong before the rules were narrowed)', () => {
    // What is lower is a result where it is a cost or an error, not a setting (a resolution, a learning rate, a frame rate).
    assert.deepEqual(resultValuesOf('We train on images at 4x lower resolution and obtain 80.5% top-1 accuracy on ImageNet with a 2.9x shorter training time.'), ['80.5%', '2.9x']);
    assert.deepEqual(resultValuesOf('Using a 10x lower learning rate for the backbone, our model converges.'), []);
    assert.deepEqual(resultValuesOf('Our model uses 30% lower latency than the baseline.'), ['30%']);
    assert.deepEqual(resultValuesOf('Attention needs memory at least 2x lower than previously believed.'), []);
    // A signal-to-noise ratio a model reaches is a result; the one it is tested at, or a range of them, is a setting.
    assert.deepEqual(resultValuesOf('Our denoiser achieves an SNR of 18.4 dB at an input SNR of 0 dB.'), ['18.4 dB']);
    assert.deepEqual(resultValuesOf('Under SNRs ranging from -10 dB to 10 dB, our model reduces the WER by 21%.'), ['21%']);
    assert.deepEqual(resultValuesOf('At 5 dB signal-to-noise ratio, our model reaches 91.2% accuracy.'), ['91.2%']);
    assert.deepEqual(resultValuesOf('Our enhancer yields a 3.1 dB SNR improvement.'), ['3.1 dB']);
    // A list that opens a sentence and holds models or hardware names no datasets (not only its last item).
    assert.deepEqual(summaryOfText('Across ResNet-50, ViT-B and Swin-T, our method saves 35% memory.').datasets, []);
    assert.deepEqual(summaryOfText('Across A100, H100 and TPUv4, our kernel is 2.1x faster.').datasets, []);
    // Gene expression programming is an evolutionary algorithm, no biology.
    assert.deepEqual(summaryOfText('We study gene expression programming, an evolutionary algorithm, for symbolic regression.').modalities, []);
    // "a hybrid that inserts depthwise convolutions": a hybrid by name; a title that goes beyond convolution-free models brings convolutions back.
    assert.deepEqual(summaryOfText('We propose CvT-X, a hybrid that inserts depthwise convolutions into vision transformers.', 'Beyond Convolution-Free Transformers: Bringing Convolutions Back to Vision Transformers').family.includes('hybrid'), true);
    assert.deepEqual(summaryOfText('We propose a transformer on log-mel patches.', 'Convolution Free Speech Recognition with Transformers').family, ['transformer']);
    // A CNN initialised from ImageNet weights sees images (ImageNet is no dataset of the work's).
    const plants = summaryOfText('We propose a CNN for plant disease recognition. Initialized from ImageNet weights, it reaches 99.1% accuracy on PlantVillage.');
    assert.deepEqual([plants.modalities, plants.datasets.includes('ImageNet')], [['vision'], false]);
    // A score of another model before "while our model ..." is that model's.
    assert.deepEqual(resultValuesOf('Transformer-XL obtains 0.99 BPC on enwik8, while our model obtains 1.01 BPC.'), ['1.01']);
    assert.deepEqual(resultValuesOf('The former state of the art had 80.1% accuracy, while our model achieves 82.4%.'), ['82.4%']);
  });

  it('reads what the review of the ninth round found missing: "namely, X", segmenting nuclei, two field words, prepositions after a method\'s words', () => {
    assert.equal(summaryOfText('We propose a lightweight detection network, namely, TinyDet, that runs on phones.').name, 'TinyDet');
    assert.deepEqual(summaryOfText('We propose a model that segments nuclei in histology.').modalities, ['vision']);
    assert.deepEqual(summaryOfText('We report results on the Argoverse and Waymo motion forecasting benchmarks with a 7% gain.').datasets, ['Argoverse', 'Waymo']);
    assert.equal(summaryOfText('We propose FastKern, a novel attention mechanism with a learnable kernel.').kind, 'architecture');
    assert.deepEqual(summaryOfText('Trained on ZINC250k and QM9, our model generates valid molecules.').datasets, ['ZINC250k', 'QM9']);
  });

  it('reads the tasks a third probe set implied by benchmarks and metrics: AP on COCO, minADE, re-identification sets, manipulation suites, Spider', () => {
    const tasks = (abstract: string): string[] => summaryOfText(abstract).tasks;
    assert.deepEqual(tasks('RAQ-DETR achieves 50.2 AP on COCO val2017 with a ResNet-50 backbone.'), ['object detection']);
    assert.deepEqual(tasks('Our model reaches 44.1 mask AP on COCO.').includes('object detection'), false);
    // ROUGE alone names no task (clinical extraction reports it too).
    assert.deepEqual(tasks('Our extractor improves ROUGE-L on clinical notes.'), []);
    const scene = summaryOfText('SceneFormer v2 lowers minADE_5 to 1.02 and minFDE_5 to 1.86 on nuScenes.', 'SceneFormer v2: Scene-Centric Motion Forecasting');
    assert.deepEqual([scene.name, scene.tasks.includes('trajectory prediction'), scene.results.map((result) => result.value)], ['SceneFormer v2', true, ['1.02', '1.86']]);
    assert.deepEqual(tasks('Our model reaches an ADE of 0.52 and an FDE of 1.03 on ETH/UCY.'), ['trajectory prediction']);
    assert.deepEqual(tasks('It improves Rank-1 on Occluded-Duke by 4.9 points and mAP on MSMT17 by 1.2.'), ['person re-identification']);
    assert.deepEqual(tasks('Our policy raises the average success rate on the LIBERO suites to 81.2%.'), ['robotic manipulation']);
    const spider = summaryOfText('On the Spider development set, SQL-Reflect reaches 86.1% execution accuracy.');
    assert.deepEqual([spider.tasks, spider.datasets], [['text-to-sql'], ['Spider']]);
    // A spider is no benchmark without SQL.
    assert.deepEqual(summaryOfText('We track a spider in 3D video.').datasets, []);
    assert.deepEqual(resultValuesOf('Our speaker model reaches an EER of 0.71% and a minDCF of 0.081 on VoxCeleb1-O.'), ['0.71%', '0.081']);
    assert.deepEqual(resultValuesOf('On KITTI, FreqDepth lowers AbsRel to 0.049.'), ['0.049']);
    assert.equal(summaryOfText('We present U-DiT v2, a latent diffusion transformer.').name, 'U-DiT v2');
  });

  it('reads what the tenth round\'s probes found missing', () => {
    const complexity = (title: string, abstract: string) => summarize({ title, abstract }).complexity;
    // "Its complexity is O(..)" after the sentence that proposes the work (a quadratic one is still the baseline's).
    assert.equal(complexity('Hashed Attention', 'We propose hashed attention, a new attention layer. Its complexity is O(n log n) in the sequence length.'), 'O(n log n)');
    assert.equal(complexity('Hashed Attention', 'Self-attention relates every pair of tokens. Its complexity is O(n^2) in the sequence length. We propose hashed attention.'), null);
    // ... "has O(n) time and memory complexity", "the cost of a block is O(N)", "at linear cost", "scales linearly with the look-back length".
    assert.equal(complexity('Lattice Attention', 'We propose lattice attention. Lattice attention has O(n) time and memory complexity, and our model needs no custom kernels.'), 'O(n)');
    assert.equal(complexity('Period Attention', 'We propose period attention. The resulting period attention has O(L log L) complexity in the input length L.'), 'O(L log L)');
    assert.equal(complexity('GridFormer', 'We propose GridFormer. The cost of a GridFormer block is O(N) in the number of tokens N.'), 'O(N)');
    assert.equal(complexity('Sparse Attention', 'We study attention. The cost of a dense attention block is O(N^2) in the number of tokens N.'), null);
    assert.equal(complexity('StripeNet', 'We propose StripeNet. Its stripe attention gives each pixel a full-image receptive field at linear cost.'), 'linear');
    assert.equal(complexity('MixLinear', 'We propose MixLinear, a forecaster. MixLinear scales linearly with the look-back length and has no attention layers.'), 'linear');
    assert.equal(complexity('LiteGCF', 'We propose LiteGCF, a recommender. Its cost per epoch is linear in the number of interactions.'), 'linear');
    // Datasets: a sentence's first word is no part of a name ("Across 11 datasets"); plain names in a list beside a known one.
    const datasets = (abstract: string) => summarize({ title: 'A Model', abstract }).datasets;
    assert.deepEqual(datasets('Across 11 datasets including ImageNet, Caltech101 and EuroSAT, our prompts improve accuracy by 2.1%.'), ['ImageNet', 'Caltech101', 'EuroSAT']);
    assert.deepEqual(datasets('On six benchmarks covering energy, traffic and weather (ETTh1, ETTm2, Electricity, Traffic, Weather and ILI), our model reduces MSE by 12%.'), ['ETTh1', 'ETTm2', 'Electricity', 'Traffic', 'Weather', 'ILI']);
    assert.deepEqual(datasets('Applied to Informer on ETTh1, ETTm1, Electricity and Weather, ShiftNorm reduces MSE by 7%.'), ['ETTh1', 'ETTm1', 'Electricity', 'Weather']);
    assert.deepEqual(datasets('We show on Cora, Citeseer, PubMed and Coauthor-CS that deep GCNs oversmooth.'), ['Cora', 'Citeseer', 'PubMed', 'Coauthor-CS']);
    assert.deepEqual(datasets('On ImageNet, Swin and ConvNeXt gain 1%.'), ['ImageNet']);
    assert.deepEqual(datasets('On CIFAR-10 and Tiny prompts we gain 1%.'), ['CIFAR-10']);
    assert.deepEqual(datasets('On WikiText-103, Hyena, an attention-free model, matches Transformers.'), ['WikiText-103']);
    assert.deepEqual(datasets('Our model gains 1% on ImageNet, COCO and MambaNet.'), ['ImageNet', 'COCO']);
    assert.deepEqual(datasets('Based on PVTv2-B0 and ImageNet-1K, Ecoformer cuts energy by 73%.'), ['ImageNet-1K']);
    assert.deepEqual(datasets('Across six benchmarks - ETTh1, ETTh2, Electricity and Weather - PeriodFormer lowers MSE by 9.1%.'), ['ETTh1', 'ETTh2', 'Electricity', 'Weather']);
    assert.deepEqual(datasets('We report MSE across ETTm1, Electricity and Weather.'), ['ETTm1', 'Electricity', 'Weather']);
    // Results: "lowers MSE by 9.1%", a lift in CTR, a gain over "a strong baseline", "0.6 lower perplexity", a score's metric after "on X to".
    assert.deepEqual(resultValuesOf('Across six benchmarks, PeriodFormer lowers MSE by 9.1%.'), ['9.1%']);
    assert.deepEqual(resultValuesOf('In online A/B tests, our model increased CTR by 3.2% and showed a 1.4% lift in GMV.'), ['3.2%', '1.4%']);
    assert.deepEqual(resultValuesOf('On WMT 2014, our model improves a strong baseline by 1.7 BLEU.'), ['1.7']);
    assert.deepEqual(resultValuesOf('Our GPT-2 reaches 0.6 lower perplexity on OpenWebText.'), ['0.6']);
    assert.deepEqual(resultValuesOf('Our model reduces the mean absolute error on ZINC to 0.059.'), ['0.059']);
    assert.deepEqual(resultValuesOf('Our model obtains an FVD of 242 on UCF-101 and a CLIPSIM of 0.3012, and 81.2 ROC-AUC on ogbg-molhiv.'), ['242', '0.3012', '81.2']);
    // ... not what the work was given: a share of a budget, more data another model had.
    assert.deepEqual(resultValuesOf('After 5% of the original pretraining budget, our split model activates 38% fewer FLOPs.'), ['38%']);
    assert.deepEqual(resultValuesOf('Our model reaches 75.8 on VQAv2, outperforming models pre-trained on 4x more data.'), ['75.8']);
    assert.deepEqual(summaryOfText('HelixSSM processes 4x more tokens per second than a transformer.').results.map((result) => [result.value, result.metric]), [['4x', 'throughput']]);
    assert.deepEqual(resultValuesOf('Our search is more than 1000x cheaper than reinforcement-learning-based search.'), ['1000x']);
    assert.deepEqual(summaryOfText('Across six benchmarks, PeriodFormer lowers MSE by 9.1%.').results.map((result) => result.metric), ['reduction']);
    // Names: the acronym the abstract gives the words the title opens with, in the singular or the plural (not a family's: GNN).
    const name = (title: string, abstract: string) => summarize({ title, abstract }).name;
    assert.equal(name('Distributional Advantage Networks', 'Value-based agents estimate one value. The Distributional Advantage Network (DAN) separates the value from the advantage.'), 'DAN');
    assert.equal(name('Minimal Gated Recurrent Units for Speech Recognition', 'GRUs have two gates. The resulting Minimal Gated Recurrent Unit (M-GRU) has one gate instead of two.'), 'M-GRU');
    assert.equal(name('Gradient-Informed Pruning for Compact Networks', 'We describe Gradient-Informed Pruning (GIP), a three-step method.'), 'GIP');
    assert.equal(name('Graph Neural Networks for Traffic', 'A Graph Neural Network (GNN) reads the road graph.'), null);
    // ... an adjective with a hyphen is none ("an IO-aware, exact attention algorithm"); a kernel "named", a backbone built, a model set apart by commas.
    assert.equal(name('Tiled Attention Kernels', 'This paper presents an IO-aware, exact attention algorithm. Implemented as a fused CUDA kernel named TileAttn, it speeds up training by 2.9x.'), 'TileAttn');
    assert.equal(name('Tiled Attention Kernels', 'This paper presents an IO-aware, exact attention algorithm that speeds up training by 2.9x.'), null);
    assert.equal(name('A Simple Recipe for Attention-Free Language Models', 'We interleave gated convolutions. The resulting model, Hydrant, requires no attention layers.'), 'Hydrant');
    assert.equal(name('Ripple: Attention-Free Sequence Models', 'We present a linear-time sequence model. We call it Ripple.'), 'Ripple');
    assert.equal(name('A Recurrent Decoder', 'We present a recurrent decoder, and we name the architecture Tern. Tern cuts latency by 4.2x.'), 'Tern');
    assert.equal(name('A Fast Detector', 'The resulting architecture, dubbed Kestrel, matches larger detectors.'), 'Kestrel');
    assert.equal(name('Deep Learning for Retinopathy', 'Objective: To develop and validate RetinaScreen, a deep convolutional neural network for detecting retinopathy.'), 'RetinaScreen');
    assert.deepEqual(resultValuesOf('The gates add fewer than 1% extra parameters, and our model reaches 94.1% accuracy.'), ['94.1%']);
    assert.deepEqual(resultValuesOf('PatchSwap adds less than 1% to training time and improves our accuracy by 1.3%.'), ['1.3%']);
    // (A plain word only alone: not the first of several words, nor a word that opens a clause.)
    assert.equal(name('Sparse Training', 'We propose a training pipeline, named Adaptive Sparse Trainer, for sparse models.'), null);
    assert.equal(name('Pathways', 'Sparse sub-networks within a transformer, called However, pathways can be trained.'), null);
    assert.equal(name('A Sequence Model', 'The resulting network, However, is slow.'), null);
    assert.equal(name('A Sequence Model', 'We present a sequence model. We call it Ripple and it is fast.'), null);
    assert.equal(name('Bidirectional State Space Backbones', 'We propose a four-direction scan and build a pure-SSM backbone, QuadScan, without any attention layers.'), 'QuadScan');
    // Masked language modeling is how an encoder is trained, not its task; BLEU on generated programs is no translation's.
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'A 6-layer student is trained with a loss combining masked language modeling and distillation. It keeps 97% of BERT on GLUE.' }).tasks, ['natural language understanding']);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'Our masked language model reaches a perplexity of 3.1 on WikiText-103.' }).tasks, ['language modeling']);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'Match-based metrics such as BLEU are poor proxies for the correctness of generated programs.' }).tasks, []);
    // A router's top-1 is no image classifier's; text read off images is no language.
    assert.deepEqual(summarize({ title: 'Scaling Laws for Routed Language Models', abstract: 'We train 200 models with token-choice top-1 routing and expert-choice routing.' }).tasks, []);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'Our model reaches 81.2% top-1 accuracy.' }).tasks, ['image classification']);
    assert.deepEqual(summarize({ title: 'Separable Filters', abstract: 'Applied to a character recognition network, the method gives a 4.5x speedup on scene text recognition.' }).modalities, ['vision']);
    assert.deepEqual(summarize({ title: 'Reading Scanned Receipts', abstract: 'Our model improves text recognition accuracy by 2.1% on scanned receipts.' }).modalities, ['vision']);
    // Family: what the work calls convolutional ("a convolutional architecture", "a fully convolutional one-stage head"), not a graph
    // convolutional network; attention in a title that an abstract builds into a recurrent or a graph network, naming no transformer.
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('DenseMix', 'In this paper we introduce DenseMix, a convolutional architecture that keeps dense connectivity inside each block.'), ['cnn']);
    assert.deepEqual(family('MeshHead', 'We propose MeshHead, a fully convolutional one-stage head that predicts boxes and masks.'), ['cnn']);
    assert.deepEqual(family('Simplified Graph Convolution for Collaborative Filtering', 'We show that two standard components of graph convolutional networks hurt our recommender.'), []);
    assert.deepEqual(family('Look-Back Attention for Neural Machine Translation', 'We propose Look-Back Attention, computed by a small recurrent network alongside a standard LSTM encoder-decoder.'), ['rnn']);
    assert.deepEqual(family('Adaptive Hop Attention Networks', 'We propose AHAN: a learned attention over hop distances combines the embeddings of nodes.'), []);
    assert.deepEqual(family('Gated Attention Networks', 'Our attention network replaces the LSTM of earlier models with a Transformer encoder.'), ['transformer']);
    // (A review of the round: a quadratic cost "compared with" the work's is not the work's; a per-epoch cost; keypoint AP is no detection's.)
    assert.equal(complexity('H-Attn', 'We present H-Attn, a hierarchical attention. Its time complexity is O(n log n), compared with O(n^2) for full attention.'), 'O(n log n)');
    assert.equal(complexity('Sampling-Free Graph Training', 'We propose a sampling-free training scheme for large graphs with a per-epoch cost of O(|E|).'), 'O(|E|)');
    assert.deepEqual(summarize({ title: 'A Keypoint Transformer', abstract: 'We propose a keypoint transformer for human pose estimation. It achieves 75.8 AP on COCO val2017.' }).tasks, ['pose estimation']);
    // Kind: an architecture paper that talks mostly of efficiency, by what it calls its work: a layer the title names and the abstract
    // defines ("X (LQA) is an attention layer that ..."), "our Sharpened Linear Attention", "We name the architecture InterleaveNet".
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Latent-Query Attention: Shrinking the KV Cache', 'The key-value cache dominates memory. Latent-Query Attention (LQA) is an attention layer that caches only latent vectors. LQA shrinks the KV cache by 8.5x and raises throughput by 2.7x over kernel baselines.'), 'architecture');
    assert.equal(kind('Pruning Vision Transformers for Latency', 'Vision Transformers are an architecture that is slow. We prune their heads with a new criterion, cutting latency by 3x.'), 'method');
    assert.equal(kind('Distilling BERT for Latency', 'BERT is a language model that is slow. We distill it with a new loss, cutting latency by 3x and raising throughput on a fused kernel.'), 'method');
    assert.equal(kind('Sharpened Linear Attention for High-Resolution Vision', 'We introduce an efficient attention for vision. Existing linear approximations lose accuracy. Our Sharpened Linear Attention applies a power function before the kernel product. It reduces latency by 32%.'), 'architecture');
    assert.equal(kind('Rethinking Channel Interactions in Mobile Networks', 'We observe that pointwise layers dominate computation. We replace them with grouped convolutions and a channel interleaving operation. We name the architecture InterleaveNet.'), 'architecture');
    // ... an analysis by how it argues: systematic experiments against conventional wisdom, what a result allows the authors to prove.
    // (Each abstract has three cues of a method and three of an analysis, the rule's one among them.)
    const study = 'Memorisation in Overparameterised Networks';
    assert.equal(kind(study, 'Conventional wisdom credits regularisation and dropout with generalisation. We find, surprisingly, that networks trained with stochastic gradient methods fit random labels.'), 'analysis');
    assert.equal(kind(study, 'Through systematic experiments with regularisation and dropout, we find, surprisingly, that networks trained with stochastic gradient methods fit random labels.'), 'analysis');
    assert.equal(kind(study, 'We corroborate, surprisingly, that regularisation and dropout do not stop networks trained with stochastic gradient methods from fitting random labels; we find the same for noise.'), 'analysis');
    assert.equal(kind(study, 'Regularisation and dropout fail to explain why networks trained with stochastic gradient methods generalise; we find, surprisingly, that they fit random labels.'), 'analysis');
    assert.equal(kind('A Linear View of Training', 'Training with stochastic gradient methods, regularisation and dropout follows a linear equation. This allows us to prove convergence, and we find, surprisingly, that wide networks barely move.'), 'analysis');
    // ... and a method by what it is done to: converting a trained model, extending a model's context window.
    assert.equal(kind('Splitting Dense Feed-Forward Layers into Experts', 'MoE layers are costly to pretrain. ExpertSplit converts an already trained dense Transformer into an MoE model by clustering its neurons.'), 'method');
    assert.equal(kind('Attention Sinks in Streaming Language Models', 'Attention is a mechanism that weighs tokens. We find that models put large weights on the first token, and we study why this happens.'), 'analysis');
    assert.equal(kind('Splitting Dense Layers into Experts', 'MoE layers are costly to pretrain. ExpertSplit turns an already trained dense Transformer into an MoE model by clustering its neurons.'), 'method');
    assert.equal(kind('Splitting Dense Layers into Experts', 'MoE layers are costly to pretrain. ExpertSplit converts a trained dense Transformer into an MoE model by clustering its neurons.'), 'method');
    assert.equal(kind('Token Dropping for Faster Training', 'We propose a token dropping schedule that accelerates training. Applied to our Vision Transformer baseline, it speeds up training by 1.5x.'), 'method');
    assert.equal(kind('Pruning Vision Transformers', 'Vision Transformers are an architecture that is slow. We remove their heads with a new criterion.'), 'method');
    assert.equal(kind('Merging Fine-Tuned Language Models', 'We propose TieMerge, which resolves sign conflicts between task vectors. TieMerge beats averaging on eight tasks after fine-tuning.'), 'method');
    assert.equal(kind('Merging Tokens', 'We propose TieMerge, which resolves sign conflicts between task vectors. TieMerge beats averaging on eight tasks after fine-tuning.'), 'architecture');
    // Tasks a detector, a graph benchmark, a likelihood or a control suite implies.
    const tasks = (abstract: string, title = 'A Model') => summarize({ title, abstract }).tasks;
    assert.ok(tasks('As a backbone for Cascade Mask R-CNN on COCO, CAFNet-S obtains 51.9 box AP.').includes('object detection'));
    assert.ok(tasks('It improves RetinaNet on COCO detection by 1.4 AP.').includes('object detection'));
    assert.deepEqual(tasks('It reaches 58.0% PQ on COCO, 68.4% PQ on Cityscapes, 44.0% AP and 83.5% mIoU.'), ['semantic segmentation', 'panoptic segmentation']);
    assert.ok(tasks('It reaches 58.0% PQ on COCO panoptic and 51.9 box AP on COCO.').includes('object detection'));
    assert.ok(tasks('AHAN reaches 84.9%, 73.6% and 80.7% accuracy on Cora, Citeseer and PubMed.').includes('node classification'));
    assert.deepEqual(tasks('We predict missing links and report accuracy on Cora and Citeseer.'), ['link prediction']);
    assert.deepEqual(tasks('On ogbl-collab, our model improves Hits@50 by 3.1 points.'), ['link prediction']);
    assert.deepEqual(summarize({ title: 'A Model', abstract: 'On ogbl-collab, ogbl-citation2 and Cora, SkNet improves Hits@50 by 3.1 points.' }).datasets, ['ogbl-collab', 'ogbl-citation2', 'Cora']);
    assert.deepEqual(tasks('On COCO, ViT-B obtains 45.6 mask AP.'), ['instance segmentation']);
    assert.deepEqual(tasks('We train agents with offline data logged on Atari games.'), []);
    assert.deepEqual(tasks('We train agents with offline data logged on the DeepMind Control Suite.'), []);
    assert.deepEqual(tasks('Lumen obtains an FVD of 242 on UCF-101.'), ['video generation']);
    assert.ok(tasks('On ogbn-products, NodeMix reaches 83.5% test accuracy.').includes('node classification'));
    assert.deepEqual(tasks('MixFlow improves the bits per dimension on CIFAR-10 to 3.31 and on ImageNet 64x64 to 3.70.'), ['density estimation']);
    assert.deepEqual(tasks('The model improves the test log-likelihood on MNIST and OMNIGLOT over previous VAE architectures.'), ['density estimation']);
    assert.ok(!tasks('Our language model lowers the negative log-likelihood per token on WikiText-103.').includes('density estimation'));
    assert.deepEqual(tasks('On 57 Atari 2600 games, our agent improves the median human-normalized score by 30%.'), ['reinforcement learning']);
    assert.deepEqual(tasks('On the DeepMind Control Suite, SAC with RSR reaches a mean score of 861.'), ['continuous control']);
    assert.deepEqual(tasks('We present Lumen, a latent diffusion transformer that generates videos by denoising spacetime patches.'), ['video generation']);
    assert.deepEqual(tasks('Spatiotemporal dependencies in generator videos are hard to model.'), []);
    assert.equal(kind('Extending the Context Window of LLMs by Frequency-Aware Interpolation', 'Rotary models fail beyond their context. We propose FreqScale, which interpolates only the low-frequency dimensions. With 400 steps of fine-tuning, FreqScale extends LLaMA-7B to 32K tokens.'), 'method');
  });

  it('reads a kind by what the work builds, however it announces it: a part swapped for another, a resulting layer, a tuned or adapted model, a corpus or simulator', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    // A part of a network swapped for another is a new network, announced as "an approach" or "a simple modification".
    assert.equal(kind('Linear Recurrence for Sequential Recommendation', 'We propose an approach that replaces self-attention with stacked linear recurrent units. It trains 3x faster than SASRec.'), 'architecture');
    assert.equal(kind('Replacing MLPs in Message Passing', 'We present a simple modification to message-passing graph neural networks: we replace the multilayer perceptrons of the update function with Kolmogorov–Arnold layers, which is parameter-efficient.'), 'architecture');
    assert.equal(kind('Half Attention, Half State Space', 'We study a simple recipe: we replace every other attention layer of a decoder-only Transformer with a selective state-space layer. Throughput rises and throughput per GPU doubles.'), 'architecture');
    assert.equal(kind('Quantizing LLMs', 'We replace the FP16 weights of LLaMA with 4-bit integers and prune 50% of heads, with fused kernels for low-bit inference.'), 'method');
    // The layer a work results in; not a model that results from what is done to one.
    assert.equal(kind('Attending to Compressed Chunks', 'We present an approach to long-context language modeling that compresses past chunks into memory tokens. The resulting attention layer is a drop-in replacement for causal self-attention.'), 'architecture');
    assert.equal(kind('Pruning Language Models', 'We present an approach that prunes half of the weights of LLaMA with a compressed sensing criterion. The resulting model is 2x faster and its compression loses 1% accuracy.'), 'method');
    // An attention technique is an attention layer; a GPU kernel a method, not a convolution whose kernels adapt.
    assert.equal(kind('Spectral Sparse Attention', 'We introduce Spectral Sparse Attention (SSA), an attention technique for Transformer forecasters that computes attention in the Fourier domain.'), 'architecture');
    assert.equal(kind('IO-Aware Tiled Attention Kernels for Long-Sequence Training', 'An exact attention algorithm, TileAttn, is described that computes softmax attention block by block.'), 'method');
    assert.equal(summarize({ title: 'X', abstract: 'An exact attention algorithm, TileAttn, is described that computes softmax attention block by block.' }).name, 'TileAttn');
    assert.equal(kind('PolySED: Convolutional Conformers for Sound Event Detection', 'We present PolySED, a sound event detection system that combines frequency-dynamic convolution, whose kernels adapt to the frequency band, with conformer blocks. Embeddings from an encoder pretrained on AudioSet are fused through a gated adapter.'), 'architecture');
    // Titles that tune, adapt or order the training of a model.
    assert.equal(kind('Visual Prefix Tuning: Parameter-Efficient Adaptation of Vision Transformers', 'We introduce Visual Prefix Tuning (ViPre), which prepends learnable prefixes to each self-attention layer of a frozen pre-trained ViT and trains only 0.3% of the parameters.'), 'method');
    assert.equal(kind('Test-Time Prompt Adaptation for Vision Transformers', 'We propose a test-time adaptation module for vision transformers that updates only a few prompt tokens while the backbone stays frozen.'), 'method');
    assert.equal(kind('Prefix Tuning for Vision Transformers', 'We prepend learnable prefixes to every attention layer of a frozen ViT and train only them.'), 'method');
    assert.equal(kind('Adaptation of Vision Transformers', 'We prepend learnable prefixes to every attention layer of a ViT and train only them.'), 'method');
    assert.equal(kind('Shifting Prompts at Test Time', 'We propose a test-time adaptation module for vision transformers that updates a few tokens while the backbone stays frozen.'), 'method');
    assert.equal(kind('Efficient Image Restoration', 'We propose a quantization module for restoration networks that keeps the backbone unchanged.'), 'method');
    assert.equal(kind('IO-Aware Tiled Attention Kernels', 'We compute exact softmax attention block by block in on-chip memory with new attention kernels and never write the attention matrix out.'), 'method');
    assert.equal(kind('A German Clinical Corpus for Named Entity Recognition', 'We collect and release GerClin, a corpus of 1,150 discharge summaries. As baselines, fine-tuned BERT models reach 84.3 F1.'), 'benchmark');
    assert.equal(kind('Learning from Easy Utterances First: A Competence-Based Curriculum for Speech Recognition', 'We propose a curriculum strategy for training Transformer-based end-to-end speech recognizers.'), 'method');
    // A corpus, a benchmark or a simulator a paper collects or builds.
    assert.equal(kind('GerClin: An Annotated Corpus of German Clinical Notes', 'We collect and release GerClin, a corpus of 1,150 discharge summaries. As baselines, fine-tuned BERT models reach 84.3 F1, while GPT-4 prompted zero-shot reaches 61.0 F1.'), 'benchmark');
    assert.equal(kind('GerClin: An Annotated Corpus of German Clinical Notes', 'Each of 1,150 discharge summaries was labelled by two students. As baselines, fine-tuned BERT models reach 84.3 F1.'), 'benchmark');
    assert.equal(kind('Kestrel: Language Models Trained on a Web-Scale Corpus', 'We present Kestrel, a family of decoder-only language models, and study how they scale.'), 'architecture');
    assert.equal(kind('IrregBench: Benchmarking Deep Models on Irregularly Sampled Time Series', 'We build IrregBench, a benchmark that standardizes preprocessing, splits and metrics. We re-evaluate twelve methods, including transformer-based models.'), 'benchmark');
    assert.equal(kind('Kitchenette: An Interactive Simulator for Household Rearrangement', 'An interactive simulation platform for embodied agents, Kitchenette, is presented. Baseline agents trained with reinforcement learning succeed on 42.0% of episodes.'), 'benchmark');
    // A study that goes on to propose a method or a model of its own is that proposal's paper, unless its title says it is a study.
    assert.notEqual(kind('Why Do Transformers Need Warmup?', 'We investigate the early phase of training and find that warmup limits the size of updates. Motivated by this finding, we propose GradCap, a variant of Adam that bounds each update.'), 'analysis');
    assert.equal(kind('What Matters in Deep Networks?', 'We investigate redundancy across layers and find that many can be dropped. We further propose a method that jointly drops attention and MLP layers.'), 'method');
    assert.equal(kind('A Comparative Study of Pooling for Embedding Models', 'We train a series of embedding models that differ only in their pooling. We propose a new pooling method that reads all layers.'), 'analysis');
    assert.equal(kind('Theory, Analysis, and Best Practices for Gated Attention', 'We prove that gated attention is a universal approximator and find that it needs a bias. We propose FlashGate, a faster variant of it.'), 'analysis');
    assert.equal(kind('Why Do Transformers Need Warmup?', 'We investigate the early phase of training and find that warmup limits the size of updates. We study how this depends on depth.'), 'analysis');
    // A test suite built on the way to a method the title names.
    assert.equal(kind('Perplexity Hides What Pruning Breaks: Gradient-Free Structured Pruning for LLMs', 'To expose these losses, we assemble a diagnostic suite of 11 tasks, which we call KP-Eval. We then propose Gradient-Free Structured Pruning (GFSP), which removes whole attention heads.'), 'method');
  });

  it('reads a family by what the work is made of: attention a title sets aside or builds into a convolutional network, a work with no attention, a recurrence, parts a sentence joins', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('Is Attention Necessary for Keyword Spotting? Minimal Gated Recurrence', 'We propose LiteGRU, a recurrent keyword spotter built from minimal gated recurrent units. It uses 3.5x less energy than the best transformer.'), ['rnn']);
    assert.deepEqual(family('Lesion-Aware Attention Networks for Retinopathy Grading', 'We propose a lesion-aware attention network whose attention maps re-weight the features of a deep convolutional backbone.'), ['cnn']);
    assert.deepEqual(family('Gated Linear Recurrence Is Competitive with Attention at Scale', 'Our model stacks gated linear layers. It reaches 10.9 perplexity against 11.2 for a Transformer++ baseline.'), ['rnn']);
    assert.deepEqual(family('SplineCast', 'We propose SplineCast, a forecaster built entirely from Kolmogorov–Arnold layers.'), ['kan']);
    assert.deepEqual(family('SpectraMix: Token Mixing in the Fourier Domain', 'We introduce SpectraMix, an attention-free sequence model that mixes tokens with Fourier filters. On WikiText-103 it is within 0.4 perplexity of a transformer of the same size.'), []);
    assert.deepEqual(family('Gale', 'We train Gale, a language model of gated linear recurrent layers; it has no attention at all. A Transformer baseline of the same size is 2x slower.'), ['rnn']);
    assert.deepEqual(family('ConvSSM for Speech Recognition', 'We present ConvSSM, an encoder in which each block pairs a bidirectional state-space layer with a depthwise convolution module.'), ['ssm', 'cnn', 'hybrid']);
    // Parts a sentence joins are a hybrid's only where the sentence names two families.
    assert.deepEqual(family('TriNet', 'We present TriNet, a convolutional network whose stem is a transformer block. It combines three coupled components into a projector.'), ['transformer', 'cnn']);
  });

  it('reads surveys and benchmarks as real abstracts give them: a review a paper presents, a subtitle that maps a field, a benchmark a title only works within', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Resource-Efficient Language Models: Quantization for Fast Inference', 'Large language models demand heavy resources. This paper presents a focused and high-level review of post-training quantization techniques for LLMs.'), 'survey');
    assert.equal(kind('Transformer Models for Image Super-Resolution: Techniques, Challenges, and Applications', 'Image super-resolution recovers a high-resolution image. Transformer-based methods have remolded the field.'), 'survey');
    assert.equal(kind('Graph Foundation Models: Challenges and Opportunities', 'Foundation models are spreading to graphs.'), 'survey');
    assert.equal(kind('A Data-Scalable Transformer for Medical Image Segmentation: Architecture, Model Efficiency, and Benchmark', 'We present MedFormer, a data-scalable transformer for medical image segmentation with linear-complexity attention.'), 'architecture');
    assert.equal(kind('Exploring Protein Language Models within the FLIP Benchmark', 'In this study we assess large protein language models on the FLIP dataset, and we investigate whether recent advances help with scarce data.'), 'analysis');
    assert.equal(kind('DocBench: A Benchmark for Document Reading', 'We present DocBench, a benchmark of 1,000 documents with questions.'), 'benchmark');
  });

  it('keeps what the round\'s review found its new rules took too far', () => {
    const summary = (title: string, abstract: string) => summarize({ title, abstract });
    // A module of the work that plays a key role; transfer or multi-task learning a work is about.
    assert.ok(summary('FuseNet: Cross-Scale Fusion for Dense Prediction', 'We propose FuseNet, a cross-scale fusion backbone. In FuseNet, the fusion block plays a key role in monocular depth estimation, lowering the AbsRel error on NYU Depth v2 by 8%.').tasks.some((task) => /depth estimation/.test(task)));
    assert.ok(summary('Do Better Language Models Transfer Better?', 'We examine transfer learning across 40 pretrained language models, fine-tuning each with the same transfer learning strategy on 12 downstream tasks.').tasks.includes('transfer learning'));
    assert.ok(summary('Gradient Surgery Revisited', 'Multi-task learning suffers from conflicting gradients between tasks. We propose ProjGrad, a multi-task learning approach that projects each gradient onto the normal plane of the others.').tasks.includes('multi-task learning'));
    // Families a model is compared with, in the sentence that names it.
    assert.deepEqual(summary('SparseMLP: An Attention-Free All-MLP Backbone', 'We propose SparseMLP, an attention-free all-MLP backbone with sparse token mixing. SparseMLP outperforms hybrid models that combine CNNs with transformers on ImageNet-1K at equal FLOPs.').family, ['mlp']);
    // Datasets in capitals that look like a model's size or a task, and a split that is no name.
    assert.deepEqual(summary('EdgeSal: Boundary-Aware Salient Object Detection', 'We propose EdgeSal, a boundary-aware saliency network. Experiments on ECSSD, PASCAL-S, DUT-OMRON and HKU-IS show that EdgeSal lowers MAE by 9% on average.').datasets, ['ECSSD', 'PASCAL-S', 'DUT-OMRON', 'HKU-IS']);
    assert.ok(summary('Cascaded Transformers for Liver Lesions', 'We propose a cascaded transformer and evaluate it on the Liver Tumor Segmentation and Brain Tumor Segmentation benchmarks, improving Dice by 2.0% and 1.4%.').datasets.some((dataset) => /Tumor Segmentation/.test(dataset)));
    assert.deepEqual(summary('Uncertainty-Aware Retinal Grading', 'We train an uncertainty-aware grader on fundus photographs and report its accuracy on the held-out Test dataset, where it reaches 92.1%.').datasets, []);
    // A concept an analysis title opens with is no name of its own.
    assert.equal(summary('pre-LN: Why Layer Normalization Placement Matters', 'We analyze why placing layer normalization before the residual branch stabilizes training. We prove that pre-LN transformers have well-behaved gradients at initialization, unlike post-LN ones.').name, null);
    // An implementation on GPUs, a method whose sentence also releases its models, a theory title that says what networks do, a class of networks.
    assert.equal(summary('Faster Large Depthwise Convolutions on GPUs', 'We present an efficient implementation of large depthwise convolution kernels on GPUs that tiles inputs in shared memory. It speeds up training of large-kernel ConvNets by 2.1x on A100s.').kind, 'method');
    assert.equal(summary('TinyDet: Compressing DETR for Mobile', 'We compress a large DETR detector into TinyDet through knowledge distillation and pruning, and the resulting models are publicly available. TinyDet runs at 90 FPS on a phone with 41.2 AP on COCO.').kind, 'method');
    assert.equal(summary('Deep Linear Networks with Skip Connections Learn Low-Rank Solutions', 'We prove that gradient flow on deep linear networks with residual connections converges to low-rank solutions from small initialization, and characterize the rate at which the rank decreases.').kind, 'analysis');
    assert.equal(summary('Binary Neural Networks with Learnable Scaling Factors', 'We introduce a training scheme that learns per-channel scaling factors for binarized weights and activations. The binarized ResNet-18 reaches 65.3% top-1 accuracy on ImageNet, 2.1% above prior binarization methods.').kind, 'method');
    // Both costs of a model the work sets itself against.
    assert.equal(summary('SharpAttn: Sharper Softmax Attention', 'Linear attention scales linearly in both time and memory with sequence length but blurs attention maps. We propose SharpAttn, a temperature-adaptive softmax attention that improves perplexity on PG-19 by 0.6.').complexity, null);
  });

  it('reads modalities and costs as real abstracts give them: text-to-speech reads no language, praise of another model is not the work\'s', () => {
    const summary = (abstract: string, title = 'X') => summarize({ title, abstract });
    assert.deepEqual(summary('We propose FPETS, a fully parallel end-to-end text-to-speech system that avoids repeated and skipped words.', 'FPETS: Fully Parallel End-to-End Text-to-Speech').modalities, ['speech']);
    const praised = summary('Mamba, as a representative SSM, enjoys linear time complexity and has achieved strong scalability on tasks such as language, audio and genomics. We propose TSMix, a hybrid forecaster, and test it on ETTh1.');
    assert.deepEqual(praised.modalities, ['time-series']);
    assert.equal(praised.complexity, null);
    assert.equal(summary('We propose TSMix, a hybrid forecaster with linear time complexity, and test it on ETTh1.').complexity, 'linear');
  });

  it('reads tasks as real abstracts give them: not a field\'s standing, not a way of learning the work uses, one name per task', () => {
    const tasks = (abstract: string, title = 'X') => summarize({ title, abstract }).tasks;
    assert.deepEqual(tasks('Time series forecasting plays a key role in a variety of applications including weather forecasting and traffic flow prediction. We propose TSX, a forecaster that reaches the lowest MSE on ETTh1.'), ['time series forecasting']);
    assert.deepEqual(tasks('Transformers have become foundational for visual tasks such as object detection and semantic segmentation, but their cost is quadratic. We propose a token merger that speeds up video understanding.'), ['video understanding']);
    assert.deepEqual(tasks('Weather forecasting is an important problem for agriculture. We propose FlowNetX for traffic flow prediction on PEMS08.'), ['traffic forecasting']);
    // (The work's own sentence is the work's, whatever it says matters.)
    assert.deepEqual(tasks('We find that tokenization is an important problem for machine translation, and fix it.'), ['machine translation']);
    assert.deepEqual(tasks('Our memory module plays a key role in video question answering, where it lifts accuracy by 3.1%.'), ['video question answering']);
    assert.deepEqual(tasks('We propose StyleSpeech for zero-shot text-to-speech. It improves speech synthesis quality on LibriTTS.', 'StyleSpeech: Zero-Shot Text-to-Speech'), ['text-to-speech']);
    assert.deepEqual(tasks('To lower training costs, TSMamba employs a two-stage transfer learning process that leverages pretrained LLMs, and forecasts ETTh1.'), ['time series forecasting']);
    assert.deepEqual(tasks('We first evaluate CoTexT with multi-task learning: we perform code summarization on six languages.'), ['code summarization']);
    assert.ok(!tasks('We benchmark protein models on 14 tasks. We also investigate their performance under the multi-task learning setting.').includes('multi-task learning'));
    // (A title that names it keeps it.)
    assert.ok(tasks('We study multi-task learning with a shared encoder, and evaluate with multi-task learning on NYUv2.', 'Multi-Task Learning for Dense Prediction').includes('multi-task learning'));
  });

  it('reads families as real abstracts give them: LLMs in capitals or a title, a named network that joins two families, a convolution-free one', () => {
    const family = (title: string, abstract: string) => summarize({ title, abstract }).family;
    assert.deepEqual(family('LLMs for Code Review', 'We study how code models comment on pull requests, and find that they miss security issues.'), ['transformer']);
    assert.deepEqual(family('Mamba Meets Memory for Speech', 'We introduce Mamba-GRU, a new network for speech. Mamba-GRU combines selective state space layers with gated recurrent units.'), ['ssm', 'rnn', 'hybrid']);
    assert.deepEqual(family('AST: Audio Spectrogram Transformer', 'Convolutional neural networks (CNNs) are the main building block for audio classification. A recent trend adds self-attention on top of the CNN, forming a CNN-attention hybrid model. We introduce the Audio Spectrogram Transformer (AST), a purely attention-based model for audio classification.'), ['transformer']);
    assert.deepEqual(family('Large Language Models for Code Summarization', 'Deep learning is used for software engineering. The most recent coding Large Language Models seem to perform well on it. We review how these models perform in code summarization.'), ['transformer']);
    // A network named in the sentence that joins two families it names, as such.
    assert.deepEqual(family('Mamba Meets Upsampling for Lesion Segmentation', 'We introduce Mamba-HUNet, a novel architecture for lesion segmentation. Mamba-HUNet combines convolutional neural networks local feature extraction with state space models long-range modelling.'), ['ssm', 'cnn', 'hybrid']);
    assert.deepEqual(family('DualToken-ViT: Efficient Vision Transformer with Dual Token Fusion', 'We propose a light-weight vision transformer called DualToken-ViT. DualToken-ViT fuses local tokens from a convolution-based structure with global tokens from a self-attention-based structure.'), ['transformer', 'vision-transformer', 'cnn', 'hybrid']);
    // (Attention in a recurrent network is no transformer; a graph convolution is no CNN.)
    assert.deepEqual(family('Hierarchical Attention for Stock Movement', 'We propose MANTIS, a hierarchical network in which bidirectional GRUs encode each tweet, an attention layer weighs the tweets, and a second recurrent layer fuses the daily text summaries with price features.'), ['rnn']);
    assert.deepEqual(family('Graph-Conditioned State Space Models for Traffic', 'We propose ST-SSM, which interleaves selective state space layers along time with diffusion graph convolutions over the sensor network.'), ['ssm']);
    // A model that says it has no convolutions, beside the CNN hybrids it sets aside.
    assert.deepEqual(family('AST: Audio Spectrogram Transformer', 'Convolutional neural networks (CNNs) are the main building block for audio classification. A recent trend adds self-attention on top of the CNN, forming a CNN-attention hybrid model. We introduce the Audio Spectrogram Transformer (AST), the first convolution-free, purely attention-based model for audio classification.'), ['transformer']);
  });

  it('reads datasets as real abstracts give them: not a model family, a model\'s size, a task in capitals, a kind of benchmark, 2D; past citation marks and a size before the name', () => {
    const datasets = datasetsOfText;
    assert.deepEqual(datasets('We evaluate FASP on the OPT and LLaMA model families, and on WikiText-2.'), ['WikiText-2']);
    assert.deepEqual(datasets('Experiments on the SuperGLUE and NER datasets show the effectiveness of APT.'), ['SuperGLUE']);
    assert.deepEqual(datasets('It cuts cost by 33% on the ImageNet dataset with a 0.1% decrease in accuracy on DeiT-S.'), ['ImageNet']);
    assert.deepEqual(datasets('It keeps accuracy on DeiT-B/16 and on Swin-B.'), []);
    assert.deepEqual(datasets('We evaluate it on MedMNIST, with 12 datasets for 2D and 6 datasets for 3D.'), ['MedMNIST']);
    assert.deepEqual(datasets('Traditional VideoQA benchmarks, despite providing metrics, often fail. We evaluate models on MMBench-Video.'), ['MMBench-Video']);
    assert.deepEqual(datasets('We investigate CoTexT on other tasks within the CodeXGlue dataset, including Code Generation and Defect Detection.'), ['CodeXGlue']);
    assert.deepEqual(datasets('It is trained and evaluated on UCF-101[1], HMDB-51[2] and Charades [3] dataset.'), ['UCF-101', 'HMDB-51', 'Charades']);
    assert.deepEqual(datasets('We conduct extensive experiments on the large-scale Waymo dataset to demonstrate it.'), ['Waymo']);
  });

  it('reads the acronym a proposal defines and spells, a quoted name\'s acronym, and hyphenated names before a title\'s colon', () => {
    const name = (title: string, abstract: string) => summarize({ title, abstract }).name;
    assert.equal(name('Token Mixing: Bridging Pruning and Merging', 'Pruning and merging each have costs. In this paper, we introduce “Token Mixing” (ToMi), a method that combines both.'), 'ToMi');
    // The proposal's own acronym, not the term the title opens with.
    assert.equal(name('Post-Training Quantization via Residual Rounding for Diffusion Models', 'Post-Training Quantization (PTQ) lowers the cost of diffusion models. We propose Quantization via Residual Rounding (QuaRR), a 4-bit PTQ scheme. QuaRR keeps textures, and PTQ at 4 bits works.'), 'QuaRR');
    assert.equal(name('Mamba Decoders for Speech Recognition', 'Encoder-decoder recognizers are slow. Our MAmba-based DEcoder-ONly approach (MADEON) consists of a single decoder that reads speech tokens. It is faster than a strong baseline (ConFormer).'), 'MADEON');
    assert.equal(name('Geometric Diffusion for Molecule Generation', 'We view denoising as molecular dynamics and introduce a novel molecule generation method named Geometric Molecular Diffusion (GMDiff). For the first challenge, we introduce a Dual-Track Network (DTN). GMDiff beats prior methods.'), 'GMDiff');
    // (Capitals that do not spell the words from their first are no name given there.)
    assert.equal(name('Plant Disease Recognition', 'We propose a detector built on Swin Transformers (SwinT). The Leaf Disease Detector (LDD) we introduce finds 12 diseases, and LDD runs on phones.'), 'LDD');
    // After the adjectives a proposal opens with; a name given in so many words over a module's acronym said more often.
    assert.equal(name('Patches for Forecasting', 'Long-term time series forecasting (LTSF) is hard, as proposed models show. We propose a novel and simple Patch-based MLP (PatchMLP) for LTSF tasks.'), 'PatchMLP');
    assert.equal(name('Convolutions with Neighborhoods for Super-Resolution', 'We adopt Neighborhood Attention (NA), proposed for vision, inside convolutions. NA keeps kernels small, NA is fast, and NA needs no softmax. Building upon the NA module, we propose a lightweight super-resolution network named TCSR. TCSR is small.'), 'TCSR');
    // (Words that are only hyphens spell nothing, and break nothing.)
    assert.doesNotThrow(() => name('X', 'We propose - (AbC).'));
    assert.doesNotThrow(() => name('X', 'We propose a -- network (NeT).'));
    assert.equal(name('Mamba-Sea: A Mamba-based Framework for Medical Image Segmentation', 'We propose a novel Mamba-based framework, Mamba-Sea, with global-to-local augmentation.'), 'Mamba-Sea');
    assert.equal(name('fine-CLIP: Zero-Shot Surgical Action Recognition', 'To address these challenges, we propose fine-CLIP, which learns object-centric features.'), 'fine-CLIP');
    // (Not the hyphenated words a title opens with when no colon makes them its name.)
    assert.equal(name('Self-Attention with Relative Positions', 'We extend self-attention to relative positions. Self-Attention with them improves BLEU by 1.3.'), null);
    assert.equal(name('Co-Training - Learning from Two Views', 'Co-Training uses two views of the data. We show that it helps when labels are few.'), null);
  });

  it('reads a name a paper gives in passing: "which we refer to as", "which we call", what it answers a problem with, "Our approach, X,", one capital and a hyphen', () => {
    const name = (abstract: string, title = 'On sequence models') => summarize({ title, abstract }).name;
    assert.equal(name('Our model, which we refer to as BindFormer, is pre-trained on docked poses.'), 'BindFormer');
    assert.equal(name('Our model, which we refer to as Gale, stacks gated linear recurrent layers.'), 'Gale');
    assert.equal(name('The resulting model, which we call Zebra, retains precise recall.'), 'Zebra');
    assert.equal(name('We call Attention the weighted sum of values.'), null);
    assert.equal(name('We address these issues with Monorail, a simplified sparse Transformer that routes every token to one expert.'), 'Monorail');
    assert.equal(name('We compare with Mamba, a selective state space model, on WikiText-103.'), null);
    assert.equal(name('Our approach, SonaCL, masks the speech input in a latent space.'), 'SonaCL');
    assert.equal(name('We propose Q-Bridge, a lightweight querying transformer that connects an image encoder to a language model.'), 'Q-Bridge');
    assert.equal(name('We propose X-ray, a cheap imaging protocol, for screening.'), null);
    assert.equal(name('Earlier detectors add a gate they call Sentinel, and many follow them.'), null);
  });

  it('reads a linear cost said in other words: a look-back window, a run in linear time, linear-time processing, a cost brought from quadratic to a big-O', () => {
    const complexity = (abstract: string) => summarize({ title: 'A Model', abstract }).complexity;
    assert.equal(complexity('The model has no attention, scales linearly with the look-back window, and trains in minutes.'), 'linear');
    assert.equal(complexity('Training is parallel, and inference runs in time linear in sequence length with a constant-size state.'), 'linear');
    assert.equal(complexity('Each chunk is summarised by a recurrent cell, giving linear-time processing of the full document.'), 'linear');
    assert.equal(complexity('We factorise attention over space and time, reducing the cost of attention from quadratic in the number of space-time tokens to O(TN).'), 'O(TN)');
    assert.equal(complexity('The speed-up over the dense model scales linearly with the batch size.'), null);
    // Both costs in one phrase; a cache written with a hyphen is still the cache the work shrinks.
    assert.equal(complexity('We propose LookbackMixer, which scales linearly in both time and memory with the look-back window L.'), 'linear');
    assert.equal(complexity('KV-cache memory grows linearly with the number of generated tokens. We propose an eviction policy that keeps a fixed budget of tokens.'), null);
  });

  it('reads a known benchmark with the version or year written after it, where its sentence or list goes on', () => {
    const datasets = (abstract: string) => summarize({ title: 'X', abstract }).datasets;
    assert.deepEqual(datasets('On LibriSpeech and the English subset of Common Voice 15, our model runs 2.6x faster.'), ['LibriSpeech', 'Common Voice 15']);
    assert.deepEqual(datasets('Trained on the PDBbind v2020 general set, our model reaches 0.852 on the CASF-2016 core set.'), ['PDBbind v2020', 'CASF-2016']);
    assert.deepEqual(datasets('Our model reaches 41.2 AP on LVIS v1.0 and 55.3 AP on COCO 2017.'), ['LVIS v1.0', 'COCO 2017']);
    for (const after of ['test', 'dev', 'validation', 'val', 'long-form', 'set', 'split', 'splits', 'benchmark', 'datasets', 'subset', 'corpus', 'general', 'core', 'or', 'and']) {
      assert.deepEqual(datasets(`We report word error rates on Common Voice 15 ${after} data.`), ['Common Voice 15'], after);
    }
    assert.deepEqual(datasets('We report word error rates on Common Voice 15; it is hard.'), ['Common Voice 15']);
    // Not a score written after a name.
    assert.deepEqual(datasets('Our segmenter reaches mIoU of ADE20K 48.3, Cityscapes 82.1 and COCO-Stuff 45.2.'), ['ADE20K', 'Cityscapes', 'COCO-Stuff']);
    assert.deepEqual(datasets('Trained on PDBbind v2020 train and tested on the PDBbind v2016 core set, our model gains.'), ['PDBbind v2020', 'PDBbind v2016']);
    assert.deepEqual(datasets('We report word error rates on Common Voice 15'), ['Common Voice 15']);
    // More of the field's benchmarks by name, and a longer name before the shorter one it holds.
    for (const name of ['Ego4D', 'EPIC-KITCHENS-100', 'EPIC-KITCHENS', 'TED-LIUM 3', 'LoveDA', 'ProteinGym', 'Franka Kitchen', 'RoboSuite', 'MIT-BIH Arrhythmia Database', 'MIT-BIH',
      'HAM10000', 'Stylized-ImageNet', 'CASF-2016', 'LibriMix', 'Libri2Mix', 'KiTS19', 'KiTS', 'ACDC']) {
      assert.deepEqual(datasets(`Our model improves accuracy by 2% on ${name}.`), [name], name);
    }
    // A version keeps the name's kind of data.
    assert.deepEqual(summarize({ title: 'X', abstract: 'Our model is trained on PDBbind v2020, and it runs fast.' }).modalities, ['biology']);
    // Not a count, a size or an enumeration after the name.
    assert.deepEqual(datasets('We train on CIFAR-10 10 times with different seeds.'), ['CIFAR-10']);
    assert.deepEqual(datasets('We pretrain on ImageNet 1.2M images.'), ['ImageNet']);
    assert.deepEqual(datasets('We report results on PubTabNet 1) and SciTSR 2).'), ['PubTabNet', 'SciTSR']);
    assert.deepEqual(datasets('On MovieLens 20 ratings per user suffice.'), ['MovieLens']);
    assert.deepEqual(datasets('On MovieLens 2020 ratings per user suffice.'), ['MovieLens']);
    assert.deepEqual(datasets('On MovieLens v2 ratings per user suffice.'), ['MovieLens']);
    assert.deepEqual(datasets('On MovieLens 3.25 ratings per user suffice.'), ['MovieLens']);
  });

  it('knows more benchmarks by name, and what they imply: pretraining corpora, shifted ImageNets, transfer suites, documents, medicine, sound events, graphs', () => {
    const of = (abstract: string) => summarize({ title: 'A Model', abstract });
    assert.deepEqual(of('Trained on C4 and SlimPajama, it reaches a validation perplexity of 10.9 on C4.').datasets, ['C4', 'SlimPajama']);
    assert.deepEqual(of('Trained on C4 and SlimPajama, it reaches a validation perplexity of 10.9 on C4.').tasks, ['language modeling']);
    assert.deepEqual(of('It is robust on ImageNet-C, ImageNet-R and ImageNet-Sketch.').datasets, ['ImageNet-C', 'ImageNet-R', 'ImageNet-Sketch']);
    assert.deepEqual(of('On the 19 tasks of VTAB-1k, it beats full fine-tuning by 2.1 points.').tasks, ['image classification']);
    assert.deepEqual(of('It reaches a mean Dice of 92.4% on Kvasir-SEG and 94.1% on CVC-ClinicDB.').tasks, ['polyp segmentation']);
    assert.deepEqual(of('On PTB-XL it attains a macro AUROC of 0.934.').tasks, ['ecg classification']);
    assert.deepEqual(of('It reaches entity-level F1 scores of 97.6% on SROIE and 84.6% on FUNSD.').tasks, ['information extraction']);
    assert.deepEqual(of('On Messidor and EyePACS, and on slides from TCGA, it grades retinopathy.').datasets, ['Messidor', 'EyePACS', 'TCGA']);
    assert.deepEqual(of('It improves on PubTabNet, FinTabNet and SciTSR.').datasets, ['PubTabNet', 'FinTabNet', 'SciTSR']);
    const sounds = of('It reaches an ICBHI score of 62.5% on the ICBHI 2017 split, and a PSDS1 of 0.552 on DESED.');
    assert.deepEqual([sounds.datasets, sounds.modalities, sounds.tasks], [['ICBHI 2017', 'DESED'], ['audio'], ['sound event detection']]);
    const clinical = of('On PhysioNet 2012 it classifies mortality with an AUROC of 0.86.');
    assert.deepEqual([clinical.datasets, clinical.modalities], [['PhysioNet 2012'], ['time-series']]);
    assert.deepEqual(of('It improves on Cora, Amazon-Photo and Coauthor-CS, and on ZINC15 molecules.').datasets, ['Cora', 'Amazon-Photo', 'Coauthor-CS', 'ZINC15']);
    assert.deepEqual(of('It reaches 97.8% accuracy on Speech Commands V2-35.').datasets, ['Speech Commands V2-35']);
    // Each by its name alone, with no other benchmark beside it.
    for (const [text, name] of [['It is pretrained on 100B tokens of C4.', 'C4'], ['We train on SlimPajama for 100B tokens.', 'SlimPajama'], ['It reaches 98.3% on SciTSR.', 'SciTSR'],
      ['It reaches an AUC of 0.963 on Messidor.', 'Messidor'], ['It reaches a kappa of 0.849 on EyePACS.', 'EyePACS'], ['It reaches a score of 62.5% on ICBHI.', 'ICBHI'],
      ['We pretrain on 100B tokens of FineWeb-Edu.', 'FineWeb-Edu'], ['We pretrain on 100B tokens of Dolma.', 'Dolma'], ['We pretrain on 100B tokens of RefinedWeb.', 'RefinedWeb'],
      ['On the 19 tasks of VTAB-1k, it beats fine-tuning by 2.1 points.', 'VTAB-1k'], ['It reaches an overall GenEval score of 0.71.', 'GenEval'],
      ['Fine-tuning Mistral-7B on UltraFeedback, it wins 31.4% of comparisons.', 'UltraFeedback'],
      ['It sets a new state of the art on the tasks of the Long-Range Graph Benchmark.', 'Long-Range Graph Benchmark'],
      ['It reaches a PSDS1 of 0.552 on DESED.', 'DESED'], ['It improves accuracy on Amazon-Photo by 2.1 points.', 'Amazon-Photo'], ['It improves accuracy on Coauthor-CS by 2.1 points.', 'Coauthor-CS']]) {
      assert.deepEqual(of(text).datasets, [name], text);
    }
    assert.deepEqual(of('On AudioSet, it reaches 0.471 mAP, and on DESED it obtains an event-based F1 of 0.62.').datasets, ['AudioSet', 'DESED']);
    assert.deepEqual(of('From an encoder pretrained on AudioSet, it achieves an ICBHI score of 62.5% on the official ICBHI 2017 split.').datasets, ['AudioSet', 'ICBHI 2017']);
    assert.deepEqual(of('It leads on several benchmark datasets, the SciTSR, PubTabNet and WTW.').datasets, ['SciTSR', 'PubTabNet']);
    // A corpus named beside a perplexity of another's is no language modeling of the paper's own ("C4" is also a car).
    assert.deepEqual(of('The C4 sedan was photographed 1,000 times.').tasks, []);
  });

  it('reads where a score went, not where it came from, past the benchmark or the baseline named between ("from 79.5 to 81.2")', () => {
    assert.deepEqual(resultValuesOf('Strider improves top-1 accuracy on Kinetics-400 from 79.5 to 81.2 over TimeSformer.'), ['81.2']);
    assert.deepEqual(resultValuesOf('Test perplexity improves from 35.1 for a standard recurrent language model to 31.4.'), ['31.4']);
    assert.deepEqual(resultValuesOf('Our model improves BLEU from 27.3 to 28.9 on WMT14.'), ['28.9']);
  });

  it('reads none of the look-alikes the eleventh round\'s review wrote, and the rewordings it found unread', () => {
    const of = (abstract: string, title = 'A Model') => summarize({ title, abstract });
    // C4.5 is a decision tree, not the C4 corpus; Kvasir v2 is a classification set, not Kvasir-SEG.
    assert.deepEqual(of('NOTE outperforms C4.5, random forests and XGBoost on 12 of 16 benchmark datasets.').datasets, []);
    assert.ok(!of('We propose GIViT, a mobile vision transformer for endoscopic images. On Kvasir v2, GIViT reaches 94.3% accuracy.').tasks.includes('polyp segmentation'));
    assert.deepEqual(of('LayoutMix sets a new state of the art for entity labeling on FUNSD and key field extraction on SROIE, with F1 scores of 91.2 and 97.8.').datasets, ['FUNSD', 'SROIE']);
    assert.deepEqual(of('It improves polyp segmentation on Kvasir-SEG and on CVC-ClinicDB.').datasets, ['Kvasir-SEG', 'CVC-ClinicDB']);
    assert.deepEqual(of('It improves information extraction on FUNSD by 2.1 points.').datasets, ['FUNSD']);
    // Where a score went, past a baseline in brackets or named between; not where it came from.
    assert.deepEqual(resultValuesOf('BLEU on WMT14 English-German goes from 27.3 (Transformer-base) to 28.9 with no extra parameters.'), ['28.9']);
    assert.deepEqual(resultValuesOf('On Something-Something V2, GTSN raises top-1 accuracy from 63.4% for the TSM baseline to 66.0% at identical FLOPs.'), ['66.0%']);
    // Linear cost in more words.
    assert.equal(of('We propose CSD, a recurrent decoder. Decoding with CSD takes time linear in the context length.').complexity, 'linear');
    assert.equal(of('We propose GenoScan, a selective state-space model for DNA, enabling linear-time inference over long sequences.').complexity, 'linear');
    // Names after "which we term / name / dub", "the resulting module", "our recipe".
    assert.equal(of('We introduce a gated linear recurrence with input-dependent decay, which we term Kestrel, and show that it matches Transformers.').name, 'Kestrel');
    assert.equal(of('We propose a new hierarchical backbone, which we name Heron, that replaces window attention with large-kernel convolutions.').name, 'Heron');
    assert.equal(of('We propose a multi-scale retention layer for speech encoders, which we dub Marten, and show a 7% relative WER reduction.').name, 'Marten');
    assert.equal(of('The resulting module, T-Fuse, aligns the two streams with a learned temporal gate.').name, 'T-Fuse');
    assert.equal(of('A ViT-B can be trained to 80% ImageNet accuracy with our recipe, TinyBudget, which combines progressive resizing and a one-cycle schedule.').name, 'TinyBudget');
    // Parts a block couples; a simulator a paper builds.
    assert.ok(of('We propose ConvMamba, a speech encoder whose block couples a selective state-space layer with a depthwise convolution module.').family.includes('hybrid'));
    assert.equal(of('We build TrajNet-Sim, a simulator that generates crowds with controllable social behaviours, and release 500 hours of synthetic trajectories.', 'TrajNet-Sim: Simulating Pedestrians for Trajectory Forecasting').kind, 'benchmark');
  });

  it('reads stated complexity, not complexity it merely mentions', () => {
    assert.equal(summaryOf('informer2020').complexity, 'O(L log L)');
    assert.equal(summaryOf('mamba2023').complexity, 'linear');
    assert.equal(summaryOf('mamba3602024').complexity, null);
    assert.equal(summaryOf('lookupvit2024').complexity, null);
  });

  it('reads no task from what a field has become popular for or shown promise in, unless the sentence speaks of the work', () => {
    const tasks = tasksOfText;
    assert.equal(tasks('Transformers have gained increasing popularity in a wide range of applications, including natural language processing, computer vision and speech recognition. We study where positions are predicted.').includes('speech recognition'), false);
    assert.equal(tasks('Ever since their conception, Transformers have taken over traditional sequence models in many tasks, such as image classification and video processing. We propose FooNet.').includes('image classification'), false);
    assert.equal(tasks('Recent advances in vision-language-action models have shown promise in integrating image generation with action prediction. We propose FooVLA.').includes('image generation'), false);
    assert.equal(tasks('Graph networks have been widely adopted for link prediction. We propose FooNet.').includes('link prediction'), false);
    // The work's own sentence is kept.
    assert.deepEqual(tasks('Our detector has gained popularity for object detection in industry.'), ['object detection']);
    assert.deepEqual(tasks('FooNet has shown great promise on ImageNet classification, with 81.2% top-1 accuracy.'), ['image classification']);
  });

  it('reads the task a proposal names its model by ("a lightweight breast cancer classification approach"), not what it is built from', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('In this study, we introduce a novel lightweight breast cancer classification approach using transformers.'), ['breast cancer classification']);
    assert.deepEqual(tasks('We present an end-to-end keyword spotting system for low-power devices.'), ['keyword spotting']);
    assert.deepEqual(tasks('We propose a graph-based fraud detection framework that reads transactions.'), ['fraud detection']);
    // Not how it is trained or built, nor a part of it.
    assert.deepEqual(tasks('We propose a simple data augmentation approach.'), []);
    assert.deepEqual(tasks('We propose a new knowledge distillation method.'), []);
    assert.deepEqual(tasks('We propose a token classification head.'), []);
    assert.deepEqual(tasks('We propose a feature matching approach.'), []);
    assert.deepEqual(tasks('We propose a token classification approach.'), []);
    assert.deepEqual(tasks('We propose a novel detection framework.'), [], 'a task needs what it is done on');
    // All the words before the noun where nothing else stands before them, and no more than three.
    assert.deepEqual(tasks('We propose a fraud detection framework.'), ['fraud detection']);
    // Only a task called one in so many words takes a known one's place; a title's longer name does not.
    assert.deepEqual(summarize({ title: 'FooNet: A Transformer for Remote Sensing Semantic Segmentation', abstract: 'We propose FooNet.' }).tasks, ['semantic segmentation']);
    assert.deepEqual(tasks('We present a sparse transformer pallet defect detection model.'), ['pallet defect detection']);
    assert.deepEqual(tasks('We propose a contrastive learning approach.'), []);
    // Another's approach is not the work's.
    assert.deepEqual(tasks('Earlier work proposed a wildfire detection system.'), []);
  });

  it('reads tasks a list after "tasks, including" gives in capitals ("Attribute Extraction, Open Information Extraction"), not names in it', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('We evaluate DOM-LM on a variety of webpage understanding tasks, including Attribute Extraction, Open Information Extraction, and Question Answering.').sort(),
      ['attribute extraction', 'open information extraction', 'question answering']);
    assert.deepEqual(tasks('We evaluate our model on tasks such as ImageNet Classification and MS COCO Detection.').includes('imagenet classification'), false);
    assert.deepEqual(tasks('We evaluate our model on tasks such as keyphrase extraction and relation extraction.').sort(), ['keyphrase extraction', 'relation extraction']);
    assert.equal(tasks('Our model does well on tasks such as reading and segmentation.').includes('reading'), false, 'one word is a task only if it is a task noun');
  });

  it('reads the tasks a work says it performs or addresses ("jointly performs building height estimation and building footprint segmentation")', () => {
    const tasks = tasksOfText;
    assert.deepEqual(tasks('This paper presents SkyScale, a vision transformer that jointly performs building height estimation and building footprint segmentation from one optical image.').sort(),
      ['building footprint segmentation', 'building height estimation']);
    assert.deepEqual(tasks('We identify that a key weakness of such models is their inability to perform content-based reasoning, and make several improvements.'), []);
    assert.deepEqual(tasks('We propose FooNet, a network that tackles cargo detection and pallet counting.').sort(), ['cargo detection', 'pallet counting']);
    assert.deepEqual(tasks('We propose FooNet, a network that tackles cargo detection, and we show it is fast.'), [], 'a list that runs on into the next clause');
    assert.deepEqual(tasks('Empirically, we perform robust analysis, model size analysis, and seasonal-trend decomposition analysis.'), []);
    assert.deepEqual(tasks('Empirically, we perform robust analysis and seasonal-trend decomposition analysis.'), []);
    assert.deepEqual(tasks('Our model addresses both lesion detection and lesion grading in one pass.'), ['lesion detection', 'lesion grading']);
    // Not what it performs that is no task, nor what another model performs.
    assert.deepEqual(tasks('Our model performs feature extraction and token mixing in one block.'), []);
    assert.deepEqual(tasks('Earlier systems perform lesion detection and lesion grading separately.'), []);
  });

  it('reads no task from what a family limits itself in or underpins ("which limits their applications in real-time tasks such as autonomous driving")', () => {
    const tasks = tasksOfText;
    assert.equal(tasks('Point transformers are slow on large scans, which limits their applications in real-time tasks such as autonomous driving and robot navigation. We present FooNet.').includes('autonomous driving'), false);
    assert.deepEqual(tasks('Transformers now underpin machine translation, question answering and summarization, but attention is quadratic. We introduce FooNet.'), []);
    assert.deepEqual(tasks('Transformers dominate machine translation. FooNet dominates them on WMT14 En-De with 30.1 BLEU.'), ['machine translation']);
  });

  it('reads a benchmark introduced after a background sentence that says evaluations "present the model" with something (no model of the work\'s own)', () => {
    const kind = (abstract: string) => summarize({ title: 'RepoHop: Evaluating Cross-File Code Completion in Real-World Repositories', abstract }).kind;
    assert.equal(kind('Code completion tools are used by millions, yet most evaluations present the model with a single file. We introduce RepoHop, a benchmark for repository-level code completion built from 1,870 repositories.'), 'benchmark');
    // A model the work presents before its benchmark is its contribution, in the passive too.
    assert.equal(kind('We present FooNet, a retrieval-augmented code model. We also introduce RepoHop, a benchmark for repository-level code completion.'), 'architecture');
    assert.equal(kind('A code model is proposed whose retrieval module reads definitions across files. We also introduce RepoHop, a benchmark for repository-level code completion.'), 'architecture');
  });

  it('reads a proposal named as a way of training ("We propose Sparse Masked Pretraining (SMP)") as a method', () => {
    const abstract = 'Masked image modelling has become the dominant self-supervised recipe for vision transformers. We propose Sparse Masked Pretraining (SMP), which treats the visible patches as a sparse set. A light decoder reconstructs the masked pixels.';
    assert.equal(summarize({ title: 'Sparse Masked Pretraining for Convolutional Networks', abstract }).kind, 'method');
    assert.equal(summarize({ title: 'X', abstract: 'We introduce Contrastive Frame Training, which reads a teacher. A light decoder reconstructs the masked frames.' }).kind, 'method');
    // A study of a way of pretraining is the study's.
    assert.equal(summarize({ title: 'Self-Supervised Pretraining for Histopathology', abstract: 'We study self-supervised pretraining on 2 million unlabeled histology tiles. The pretraining method is applied without changes.' }).kind, 'analysis');
  });

  it('reads "we present an empirical study of" and a title of scaling laws as an analysis, not a scaling law a model is shown to follow', () => {
    const kind = (title: string, abstract: string) => summarize({ title, abstract }).kind;
    assert.equal(kind('Scaling Laws for Time Series Foundation Models', 'We present an empirical study of scaling behaviour for decoder-only transformer forecasters, training more than 200 models. We find that loss follows a power law.'), 'analysis');
    assert.equal(kind('X', 'We present an empirical study of scaling behaviour for decoder-only transformer forecasters. We find that loss follows a power law.'), 'analysis');
    assert.equal(kind('Scaling Laws for Neural Language Models', 'We study empirical scaling laws for language model performance on the cross-entropy loss.'), 'analysis');
    // A model that follows scaling laws is still the model's paper.
    assert.equal(kind('FooNet: A Scalable Vision Transformer', 'We propose FooNet, a vision transformer whose accuracy follows clean scaling laws up to 2B parameters.'), 'architecture');
  });

  it('reads the dataset a gain is stated on after "improves" ("improves the plausible-patch rate on QuixBugs by 14.2%"), no plain word', () => {
    const datasets = datasetsOfText;
    assert.deepEqual(datasets('TestRL improves the plausible-patch rate on QuixBugs by 14.2% over supervised fine-tuning.'), ['QuixBugs']);
    // Not where a gain is on hardware, in a language, or on a plain word with no gain after it.
    assert.deepEqual(datasets('It improves latency on Android by 20% and accuracy on English by 2%.'), []);
    assert.deepEqual(datasets('It improves accuracy on Breakfast by 4.2% and on Hard by 2%.'), [], 'a plain word needs more than a gain');
  });

  it('reads names before the words of their field and "suites" ("the Monash and LOTSA evaluation suites")', () => {
    const datasets = datasetsOfText;
    assert.deepEqual(datasets('We validate the fitted laws on the Monash and LOTSA evaluation suites before training.'), ['Monash', 'LOTSA']);
    // Not a language, nor a word that opens the sentence.
    assert.deepEqual(datasets('We test on the English speech recognition benchmark.'), []);
  });

  it('reads no family from a sentence about the limits of others ("Recent vision transformers achieve strong accuracy, but their attention layers are poorly suited")', () => {
    const family = (abstract: string) => summarize({ title: 'RippleNet: Fast Mobile Image Recognition with Ripple Convolutions', abstract }).family;
    assert.deepEqual(family('Recent vision transformers achieve strong accuracy, but their attention layers are poorly suited to mobile accelerators. We present RippleNet, a family of convolutional networks.'), ['cnn']);
    assert.deepEqual(family('Vision transformers are accurate, yet they are poorly suited to mobile accelerators. We present RippleNet, a family of convolutional networks.'), ['cnn']);
    // The work's own contrast, or one with its numbers, is kept.
    assert.deepEqual(family('We present RippleNet, a convolutional network with vision transformer heads, but their attention is limited to local windows.').includes('vision-transformer'), true);
  });

  it('reads the results of "it" after an opening clause ("On COCO, it improves box AP by 2.1"), and gains over previous state space models', () => {
    const values = (abstract: string) => resultValuesOf(abstract, 'FooNet');
    assert.deepEqual(values('FooNet reaches 78.4% top-1 accuracy on ImageNet. Used as a detection backbone on COCO, it improves box AP by 2.1 over MobileNetV3 at similar latency.'), ['78.4%', '2.1']);
    assert.deepEqual(values('BERT set a new standard. Used as a detection backbone on COCO, it improves box AP by 2.1 over MobileNetV3.'), [], 'after a sentence about others');
    assert.deepEqual(values('Used as a detection backbone on COCO, it improves box AP by 2.1 over MobileNetV3.'), [], 'no sentence before it');
    assert.deepEqual(resultValuesOf('BERT set a new standard. Used as a detection backbone on COCO, it improves box AP by 2.1.', 'FooNet: A Backbone for Detection'), [],
      'a paper with a name, and a sentence without it');
    assert.deepEqual(values('On long-form benchmarks, it improves accuracy on Breakfast by 4.2% and on COIN by 2.8% over previous state space models.'), ['4.2%', '2.8%']);
    // Not another model's "it", nor the previous state of the art's number.
    assert.deepEqual(values('Although BERT is strong, it requires 4.2 GB of memory.'), []);
    assert.deepEqual(values('The previous state of the art reaches 81.2% on COCO.'), []);
  });

  it('reads a gain "by up to" or "by only" a margin, over a rival named in more words, a margin it surpasses by, and ANLS', () => {
    const values = (abstract: string) => resultValuesOf(abstract, 'FooNet');
    assert.deepEqual(values('FooNet reaches 92.6% on Indian Pines, surpassing the strongest transformer baseline by up to 3.7%.'), ['92.6%', '3.7%']);
    assert.deepEqual(values('At 3 bits, FooNet increases the WikiText-2 perplexity of LLaMA-2-70B by only 0.31.'), ['0.31']);
    assert.deepEqual(values('FooNet attains a PESQ of 3.52, outperforming the best causal transformer-based model by 0.17.'), ['3.52', '0.17']);
    assert.deepEqual(values('FooNet attains 84.6 ANLS on DocVQA.'), ['84.6']);
    assert.equal(summarize({ title: 'FooNet', abstract: 'FooNet surpasses the strongest baseline by up to 3.7%.' }).results[0]?.metric, 'better than baselines');
    // Not a setting: "by up to 4 GPUs".
    assert.deepEqual(values('FooNet is sharded by up to 4 GPUs.'), []);
  });

  it('reads no result from a sparsity a kind of it names ("at 90% block sparsity") or the percentile of a Hausdorff distance', () => {
    const values = (abstract: string) => resultValuesOf(abstract, 'FooNet');
    assert.deepEqual(values('FooNet runs 2.4x faster than FlashAttention-2 at 90% block sparsity.'), ['2.4x']);
    assert.deepEqual(values('FooNet achieves a Dice of 82.6% and a 95% Hausdorff distance of 16.1 mm.'), ['82.6%']);
    // What a work reaches is a result: "reaches 90% weight sparsity".
    assert.deepEqual(values('FooNet reaches 90% weight sparsity without loss.'), ['90%']);
  });

  it('reads none of the look-alikes the thirteenth round\'s review wrote against its rules (each was wrong before the rules were narrowed)', () => {
    const cases: [string, string, keyof Summary, { includes?: string; excludes?: string; equals?: string | string[] }][] = [
      ["SleepNet", "SleepNet, a convolutional recurrent network proposed here, has shown promise in sleep stage classification from wearable recordings.", "tasks", {"includes": "sleep stage classification"}],
      ["FooDet", "Extensive experiments demonstrate that FooDet dominates existing detectors in pedestrian detection on crowded scenes.", "tasks", {"includes": "pedestrian detection"}],
      ["GateNet", "GateNet adds a gating module to a U-Net. Ablations confirm that the gating module underpins the gains in low-light image enhancement.", "tasks", {"includes": "low-light image enhancement"}],
      ["HydraSeq", "We present HydraSeq. HydraSeq builds on selective state space models, which have attracted growing attention for genomics, and adds a convolutional stem.", "family", {"includes": "ssm"}],
      ["TinyWave: Dilated Convolutions on Microcontrollers", "This architecture has shown promise for keyword spotting on microcontrollers, where memory is scarce.", "tasks", {"includes": "keyword spotting"}],
      ["TinyKWS", "TinyKWS is a depthwise convolutional network. Its small footprint does not limit its deployment on microcontrollers for keyword spotting.", "tasks", {"includes": "keyword spotting"}],
      ["X", "Sleep stage classification from wearables has been extensively studied. We propose FooSleep, a convolutional network for it.", "tasks", {"includes": "sleep stage classification"}],
      ["FooRec", "Sequential recommendation has received considerable attention from industry. We present FooRec, a state space model that reads long user histories.", "tasks", {"includes": "sequential recommendation"}],
      ["FooDepth", "Monocular depth estimation has attracted growing attention in robotics. We propose FooDepth, a lightweight transformer that runs on drones.", "modalities", {"includes": "vision"}],
      ["ECGFormer", "We propose ECGFormer, a convolutional transformer for single-lead ECG. Across three public cohorts, the resulting networks achieve strong accuracy for arrhythmia detection.", "tasks", {"includes": "arrhythmia detection"}],
      ["ECGFormer", "Evaluated on three public cohorts, ECGFormer, a convolutional transformer, has achieved impressive accuracy in arrhythmia detection.", "tasks", {"includes": "arrhythmia detection"}],
      ["GeoFormer", "GeoFormer is a vision transformer for satellite imagery, yet these patch tokens are merged hierarchically to save memory.", "family", {"includes": "vision-transformer"}],
      ["SeqHybrid", "SeqHybrid interleaves Mamba layers with attention layers, but these attention layers use a sliding window.", "family", {"includes": "ssm"}],
      ["RippleNet", "RippleNet is a convolutional network for mobile image recognition, but these convolutions are dilated in every stage.", "family", {"includes": "cnn"}],
      ["X", "We propose a pseudo-label generation framework for semi-supervised medical image segmentation.", "tasks", {"excludes": "pseudo-label generation"}],
      ["X", "We propose a sparsity prediction model that skips inactive neurons during LLM inference.", "tasks", {"excludes": "sparsity prediction"}],
      ["X", "We propose a learning rate prediction approach that removes manual schedules.", "tasks", {"excludes": "learning rate prediction"}],
      ["X", "Unlike prior studies that developed a sarcasm detection model, we propose a humor generation system for dialogue.", "tasks", {"excludes": "sarcasm detection"}],
      ["X", "We propose a crop disease detection and classification model.", "tasks", {"excludes": "detection and classification"}],
      ["X", "We evaluate FooNet on dense prediction tasks such as Cityscapes Segmentation and KITTI Depth Estimation.", "tasks", {"excludes": "cityscapes segmentation"}],
      ["X", "We evaluate FooNet on downstream tasks such as Kinetics Recognition and Waymo Detection.", "tasks", {"excludes": "waymo detection"}],
      ["X", "FooNet reaches 84.1% top-1 accuracy on ImageNet-1K, and we transfer it to downstream tasks such as fine-grained image classification and object detection.", "tasks", {"includes": "image classification"}],
      ["X", "FooNet reaches 48.2 mIoU on ADE20K, and we further evaluate it on tasks such as panoptic segmentation and video semantic segmentation.", "tasks", {"includes": "semantic segmentation"}],
      ["X", "Our model achieves 30.1 BLEU on WMT14 En-De, and we also evaluate it on tasks such as document-level machine translation and summarization.", "tasks", {"includes": "machine translation"}],
      ["LandscapeKit: A Toolkit for Neural Network Loss Landscape Analysis", "We release LandscapeKit, a library that computes Hessian spectra and loss-surface slices for trained networks.", "tasks", {"excludes": "neural network loss landscape analysis"}],
      ["CircuitLens: Tools for Transformer Circuit Analysis", "We present CircuitLens, an open-source library that traces attention heads and MLP neurons in trained language models.", "tasks", {"excludes": "transformer circuit analysis"}],
      ["SALib-NN: Gradient-Based Methods for Global Sensitivity Analysis", "We propose gradient-based estimators of Sobol indices for neural surrogates, cutting the number of model evaluations by 10x.", "tasks", {"excludes": "global sensitivity analysis"}],
      ["X", "To build the corpus, we perform image quality assessment and duplicate detection on 2M crawled photos.", "tasks", {"excludes": "duplicate detection"}],
      ["X", "At every diffusion step, our sampler performs noise level estimation and step size prediction.", "tasks", {"excludes": "noise level estimation"}],
      ["X", "Our model performs simultaneously lane detection and drivable area segmentation.", "tasks", {"excludes": "simultaneously lane detection"}],
      ["X", "While existing pipelines perform nucleus detection and tissue segmentation before prediction, our model reads the whole slide directly for survival prediction.", "tasks", {"excludes": "nucleus detection"}],
      ["FooCoder: Retrieval-Augmented Code Completion Across Files", "The present work develops FooCoder, a retrieval-augmented code model that reads definitions across files. We also release RepoHop, a benchmark for repository-level code completion.", "kind", {"equals": "architecture"}],
      ["FooCoder: Retrieval-Augmented Code Completion Across Files", "This study presents FooCoder, a retrieval-augmented code model that reads definitions across files. To evaluate it, we introduce RepoHop, a benchmark for repository-level code completion.", "kind", {"equals": "architecture"}],
      ["FooCoder: Retrieval-Augmented Code Completion Across Files", "This article introduces FooCoder, a retrieval-augmented transformer that reads definitions across files. We also introduce RepoHop, a benchmark for repository-level code completion.", "kind", {"equals": "architecture"}],
      ["ATN: Adversarial Training Networks for Face Anti-Spoofing", "We introduce Adversarial Training Networks (ATN), a new GAN architecture whose discriminator shares layers with the generator. ATN reaches 1.2% ACER on OULU-NPU.", "kind", {"equals": "architecture"}],
      ["Learning at Test Time: Sequence Layers with Expressive Hidden States", "We introduce Test-Time Training layers, a new class of sequence modeling layers with linear complexity whose hidden state is itself a model. They match Transformers on language modeling.", "kind", {"equals": "architecture"}],
      ["Dilated Stages for Crop Mapping", "We present an empirical study of receptive fields in convolutional networks for crop type mapping from Sentinel-2 imagery. Guided by it, we design DilaCrop, which replaces every stage with dilated blocks and reaches 91.2% overall accuracy.", "kind", {"equals": "architecture"}],
      ["Token Mixers for Vision Transformers", "We conduct an empirical comparison of token mixers and then build PoolMix, a vision transformer backbone with pooling mixers that reaches 82.1% top-1 accuracy on ImageNet.", "kind", {"equals": "architecture"}],
      ["Scaling Laws Under Sparsity: A Sparse Transformer for Long Documents", "Surprisingly, sparse attention preserves the scaling exponent of dense attention. Building on this, a block-sparse transformer for long documents is developed that reaches 2x longer context at equal cost.", "kind", {"equals": "architecture"}],
      ["X", "On KITTI, our detector improves mAP on Pedestrian by 2.4 points and on Cyclist by 3.1 points.", "datasets", {"excludes": "Pedestrian"}],
      ["X", "Our multilingual model improves accuracy on Hindi by 4.1% and on Swahili by 6.3%.", "datasets", {"excludes": "Hindi"}],
      ["X", "On LiveCodeBench, our model improves pass@1 on Hard by 6.2% and on Medium by 3.5%.", "datasets", {"excludes": "Hard"}],
      ["X", "Our code model improves pass@1 on Python by 5% and on Rust by 9%.", "datasets", {"excludes": "Python"}],
      ["X", "On nuScenes, FooDet improves NDS on Night by 4.4 points and on Rain by 2.1 points.", "datasets", {"excludes": "Night"}],
      ["X", "Our kernels pass the CUDA and ROCm conformance suites.", "datasets", {"excludes": "CUDA"}],
      ["X", "The generated patches pass the Linux and FreeBSD regression suites.", "datasets", {"excludes": "FreeBSD"}],
      ["X", "Our model simultaneously performs lane detection and drivable area segmentation.", "tasks", {"includes": "drivable area segmentation"}],
      ["X", "We propose Reinforced Post-Training (RPT), which updates a language model with verifiable rewards after supervised fine-tuning.", "kind", {"equals": "method"}],
      ["X", "We introduce LiteBC, a lightweight breast cancer classification approach using transformers.", "tasks", {"includes": "breast cancer classification"}],
    ];
    for (const [title, abstract, field, expect] of cases) {
      const value = summarize({ title, abstract })[field] as unknown;
      if (expect.includes !== undefined) assert.ok((value as string[]).includes(expect.includes), `${title}: ${field} ${JSON.stringify(value)} lacks ${expect.includes}`);
      if (expect.excludes !== undefined) assert.ok(!(value as string[]).includes(expect.excludes), `${title}: ${field} ${JSON.stringify(value)} has ${expect.excludes}`);
      if (expect.equals !== undefined) assert.deepEqual(Array.isArray(value) ? [...value].sort() : value, Array.isArray(expect.equals) ? [...expect.equals].sort() : expect.equals, `${title}: ${field}`);
    }
  });

  describe("the field's tasks beyond the catalogue's", () => {
    const tasks = (abstract: string, title = 'X') => summarize({ title, abstract }).tasks;
    it('finds one the work names as its own, in a sentence about the work or its title', () => {
      assert.ok(tasks('We study gait recognition with a lightweight network.').includes('gait recognition'));
      assert.ok(tasks('Our detector sets a new state of the art in camouflaged object detection.').includes('camouflaged object detection'));
      assert.deepEqual(tasks('The network is small.', 'GaitX: Making Gait Recognition Robust'), ['gait recognition']);
      // Hyphens read as spaces: the task as the lexicon spells it.
      assert.deepEqual(tasks('Our detector improves few-shot object detection.'), ['few-shot object detection']);
      // Named in the plural ("segmentations"), it is the task.
      assert.ok(tasks('Our model gives sharper nuclei segmentations.').includes('nuclei segmentation'));
      // As whole words, one space apart: not inside a TeX name ("x_gait", "recognition_2"), not across other characters.
      assert.deepEqual(tasks('We study x_gait recognition.'), []);
      assert.deepEqual(tasks('We study gait recognition_2 here.'), []);
      assert.deepEqual(tasks('We study gait/recognition and gait, recognition.'), []);
      assert.deepEqual(tasks('We study x_ gait recognition _y here.'), ['gait recognition'], 'a space is a word boundary, whatever stands beyond it');
      // Two the earlier rules missed: a task whose name holds "language", and a list after a colon.
      assert.deepEqual(tasks('We present SignT, the first end-to-end sign language translation model.'), ['sign language translation']);
      assert.deepEqual(tasks('Our model handles three tasks: polyp segmentation, depth completion and gait recognition.'), ['polyp segmentation', 'depth completion', 'gait recognition']);
    });
    it('names the task precisely where a rule read the generic one only from the same words', () => {
      // The rule for "entity recognition" and the one for "detecting ... objects" read the generic task from the precise name's own words.
      assert.deepEqual(tasks('We propose a method for clinical named entity recognition.'), ['clinical named entity recognition']);
      assert.deepEqual(tasks('We propose a tagger for biomedical named entity recognition.'), ['biomedical named entity recognition']);
      assert.deepEqual(tasks('We propose a method for few-shot object detection.', 'Prototypes for Detecting Novel Objects'), ['few-shot object detection']);
      // Read from its own words by two rules ("a new object detector", "Detecting Novel Objects"): still its own words.
      assert.deepEqual(tasks('We propose a new object detector for few-shot object detection.', 'Prototypes for Detecting Novel Objects'), ['few-shot object detection']);
      // Called a task in so many words, the generic task stays.
      assert.ok(tasks('Our model is strong on downstream tasks such as named entity recognition and relation extraction. We propose a tagger for clinical named entity recognition.').includes('named entity recognition'));
      // A benchmark or metric read elsewhere is evidence of its own: the generic task stays.
      // (The precise name is then not listed: a task is named once, and the lists are scored by containing names.)
      assert.deepEqual(tasks('We propose a tagger for clinical named entity recognition. It also sets a new state of the art on CoNLL-2003.'), ['named entity recognition']);
      assert.deepEqual(tasks('We propose a detector for few-shot object detection. It reaches 41.2 box AP on COCO.'), ['object detection']);
      // Read from a benchmark by one rule and from its own words by a later one: the benchmark keeps it.
      assert.deepEqual(tasks('We propose a detector for few-shot object detection, trained on Objects365, that detects novel objects.'), ['object detection']);
      // Read from its own words by one rule and from a benchmark by a later one: the benchmark keeps it.
      assert.ok(tasks('We propose a new object detector for few-shot object detection, trained on Objects365.').includes('object detection'));
      // Read from its own words once and from a benchmark after: the benchmark keeps it.
      assert.ok(tasks('We propose a tagger for biomedical named entity recognition. It also sets a new state of the art on CoNLL-2003 named entities.').includes('named entity recognition'));
    });
    it("reads no task of the catalogue's older list that the work only uses as a tool, trains with or draws its data from", () => {
      const cases: [string, string[]][] = [
        ['We propose a decoding method for abstractive summarization. To assess faithfulness, we use a natural language inference model to check each summary sentence.', ['abstractive summarization']],
        ['We propose a method for video captioning that uses an automatic speech recognition engine on the audio track.', ['video captioning']],
        ['We propose a method for clinical coding that runs a sentiment analysis tagger over each note.', []],
        ['We propose a method for sign language translation, using a human pose estimation network on every frame.', ['sign language translation']],
        ['We learn features for semantic segmentation with image inpainting as a pretext task.', ['semantic segmentation']],
        ['We propose a method for semantic segmentation. We pretrain on a corpus originally collected for image captioning.', ['semantic segmentation']],
        ['We propose a speaker model for speaker verification. We run an off-the-shelf speech recognition system on each clip.', ['speaker verification']],
      ];
      for (const [abstract, expected] of cases) assert.deepEqual(tasks(abstract).sort(), expected, abstract);
      // A verb alone makes no tool: what follows it without a tool's noun is still the work's ("using data from ...", "via Vision Transformer and ...").
      assert.deepEqual(tasks('We achieve a log-loss of 0.507 using data from the Time-Series Classification Challenge.'), ['time series classification']);
      assert.deepEqual(tasks('The approach is evaluated on image classification tasks via Vision Transformer and natural language modeling tasks using BERT.').sort(), ['image classification', 'language modeling']);
      // Nor the noun "use": "its use in downstream tasks such as object detection", in either list.
      assert.deepEqual(tasks('We propose SpectNet for image classification. We then investigate its use in downstream tasks such as object detection and instance segmentation on COCO.').sort(),
        ['image classification', 'instance segmentation', 'object detection']);
      assert.deepEqual(tasks('We propose a network for gait recognition and investigate its use in camouflaged object detection.').sort(), ['camouflaged object detection', 'gait recognition']);
      // Up to seven words between the verb and the tool's noun.
      assert.deepEqual(tasks('We propose a method for video captioning that uses a large and slow automatic speech recognition engine on the audio.'), ['video captioning']);
      assert.deepEqual(tasks('We propose a method for video captioning that uses a large and very old automatic speech recognition engine.').sort(), ['automatic speech recognition', 'video captioning']);
      // A tool's noun far after the verb is no tool's: "using ... for eight words ... model".
      assert.deepEqual(tasks('We propose a network for speaker verification using clean speech recognition data that many other groups also share with every model.').sort(), ['speaker verification', 'speech recognition']);
    });
    it("reads no task from a field's standing, what lies outside the work's scope, what it could be extended to, or what it is contrasted with", () => {
      assert.deepEqual(tasks('Self-supervised speech models such as HuBERT have become general-purpose encoders for speech recognition, speaker verification and emotion recognition. We probe which layers of our encoder hold speaker identity for speaker verification.'),
        ['speaker verification']);
      for (const scope of ['are outside the scope of this work', 'are beyond the scope of this paper', 'are outside scope of this study', 'are out of scope']) {
        assert.deepEqual(tasks(`We propose a diffusion policy for robotic manipulation. Locomotion and navigation ${scope}.`), ['robotic manipulation'], scope);
      }
      for (const could of ['could be extended to', 'could also be extended to', 'could easily be extended to', 'could naturally be extended to', 'could potentially be extended to']) {
        assert.deepEqual(tasks(`We propose a token merging method for action recognition. We discuss how the approach ${could} temporal action localization and video object segmentation.`),
          ['action recognition'], could);
      }
      // (A sentence with a result of its own stays.)
      assert.deepEqual(tasks('We propose a token merging method for action recognition, which could be extended to video object segmentation, where it gains 2.1 J&F.').sort(),
        ['action recognition', 'video object segmentation']);
      // Nor is a task implied by what is named in an application list.
      assert.deepEqual(tasks('In real applications such as retail demand forecasting, data drift over time. We propose a benchmark of tabular datasets.'), []);
      for (const contrast of ['Compared with', 'Compared to', 'In contrast to', 'In contrast with', 'As opposed to', 'compared with']) {
        assert.deepEqual(tasks(`We study reports. ${contrast} generic image captioning, radiology report generation must describe many normal findings. We propose RadMem for radiology report generation.`),
          ['radiology report generation'], contrast);
      }
      // Models of the task compared with are of the work's own task.
      for (const kind of ['models', 'methods', 'systems', 'approaches', 'networks', 'baselines']) {
        assert.deepEqual(tasks(`Compared with autoregressive text-to-speech ${kind}, ours is 40x faster at inference.`), ['text-to-speech'], kind);
      }
      // Inside a sentence, a comparison does not take the work's own task or benchmark away.
      assert.deepEqual(summarize({ title: 'X', abstract: 'Our model improves top-1 accuracy by 2% compared with ResNet on ImageNet classification.' }).modalities, ['vision']);
      assert.deepEqual(tasks('Our model improves top-1 accuracy by 2% compared with ResNet on ImageNet classification.'), ['image classification']);
      assert.deepEqual(tasks('Our model is two points better compared with the baseline on speaker verification.'), ['speaker verification']);
    });
    it("keeps the work's own task and data beside the phrases these rules skip (a review's cases)", () => {
      const read = (abstract: string) => summarize({ title: 'T', abstract });
      const cases: [string, 'tasks' | 'modalities', string[]][] = [
        ['We propose a new loss. Our method achieves state-of-the-art results in applications including speech enhancement and speech separation.', 'tasks', ['speech enhancement', 'speech separation']],
        ['We demonstrate the effectiveness of our method in applications such as image super-resolution and image inpainting.', 'tasks', ['image inpainting', 'image super-resolution']],
        ['We present an application to medical image segmentation.', 'tasks', ['medical image segmentation']],
        ['We propose a self-supervised model for speaker verification that could also be extended to speaker diarization.', 'tasks', ['speaker verification']],
        ['We introduce SpeechBench, a large-scale benchmark for future research on speech emotion recognition.', 'tasks', ['speech emotion recognition']],
        ['We propose a model for video object segmentation that handles long videos beyond the scope of current memory budgets.', 'tasks', ['video object segmentation']],
        ['We address two open problems in few-shot object detection and improve AP by 3.2 on COCO.', 'tasks', ['few-shot object detection']],
        ['We propose a streaming encoder. Compared with Whisper on speech recognition, our encoder is 3x faster.', 'tasks', ['speech recognition']],
        ['We propose a new translation model; compared with the transformer on machine translation, it is 2x faster.', 'tasks', ['machine translation']],
        ['We use contrastive pretraining to train a speaker verification model on noisy data.', 'tasks', ['speaker verification']],
        ['We apply knowledge distillation to compress object detection networks.', 'tasks', ['object detection']],
        ['We formulate the problem as a node classification task on a heterogeneous graph.', 'tasks', ['node classification']],
        ['We view our model as a step toward open-vocabulary object detection tasks.', 'tasks', ['open-vocabulary object detection']],
        ['Unlike other methods, our approach does not handle video super-resolution. We propose a model for image super-resolution.', 'tasks', ['image super-resolution']],
        ['We probe the gender bias found in large language models and propose a debiasing objective.', 'modalities', ['language']],
        ['We study memorization in code language models and find that 12% of outputs are verbatim copies.', 'modalities', ['code']],
      ];
      for (const [abstract, field, expected] of cases) assert.deepEqual([...read(abstract)[field]].sort(), expected, abstract);
      // A title that sets language models against another family names none it proposes.
      for (const title of ['Graph Neural Networks Outperform Language Models on Molecules', 'Do We Need Language Models for Time Series Forecasting?', 'Kernel Methods Versus Language Models']) {
        assert.ok(!summarize({ title, abstract: 'We run experiments.' }).family.includes('transformer'), title);
      }
      // Points sampled are no result.
      assert.deepEqual(summarize({ title: 'T', abstract: 'Our network samples 1024 and 2048 points from each shape and reaches 93.1% accuracy.' }).results.map((result) => result.value).sort(), ['2048', '93.1%'].sort());
    });
    it('reads no task in what a work casts its own task as', () => {
      assert.deepEqual(tasks('We reformulate named entity recognition as a machine reading comprehension problem: our model answers a query for each entity type.'), ['named entity recognition']);
      assert.deepEqual(tasks('We cast multi-agent motion forecasting as a language modeling task over discrete motion tokens.'), ['motion forecasting']);
      for (const verb of ['cast', 'casts', 'recast', 'recasts', 'formulate', 'formulates', 'reformulate', 'reformulates', 'frame', 'frames', 'treat', 'treats', 'view', 'views', 'pose', 'poses']) {
        assert.deepEqual(tasks(`Our method ${verb} speaker verification as a text classification task.`), ['speaker verification'], verb);
      }
      assert.deepEqual(tasks('We treat image captioning as an open question answering problem.'), ['image captioning']);
      // The field's list likewise.
      assert.deepEqual(tasks('Our model casts gait recognition as a polyp segmentation problem.'), ['gait recognition']);
      // Only after such a verb: "It is a question answering model" is the work's.
      assert.deepEqual(tasks('We propose a model for image captioning. It also serves as a question answering model.').sort(), ['image captioning', 'question answering']);
    });
    it("reads no task of the catalogue's older list in what the work sets itself apart from or borrows from", () => {
      assert.deepEqual(tasks('Unlike prior work on object detection, we propose a model for image captioning.'), ['image captioning']);
      assert.deepEqual(tasks('Following the success of language modeling, we propose a model for image captioning.'), ['image captioning']);
      assert.deepEqual(tasks('Analogous to neural machine translation, our model for speaker verification maps voices to embeddings.'), ['speaker verification']);
      assert.deepEqual(tasks('Akin to machine translation, our model for speaker verification maps voices to embeddings.'), ['speaker verification']);
      // The borrowed clause ends where the work's own begins, comma or not.
      assert.deepEqual(tasks('Inspired by region proposal networks in object detection we introduce a network for protein function prediction.'), ['protein function prediction']);
      assert.deepEqual(tasks('Inspired by region proposal networks in object detection our network performs protein function prediction.'), ['protein function prediction']);
      assert.deepEqual(tasks('Inspired by region proposal networks in object detection this paper performs protein function prediction.'), ['protein function prediction']);
    });
    it('reads no task in the open problems or future work a work names, nor in what its field is applied to', () => {
      assert.deepEqual(tasks('We propose a point transformer for semantic segmentation of outdoor scans. Its latency limits their applications in real-time tasks such as autonomous driving and robot navigation.'),
        ['semantic segmentation']);
      assert.deepEqual(tasks('Speech enhancement supports downstream applications from hearing aids to speech recognition. We propose a network for speech enhancement.'), ['speech enhancement']);
      assert.deepEqual(tasks('We propose a network for speech enhancement. We leave speech recognition to future work.'), ['speech enhancement']);
      assert.deepEqual(tasks('Speech enhancement supports applications ranging from hearing aids to speech recognition. We propose a network for speech enhancement.'), ['speech enhancement']);
      assert.deepEqual(tasks('This survey maps state space models. We review applications to language modeling and time series forecasting. We close with open questions on in-context learning and state tracking.', 'A Survey of State Space Models').sort(),
        ['language modeling', 'time series forecasting']);
      // A sentence that leaves it to future work, and a task the work says it does not address.
      assert.deepEqual(tasks('We propose a click-based model for interactive segmentation. Extending our approach to video object segmentation is left to future work.'), ['interactive segmentation']);
      assert.deepEqual(tasks('We propose a network for speech enhancement. Applying it to speech recognition is left for future research.'), ['speech enhancement']);
      assert.deepEqual(tasks('We propose a network for speech enhancement that reaches 3.1 PESQ on VoiceBank, and we leave speech recognition to future work.'), ['speech enhancement']);
      assert.deepEqual(tasks('We propose an energy-based score for out-of-distribution detection. Our work does not address anomaly detection in general; we focus on semantic shifts.'),
        ['out-of-distribution detection']);
      for (const verb of ['handle', 'address', 'tackle', 'cover']) {
        assert.deepEqual(tasks(`We propose a network for speech enhancement but do not ${verb} speech recognition, which other work studies.`), ['speech enhancement'], verb);
      }
      // What earlier work left for later, or does not address, is often the work's own (look-alikes the review wrote).
      assert.deepEqual(tasks('Earlier studies left code-switched speech recognition to future work. We tackle it directly with a transducer.'), ['speech recognition']);
      assert.deepEqual(tasks('Code-switched speech recognition was left to future work by past studies. We tackle it directly with a transducer.'), ['speech recognition']);
      assert.deepEqual(tasks('We propose a click-based model for interactive segmentation. Extending it to video object segmentation was left to future work.'), ['interactive segmentation']);
      assert.deepEqual(tasks('Depth estimation was left to future work by prior panoptic methods. Our model handles it.'), ['depth estimation']);
      for (const others of ['existing', 'prior', 'previous', 'current', 'earlier', 'other', 'most', 'conventional', 'traditional', 'standard']) {
        assert.deepEqual(tasks(`We propose a network for speech enhancement, where ${others} systems do not address speech recognition; our network handles both.`).sort(),
          ['speech enhancement', 'speech recognition'], others);
      }
      // The field's list likewise.
      assert.deepEqual(tasks('Our model handles gait recognition, and future directions include polyp segmentation.'), ['gait recognition']);
      assert.deepEqual(tasks('Our model handles gait recognition but does not address polyp segmentation.'), ['gait recognition']);
      // What it does address instead stays.
      assert.deepEqual(tasks('Our score does not address anomaly detection but out-of-distribution detection.'), ['out-of-distribution detection']);
      // Applications a work shows, or has, are its tasks; and a title names the work's own.
      for (const verb of ['review', 'demonstrate', 'show', 'explore', 'present', 'discuss', 'illustrate', 'survey']) {
        assert.deepEqual(tasks(`We propose a graph network. We ${verb} its applications to drug discovery.`), ['drug discovery'], verb);
      }
      assert.deepEqual(tasks('We propose a graph network, with applications to drug discovery.'), ['drug discovery']);
      assert.deepEqual(tasks('We propose a graph network, with potential applications in drug discovery.'), ['drug discovery']);
      assert.deepEqual(tasks('We propose a network.', 'Transformers and Their Applications in Medical Image Segmentation'), ['medical image segmentation']);
    });
    it('finds none in a sentence that is not about the work, or in what the work sets itself apart from', () => {
      assert.deepEqual(tasks('Gait recognition identifies people by how they walk. We propose a lightweight network.'), []);
      assert.deepEqual(tasks('Unlike networks for gait recognition, our model reads faces and voices together.'), []);
      assert.deepEqual(tasks('Inspired by gait recognition, we propose a network that reads how robots move.'), []);
      assert.deepEqual(tasks('Our model reads faces and voices together and outperforms networks for gait recognition.'), []);
    });
    it('reads no task the work only uses, trains with, leaves aside or draws its data from (look-alikes a review wrote)', () => {
      const cases: [string, string[], string[]][] = [
        ['We propose a retrieval-augmented code generation model. Our model retrieves relevant API documentation via dense retrieval and conditions the decoder on the retrieved snippets.', ['code generation'], ['dense retrieval']],
        ['We present a modular agent for object goal navigation. Our agent builds a semantic map and then uses a classical path planning module to reach the goal.', ['object goal navigation'], ['path planning']],
        ['We propose an end-to-end streaming speech recognition model for long-form audio. Our model eliminates the need for a separate voice activity detection module by predicting end-of-segment tokens.', ['speech recognition'], ['voice activity detection']],
        ['We propose a lightweight transformer for image super-resolution. Our method does not handle video super-resolution, where temporal consistency matters.', ['image super-resolution'], ['video super-resolution']],
        ['We use surface normal estimation as an auxiliary task to regularize monocular depth estimation in indoor scenes.', ['monocular depth estimation'], ['surface normal estimation']],
        ['We learn scene flow estimation from raw LiDAR sweeps. We train on Argoverse, which was originally collected for 3D object tracking and motion forecasting.', ['scene flow estimation'], ['motion forecasting']],
        ['We propose a propagation-aware model for fake news detection. We build user engagement graphs from the click logs of a large news recommendation platform.', ['fake news detection'], ['news recommendation']],
        ['Our network learns surface normal estimation as an auxiliary task that regularizes monocular depth estimation.', ['monocular depth estimation'], ['surface normal estimation']],
        ['We present an agent for automated bug fixing for program repair. Our agent first runs a test case generation step to reproduce the bug.', ['program repair'], ['test case generation']],
        ['Our pose tracker for gait recognition relies on facial landmark detection in every frame.', ['gait recognition'], ['facial landmark detection']],
        ['Motivated by masked image modeling and image colorization, we propose a pretraining scheme for gait recognition.', ['gait recognition'], ['image colorization']],
        ['Our model for gait recognition applies shadow removal and reflection removal to every frame first.', ['gait recognition'], ['shadow removal']],
        ['We propose a network for gait recognition. We leave video instance segmentation to future work.', ['gait recognition'], ['video instance segmentation']],
        ...['off-the-shelf', 'pretrained', 'existing', 'separate', 'external', 'classical', 'standard'].map((adjective): [string, string[], string[]] =>
          [`Our method for gait recognition crops people with a ${adjective} camouflaged object detection model.`, ['gait recognition'], ['camouflaged object detection']]),
        ...['uses', 'used', 'using', 'applies', 'relies on', 'runs', 'removes the need for', 'leaves out', 'does not handle'].map((verb): [string, string[], string[]] =>
          [`Our model for gait recognition ${verb} facial landmark detection in every frame.`, ['gait recognition'], ['facial landmark detection']]),
        ...['system', 'module', 'step', 'operator', 'platform', 'tool', 'component', 'stage'].map((noun): [string, string[], string[]] =>
          [`Our method for gait recognition crops people with a pretrained camouflaged object detection ${noun}.`, ['gait recognition'], ['camouflaged object detection']]),
        ...['designed', 'built', 'created'].map((verb): [string, string[], string[]] =>
          [`We learn scene flow estimation on a dataset ${verb} for motion forecasting.`, ['scene flow estimation'], ['motion forecasting']]),
        ...['pretext', 'proxy', 'surrogate'].map((kind): [string, string[], string[]] =>
          [`Our network learns image colorization as a ${kind} task for gait recognition.`, ['gait recognition'], ['image colorization']]),
        // What follows a tool is the work's again: its purpose, where it is used, what it is used as, what it does.
        ['Our model for gait recognition uses facial landmark detection', ['gait recognition'], ['facial landmark detection']],
        ...['for', 'to improve', 'in', 'on', 'that helps', 'which helps'].map((joint): [string, string[], string[]] =>
          [`We use facial landmark detection ${joint} gait recognition.`, ['gait recognition'], ['facial landmark detection']]),
        // (A task of the catalogue's own list is read by its own rules: masked language modeling is how an encoder is trained.)
        ['We continue pretraining BERT with masked language modeling on 2M clinical notes and fine-tune it for clinical named entity recognition.', ['clinical named entity recognition'], ['language modeling']],
      ];
      for (const [abstract, includes, excludes] of cases) {
        const found = tasks(abstract);
        for (const task of includes) assert.ok(found.includes(task), `${abstract}: ${JSON.stringify(found)} lacks ${task}`);
        for (const task of excludes) assert.ok(!found.includes(task), `${abstract}: ${JSON.stringify(found)} has ${task}`);
      }
    });
    it('knows more of the field\'s benchmarks by name, the longer name before the shorter it holds', () => {
      const names = ['ImageNetV2', 'tieredImageNet', 'Tiny ImageNet', 'Stanford-Cars', 'COCO-Stuff', 'COCO Captions', 'Pascal-Context', 'Labeled Faces in the Wild',
        'AffectNet', 'MPII Human Pose', 'Sintel', 'ScanNetV2', 'Argoverse 2', 'ETH/UCY', 'LSUN Bedroom', 'ActivityNet v1.3', 'Moving MNIST', 'VQA 2.0',
        'Flickr30K Entities', 'nocaps', 'IIIT5K', 'Medical Segmentation Decathlon', 'ZINC-250k', 'Open Graph Benchmark', 'Amazon-Book', 'Amazon-Beauty',
        'Gowalla', 'Yoochoose', 'STS Benchmark', 'BIG-Bench Hard', 'CNN/DM', 'Persona-Chat', 'Wizard of Wikipedia', 'HumanEval+', 'MBPP+',
        'SWE-bench Verified', 'Devign', 'Lip Reading in the Wild', 'Clotho', 'Room-to-Room', 'Office-Home', 'DomainNet'];
      for (const name of names) assert.deepEqual(summarize({ title: 'X', abstract: `We evaluate our model on ${name}.` }).datasets, [name], name);
      // A variant keeps what its shorter name gives: the kind of data, the task.
      const read = (name: string) => {
        const summary = summarize({ title: 'X', abstract: `We evaluate our model on ${name}.` });
        return { modalities: summary.modalities, tasks: summary.tasks };
      };
      assert.deepEqual(read('LSUN Bedroom'), { modalities: ['vision'], tasks: [] });
      assert.deepEqual(read('SWE-bench Verified'), { modalities: ['code'], tasks: [] });
      assert.deepEqual(read('HumanEval+'), { modalities: ['code'], tasks: ['code generation'] });
      assert.deepEqual(read('ScanNet v2'), { modalities: ['point-cloud'], tasks: ['semantic segmentation'] });
      assert.deepEqual(read('MPII Human Pose'), { modalities: ['vision'], tasks: ['pose estimation'] });
      assert.deepEqual(read('Stanford-Cars').modalities, ['vision']);
      assert.deepEqual(read('CNN/DM').modalities, ['language']);
      assert.deepEqual(read('VQA 2.0'), { modalities: ['vision', 'language', 'multimodal'], tasks: ['visual question answering'] });
    });
    it('reads no learning setting as a task ("out-of-domain generalization", "unsupervised domain adaptation")', () => {
      assert.deepEqual(tasks('Our experts improve in-domain and out-of-domain generalization.'), []);
      assert.deepEqual(tasks('We apply our regularizer in unsupervised domain adaptation.'), []);
      assert.deepEqual(tasks('We train our agent with safe reinforcement learning.'), []);
    });
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
