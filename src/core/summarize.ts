/**
 * Reads an architecture summary out of a paper's title and abstract with
 * rules: what kind of paper it is, the proposed model's name, its family,
 * modalities, tasks, datasets, headline results and stated complexity.
 * Precision over recall: a field is filled only where the text says so.
 * Pure and fast (no allocation-heavy parsing), so it can run over thousands
 * of library entries as well as over the catalogue at build time.
 */
import { shortNameOf } from './titleParts';
import type { Summary } from './paper';

export const KINDS = ['architecture', 'method', 'analysis', 'survey', 'benchmark'] as const;
export const FAMILIES = ['transformer', 'vision-transformer', 'ssm', 'mlp', 'cnn', 'rnn', 'kan', 'spiking', 'graph-transformer', 'diffusion', 'moe', 'hybrid'] as const;
export const MODALITIES = ['vision', 'language', 'speech', 'audio', 'video', 'graph', 'time-series', 'tabular', 'multimodal', 'hyperspectral', 'point-cloud', 'code', 'biology', 'recommendation', 'quantum', 'other'] as const;

export interface SummaryInput {
  title: string;
  /** Cleaned abstract (LaTeX debris removed). */
  abstract: string;
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z(])/);
const count = (text: string, pattern: RegExp): number => (text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)) ?? []).length;

// ---------------------------------------------------------------- kind

const SURVEY_TITLE = /\b(survey|review|overview)\b/i;
const SURVEY_ABSTRACT = /\b(this|our|we present a|a comprehensive|a systematic)\s+(survey|review)\b|\bwe (survey|systematically review)\b|\bwe review (the literature|existing|recent|advances)/i;
const BENCHMARK_TITLE = /\b(benchmark(ing)?|dataset|corpus|arena)\b/i;
const BENCHMARK_ABSTRACT = /\b(we|this paper|this study) (introduce|present|propose|release|develop)s?\b[^.]{0,60}\b(benchmark|dataset|corpus)\b(?![^.]{0,40}\b(and|with) (a|an|our)\b)/i;
const FRAMEWORK_EVALUATION = /\bframework\b[^.]*\.[^]*\b(extensive|systematic) evaluation of (various|different|common|existing)\b/i;
const ANALYSIS_TITLE = /^(on|understanding|what|why|how|does|do|can|is|are|when|towards understanding|a study|theory|analysis|dissecting|revisiting|rethinking|exploring|investigating|unveiling|demystifying)\b|\?|\btheorem\b|\b(as|are) (support vector machines|dynamic self-ensembles)\b|\bexpressive power\b|\bcomputational limits\b|\binsights?\b|\bnot yet perfect\b/i;
const ANALYSIS_ABSTRACT = /\b(we (prove|characterize|establish|analy[sz]e|investigate|examine|study|challenge|question|hypothesi[sz]e)|theoretical (result|analysis|understanding|insight)|in-depth analysis|empirical (study|analysis)|comprehensive analytical|analytical foundation|our (analysis|findings)|hypothesis|the tests have shown|we uncover|understand the root cause)\b/gi;
const METHOD_CUES = /\b(distillation|pruning|prune|quantiz\w+|compression|compress\w*|accelerat\w+|speed-?up|training-free|memory-saving|kv cache|neural architecture search|fine-tuning|finetuning|unlearning|continual learning|model editing|low-rank adaptation|lora|kernel|throughput|latency|padding-free|offloading|parallelism|factori[sz]ation|inference (cost|speed|acceleration)|high-performance|fused|redundant computations|gradient accumulation|memory stalls|training speed)\b/gi;
const METHOD_PROPOSAL = /\b(propose|present|introduce|design)\w*\b[^.]{0,80}\b(method|technique|framework|algorithm|strategy|scheme|approach|pipeline|criteria|factorizer)\b/i;
const ARCHITECTURE_PROPOSAL = /\b(propose|present|introduce|design|develop|build|construct)\w*\b[^.]{0,100}\b(architecture|network|model|backbone|transformer|block|module|structure|layer|attention|family of)\b/i;

function kindOf(title: string, abstract: string, hasName: boolean): Summary['kind'] {
  if (SURVEY_TITLE.test(title) || SURVEY_ABSTRACT.test(abstract)) return 'survey';
  if (BENCHMARK_TITLE.test(title) && (BENCHMARK_ABSTRACT.test(abstract) || /\b(benchmark|dataset)\b/i.test(title.split(':')[1] ?? title))) return 'benchmark';
  if (FRAMEWORK_EVALUATION.test(abstract)) return 'benchmark';
  const titleRest = title.includes(':') ? title.slice(title.indexOf(':') + 1).trim() : '';
  const analysis = (ANALYSIS_TITLE.test(title) || ANALYSIS_TITLE.test(titleRest) ? 2 : 0) + count(abstract, ANALYSIS_ABSTRACT);
  const method = count(`${title} ${abstract}`, METHOD_CUES) + (METHOD_PROPOSAL.test(abstract) ? 1 : 0);
  const architecture = (ARCHITECTURE_PROPOSAL.test(abstract) ? 2 : 0) + (hasName ? 1 : 0);
  if (analysis >= 3 && analysis > architecture) return 'analysis';
  if (method >= 3 && method > architecture) return 'method';
  if (architecture === 0 && analysis >= 2) return 'analysis';
  return 'architecture';
}

// ---------------------------------------------------------------- name

/** A token that reads as a model name: SReT, T2T-ViT, LookupViT, Mamba-YOLO, Δ-DiT, transNormer, GMAN. */
const NAME_TOKEN = /^(?:[A-ZΔ][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[a-z]+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)$/;
const NOT_NAMES = new Set(['A', 'An', 'The', 'We', 'Our', 'This', 'In', 'It', 'Transformer', 'Transformers', 'Deep', 'Neural', 'Network', 'Networks',
  'CNN', 'CNNs', 'RNN', 'RNNs', 'LSTM', 'MLP', 'MLPs', 'NLP', 'CV', 'SOTA', 'LLM', 'LLMs', 'GPU', 'GPUs', 'CPU', 'ViT', 'ViTs', 'SSM', 'SSMs', 'MoE',
  'BERT', 'GPT', 'AI', 'ML', 'DL', 'KAN', 'KANs', 'DiT', 'FFN', 'MHSA', 'MHA', 'ImageNet', 'COCO', 'Vision', 'Language', 'Large', 'Efficient', 'Code',
  // Names of fields and tasks, not of models.
  'ASR', 'NER', 'NLU', 'NLG', 'OCR', 'CTR', 'NAS', 'KD', 'SSL', 'RL', 'GNN', 'GNNs', 'MPNN', 'MPNNs', 'VLM', 'VLMs', 'VQA', 'QA', 'KV', 'LoRA', 'PEFT', 'SFT', 'RLHF', 'HTD', 'HGR', 'TTS', 'MT']);

/**
 * A token that reads as a model's name. A plain capitalised word (Mamba, Informer) only
 * counts where the title puts it before a colon (`loose`); in running text it is just a word.
 */
function isNameToken(token: string, loose = false): boolean {
  if (!NAME_TOKEN.test(token) || NOT_NAMES.has(token)) return false;
  const letters = token.replace(/[^A-Za-z]/g, '');
  const internalCapital = /[A-Z]/.test(token.split('-')[0].slice(1)) || /^[a-z]+[A-Z]/.test(token) || token.split('-').slice(1).some((part) => /[A-Z0-9]/.test(part));
  return internalCapital || /\d/.test(token) || /(former|net|vit|gpt|bert)$/i.test(token) || (loose && letters.length >= 3 && /^[A-Z][a-z]+(-[a-z]+)*$/.test(token));
}

const fold = (text: string): string => text.toLowerCase().replace(/[\s\-_]+/g, '');

/** The title's short name when it looks like a model's name: one name-like token, or capitalised words. */
function titleShortName(title: string): string | null {
  const head = shortNameOf(title, { dash: true });
  if (!head) return null;
  const words = head.split(/\s+/);
  if (words.length === 1) return isNameToken(head, true) ? head : null;
  return words.every((word) => /^[A-Z0-9Δ]/.test(word)) ? head : null;
}

/** Where the abstract spells the title's short name (maybe with other hyphens or case), that spelling. */
function spelledInAbstract(name: string, abstract: string): string | null {
  const target = fold(name);
  for (const match of abstract.matchAll(/[A-Za-zΔ0-9][A-Za-zΔ0-9-]*(?:\s+[A-Za-zΔ0-9][A-Za-zΔ0-9-]*){0,3}/g)) {
    const words = match[0].split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= words.length; end++) {
        const candidate = words.slice(start, end).join(' ');
        if (fold(candidate) === target) return candidate;
      }
    }
  }
  return null;
}

const PROPOSAL_VERBS = '(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|call(?:ed)?|name[sd]?|term(?:ed)?(?: as)?|dub(?:bed)?|refer(?:red)? to [^.]{0,60}? as)';

function nameFromAbstract(abstract: string): string | null {
  const candidates = new Map<string, number>();
  const add = (token: string, weight: number): void => {
    const clean = token.replace(/[.,;:)]+$/, '');
    if (isNameToken(clean)) candidates.set(clean, (candidates.get(clean) ?? 0) + weight);
  };
  // "called X", "named X", "we propose X", "termed as X", "model, X,"
  for (const match of abstract.matchAll(new RegExp(`\\b${PROPOSAL_VERBS}\\s+(?:(?:a|an|the|our|new|novel|this)\\s+)?([A-Za-zΔ][\\w\\-]*)`, 'g'))) add(match[1], 3);
  for (const match of abstract.matchAll(new RegExp(`\\b${PROPOSAL_VERBS}\\b[^.]{0,120}?\\b(?:model|architecture|structure|network|framework|method|technique|benchmark|dataset|family|transformer|approach)\\s*(?:,|called|named|termed(?: as)?|dubbed)\\s+([A-Za-zΔ][\\w\\-]*)`, 'gi'))) add(match[1], 3);
  for (const match of abstract.matchAll(/\b(?:our|the) (?:new |novel |proposed )?(?:\w+ ){0,3}(?:model|architecture|method),\s+([A-Za-zΔ][\w-]*),/g)) add(match[1], 3);
  // "Some Long Name (ACRONYM)" inside a proposal sentence.
  for (const sentence of sentencesOf(abstract)) {
    if (!new RegExp(`\\b${PROPOSAL_VERBS}\\b|\\bour (model|method)\\b`, 'i').test(sentence)) continue;
    for (const match of sentence.matchAll(/[A-Z][\w-]*(?:\s+[\w-]+){0,6}\s+\(([A-Za-z][\w-]*[A-Z0-9][\w-]*)\)/g)) add(match[1], 4);
  }
  // "... doubly stochastic Transformer (QDSFormer)": a parenthesised name shaped like a model's.
  for (const match of abstract.matchAll(/\(([A-Za-z][\w-]*(?:former|Former|Net|ViT|GPT|BERT|DETR))\)/g)) add(match[1], 2);
  let best: string | null = null;
  let bestScore = 0;
  for (const [token, weight] of candidates) {
    const score = weight + count(abstract, new RegExp(`(?<![\\w-])${token.replace(/[-]/g, '\\-')}(?![\\w-])`)) ;
    if (score > bestScore) {
      best = token;
      bestScore = score;
    }
  }
  return best;
}

function nameOf(title: string, abstract: string): { name: string | null; fromTitle: boolean } {
  const fromTitle = nameFromTitle(title, abstract);
  if (fromTitle) return { name: fromTitle, fromTitle: true };
  return { name: nameFromAbstract(abstract), fromTitle: false };
}

function nameFromTitle(title: string, abstract: string): string | null {
  const short = titleShortName(title);
  if (short) {
    const spelled = spelledInAbstract(short, abstract);
    // A name of several words is written as one: every word capitalised ("Ladder Residual", not "pooling and attention").
    if (spelled && (!spelled.includes(' ') || spelled.split(/\s+/).every((word) => /^[A-Z0-9Δ]/.test(word)))) {
      // "Kolmogorov-Arnold Attention (KArAt)": the acronym is the name people use.
      const acronym = new RegExp(`${spelled.replace(/[-]/g, '\\-')}\\s+\\(([A-Za-z][\\w-]*[A-Z][\\w-]*)\\)`).exec(abstract);
      return acronym ? acronym[1] : spelled;
    }
    if (!short.includes(' ') && isNameToken(short, true)) return short;
  }
  const fromTitleStart = /^([A-Za-z][\w-]*[A-Z0-9][\w-]*)\b/.exec(title);
  if (fromTitleStart && isNameToken(fromTitleStart[1]) && new RegExp(`\\b${fromTitleStart[1]}\\b`).test(abstract) && !nameFromAbstract(abstract)) return fromTitleStart[1];
  return null;
}

// ---------------------------------------------------------------- family

function familiesOf(title: string, abstract: string): string[] {
  const all = `${title}. ${abstract}`;
  const families = new Set<string>();
  const ssm = /state[- ]space|\bSSMs?\b|\bMamba\d?\b|\bS4\b|\bSSD\b/i.test(all);
  const titleTransformer = /transformer|former\b|\bvit\b|\bdit\b|\bbert\b|\bgpt\b|attention|\bllms?\b/i.test(title);
  if (ssm) families.add('ssm');
  if (titleTransformer || (!ssm && (count(abstract, /\btransformers?\b|self-attention/i) >= 2 || /\b(large language models?|LLMs?)\b/.test(abstract)))) families.add('transformer');
  if (/\bvision transformers?\b|(?<![A-Za-z])ViTs?(?![a-z])|-ViT\b|ViT\b|\bSwin\b/.test(all)) families.add('vision-transformer');
  if (/\bMLP\b/.test(title) || /\bMLP-based (?:architecture|building block)|\bEmbedding&MLP\b|\bbased on MLPs\b|\ball-MLP\b/.test(abstract)
    || /\b(?:span|across|including|such as)\b[^.]{0,60}\b(?:multi-layer perceptron|MLP)s?\b[^.]{0,40}\barchitectures\b/i.test(abstract)) families.add('mlp');
  if (/\b(CNN|convolutional neural network)s?\b|\bconvolution/i.test(title) && !titleTransformer
    || /\b(?:span|across|including|such as|variety of)\b[^.]{0,40}\b(?:convolutional neural network|CNN)s?\b[^.]{0,60}\barchitectures\b|\bconvolutional architectures\b/i.test(abstract)) families.add('cnn');
  if (/\b(RNN|recurrent|LSTM|GRU|Legendre Memory)\b/i.test(title) || /\brecurrent (?:model|network)s?\b[^.]{0,40}\b(?:retaining|its sequential)/i.test(abstract)) families.add('rnn');
  if (/Kolmogorov[- ]Arnold|\bKANs?\b|\bKAT\b/.test(all)) families.add('kan');
  if (/\bspiking\b|\bSNNs?\b|neuromorphic/i.test(all)) families.add('spiking');
  if (/\bgraph transformers?\b|\bgraph multi-attention\b|\bgraph attention network|\bGNN-integrated transformer|transformer[^.]{0,40}\b(?:dynamic|arbitrary) graphs\b|\bgraphs?\b[^.]{0,12}\btransformers?\b/i.test(all)) families.add('graph-transformer');
  if (/\bdiffusion (?:models?|transformers?)\b|\bDiT\b|\bMMDiT\b|\bdenoising diffusion\b/i.test(all)) families.add('diffusion');
  if (/mixture[- ]of[- ](?:experts|transformers)|\bMoE\b/i.test(all)) families.add('moe');
  if ((/\bhybrid\b/i.test(all) && !/\bhybrid classical-quantum\b/i.test(all)) || /\bconvolution-augmented\b/i.test(all)) families.add('hybrid');
  return FAMILIES.filter((family) => families.has(family));
}

// ---------------------------------------------------------------- modality

interface ModalityRule {
  modality: string;
  /** One sentence about the paper's own work with this is enough. */
  strong: RegExp;
  /** Needs two such sentences (one in a survey). */
  mention?: RegExp;
  /** Look-alikes that are not this modality ("protein language model"). */
  not?: RegExp;
  /** How a survey's list of domains names it ("NLP, Computer Vision, ..."). */
  domain?: RegExp;
}

const MODALITY_RULES: ModalityRule[] = [
  { modality: 'vision', strong: /\b(image (?:classification|recognition|processing|generation|captioning)|object detection|semantic segmentation|panoptic segmentation|ImageNet|CIFAR|MNIST|ADE20K|Cityscapes|COCO|vision tasks|visual recognition|text-to-image|object recognition|X-ray images|scanned|computer vision benchmarks|CV benchmarks)\b|\bvision transformers?\b|(?<![A-Za-z])ViTs?\b/i, mention: /\b(images?|visual|pixels?)\b/, domain: /\b(vision|CV)\b/i },
  { modality: 'language', strong: /\b(language model(?:ing)|natural language understanding|text classification|machine translation|NLP tasks|question answering|text-only LLMs)\b/i, mention: /\b(LLMs?|large language models?|LLaMA|OPT|BERT)\b/, domain: /\b(NLP|natural language|language)\b/i, not: /\b(protein language|visual large language|chemical language|commonly used in)\b/i },
  { modality: 'speech', strong: /\bspeech\b|\bASR\b/i },
  { modality: 'audio', strong: /\baudio\b|\bmusic\b|\bsong\b/i },
  { modality: 'video', strong: /\bvideos?\b|\baction recognition\b|\bKinetics/i },
  { modality: 'graph', strong: /\bgraphs\b|\bgraph (?:topology|connectivity|benchmark|data)\b|\bdynamic graphs?\b|\bnode features\b/i },
  { modality: 'time-series', strong: /\btime[- ]series\b|\bforecasting\b|\btraffic (?:prediction|conditions)\b/i },
  { modality: 'tabular', strong: /\btabular\b/i },
  { modality: 'multimodal', strong: /\bmulti-?modal(?:ity)? (?:foundation models|systems|AI|learning|inputs|transformers|dataset|ECG|diffusion)\b|\bvision-language\b|\btext-and-image\b|\bMulti-Modality\b|\bmulti-modal \(/i },
  { modality: 'hyperspectral', strong: /\bhyperspectral\b/i },
  { modality: 'point-cloud', strong: /\bpoint clouds?\b/i },
  { modality: 'code', strong: /\bcode (?:retrieval|search|generation|snippets|fragments|structure)\b|\bprogramming languages?\b/i },
  { modality: 'biology', strong: /\bprotein|\bgenom\w*|\bDNA\b|\bmolecul\w*|\bdrug\b|\bbioinformatics\b|\bcells?\b/i },
  { modality: 'recommendation', strong: /\brecommend\w*|\bclick-through\b|\bCTR\b|\bonline (?:display )?advertising\b/i },
  { modality: 'quantum', strong: /\bquantum\b/i },
  { modality: 'other', strong: /\bintrusion detection\b|\bnetwork traffic\b|\belectromyogra\w*|\bsEMG\b/i },
];

const BACKGROUND = /\b(have been applied|has been applied|achieved success|revolution\w*|de facto|established|popular|widely used|commonly used|success(?:ful)? (?:in|across)|historically|crucial area|e\.g\.|s\.a\.|such as chemistry)\b/i;

function ownSentences(abstract: string): string[] {
  return sentencesOf(abstract).filter((sentence) => !BACKGROUND.test(sentence));
}

function modalitiesOf(title: string, abstract: string, survey: boolean): string[] {
  const found: string[] = [];
  const sentences = ownSentences(abstract);
  for (const rule of MODALITY_RULES) {
    const clean = (text: string): string => (rule.not ? text.replace(new RegExp(rule.not.source, 'gi'), ' ') : text);
    const strongIn = (text: string): boolean => rule.strong.test(clean(text));
    const mentions = rule.mention ? sentences.filter((sentence) => rule.mention!.test(clean(sentence))).length : 0;
    // A survey lists its domains: "applications across domains such as vision, video, audio".
    const listed = survey && sentences.some((sentence) => /\b(domains?|applications?|namely)\b/i.test(sentence)
      && (rule.domain ?? rule.mention ?? rule.strong).test(clean(sentence)));
    if (strongIn(title) || sentences.some(strongIn) || mentions >= 2 || listed || (rule.mention?.test(clean(title)) ?? false)) found.push(rule.modality);
  }
  return MODALITIES.filter((modality) => found.includes(modality));
}

// ---------------------------------------------------------------- tasks

const TASKS = [
  'image classification', 'video classification', 'image captioning', 'object detection', 'point object detection', 'hyperspectral target detection',
  'semantic segmentation', 'panoptic segmentation', 'instance segmentation', 'image generation', 'text-to-image generation', 'audio generation',
  'music generation', 'language modeling', 'text classification', 'machine translation', 'question answering', 'automatic speech recognition',
  'speech recognition', 'speech separation', 'time series forecasting', 'time-series forecasting', 'long sequence time-series forecasting', 'anomaly detection',
  'traffic prediction', 'traffic volume prediction', 'traffic speed prediction', 'sequential recommendation', 'click-through rate prediction',
  'code retrieval', 'code search', 'link prediction', 'node classification', 'graph classification', 'shape classification', 'part segmentation',
  'few-shot learning', 'point cloud understanding', 'hand gesture recognition', 'network intrusion detection', 'multi-label classification',
  'image processing', 'denoising', 'deblurring', 'deraining', 'dehazing', 'image super-resolution', 'super-resolution', 'action recognition',
  'natural language understanding', 'protein understanding', 'layout detection', 'layout analysis', 'topic classification', 'news story clustering',
  'legibility classification', 'bibliographic metadata extraction', 'document understanding', 'document question answering',
  'document information extraction', 'object recognition', 'knowledge graph completion', 'survival prediction', 'image matching',
  'sentiment analysis', 'named entity recognition', 'summarization', 'motion prediction', 'robot navigation', 'drug discovery',
  'molecular generation', 'image deconvolution', 'table structure recognition', 'semantic code retrieval', 'forecasting', 'segmentation',
];

function tasksOf(title: string, abstract: string): string[] {
  const own = ownSentences(abstract).join(' ').replace(/\((?:e\.g\.|i\.e\.|such as)[^)]*\)/g, ' ');
  const text = `${title}. ${own}`.toLowerCase().replace(/-/g, ' ');
  const found = TASKS.filter((task) => new RegExp(`\\b${task.replace(/-/g, ' ')}\\b`).test(text));
  // Keep the most specific phrase: "panoptic segmentation" over "segmentation".
  return found.filter((task) => !found.some((other) => other !== task && other.replace(/-/g, ' ').includes(task.replace(/-/g, ' '))));
}

// ---------------------------------------------------------------- datasets

const DATASETS = [
  /ImageNet(?:-?1K|-?21K|-C)?/, /CIFAR-?10{1,2}/, /MS-COCO/, /COCO(?:-Captions)?/, /ADE20K/, /Cityscapes/, /\bVOC\b/, /\bMNIST\b/, /Flowers-102/,
  /Kinetics-?400/, /Something-Something(?: ?V2)?/, /\bIMDb\b/, /Long[- ]Range Arena/, /\bWikiText(?:-103)?/, /\bGLUE\b/i, /\bPile\b/, /WSJ0-[23]mix/,
  /WHAMR?!/, /\bCSN\b/, /\bCosQA\b/, /Chest X-ray14/, /\bSCv2\b/, /MIMIC-IV(?:-ECG)?/, /Chronicling America/, /\bSPOD\b/, /\bDB2\b/, /\bSQuAD\b/,
  /\bLRA\b/, /\bETTh?\d?\b/, /\bLibriSpeech\b/, /\bAISHELL-?1\b/, /\bHMDB51\b/, /\bShapeNet(?:Part)?\b/, /\bModelNet-?40\b/, /\bScanObjectNN\b/,
];

function datasetsOf(text: string): string[] {
  const abstract = text;
  const spans: { start: number; end: number; text: string }[] = [];
  for (const pattern of DATASETS) {
    for (const match of abstract.matchAll(new RegExp(pattern.source, `g${pattern.flags}`))) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end, text: match[0] });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [index, span] of spans.entries()) {
    const key = span.text.toLowerCase();
    // "Long Range Arena (LRA)": the acronym repeats the name before it.
    const previous = spans[index - 1];
    if (previous && abstract.slice(previous.end, span.start) === ' (') continue;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(span.text);
    }
  }
  return out;
}

// ---------------------------------------------------------------- results

const METRIC_WORDS = /(top-?1 accurac\w*|accurac\w*|improvement|gains?|better|higher|reduc\w+|fewer|less|faster|speed-?up|savings?|PQ|mIoU|AP\b|AUC|F1|mAP|MRR|compression|throughput|latency|decrement|acceleration|of the FLOPs|wall-clock|smaller|the size|as many parameters|SI-SDRi|dB|outperforms?|state-of-the-art performance|margin)/i;
const VALUE = /(?<![\w.])(~?\d+(?:\.\d+)?(?:\s?[–-]\s?\d+(?:\.\d+)?)?%(?:\s?-\s?\d+(?:\.\d+)?%)?|~?\d+(?:\.\d+)?\s?(?:x|×)(?![\w])|\d+(?:\.\d+)? times\b|\d+(?:\.\d+)? dB)/g;

export function normalizeResultValue(value: string): string {
  return value.replace(/×/g, 'x').replace(/\s+times$/, 'x').replace(/\s*x$/, 'x').replace(/(\d)\s*([–-])\s*(\d)/g, '$1$2$3');
}

const METRIC_NAMES: [RegExp, string][] = [
  [/^reduc/, 'reduction'], [/^outperform/, 'better than baselines'], [/^speed-?up/, 'speedup'], [/^gains?$/, 'gain'], [/^accurac/, 'accuracy'],
  [/^top-?1 accurac/, 'top-1 accuracy'], [/^savings?$/, 'saving'], [/^margin$/, 'better than baselines'],
];

function metricNear(clause: string, at: number): string | null {
  const after = clause.slice(at, at + 100);
  const before = clause.slice(Math.max(0, at - 80), at);
  const match = METRIC_WORDS.exec(after) ?? METRIC_WORDS.exec(before);
  if (!match) return null;
  const word = /^[A-Z]{2,}|^[A-Z][a-z]*[A-Z]/.test(match[1]) ? match[1] : match[1].toLowerCase();
  return METRIC_NAMES.find(([pattern]) => pattern.test(word))?.[1] ?? word;
}

function resultsOf(abstract: string, datasets: string[]): Summary['results'] {
  const results: Summary['results'] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(abstract)) {
    // Numbers about earlier work ("KAT is still 123x slower", "former SOTA") are not this paper's results.
    if (/\b(former|previous|prior) (SOTA|state|best)|\bis still\b|\bupper bound of\b/i.test(sentence) && !/\b(our|we)\b/i.test(sentence)) continue;
    for (const match of sentence.matchAll(VALUE)) {
      const at = match.index ?? 0;
      if (/\b(upper bound of|former SOTA[^.]{0,20}|previous best[^.]{0,20}|is still)\s*$/i.test(sentence.slice(Math.max(0, at - 40), at))) continue;
      const metric = metricNear(sentence, at + match[0].length);
      if (!metric) continue;
      const value = normalizeResultValue(match[0]);
      if (seen.has(value)) continue;
      seen.add(value);
      const dataset = datasets.find((name) => sentence.includes(name));
      results.push(dataset ? { value: match[0].replace(/×/g, 'x').replace(/ times$/, 'x'), metric, dataset } : { value: match[0].replace(/×/g, 'x').replace(/ times$/, 'x'), metric });
    }
    for (const match of sentence.matchAll(/\b(mAP|F1(?: score)?|AUC(?: score)?|BLEU|PQ|mIoU|MRR)\s+(?:score\s+)?of\s+(\d+(?:\.\d+)?%?)/g)) {
      if (/\b(former|previous|prior)\b/i.test(sentence.slice(Math.max(0, (match.index ?? 0) - 30), match.index))) continue;
      const value = match[2];
      if (seen.has(value)) continue;
      seen.add(value);
      results.push({ value, metric: match[1] });
    }
  }
  return results;
}

// ---------------------------------------------------------------- complexity

function complexityOf(title: string, abstract: string): string | null {
  for (const sentence of sentencesOf(abstract)) {
    if (/\bsuffer|\bquadratic\b[^.]*\b(of|in) (vanilla|standard|the self-attention|self-attention)|\bchallenged\b/i.test(sentence) && !/\b(our|achieves?|we)\b/i.test(sentence)) continue;
    const big = /\b(?:achieves?|with|in|requires?|reduc\w+ \w+ to|only)\s+(O\([^)]+\)(?:\))?)/.exec(sentence);
    if (big) return big[1];
  }
  if (/\blinear (?:complexity|time)\b|\blinear-time\b/i.test(title)) return 'linear';
  if (/\b(?:requires?|achiev\w+|enjoys|with|in|has) (?:only )?linear (?:time|complexity|scaling|computational)|\blinear scaling in sequence length\b|\bpropose a new linear attention\b/i.test(abstract)) return 'linear';
  return null;
}

// ---------------------------------------------------------------- summarize

export function summarize(input: SummaryInput): Summary {
  const title = input.title.replace(/\$/g, '');
  const abstract = input.abstract;
  const named = nameOf(title, abstract);
  const datasets = datasetsOf(`${title}. ${abstract}`);
  const kind = kindOf(title, abstract, named.name !== null);
  // An analysis or survey names other people's models in passing: only a name in its title is its own.
  const name = (kind === 'analysis' || kind === 'survey') && !named.fromTitle ? null : named.name;
  return {
    kind,
    name,
    // A dataset or benchmark is not an architecture: its family is what its title is about.
    family: kind === 'benchmark' ? familiesOf(title, '') : familiesOf(title, abstract),
    modalities: modalitiesOf(title, abstract, kind === 'survey'),
    tasks: tasksOf(title, abstract),
    datasets,
    results: resultsOf(abstract, datasets),
    complexity: complexityOf(title, abstract),
  };
}
