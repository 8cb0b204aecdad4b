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
import { FIELD_TASK_NAMES } from './taskLexicon';

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

/** A survey of a field (not survey responses or survey data a paper works on). */
const SURVEY_TITLE = /\b(survey(?! (?:responses|data|respondents|questions|questionnaires))|review|overview)\b/i;
/** A subtitle that maps a field: "Techniques, Challenges, and Applications", "Methods, Applications, and Challenges", "Challenges and Opportunities". */
const SURVEY_SUBTITLE = /:\s*(?:[\w-]+,\s+)*(?:techniques|methods|advances|progress|taxonomy),\s+(?:challenges|applications),?\s+and\s+(?:applications|challenges|future directions|opportunities|outlook)\b|:\s*challenges and (?:opportunities|future directions)\b/i;
/** A paper that calls itself a survey or review: "this survey", "we survey", "we review the literature". */
const SURVEY_ABSTRACT = /\b(this|our|we present a|a comprehensive|a systematic)\s+(survey|review)\b|\b(?:this (?:paper|article|work) (?:presents|provides|offers)) an? (?:[\w-]+ (?:and )?){0,4}?(?:survey|review)\b|\bwe (survey|systematically review)\b|\bwe review (the literature|existing|recent|advances)/i;
/**
 * A survey said with "this paper" or "this article" as its subject, or by what it reviews: "This paper reviews the recent progress", "This article
 * gives an overview of the field", "This paper takes stock of that literature", "by reviewing the published models", "we summarise more than 300
 * papers". Only in a paper that proposes nothing of its own ("This paper reviews the limitations of attention and proposes FlashConv" is no survey).
 */
const SURVEY_BY_SUBJECT = /\b[Tt]his (?:paper|article|chapter) (?:reviews|surveys)\b|\b[Tt]his (?:paper|article|chapter) takes stock of (?:the|that|this|recent) (?:literature|field|research|work|progress)\b|\b(?:[Tt]his (?:paper|article|chapter)|[Ww]e) (?:gives?|provides?|presents?|offers?) an? (?:[\w-]+,? ){0,3}?overview of (?!our\b)(?=[a-z])|\breviewing the (?:published|existing|recent) (?:models|methods|work|literature|approaches)\b|\b(?:[Ww]e|[Tt]his (?:paper|article|survey))\b[^.]{0,80}?(?<!\bto )\bsummari[sz]e (?:more than |over )?\d+ (?:papers|works|studies|contributions|articles)\b/;
/** A paper's own proposal, which no survey makes: a model or method, or a name ("we design OrientNet", "proposes FlashConv"). */
const OWN_PROPOSAL = /\b(?:we|this (?:paper|article|work))\s+(?:\w+\s+)?(?:propose|design|introduce|develop)s?\s+(?:(?:a|an|the|our)\s+)?(?:(?:new|novel)\s+)?(?:[\w-]+\s+){0,3}?(?:model|network|architecture|method|algorithm|approach|system|module|layer|detector|backbone)s?\b|\b(?:propose|design|introduce|develop)[sd]?\s+[A-Z][\w-]*[A-Z0-9]/;
const BENCHMARK_TITLE = /\b(benchmark(ing)?|dataset|database|corpus|arena|simulator|testbed)\b/i;
const BENCHMARK_ABSTRACT = /\b(we|this paper|this study) (introduce|present|propose|release|develop|build|construct|collect|curate|assemble)s?\b[^.]{0,60}\b(benchmark|dataset|corpus)\b(?![^.]{0,40}\b(and|with) (a|an|our)\b)/i;
/** A proposal's verb, then its name: "we propose", "we introduce". */
// Past tenses only as the paper's own ("We developed FedHarmony, an FL method"; not "Google developed BERT, a ...", "In earlier work we
// presented SetPool, a ...").
// (The look back is tried only after a verb's stem, not at every place of a text.)
const PROPOSE_VERB = String.raw`\b(?:propose|present|introduce|develop|design)(?:[sd]|(?<=(?<!\b(?:earlier|previous|prior|past) work,?\s)\b[Ww]e\s(?:present|develop|design))ed)?\s+`;
/** A name of up to four capitalised words (its acronym after it), then the article of what the paper calls it: "SnapKV, an", "LongPoly (LP), a". */
const NAME_THEN_ARTICLE = String.raw`[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}(?:\s\([^)]{1,30}\))?,\s+(?:a|an|the)\s+`;
/** Words between a paper's subject and its verb that keep it the paper's main work: "We therefore introduce" ("we also release" is a side product). */
const SUBJECT_ADVERB = String.raw`(?:(?:therefore|thus|hence|here|now|instead)\s+)?`;
const INTRODUCES_DATA = new RegExp(String.raw`\b(?:we|this paper|this work) ${SUBJECT_ADVERB}(?:introduce|present|release|construct|create|build|collect|propose|assemble|curate|compile)s?\s+(?:the\s+|a\s+|an\s+)?(?:(?:new|novel|large-scale|challenging|diverse|comprehensive|massive|multi-task|multitask)\s+)*(?:[\w-]+\s+){0,4}?(?:dataset|benchmark|corpus|(?<!(?:vector|index|SQL|knowledge|graph|relational|feature) )database|archive(?= of (?:\d[\d,]* )?(?:[\w-]+ )?(?:datasets|time series|series|recordings))|suite|test(?= (?:to|for) measur\w*\b| that measures\b)|test ?(?:suite|bed))\b`
  // "We introduce a public leaderboard" (not "we present a model topping the MTEB leaderboard").
  + String.raw`|\b(?:we|this paper|this work) ${SUBJECT_ADVERB}(?:introduce|present|release|build|launch)s?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}leaderboard\b`, 'i');
/**
 * A named proposal the paper (not earlier work) calls a dataset or benchmark right after its name: "presenting HellaSwag, a new challenge
 * dataset", "We introduce SWE-bench, an evaluation framework consisting of" (not "a dataset distillation method", "a benchmark-leading network").
 */
const BENCHMARK_APPOSITIVE = new RegExp(String.raw`(?:\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:also\s+)?${SUBJECT_ADVERB}(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|release[sd]?|develop(?:s|ed)?|construct(?:s|ed)?|build(?:s)?|built)|\b(?:[Pp]resenting|[Ii]ntroducing|[Rr]eleasing|[Pp]roposing))\s+(?:the\s+)?${NAME_THEN_ARTICLE}(?:(?!(?:on|with|for|of|from|in|by|to|that|which)\b)[\w-]+,?\s+){0,4}?(?:dataset|benchmark|corpus|leaderboard|simulator|evaluation (?:framework|suite|set)|test ?(?:set|suite|bed))(?: suite| collection)?s?(?=\s*[,.;:(]|\s*$|\s+(?:of|for|with|that|which|to|in|on|covering|consisting|containing|comprising|built|made|where|and)\b)`);
/** A paper that does something to a model ("We replace self-attention with ...", "We merge similar tokens", "we combine recurrent units with attention"), whatever it then finds (not "we design a set of sentences", "we combine data"). */
const DOES_SOMETHING = /\bwe (?:also |instead |then )?(?:(?:replac|merg|accelerat|til|fus|prun|quantiz|interleav)(?:e|es|ed|ing)|speed(?:s)? up|(?:compress|distill|stack)(?:s|es|ed|ing)?|combin(?:e|es|ed|ing)\b[^.]{0,60}\b(?:layers?|attention|units|blocks|convolutions?|modules?|heads))\b/i;
/**
 * "A framework ... . ... an extensive evaluation of various ...": a framework, then after its sentence an evaluation of many models.
 * Found by its first "framework" and the first full stop after it (a pattern with "[^.]*\\." from each "framework" was quadratic in
 * a sentence that never ends).
 */
function isFrameworkEvaluation(abstract: string): boolean {
  const framework = abstract.search(/\bframework\b/i);
  const stop = framework === -1 ? -1 : abstract.indexOf('.', framework);
  return stop !== -1 && /\b(extensive|systematic) evaluation of (various|different|common|existing)\b/i.test(abstract.slice(stop + 1));
}
const ANALYSIS_TITLE = /^(on|understanding|what|why|how|does|do|can|is|are|when|where|towards understanding|visuali[sz]ing|a study|theory|analysis|dissecting|revisiting|rethinking|exploring|investigating|unveiling|demystifying)\b|\?|\btheorem\b|\b(as|are) (support vector machines|dynamic self-ensembles)\b|\bexpressive power\b|\breproducibility\b|\bcomputational limits\b|\binsights?\b|^scaling laws\b(?![^:]*:\s*an?\s)|\bnot yet perfect\b|\ba unified view\b|\btheory\b(?! of mind)|\b(?:risk|generali[sz]ation|error|regret) bounds?\b|\boptimality\b|^[^:]{0,60}\b(?:is|are|do|does) not\b|^an? (?:closer|critical|careful|second|deeper) look\b/i;
/**
 * A title (or subtitle) that starts by locating, probing or measuring something, says "provably", or validates a system: an analysis's, unless
 * the title is about a model it proposes ("Probing Sparse Features: A Lightweight Attention Network", "Measuring Crop Height with a Convolutional
 * Network", "A System ...: Development and Clinical Validation"); "provably" before a verb ("Gradient Descent Provably Optimizes ..."), not
 * before what a model is ("Provably Stable Recurrent Networks").
 */
const ANALYSIS_TITLE_VERB = /^(?:locating|probing|quantifying|characteri[sz]ing|measuring|interpreting|explaining)\b/i;
const ANALYSIS_TITLE_WORD = /\bprovabl[ey]\s+[A-Za-z]+s\b|\b(?:external|independent|prospective|clinical) validation\b/i;
const MODEL_IN_TITLE = /\b(?:with|using|via|through|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:networks?|models?|transformers?|U-Nets?|detectors?|architectures?|systems?)\b|:\s*(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:networks?|models?|transformers?|architectures?|backbones?)\b|\bdevelopment and\b/i;
/** A title that calls the paper a study. */
const STUDY_TITLE = /\b(?:comparative|empirical|systematic|case) (?:study|analysis|evaluation)\b|^(?:an? )?(?:holistic|comprehensive) evaluation\b|\b(?:multi-?reader|reader|observer) (?:multi-?case )?study\b|\b(?:empirical|controlled|systematic|fair|head-to-head) comparisons?\b(?![^:]*\band (?:an?|our) (?:new|novel|better|improved)\b)|\ba study\b|\binsights? into\b|\ban analysis of\b/i;
const ANALYSIS_ABSTRACT = /\b(we (prove|characterize|establish|analy[sz]e|investigate|examine|study|challenge|question|hypothesi[sz]e)|theoretical (result|analysis|understanding|insight)|in-depth analysis|empirical (study|analysis)|comprehensive analytical|analytical foundation|our (analysis|findings)|hypothesis|the tests have shown|we uncover|understand the root cause|we (?:find|observe|measure|quantify|probe)|surprising(?:ly)?|our results (?:suggest|indicate|show)|scaling laws?|probing|this (?:paper|work) (?:instead )?discusses|provabl[ey]|by proving|(?:not well|poorly|little) understood|little is known|remains? (?:elusive|unclear|a mystery)|we (?:evaluate|assess|measure|test) (?:how|whether|to what extent)|we ask (?:whether|if|how|why)|(?:objective|purpose):?\s+to (?:evaluate|assess|compare|validate)(?! (?:an? )?(?:new|novel|proposed|our)\b)|our main (?:theorem|result)|we break down|this (?:paper|study) reports on|systematic experiments|we corroborate|fails? to explain|conventional wisdom|(?:allows|allow|enables) us to (?:prove|show|establish)|we show that (?:trained |pre-?trained |standard |vanilla )?(?:transformers|language models|LLMs|neural networks) (?:can|cannot|learn|implement|represent)|we (?:identify|locate) the (?:[\w-]+ )?(?:circuits?|mechanisms?)|we explain (?:it|this|them|why|how(?! to\b))|upper and lower bounds|minimax[- ]optimal|oracle inequalit(?:y|ies)|we derive (?:tight |sharp |new )?(?:upper |lower )?bounds?|we systematically (?:evaluate|study|analy[sz]e|investigate|compare|assess|examine|measure)|(?:evaluat|assess|examin|investigat|stud(?:y|ie)|analy[sz]|measur|quantif(?:y|ie)|explor)\w* the (?:impact|effects?|influence|role) of)\b/gi;
/** A paper that says its contribution is a study: "We contribute the first comprehensive study of ...", "This study presents a comprehensive empirical evaluation". */
/** How a paper says what its contribution is: "we present a ...", "we conduct the first ...". */
const STUDY_VERB = String.raw`\bwe (?:contribute|present|conduct|perform|carry out|provide|report) (?:the first |an? |our )?`;
const OWN_STUDY = new RegExp(String.raw`${STUDY_VERB}(?:comprehensive|systematic|large-scale|extensive|thorough|rigorous|controlled) (?:empirical |experimental )?(?:study|evaluation|analysis|investigation|comparison)\b|\bthis study presents an? (?:comprehensive |systematic |large-scale )?empirical evaluation\b`, 'i');
/** "We present an empirical study of ...": a study, where the work builds no model after it ("..., then we design DilaCrop" is DilaCrop's paper). */
const GOES_ON_TO_BUILD = /\b(?:then|we)\s+(?:then\s+|further\s+|also\s+)?(?:design|build|derive|develop|construct)\w*\b/i;
const EMPIRICAL_STUDY = new RegExp(String.raw`${STUDY_VERB}(?:empirical|experimental) (?:stud(?:y|ies)|evaluations?|analys[ie]s|investigations?|comparisons?)\b`, 'i');
const METHOD_CUES = /\b(distillation|pruning|prune|quantiz\w+|compression|compress\w*\b(?!\s+(?:summar|memor|represent|chunk|token|context|state|past)\w*)|accelerat\w+|speed-?up|training-free|memory-saving|kv cache|neural architecture search|fine-tuning|finetuning|unlearning|continual learning|model editing|low-rank adaptation|lora|kernel(?<!\b(?:large|small|big|bigger|larger|convolution(?:al)?|depthwise|dilated|\d{1,4}\s?[x×]\s?\d{1,4})[\s-]{1,3}kernel)(?!\s+sizes?\b)|(?:attention|GPU|CUDA|Triton|fused|custom|tiled) kernels|(?:efficient|fast|faster|optimi[sz]ed) implementations?|throughput|latency|padding-free|offloading|parallelism|factori[sz]ation|inference (cost|speed|acceleration)|high-performance|fused|redundant computations|gradient accumulation|memory stalls|training speed|pre-?training (?:strategy|objective|task)|instruction[- ]tun\w+|data augmentation|augment\w*|model surgery|reinforcement learning|reward model\w*|prompt\w*|optimi[sz]ers?|stochastic (?:gradient|optimi[sz]ation)|gradient descent|regulari[sz]\w*|dropout|overfitting|learning rates?|initiali[sz]ation|mixed[- ]precision|8-bit|low-bit|int8|parameter-efficient|adapters?|pre-?trained (?:[\w-]+ )?(?:models?|LLMs?|transformers?|language models?|encoders?)|fine-tuned|off-the-shelf|(?<!universal )approximat(?:e|es|ed|ing|ion|ions)\b(?!\s+theor)|model-agnostic|plug-and-play|drop-in|(?:already|previously)[- ]trained|convert\w* (?:an?|the) (?:[\w-]+ )?(?:pre-?)?trained)\b/gi;
const METHOD_PROPOSAL = /\b(propose|present|introduce|design|develop)\w*\b[^.]{0,80}\b(method|technique|framework|algorithm|strategy|scheme|approach|pipeline|criteria|factorizer)\b|\b(?:call|term|name|dub)s? (?:this|the|our|such) (?:procedure|method|technique|algorithm|strateg(?:y|ies)|approach|scheme)\b/i;
/** "We present a new network", not "we present empirical results showing that SAM improves model generalization", nor "an attention masking strategy" (a model word before what is proposed). */
const ARCHITECTURE_PROPOSAL = /\b(propose|present|introduce|design|develop|build|construct)\w*\b(?:(?!\b(?:results?|evidence|experiments?|that|showing|which)\b)[^.]){0,100}\b(?<!\b(?:adaptation|tuning|pruning|compression|distillation|quantization|caching|prompting|augmentation)\s)(architecture|network|model|backbone|transformer|block|module|structure|layer|attention|family of)\b(?!(?:[\s-]+(?!(?:and|or|with|for|based|to|of|a|an|the)\b)\w+)?[\s-]+(?:search|pruning|compression|quantization|distillation|adaptation)\b)(?!(?:[\s-]+(?!(?:and|or|with|for|based|to|of|a|an|the)\b)\w+){1,2}[\s-]+(?:strateg(?:y|ies)|methods?|techniques?|schemes?|algorithms?|procedures?|recipes?|objectives?|loss)\b)/i;
/** Where a passive proposal can be at all: a name between commas, then its verb (a cheap test before the full pattern). */
const PASSIVE_GATE = /,\s+(?:(?:dubbed|termed|called|named)\s+)?[A-Z][\w-]*,\s+(?:is|are)\s+(?:here\s+|thus\s+)?(?:presented|introduced|proposed|developed|described)\b/;
/**
 * An older paper's passive proposal: "A new model, XFN, is presented", "A family of compact convolutional networks, TagCNN, is introduced":
 * group 1 a model, group 2 a way of training ("A regularizer, dubbed NoisyLS, is introduced"), group 3 the name.
 */
const passiveProposal = (abstract: string): RegExpExecArray | null => (PASSIVE_GATE.test(abstract) ? PASSIVE_PROPOSAL.exec(abstract) : null);
const PASSIVE_PROPOSAL = /\b(?:[Aa]n?)\s+(?!(?:[\w-]+\s+){0,4}?(?:baseline|widely|popular|standard|existing|well-known|classic|common)\b)(?:[\w-]+\s+){0,5}?(?:(models?|networks?|architectures?|family of (?:[\w-]+\s+){0,3}?(?:networks|models))|((?:method|technique|algorithm|strateg(?:y|ies)|(?<!\battention\s)scheme|regularizer|loss|curriculum|procedure|optimizer|objective|recipe)s?)),\s+(?:(?:dubbed|termed|called|named)\s+)?([A-Z][\w-]*),\s+(?:is|are)\s+(?:here\s+|thus\s+)?(?:presented|introduced|proposed|developed|described)\b/;
/** Idioms whose nouns are no parts of a model: "has attracted increasing attention", "a stumbling block". */
const IDIOMS = /\b(?:attract|draw|drew|drawn|receiv|gain|garner|pa(?:y|id)|captur)\w*\s+(?:(?:much|increasing|considerable|growing|significant|wide|widespread|great|little|more|less|the)\s+){0,3}attention\b|\bstumbling blocks?\b/gi;

/** A named proposal called a method, technique, algorithm, tool...: "we introduce ASTxplainer, an explainability method" (in its own words, not
 * a relative clause or a part after them: "X, a linear-time attention layer that approximates the softmax kernel", "a mechanism with a
 * learnable kernel"). */
const METHOD_APPOSITIVE = new RegExp(String.raw`${PROPOSE_VERB}${NAME_THEN_ARTICLE}(?:(?!(?:that|which|where|whose|with|using|via|based|built)\s)[\w-]+\s+){0,7}?(?<!\b(?:attention|layer|block)\s)(?:method|technique|algorithm|strateg(?:y|ies)|scheme|recipe|procedure|tool|objective|loss|optimizer|kernel|library|paradigm|curriculum|curricula|(?:pre-?)?training task|(?<=\b(?:(?:self-supervised|semi-supervised|unsupervised|weakly[- ]supervised|contrastive|federated|continual|meta|reinforcement|curriculum|representation|transfer|active|imitation)[- ]learning|training|pre-?training|fine-tuning|distillation) )framework)s?(?![\w-])`);
/**
 * A named proposal whose own words say it is done to a model: "we introduce SnapKV, an innovative and fine-tuning-free approach",
 * "we propose a new one-shot architecture search framework, namely AutoFormer", "an effective adaptation approach for Transformer, namely
 * AdaptFormer" (not "we propose X, a novel framework for segmentation").
 */
const NAMED_APPROACH = [
  new RegExp(String.raw`${PROPOSE_VERB}${NAME_THEN_ARTICLE}((?:[\w-]+,?\s+){0,7}?)(?:approach|framework|solution|policy|system|pipeline)\b`, 'g'),
  new RegExp(String.raw`${PROPOSE_VERB}(?:a|an)\s+((?:[\w-]+,?\s+){0,5}?)(?:approach|framework|method|technique|algorithm|strategy|policy|solution|procedure)(?:\s+(?:for|to)(?:\s[\w-]+){1,4}?)?,?\s+(?:namely|called|dubbed|named|termed|(?:which|that) we (?:call|name|term|dub))\s+[A-Z]`, 'g'),
];
const DONE_TO_A_MODEL = /\b(?:architecture search|adaptation|adapting|(?:fine-?)?tuning|pruning|quantization|compression|distillation|eviction|cach(?:e|ing)|(?:training|tuning|fine-tuning)-free|pre-?training|acceleration|sparsification|merging|offloading)\b/i;
/**
 * What is done to existing models, said right before the noun it names ("a data curation pipeline", "a multi-agent system", "a speculative
 * decoding framework"), where the abstract proposes no new part of a network ("a parallel decoding framework with a new decoder layer" is a model).
 */
const DONE_AROUND_A_MODEL = /\b(?:data (?:curation|filtering|selection|cleaning)|curation|deduplication|prompting|multi-agent|agentic|retrieval-augmented(?: generation)?|(?:speculative|parallel|constrained|contrastive|guided|lookahead|early-exit) decoding|preference optimi[sz]ation)\s*$/i;
/**
 * A named framework whose purpose, said after it, is done to models: "DPO-Lite, a framework for aligning LLMs with human preferences",
 * "a framework for compressing large language models" (not "a framework for segmenting tumours").
 */
const NAMED_APPROACH_FOR = new RegExp(String.raw`${PROPOSE_VERB}${NAME_THEN_ARTICLE}(?:[\w-]+,?\s+){0,5}?(?:approach|framework|solution|pipeline|system)\s+(?:for|to)\s+(?:efficiently\s+)?(?:align|compress|prun|distill|quantiz|fine-tun|adapt|accelerat|steer|edit|merg|unlearn|jailbreak|red-team)\w*\s+(?:[\w-]+\s+){0,3}?(?:LLMs|(?:language |vision(?:-language)? |diffusion |foundation |pre-?trained |neural )?models|networks|transformers)\b`);
const NEW_PART = /\b(?:new|novel|proposed)\s+(?:[\w-]+\s+){0,3}?(?:layers?|modules?|blocks?|networks?|architectures?|transformers?|decoders?|encoders?|backbones?|attention)\b/i;

/**
 * A named proposal called a model right after its name: "We design TinyFire, a compact CNN architecture", "We introduce Kestrel, a family of
 * visual language models" (not "X, a model compression method", nor an existing model made better: "an enhanced model based on DrugGPT",
 * "a high-performance transformer", "an instruction-tuned model ... obtained by fine-tuning LLaMA"); or the paper's own network named: "our
 * attention-free network Viper".
 */
const ARCHITECTURE_APPOSITIVE = new RegExp(String.raw`${PROPOSE_VERB}${NAME_THEN_ARTICLE}(?:(?!(?:enhanced|improved|optimi[sz]ed|high-performance|fine-tuned|pre-?trained|adapted|modified|extended)\b)[\w-]+,?\s+){0,5}?(?:architectures?|networks?|models?|backbones?|transformers?)(?![\w-])(?!\s+(?:compression|pruning|quantization|distillation|adaptation|editing|merging|search|training|fine-tuning)\b)(?!,?\s+(?:based on|built on|derived from|fine-tuned|adapted from)\b)(?![^.]{0,80}\bobtained by (?:fine-tuning|instruction-tuning|distilling)\b)`);
/**
 * A building block the work names and calls its own: "Our Sharpened Linear Attention applies ...", "We name the architecture InterleaveNet"
 * (not "our Vision Transformer baseline").
 */
const OUR_NAMED_BLOCK = /\b[Oo]ur\s+(?:[A-Z][\w-]*\s+){1,3}(?:Attention|Layer|Block|Module|Network|Transformer|Net|Convolution|Unit|Mixer)\b(?!\s+(?:baselines?|teachers?|students?)\b)|\b(?:[Ww]e|and)\s+(?:call|name|term|dub)\s+(?:the|this|our|these)\s+(?:[\w-]+\s+){0,2}?(?:architecture|network|model|backbone|layer|block)s?\s+[A-Z]/;
/** A sentence that says what a named thing is, a layer or a network: "Latent-Query Attention (LQA) is an attention layer that ...". */
const DEFINED_BLOCK = /(?:^|[.!?]\s+)((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)(?:\s+\([^)]{1,30}\))?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:layer|block|module|architecture|network|backbone|operator|mechanism)s?\b/g;
/**
 * A part of a network the work swaps for another: "we replace self-attention with two small multilayer perceptrons", "an approach that
 * replaces self-attention with stacked linear recurrent units", "we replace every other attention layer ... with a selective state-space layer".
 */
const REPLACED_PART = /\b(?:[Ww]e|that|which)\s+(?:\w+\s+)?replac(?:e|es|ed)\s+(?:the\s+|every\s+(?:other\s+)?|each\s+|all\s+(?:the\s+)?|half\s+(?:of\s+)?the\s+)?(?:[\w-]+\s+){0,4}?(?:self-attention|attention|MLPs?|multilayer perceptrons|feed-?forward (?:layers?|networks?|blocks?)|convolutions?|layers?|blocks?)\b[^.;]{0,80}?\bwith\s+(?:[^\s.;]+\s+){0,6}?(?:layers?|units|blocks?|modules?|attention|convolutions?|experts|perceptrons|MLPs?)\b/;
/** The part a work results in: "The resulting attention layer is a drop-in replacement for causal self-attention". */
const RESULTING_PART = /\b[Tt]he resulting (?:[\w-]+\s+){0,2}?(?:layer|block|architecture|backbone)\b/;
/** "we propose FlashKAT", "we further propose a method that ...": a proposal of the work's own. */
const WE_PROPOSE = /\b[Ww]e\s+(?:\w+\s+)?(?:propose|introduce)[sd]?\s+(?:(?:a|an|our)\s+(?:(?:new|novel|simple)\s+)?(?:[\w-]+\s+){0,3}?(?:method|model|architecture|algorithm|network|layer)\b|[A-Z][\w-]*[A-Z0-9][\w-]*\b(?:\s+\([^)]{1,30}\))?,)/;
const OUR_NAMED_MODEL = /\bour (?:(?!(?:base|baseline|teacher|student|reward|reference|critic|policy|value|judge)\b)[\w-]+\s+){0,3}(?:network|model|architecture|backbone)\s+(?!(?:is|was|has|can|and|or|with|on|in|for|to|that|which|achieves|outperforms)\b)[A-Z][\w-]+(?<!-\d+(?:\.\d+)?[BM])(?![\w-])/;

/** An optimizer, activation or update rule a paper finds by search: "we discover SignMomentum, a simple and effective optimizer". */
const DISCOVERED_METHOD = new RegExp(String.raw`\bdiscover(?:s|ed)?\s+${NAME_THEN_ARTICLE}(?:[\w-]+,?\s+){0,4}?(?:optimi[sz]er|activation function|update rule|augmentation polic(?:y|ies))s?\b`);

/**
 * A name that starts a sentence and is called a way of training: "BlendAug is a data-independent augmentation principle"; the paper's own only
 * where it is shaped like a name and its title names it too ("Mixup is a popular augmentation strategy" in MixFormer's abstract is not, nor
 * "Backpropagation is an algorithm" in an analysis of it).
 */
const NAME_IS_METHOD = /(?:^|[.!?]\s+)(?!(?:This|It|That|There|Which|What|Here|One|Each|Ours?|The|A|An|Such|Its)\b)([A-Z][\w-]*)\s+is\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,4}?(?:method|technique|algorithm|optimizer|procedure|recipe|strategy|principle|regularizer)\b/g;

/** A lowercase name, called a procedure right after it: "we propose stochastic depth, a training procedure" (not "linear attention, a kernel-based formulation"). */
const METHOD_APPOSITIVE_LOWER = new RegExp(String.raw`${PROPOSE_VERB}(?!(?:a|an|the|our|this|these|to|that|two|new|several)\b)[a-z][\w-]*(?:\s(?!(?:a|an|the)\b)[a-z][\w-]*){0,2},\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:procedure|method|technique|algorithm|strategy|recipe|regularizer|optimizer)(?![\w-])`);

/** A title or subtitle that starts with a way of training a model: "Distilling the Knowledge in ...", "Training Mixture-of-Experts Models ...". */
// (Or that does something else to models the title names: "Extending the Context Window of LLMs by ...", "Merging Fine-Tuned Models".)
const WAY_OF_TRAINING_START = /^(?:Distilling|Pruning|Quantizing|Compressing|Accelerating|Fine-tuning|Speeding|Regularizing|Training)\b|^(?:Extending|Adapting|Aligning|Steering|Editing|Merging|Sparsifying|Converting)\b(?=.*\b(?:LLMs?|[Mm]odels|[Tt]ransformers|[Nn]etworks)\b)/;
/** In a subtitle, only training a model itself ("LongMem: Compressing Context into Memory Tokens" is what a model does). */
const SUBTITLE_WAY_OF_TRAINING_START = /^(?:Training|Distilling|Fine-tuning|Pruning|Quantizing)\b/;
/** A head that is a way of training or a loss: "Layer Normalization", "Focal Loss", "Proximal Policy Optimization Algorithms". */
const METHOD_HEAD = /\b(?:techniques|tricks|recipes?|methods?|tuning|adaptation|curriculum|normali[sz]ation|minimi[sz]ation|optimi[sz]ation(?: algorithms?)?|regulari[sz]ation|loss|training|prompting|distillation|augmentation|dropout|decay|compression|quantization|pruning|architecture search)$/i;
/** A head that is a model: "Convolutional Networks", "Transformers", "SwinNet". */
const MODEL_HEAD = /(?:networks?|nets?|transformers?|models?|architectures?|backbones?|encoders?|decoders?|former|formers)$/i;
/** A title for a way of learning: "Momentum Contrast for Unsupervised Visual Representation Learning". */
const LEARNING_WAY_TITLE = /\b(?:for|of|to)\s+(?:[\w-]+\s+){0,3}?(?:self-supervised|unsupervised|semi-supervised|contrastive)\s+(?:[\w-]+\s+){0,3}?learning\b/i;

/**
 * A title whose head (what it is before "for", "with", "of"...) is a way of training or a loss ("Focal Loss for Dense
 * Object Detection"; "mixup: Beyond Empirical Risk Minimization", after a name), not one that lists such a
 * part ("SLAB: Efficient Transformers with ... Batch Normalization"), or that is for a way of learning.
 */
function isMethodTitle(title: string): boolean {
  const colon = title.indexOf(':');
  // A subtitle that is a way of training ("ResNet-50 Strikes Again: A Modern Training Recipe for an Old Architecture"), up to its first
  // preposition, and not one that sets things together ("Weight Decay and Batch Normalization", "Architecture Design Meets Quantization",
  // "Parallel Training, Recurrent Inference and Cheap Deployment").
  const subtitle = colon === -1 ? '' : title.slice(colon + 1).trim().split(BEFORE_PREPOSITION)[0].trim();
  if (METHOD_HEAD.test(subtitle) && !/\b(?:and|meets|versus|vs\.?)\b|,/i.test(subtitle)) return true;
  let head = colon === -1 ? title : title.slice(0, colon);
  // A name before the colon ("mixup:"): the head is what follows it.
  if (colon !== -1 && !/\s/.test(head.trim())) head = title.slice(colon + 1);
  head = headOf(head);
  // A head that is a model ("3D Convolutional Networks for Unsupervised Learning of ...", "Transformers without Normalization") is about the model.
  if (MODEL_HEAD.test(head)) return false;
  return LEARNING_WAY_TITLE.test(title) || METHOD_HEAD.test(head);
}

const PREPOSITIONS = String.raw`for|of|with|without|via|through|in|by|beyond|on|using|from|to|towards|under`;
const BEFORE_PREPOSITION = new RegExp(String.raw`\s+(?:${PREPOSITIONS})\s+`, 'i');
const BEFORE_PREPOSITION_OR_AND = new RegExp(String.raw`\s+(?:${PREPOSITIONS}|and)\s+|,`, 'i');
/** The sentence that gives out a work's code, models or weights. */
const RELEASED = /^(?:(?:our|the|all)\s+)?(?:source\s+)?(?:code|codes|models|weights|checkpoints|implementations?)\b[^.]{0,80}?\b(?:(?:publicly|freely|openly) )?(?:available|released|open-sourced)\b/i;
/** What a title is before its first preposition, "and" or comma: "Focal Loss for Dense Object Detection" is "Focal Loss". */
const headOf = (title: string): string => title.trim().split(BEFORE_PREPOSITION_OR_AND)[0].trim();

/** A proposal said of the work in other words than ABOUT_THE_WORK's: "This study presents", "The present work develops", "a new model is introduced". */
const PROPOSED_HERE = /\b(?:this|the present) (?:study|article|letter)\b|\bthe present (?:work|paper)\b|\b(?:is|are|was|were) (?:here |thus )?(?:presented|introduced|proposed|developed|designed|described|built)\b/i;
/** A proposal whose name is a way of training: "We propose Sparse Masked Pretraining (SMP)". */
const NAMED_WAY_OF_TRAINING = /\b(?:[Ww]e|[Tt]his (?:paper|work)) (?:propose|present|introduce)[sd]? (?:[A-Z][\w-]* ){1,4}(?:(?:Pre|Post)-?[Tt]raining|Training)\b(?!\s+(?:[Nn]etworks?|[Ll]ayers?|[Mm]odels?|[Bb]locks?|[Tt]ransformers?|[Aa]rchitectures?|[Mm]odules?))/;

function kindOf(title: string, rawAbstract: string, hasName: boolean): Summary['kind'] {
  const abstract = rawAbstract.replace(IDIOMS, ' ');
  if (SURVEY_TITLE.test(title) || SURVEY_SUBTITLE.test(title) || SURVEY_ABSTRACT.test(abstract) || (SURVEY_BY_SUBJECT.test(abstract) && !OWN_PROPOSAL.test(abstract))) return 'survey';
  // (Not a subtitle that lists a benchmark after the architecture it is about, nor a title that works "within the FLIP Benchmark".)
  if (BENCHMARK_TITLE.test(title) && !/\b(?:within|on|in|using|with) the [\w-]+ benchmark\b/i.test(title) && (BENCHMARK_ABSTRACT.test(abstract)
    || (/\b(benchmark|dataset|simulator|testbed)\b/i.test(title.split(':')[1] ?? title) && !/\barchitecture\b/i.test(title.split(':')[1] ?? ''))
    // "GerClin: An Annotated Corpus of German Clinical Notes": a corpus the subtitle is (not "... Trained on a Web-Scale Corpus").
    || /^\s*(?:an?\s+)?(?:[\w-]+\s+){0,3}corpus\b/i.test(title.split(':')[1] ?? '')
    // "ImageNet: A Large-Scale Hierarchical Image Database" (a database the title is about, after its name; not "Retrieval over a Vector Database").
    || /\bdatabase\b/i.test(title.split(':')[1] ?? ''))) return 'benchmark';
  if (isFrameworkEvaluation(abstract)) return 'benchmark';
  // "We propose C5T5, a novel self-supervised pretraining method": what the paper calls the thing it names decides.
  const titleWords = title.split(/[^\w-]+/);
  const passive = passiveProposal(abstract);
  if (METHOD_APPOSITIVE.test(abstract) || METHOD_APPOSITIVE_LOWER.test(abstract) || DISCOVERED_METHOD.test(abstract) || NAMED_WAY_OF_TRAINING.test(abstract) || passive?.[2] !== undefined
    || [...abstract.matchAll(NAME_IS_METHOD)].some((match) => isNameToken(match[1]) && titleWords.includes(match[1]))) return 'method';
  if (NAMED_APPROACH.some((pattern) => [...abstract.matchAll(pattern)].some((match) => DONE_TO_A_MODEL.test(match[1]) || (DONE_AROUND_A_MODEL.test(match[1]) && !NEW_PART.test(abstract)))) || (NAMED_APPROACH_FOR.test(abstract) && !NEW_PART.test(abstract))) return 'method';
  // "We present the Stanford Question Answering Dataset (SQuAD), a new reading comprehension dataset": the work is the dataset
  // when it is introduced before any model is.
  const sentences = sentencesOf(abstract);
  const data = (sentence: string): boolean => INTRODUCES_DATA.test(sentence) || BENCHMARK_APPOSITIVE.test(sentence);
  const introducesData = sentences.findIndex(data);
  // (A model the work proposes: "we present", "a new model is introduced"; not "most evaluations present the model with a single file".)
  const introducesModel = sentences.findIndex((sentence) => ARCHITECTURE_PROPOSAL.test(sentence) && !data(sentence)
    && (ABOUT_THE_WORK.test(sentence) || PROPOSED_HERE.test(sentence)));
  // (Not where the title names a way of training: "Perplexity Hides What Pruning Breaks: Gradient-Free Structured Pruning for LLMs" builds its test
  // suite on the way to its method.)
  // (Nor where the title calls the paper a study: "What Makes a Good Visual Representation ...? A Large-Scale Empirical Study" releases its
  // evaluation suite on the way.)
  if (introducesData !== -1 && (introducesModel === -1 || introducesData < introducesModel) && !isMethodTitle(title) && !STUDY_TITLE.test(title)) return 'benchmark';
  const titleRest = title.includes(':') ? title.slice(title.indexOf(':') + 1).trim() : '';
  const analysisTitle = ANALYSIS_TITLE.test(title) || ANALYSIS_TITLE.test(titleRest)
    || ((ANALYSIS_TITLE_VERB.test(title) || ANALYSIS_TITLE_VERB.test(titleRest) || ANALYSIS_TITLE_WORD.test(title)) && !MODEL_IN_TITLE.test(title));
  // A study that goes on to propose a method or a model of its own, by name or in so many words, is that proposal's paper
  // ("we conduct experiments to understand the slowdown ... we propose FlashKAT", "we further propose a method that drops ..."),
  // unless its title says it is a study ("Theory, Analysis, and Best Practices for ...").
  const studyTitle = STUDY_TITLE.test(title);
  const proposes = !studyTitle && !/^(?:theory|(?:an )?analysis|understanding)\b/i.test(title) && WE_PROPOSE.test(abstract);
  const analysis = proposes ? 0 : (analysisTitle ? 2 : 0) + (studyTitle ? 4 : 0) + (OWN_STUDY.test(abstract) || (EMPIRICAL_STUDY.test(abstract) && !GOES_ON_TO_BUILD.test(abstract)) ? 3 : 0) + count(abstract, ANALYSIS_ABSTRACT);
  const methodTitle = isMethodTitle(title);
  // (Not the sentence that gives out the code: "Our code and pre-trained models are available at ..." names no way of training.)
  const cues = count(`${title} ${sentencesOf(abstract).filter((sentence) => !RELEASED.test(sentence)).join(' ')}`, METHOD_CUES);
  const method = cues + (METHOD_PROPOSAL.test(abstract) ? 1 : 0)
    + (WAY_OF_TRAINING_START.test(title) || SUBTITLE_WAY_OF_TRAINING_START.test(titleRest) ? 2 : 0)
    + (methodTitle ? 2 : 0);
  // A title that names a model ("FMViT: A multiple-frequency mixing Vision Transformer") proposes one, however much the abstract says about speed.
  // (Not a title that sets two families against each other: "KAN versus MLP: A Controlled Comparison".)
  const modelTitle = /^(?![^:]*\b(?:vs\.?|versus)\s)[^:]*(?:ViT|former|Net|Mixer|Mamba|KAN)s?\b[^:]*:|:\s*(?:an? |the )?(?:(?!(?:of|for|to|in|on|with|from)\s)[\w-]+ ){0,4}(?:vision transformers?|transformers?|networks?|architectures?|backbones?)\s*$/i.test(title);
  // A title whose head (before its first preposition) is a kind of network: "Sliced Recursive Transformer", "Knowledge Fusion Transformers
  // for ...", "Convolutional Kolmogorov-Arnold Networks" (not "Scaling Transformers to ...", "How Crucial is Transformer ...", one word).
  const head = headOf(title.split(':')[0]);
  // (Not a class of networks, "Binary Neural Networks with ...", nor a title that says what one does: "Deep Linear Networks ... Learn Low-Rank Solutions".)
  const networkHead = /\s/.test(head) && /\b(?:networks?|transformers?|backbones?|architectures?)$/i.test(head) && !/^\S+ing\b|^(?:how|what|why|when|is|are|do|does|can)\b/i.test(head)
    && !/\bneural networks$/i.test(head) && !/\b(?:learn|learns|are|is|can|cannot|do|does|need|needs|fail|fails|generali[sz]e|generali[sz]es|become|exhibit|exhibits)\b/i.test(title);
  // A network's shape: how deep or wide it is, how its layers connect ("networks that are substantially deeper", ResNet).
  const shaped = /\b(?:deeper|depth(?!\s+(?:estimation|maps?|prediction|completion|images?|sensors?|cameras?|data))|wider|\d+[- ]layers?|skip connections?|shortcut connections?|receptive fields?)\b/i.test(abstract);
  const architecture = (ARCHITECTURE_PROPOSAL.test(abstract) ? 2 : 0) + (hasName ? 1 : 0) + (modelTitle || networkHead ? 2 : 0)
    // A part of a network swapped for another is a new network, and so is the layer or block the work results in.
    + (REPLACED_PART.test(abstract) || RESULTING_PART.test(abstract) ? 2 : 0)
    // A name the paper gives a model of its own, in so many words.
    + (ARCHITECTURE_APPOSITIVE.test(abstract) || passive !== null ? 3 : 0) + (OUR_NAMED_MODEL.test(abstract) || OUR_NAMED_BLOCK.test(abstract) ? 2 : 0)
    // A layer or network the title opens with and the abstract says what it is (not "Pruning Vision Transformers": what is done to one).
    // (A name: a name-like word or several capitalised ones, not "Fusion is a ...".)
    + ([...abstract.matchAll(DEFINED_BLOCK)].some((match) => (isNameToken(match[1]) || /\s/.test(match[1])) && title.startsWith(match[1])) ? 3 : 0);
  if (analysis >= 3 && analysis > architecture) return 'analysis';
  // A title that is a way of training ("Focal Loss for ...") needs less from its abstract.
  if ((method >= 3 || methodTitle) && method > architecture) return 'method';
  if (architecture === 0 && analysis >= 2) return 'analysis';
  // Nothing proposed at all, and something found: an analysis ("We find that the model represents the steps of the pipeline").
  if (architecture === 0 && analysis >= 1 && analysis >= method && !METHOD_PROPOSAL.test(abstract) && !DOES_SOMETHING.test(abstract)) return 'analysis';
  // Nothing proposed that reads as a model, and something done to one: a method. A framework that makes networks deeper is a model (ResNet).
  if (architecture === 0 && !shaped && method >= 1 && method >= analysis) return 'method';
  return 'architecture';
}

// ---------------------------------------------------------------- name

/** A token that reads as a model name: SReT, T2T-ViT, LookupViT, Mamba-YOLO, Δ-DiT, transNormer, GMAN. */
/** A version written as a word of its own after a name: "1.5" (InternVL 1.5), "v2" (SceneFormer v2). */
const VERSION = String.raw`(?:\d+\.\d+|v\d+(?:\.\d+)*)`;
const VERSION_WORD = new RegExp(`^${VERSION}$`);
// (A version after a digit is part of it: Phi-1.5, Qwen2.5-Math; and one after a space: InternVL 1.5, U-DiT v2.)
const NAME_TOKEN = new RegExp(`^(?:[A-ZΔ][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:-[A-Za-z0-9]+|\\.\\d[A-Za-z0-9]*)*(?: ${VERSION})?$`);
/** A name as a proposal gives it, with a version after a digit ("Phi-1.5") or before the comma of an apposition ("InternVL 1.5, an ..."), not the full stop after it. */
const NAME_CAPTURE = String.raw`[A-Za-zΔ][\w\-]*(?:(?<=\d)\.\d[\w\-]*)*(?: ${VERSION}(?=,))?`;
const NOT_NAMES = new Set(['A', 'An', 'The', 'We', 'Our', 'This', 'In', 'It', 'Transformer', 'Transformers', 'Deep', 'Neural', 'Network', 'Networks',
  'CNN', 'CNNs', 'RNN', 'RNNs', 'LSTM', 'MLP', 'MLPs', 'NLP', 'CV', 'SOTA', 'LLM', 'LLMs', 'GPU', 'GPUs', 'CPU', 'ViT', 'ViTs', 'SSM', 'SSMs', 'MoE',
  'BERT', 'GPT', 'AI', 'ML', 'DL', 'KAN', 'KANs', 'DiT', 'FFN', 'MHSA', 'MHA', 'ImageNet', 'COCO', 'Vision', 'Language', 'Large', 'Efficient', 'Code',
  // Names of fields and tasks, not of models.
  'ConvNet', 'ConvNets', 'ASR', 'NER', 'NLU', 'NLG', 'OCR', 'CTR', 'NAS', 'KD', 'SSL', 'RL', 'GNN', 'GNNs', 'MPNN', 'MPNNs', 'VLM', 'VLMs', 'VQA', 'QA', 'KV', 'LoRA', 'PEFT', 'SFT', 'RLHF', 'HTD', 'HGR', 'TTS', 'MT']);

/** Names of well-known models and methods (not names where a paper only uses them): the paper's own where its title or proposal gives them ("LoRA: ..."). */
const WELL_KNOWN = new Set(['BERT', 'GPT', 'LoRA', 'KAN', 'DiT', 'ViT', 'ImageNet', 'COCO']);

/**
 * A token that reads as a model's name. A plain capitalised word (Mamba, Informer) only
 * counts where the title puts it before a colon (`loose`); in running text it is just a word.
 */
function isNameToken(token: string, loose = false): boolean {
  if (!NAME_TOKEN.test(token) || NOT_NAMES.has(token)) return false;
  // An adjective made with a hyphen is no name: "IO-aware", "GPU-efficient", "CNN-based".
  if (/-(?:aware|based|free|efficient|driven|guided|level|wise|specific|agnostic|like|style|friendly|centric|oriented|conditioned|augmented)$/.test(token)) return false;
  const letters = token.replace(/[^A-Za-z]/g, '');
  // A part after a hyphen marks a name when it is not a plain capitalised word: "Mamba-YOLO", "Swin-B", "T2T-ViT", not "Low-Rank" or "Sharpness-Aware".
  const internalCapital = /[A-Z]/.test(token.split('-')[0].slice(1)) || /^[a-z]+[A-Z]/.test(token) || token.split('-').slice(1).some((part) => /\d|^.+[A-Z]|^[A-Z]+$/.test(part));
  // "Q-Bridge", "K-Net": one capital, a hyphen, a capitalised word.
  return internalCapital || /^[A-Z]-[A-Z][a-z]/.test(token) || /\d/.test(token) || /(former|net|vit|gpt|bert)$/i.test(token) || (loose && letters.length >= 3 && /^[A-Z][a-z]+(-[a-z]+)*$/.test(token));
}

/** Text from a title or an abstract, matched as itself inside a pattern ("C++" is no pattern). */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const fold = (text: string): string => text.toLowerCase().replace(/[\s\-_]+/g, '');

/** The title's short name when it looks like a model's name: one name-like token, or capitalised words. */
function titleShortName(title: string): string | null {
  const head = shortNameOf(title, { dash: true });
  // What kind of paper a title says it is ("Position: ...") names nothing.
  if (!head || /^(?:Position|Perspective|Opinion|Commentary|Tutorial|Viewpoint)$/i.test(head)) return null;
  const words = head.split(/\s+/);
  // "wav2vec", "word2vec", "pix2pix": lowercase names joined by a digit; "wav2vec 2.0": a name and its version.
  // A well-known name is the title's own unless the title looks at it ("ViT: Do Vision Transformers See Like CNNs?").
  const rest = title.includes(':') ? title.slice(title.indexOf(':') + 1).trim() : '';
  const ownWellKnown = (word: string): boolean => WELL_KNOWN.has(word) && !ANALYSIS_TITLE.test(title) && !ANALYSIS_TITLE.test(rest);
  // (Before a colon, capitalised words joined by hyphens, "Mamba-Sea:", and a lowercase prefix on an acronym, "fine-CLIP:", are names too.)
  const joined = (word: string): boolean => isNameToken(word, true) || ownWellKnown(word) || /^[a-z]+\d[a-z]+$/.test(word)
    || (title.startsWith(`${word}:`) && /^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[a-z]+-[A-Z]{2,}[A-Za-z0-9]*)$/.test(word) && !ANALYSIS_TITLE.test(rest));
  if (words.length === 1) return joined(head) ? head : null;
  if (words.length === 2 && /^[a-z]+\d[a-z]+$/.test(words[0]) && /^v?\d+(?:\.\d+)*$/.test(words[1])) return head;
  // "SceneFormer v2": a name and its version.
  if (words.length === 2 && isNameToken(words[0], true) && /^v/.test(words[1]) && VERSION_WORD.test(words[1])) return head;
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

/** What a proposal names: "a new pooling strategy, X Y,", not "a new protocol for clinics, X Y,". */
const PROPOSED_THING = String.raw`(?:strateg(?:y|ies)|methods?|models?|architectures?|networks?|frameworks?|approach(?:es)?|techniques?|algorithms?|modules?|layers?|blocks?|mechanisms?|benchmarks?|datasets?|pooling|attention|loss|objective|regime|scheme|family|backbone)`;
/** Two to five capitalised words: a name like "Multi-Layers Trainable Pooling" or "Macaron Net". */
const SEVERAL_WORDS = String.raw`[A-Z][\w-]{0,30}(?:\s[A-Z][\w-]{0,30}){1,4}`;

/** Words that open a clause, capitalised or not, never a name: "called However, ...". */
const DISCOURSE_WORDS = /^(?:However|Further|Furthermore|Moreover|Also|Then|Thus|Here|Finally|Additionally|Specifically|Notably|Instead|Overall|Together|Therefore|Hence|Indeed)$/;
const PROPOSAL_VERBS = '(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|call(?:ed)?|name[sd]?|term(?:ed)?(?: as)?|dub(?:bed)?|refer(?:red)? to\\s[^.]{1,60}?\\sas|(?<=\\b[Ww]e\\s)refer to as)';

/**
 * Whether an acronym's capitals spell the words before it, from the first word's first letter, each capital a word's first letter or a
 * capital inside a word: "QuaRTZ" for "Quantization via Residual Truncation and Zero Suppression", "MADEON" for "MAmba-based DEcoder-ONly
 * approach", "ToFu" for "Token Fusion" (not "ViT" for "novel method based on Vision Transformers").
 */
function spellsAcronym(words: string, acronym: string): boolean {
  const letters = words.replace(/["“”]/g, '').split(/[\s-]+/).filter(Boolean).flatMap((word) => [word[0].toUpperCase(), ...word.slice(1).replace(/[^A-Z]/g, '')]);
  const capitals = acronym.replace(/[^A-Z]/g, '');
  if (capitals.length < 2 || letters[0] !== capitals[0]) return false;
  let at = 0;
  for (const letter of letters) if (letter === capitals[at]) at++;
  return at === capitals.length;
}

/** Words a proposal puts before the name it spells: "novel and simple", "new, lightweight". */
const LEADING_ADJECTIVES = /^(?:(?:novel|new|simple|efficient|lightweight|effective|general|unified|scalable|robust|powerful|flexible|versatile|and),?\s+)+/i;
/** The acronyms a proposal defines and spells ("we propose Quantization via ... (QuaRTZ)", "a method named Geometric-Facilitated Molecular Diffusion (GFMDiff)"). */
function proposedAcronyms(abstract: string): string[] {
  const found: string[] = [];
  for (const match of abstract.matchAll(/\b(?:(?:[Ww]e|[Tt]his (?:paper|work)|and)\s+(?:propose|introduce|present|develop|design)[sd]?\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+){1,5}?(?:named|called|termed|dubbed)\s+)?|[Oo]ur\s+)((?:["“]?[\w-]+["”]?\s+){1,7}?)\(([A-Za-z][\w-]{0,30}[A-Z][\w-]{0,30})\)/g)) {
    // (After the adjectives a proposal opens with: "a novel and simple Patch-based MLP (PatchMLP)".)
    if (spellsAcronym(match[1].replace(LEADING_ADJECTIVES, ''), match[2])) found.push(match[2]);
  }
  return found;
}

function nameFromAbstract(abstract: string): string | null {
  const candidates = new Map<string, number>();
  const add = (token: string, weight: number, wellKnown = false, loose = false): void => {
    // "graph attention networks (GATs)": an acronym in the plural names one model.
    const clean = token.replace(/[.,;:)]+$/, '').replace(/^([A-Z]{2,})s$/, '$1');
    if (isNameToken(clean, loose && !DISCOURSE_WORDS.test(clean)) || (wellKnown && WELL_KNOWN.has(clean))) candidates.set(clean, (candidates.get(clean) ?? 0) + weight);
  };
  /** A plain word named on its own ("dubbed Kestrel,", "We call it Ripple."), not the first of several ("named Adaptive Sparse Trainer"). */
  const alone = (match: RegExpMatchArray): boolean => /^["”’]?(?:[.,;:)]|$)/.test(abstract.slice((match.index ?? 0) + match[0].length));
  // A lowercase name joined by a digit where the paper gives it as a name: "a tool called word2vec", "We call it audio2vec", "We propose
  // sound2vec, a ..." (not "a seq2seq model", "an e2e recognizer", "a node2vec-based approach").
  for (const match of abstract.matchAll(/\b(?:called|named|dubbed|termed|[Ww]e (?:call|name) (?:it|this (?:model|method)))\s+([a-z]+\d[a-z]+)(?![\w-])|\b(?:propose|present|introduce)[sd]?\s+([a-z]+\d[a-z]+),\s+(?:a|an)\b/g)) {
    const token = match[1] ?? match[2];
    if (!/^(?:seq2seq|e2e|p2p|b2b|end2end|text2sql|img2img|im2col|col2im)$/.test(token)) candidates.set(token, (candidates.get(token) ?? 0) + 3);
  }
  // "called X", "named X", "we propose X", "termed as X", "model, X,", "model, namely X,"
  // (After "called", "named", "dubbed" or "termed", a plain capitalised word is a name too: "dubbed Kestrel".)
  for (const match of abstract.matchAll(new RegExp(`\\b${PROPOSAL_VERBS}\\s+(?:(?:a|an|the|our|new|novel|this)\\s+)?(${NAME_CAPTURE})`, 'g'))) {
    // (And after "which we call" or "which we refer to as": "Our model, which we refer to as Gale, stacks ...".)
    const naming = /^(?:called|named|dubbed|termed|refer to as)\s/.test(match[0]) || (/^(?:call|term|name|dub)\s/.test(match[0]) && /\b[Ww]e\s$/.test(abstract.slice(Math.max(0, (match.index ?? 0) - 3), match.index)));
    add(match[1], 3, false, naming && alone(match));
  }
  for (const match of abstract.matchAll(new RegExp(`\\b${PROPOSAL_VERBS}\\b[^.]{0,120}?\\b(?:model|architecture|structure|network|framework|method|technique|benchmark|dataset|family|transformer|approach|backbone)\\s*(,\\s*namely,?|,|called|named|termed(?: as)?|dubbed)\\s+([A-Za-zΔ][\\w\\-]*)`, 'gi'))) {
    // (Named in so many words, "a lightweight super-resolution network named TCSR", it outweighs a module's acronym said more often.)
    add(match[2], match[1] === ',' ? 3 : 5);
  }
  // "We address these issues with Monorail, a simplified sparse Transformer": the name a paper answers a problem with.
  for (const match of abstract.matchAll(/\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:\w+\s+)?(?:address|tackle|solve|overcome|remedy|mitigate|resolve|fix)(?:es|s|ed)?\s+(?:these|this|the|both|such|all)\b[^.]{0,60}?\bwith\s+([A-Z][\w-]*),\s+(?:a|an)\s/g)) add(match[1], 3, false, true);
  // "our model, FFTConv-Net,", "The resulting model, MiniLMx,", "The network described here, LeNet-5," (not "The teacher network, ResNet-152,").
  for (const match of abstract.matchAll(/\b(?:[Oo]ur (?:new |novel |proposed |resulting |final )?(?:\w+ ){0,3}?|[Tt]he (?:new|novel|proposed|resulting|final) (?:\w+ ){0,3}?)(?:model|architecture|method|network|system|tool|approach|framework|algorithm|recipe|module|layer|block),\s+([A-Za-zΔ][\w-]*),|\b[Tt]he (?:\w+ ){0,2}?(?:model|architecture|network|system) described here,\s+([A-Za-zΔ][\w-]*),/g)) {
    // (Set apart by commas as the name, a plain capitalised word is one: "The resulting model, Hydrant, requires".)
    add(match[1] ?? match[2], 3, false, true);
  }
  // "Objective: To develop and validate RetinaScreen, a deep convolutional neural network": a structured abstract's aim names its model.
  for (const match of abstract.matchAll(/\b(?:develop|design|build|train)\s+and\s+(?:validate|evaluate|test)\s+([A-Za-zΔ][\w-]*),\s+(?:a|an)\s/g)) add(match[1], 3);
  // "We combine the two into a single block, yielding the Convoformer": what a proposal yields.
  // Only "the" or "our" X, ending there or before a model word, not followed by what it gains ("giving RoBERTa a 1.1-point gain", "yielding BLEU gains").
  for (const match of abstract.matchAll(/\b(?:yielding|resulting in|which gives|giving) (?:the|our) ([A-Z][\w-]*)(?=\s*[,.;]|\s*$|\s+(?:model|architecture|network|block|layer|transformer)s?\b)/g)) add(match[1], 3);
  // "We propose Low-Rank Adaptation, or LoRA": the short name a proposal gives after "or".
  // The short name spells the long one ("LoRA": Low-Rank Adaptation), after a comma, and ends there ("so-called BERT or GPT" names nothing).
  for (const match of abstract.matchAll(new RegExp(`\\b${PROPOSAL_VERBS}\\s+(?:(?:a|an|the)\\s+)?((?:[A-Z][\\w-]*\\s+){0,5}[A-Z][\\w-]*),\\s+or\\s+([A-Za-zΔ][\\w-]*)(?=[,.;)]|\\s+(?:which|that)\\b)`, 'g'))) {
    const initials = match[1].split(/[\s-]+/).map((word) => word[0]).join('').toUpperCase();
    const capitals = match[2].replace(/[^A-Z]/g, '');
    if (capitals.length >= 2 && initials.includes(capitals)) add(match[2], 4, true);
  }
  // "we train GPT-3, an autoregressive language model": the model a paper trains and introduces in one breath.
  // Not a standard model it trains ("We train ResNet-50, a standard convolutional network").
  for (const match of abstract.matchAll(/\b[Ww]e\s+(?:also\s+)?(?:pre-?)?train(?:ed)?\s+([A-Z][\w-]*)(?:\s\([^)]{1,20}\))?,\s+(?:a|an)\s+(?!(?:standard|existing|off-the-shelf|popular|pre-?trained|well-known|baseline|conventional|vanilla|classic)\b)(?:[\w-]+\s+){0,4}?(?:model|network|transformer)s?\b(?!,?\s+on\b)/g)) add(match[1], 3);
  // "A new model, XFN, is presented": an older paper's passive proposal.
  const passive = passiveProposal(abstract);
  if (passive) add(passive[3], 3);
  // "This paper describes LatticeNet, a convolutional network", "an encoder-decoder model with a learned alignment, referred to as AlignNMT,"
  // (not "describes how PPO diverges", "a failure mode referred to as DimCollapse").
  for (const match of abstract.matchAll(/\b(?:[Tt]his (?:paper|work|article)|[Ww]e)\s+describes?\s+([A-Z][\w-]*),\s+(?:a|an)\b|\b(?:model|network|architecture|method|approach|framework|algorithm|system|encoder-decoder|mechanism|module|layer|block)s?\b(?:(?!\b(?:mode|phenomenon|problem|effect|issue|behaviou?r|failure)\b)[^.]){0,60}?\breferred to as\s+([A-Z][\w-]*)(?![\w/-])/g)) add(match[1] ?? match[2], 3);
  // "We release Quill-Coder, a family of open code models": what a paper releases as its own models (not "we release our code").
  for (const match of abstract.matchAll(/\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:also\s+)?(?:release|open-source)[sd]?\s+([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*),\s+(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:models?|LLMs?|family|suite|series|networks?|transformers?|datasets?|benchmarks?|corpus)\b/g)) {
    if (!NOT_NAMES.has(match[1])) candidates.set(match[1], (candidates.get(match[1]) ?? 0) + 3);
  }
  // "The resulting model, the Neural Interaction Machine (NIM),": the acronym of the name a resulting model is given.
  for (const match of abstract.matchAll(/\b[Tt]he resulting (?:model|architecture|network|method),\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,6}\(([A-Z][\w-]{1,30})\)/g)) add(match[1], 4);
  // "We call the resulting model CLIP.", "we call it ViT", "We extend LLaVA ... and call the resulting model RegionLLaVA".
  // A name in quotes is the name too: 'we call the resulting method "FlowPatch"'.
  for (const match of abstract.matchAll(/\b(?:[Ww]e|and)\s+(?:call|name|term|dub)\s+(?:it|this|(?:this|these|the)\s+(?:[\w-]+\s+){0,3}?(?:model|architecture|network|method|framework|approach|system|procedure|algorithm|technique)s?)\s+["“‘]?([A-Za-zΔ][\w-]*)["”’]?(?=[.,;]|\s+(?:and|which|that)\b|$)/g)) add(match[1], 3, false, alone(match));
  // "a lightweight recurrent network, hereafter TinyVoice,", "(henceforth called STGA-Net)": the name a paper uses from then on.
  const hereafter = /\b(?:hereafter|henceforth)\b/.test(abstract) ? sentencesOf(abstract).filter((sentence) => OWN_WORK.test(sentence) || /\b(?:is|are) (?:proposed|presented|introduced|developed)\b/.test(sentence)).join(' ') : '';
  for (const match of hereafter.matchAll(/\b(?:model|architecture|network|method|framework|approach|system|algorithm|module|scheme|technique)s?,?\s+\(?(?:hereafter|henceforth)(?:\s+(?:called|referred to as|named|termed|denoted))?\s+["“‘]?([A-Za-zΔ][\w-]*)/g)) add(match[1], 3);
  // "We propose a new simple network architecture, the Transformer, based solely on attention": a generic word is a name
  // where a proposal sentence gives it as the name of what it proposes.
  for (const match of abstract.matchAll(new RegExp(`\\b[Ww]e ${PROPOSAL_VERBS} (?:a|an) (?:[\\w-]+ ){0,4}(?:architecture|model|network),\\s+the ([A-Z][a-z]+),`, 'g'))) {
    candidates.set(match[1], (candidates.get(match[1]) ?? 0) + 4);
  }
  // "we propose Quantization via Residual Truncation and Zero Suppression (QuaRTZ), a ...", "Our MAmba-based DEcoder-ONly approach (MADEON)":
  // the acronym a proposal defines, where its capitals spell the words it follows from their first.
  for (const acronym of proposedAcronyms(abstract)) add(acronym, 3);
  // "Some Long Name (ACRONYM)" inside a proposal sentence.
  for (const sentence of sentencesOf(abstract)) {
    if (!new RegExp(`\\b${PROPOSAL_VERBS}\\b|\\bour (model|method|procedure|approach|algorithm|technique)\\b`, 'i').test(sentence)) continue;
    for (const match of sentence.matchAll(/(?<![\w-])[A-Za-z][\w-]{0,40}(?:\s+[\w-]{1,40}){0,6}\s+\(([A-Za-z][\w-]{0,30}[A-Z0-9][\w-]{0,30})\)/g)) add(match[1], 4);
    // "We present Miras, a general framework": a plain word is a name where the sentence introduces it.
    for (const match of sentence.matchAll(new RegExp(`\\b(?:[Ww]e|[Tt]his (?:paper|work))\\s+${PROPOSAL_VERBS}\\s+([A-Z][a-z]+(?:-[A-Za-z0-9]+)*),\\s+(?:a|an)\\b`, 'g'))) {
      if (!NOT_NAMES.has(match[1])) candidates.set(match[1], (candidates.get(match[1]) ?? 0) + 3);
    }
  }
  // A name of several capitalised words where a proposal gives it: "a new pooling strategy, Multi-Layers Trainable Pooling, which",
  // "we call the network with this new architecture the Macaron Net", "we refer to these models as Transformer Programs".
  const several = (phrase: string, weight: number): void => {
    const words = phrase.split(/\s+/);
    if (words.every((word) => NOT_NAMES.has(word) || word === 'These' || word === 'Its')) return;
    candidates.set(phrase, (candidates.get(phrase) ?? 0) + weight);
  };
  for (const match of abstract.matchAll(new RegExp(`\\b(?:[Ww]e|[Tt]his (?:paper|work))\\s+(?:also\\s+)?${PROPOSAL_VERBS}\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,5}?${PROPOSED_THING},\\s+(${SEVERAL_WORDS}),`, 'g'))) several(match[1], 3);
  for (const match of abstract.matchAll(new RegExp(`\\b[Ww]e\\s+(?:call|refer to)\\s+(?:it|them|this|these|the)\\b[^.]{0,60}?\\s(?:as\\s+(?:the\\s+)?|the\\s+)(${SEVERAL_WORDS})(?=[.,;]|\\s+(?:and|which|that)\\b)`, 'g'))) several(match[1], 3);
  // "MASA (Matrix Atom Sharing in Attention)": a name followed by what it stands for.
  for (const match of abstract.matchAll(/\b([A-Z][A-Za-z0-9]{0,30}[A-Z][\w-]{0,30})\s+\(((?:[A-Z][\w-]{0,30}\s+(?:(?:of|for|in|and|with|on)\s+)?){1,7}[A-Z][\w-]{0,30})\)/g)) {
    const initials = match[2].split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('');
    if (match[1].toUpperCase().startsWith(initials.slice(0, 2))) add(match[1], 3);
  }
  // "... doubly stochastic Transformer (QDSFormer)": a parenthesised name shaped like a model's.
  for (const match of abstract.matchAll(/\(([A-Za-z][\w-]{0,40}(?:former|Former|Net|ViT|GPT|BERT|DETR))\)/g)) add(match[1], 2);
  let best: string | null = null;
  let bestScore = 0;
  for (const [token, weight] of candidates) {
    const score = weight + count(abstract, new RegExp(`(?<![\\w-])${escapeRegExp(token)}(?![\\w-])`));
    if (score > bestScore) {
      best = token;
      bestScore = score;
    }
  }
  return best;
}

function nameOf(title: string, abstract: string): { name: string | null; fromTitle: boolean } {
  // A code link spells the title too (github.com/x/long-range-arena): names are read from the prose.
  const prose = abstract.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
  const fromTitle = nameFromTitle(title, prose);
  if (fromTitle) return { name: fromTitle, fromTitle: true };
  return { name: nameFromAbstract(prose), fromTitle: false };
}

function nameFromTitle(title: string, abstract: string): string | null {
  const short = titleShortName(title);
  if (short) {
    // The title's own spelling where the abstract has it too ("SpectFormer", not a later "Spectformer").
    const spelled = new RegExp(`(?<![\\w-])${escapeRegExp(short)}(?!\\w)`).test(abstract) ? short : spelledInAbstract(short, abstract);
    // A name of several words is written as one: every word capitalised or a version ("Ladder Residual", "SceneFormer v2", not "pooling and attention").
    if (spelled && (!spelled.includes(' ') || spelled.split(/\s+/).every((word) => /^[A-Z0-9Δ]/.test(word) || VERSION_WORD.test(word)))) {
      // "Kolmogorov-Arnold Attention (KArAt)": the acronym is the name people use.
      // (Also after the quotes a name is given in: "“Token Fusion” (ToFu)".)
      const acronym = new RegExp(`${escapeRegExp(spelled)}["”’]?\\s+\\(([A-Za-z][\\w-]{0,30}[A-Z][\\w-]{0,30})\\)`).exec(abstract);
      return acronym ? acronym[1] : spelled;
    }
    if ((!short.includes(' ') && (isNameToken(short, true) || WELL_KNOWN.has(short))) || /^[a-z]+\d[a-z]+(?: v?\d+(?:\.\d+)*)?$/.test(short)) return short;
  }
  // "Distributional Advantage Networks" and "The Distributional Advantage Network (DAN) separates ...": the acronym the abstract gives the
  // words the title opens with (in the singular or the plural).
  const head = headOf(title.includes(':') ? title.slice(0, title.indexOf(':')) : title);
  if (/\s/.test(head)) {
    const singular = (words: string): string => fold(words.replace(/(?<=[a-z])s\b/g, ''));
    const target = singular(head);
    // (Words start where a word does: a run of capitals inside one word is not tried at each of them, which was quadratic.)
    const proposed = proposedAcronyms(abstract);
    for (const match of abstract.matchAll(/((?:(?<![\w-])[A-Z][\w-]*\s+){1,6})\(([A-Za-z][\w-]{0,30}[A-Z][\w-]{0,30})\)/g)) {
      // (Not a term the title opens with where the proposal names its own: "Post-Training Quantization (PTQ)" beside "we propose ... (QuaRTZ)".)
      if (singular(match[1]).endsWith(target) && isNameToken(match[2]) && proposed.every((acronym) => acronym === match[2])) return match[2];
    }
  }
  const fromTitleStart = /^([A-Za-z][\w-]{0,40}[A-Z0-9][\w-]{0,40})\b/.exec(title);
  if (fromTitleStart && isNameToken(fromTitleStart[1]) && new RegExp(`\\b${escapeRegExp(fromTitleStart[1])}\\b`).test(abstract) && !nameFromAbstract(abstract)) return fromTitleStart[1];
  return null;
}

// ---------------------------------------------------------------- family

/** Self-attention by name, which makes attention in a title a transformer's even beside a recurrent or convolutional network. */
const SELF_ATTENTION = /\b(?:self|multi-head(?:ed)?)[- ]attention\b/i;
/** A title that leaves recurrence behind ("Replacing Recurrent Layers with Attention", "Sequence Modeling without Recurrence"). */
/** A title that sets attention aside: "Is Attention Necessary for Keyword Spotting?", "Do We Need Attention for Forecasting?", "Competitive with Attention". */
const AWAY_FROM_ATTENTION = /\b(?:is|are)\s+(?:self-)?attention\s+(?:necessary|needed|required|essential)\b|\bneed\s+(?:self-)?attention\b|\b(?:without|beyond|instead of|versus|vs\.?|competitive with|rival\w*|replac\w*)\s+(?:self-)?attention\b|\battention[- ]free\b/i;
/** A work that says it has no attention: "an attention-free sequence model", "it has no attention at all", "no attention is used anywhere". */
const NO_CONVOLUTION = /\bconvolution-free\b|\b(?:purely|pure|fully) attention-based\b|\bwithout (?:any )?convolutions?\b|\b(?:has|have|uses?|with|needs?)\s+no\s+convolutions?\b/i;
const NO_ATTENTION = /\battention-free\b|\b(?:has|have|uses?|with|needs?|requires?|contains?)\s+no\s+(?:self-)?attention\b|\bno\s+(?:self-)?attention\s+is\s+used\b/i;
/** What joins two parts of one network: "combines", "pairs", "interleaves", "alternates", "fuses"; early stages of one kind, later of another. */
const COMBINES = /\b(?:combin(?:e|es|ed|ing)|pair(?:s|ed|ing)?|interleav(?:e|es|ed|ing)|alternat(?:e|es|ed|ing)|fus(?:e|es|ed|ing)|coupl(?:e|es|ed|ing))\b|\bearly stages\b[^.]{0,120}\blater stages\b/i;
/** The parts of a network by family, as a sentence that joins them names them. */
const PART_FAMILIES = [/\bconv(?:olution\w*|Nets?)?\b|\bCNNs?\b/i, /\battention\b|\btransformers?\b|\bconformers?\b/i, /\bstate[- ]space\b|\bSSMs?\b|\bMamba\d?\b/i, /\brecurren\w*|\bLSTMs?\b|\bGRUs?\b/i];
const PART_FAMILY_NAMES = ['cnn', 'transformer', 'ssm', 'rnn'];
/** The same families named as such, where a sentence's joining them adds them: no graph convolution, no attention alone (a state space or recurrent part is named as before). */
const NAMED_PART_FAMILIES = [/(?<!\bgraph\s)\bconv(?:olution(?:al|s)?|Nets?)\b|\bCNNs?\b/i, /\btransformers?\b|\bself-attention\b|\bconformers?\b|\bViTs?\b/i, PART_FAMILIES[2], PART_FAMILIES[3]];
const AWAY_FROM_RECURRENCE = /\b(?:replac\w*|without|beyond|instead of|remov\w*|dispens\w*)\s+(?:the\s+|all\s+)?(?:recurren\w*|RNNs?|LSTMs?|GRUs?)\b/i;

/**
 * A hybrid model: the word before what is combined ("a hybrid CNN-Transformer model", "hybrid attention", "a hybrid of convolution and
 * attention"); not another hybrid thing ("a hybrid oversampling method", "hybrid search").
 */
const HYBRID_MODEL = /\bhybrid\b(?=(?:\s+[\w-]+){0,3}?\s+(?:models?|architectures?|networks?|backbones?|designs?|encoders?|decoders?|blocks?|layers?|modules?|transformers?|CNNs?|RNNs?|LSTMs?|attention|mixers?|frameworks?|structures?|of)\b)|\ban? hybrid\s+(?:that|which|combining|between)\b/i;
/** A state space model by name (not SSD: a single-shot detector far more often than Mamba-2's duality, which is called a state space model anyway). */
const SSM = /state[- ]space|\bSSMs?\b|\bMamba\d?\b|\bS4\b/i;

/** The families of what a paper proposes; a benchmark's from its title alone. */
function familiesOf(title: string, rawAbstract: string, benchmark: boolean): string[] {
  const abstract = benchmark ? '' : rawAbstract;
  const all = `${title}. ${abstract}`;
  const families = new Set<string>();

  // Attention in a title is a transformer's, unless it is a convolutional network's module ("Convolutional Block Attention Module"), or a
  // recurrent or graph network's ("Recurrent Attention for Captioning", "Graph Attention Networks") where the title does not say self-attention.
  const titleTransformer = /transformer|former\b|\bvit\b|\bdit\b|\bbert\b|\bgpt\b|\bllms?\b/i.test(title) || PRETRAINED_TRANSFORMERS.test(title)
    || (/attention/i.test(title) && !AWAY_FROM_ATTENTION.test(title) && !/\bconv(?:olution\w*|Nets?)?\b|\bCNNs?\b/i.test(title) && (!CNN_NAMES.test(title) || SELF_ATTENTION.test(title))
      && (!/\bgraph attention\b|\brecurrent\b|\bLSTMs?\b|\bRNNs?\b|\bGRUs?\b/i.test(title) || SELF_ATTENTION.test(title) || AWAY_FROM_RECURRENCE.test(title))
      // (Nor where the abstract names no transformer or self-attention and builds the attention into a recurrent or a graph network:
      // "Look-Back Attention for Neural Machine Translation" over an LSTM encoder-decoder, "Adaptive Hop Attention Networks" over nodes.)
      // (Or into a convolutional network: "attention maps that re-weight the features of a deep convolutional backbone".)
      && (/\btransformers?\b|self-attention/i.test(abstract) || !/\brecurrent\b|\bLSTMs?\b|\bRNNs?\b|\bGRUs?\b|\bmessage[- ]passing\b|\bnodes\b|\bconvolutional\b|\bCNNs?\b/i.test(abstract)));
  // Families the work is compared with, or that frame it as background, are not what it proposes.
  // (And the limits of others: a sentence that says what others fall short in names their families; the task it names is often the work's.)
  const sentences = ownSentences(abstract).filter((sentence) => !(OTHERS_LIMITS.test(sentence) && claimOfOthers(sentence)));
  const ownText = sentences.map((sentence) => sentence.replace(COMPARED, ' ')).join(' ');
  // A state space model the title names or the paper's own sentences do ("outperforming Mamba2 and GLA" compares with one).
  // (Or one the work puts in place of attention: "we replace every attention layer with a Mamba layer".)
  const ssm = SSM.test(title) || SSM.test(ownText)
    || sentences.some((sentence) => OWN_WORK.test(sentence) && !/\b(?:unlike|prior|previous|existing|earlier)\b/i.test(sentence) && /\breplac\w*\b(?:(?!\bwith\b)[^.]){0,80}\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:Mamba\d?|SSMs?|state[- ]space)\b/i.test(sentence));
  if (ssm) families.add('ssm');
  const ownWork = sentences.filter((sentence) => OWN_WORK.test(sentence)).map((sentence) => sentence.replace(COMPARED, ' ')).join(' ');
  // What the work does with transformers: says so twice, uses LLMs or a pretrained transformer by name ("we fine-tune DistilBERT"),
  // or a pretrained or autoregressive language model of today (a recurrent one is not a transformer).
  if (titleTransformer || (!ssm && (count(ownText, /\btransformers?\b|self-attention/i) >= 2 || /\b(large language models?|LLMs?)\b/i.test(ownText) || PRETRAINED_TRANSFORMERS.test(ownText)
    // (So is the language model a title names: "Probing Benchmark Contamination in Code Language Models"; not a benchmark's, whose title is
    // read alone: a benchmark for language models proposes none.)
    || ((/\b(?:pre-?trained|autoregressive|masked|causal|foundation) language models?\b/i.test(ownText) || (!benchmark && /\blanguage models?\b/i.test(title) && !/\b(?:vs\.?|versus|than|outperforms?|beyond|without|need|replace)\b/i.test(title))) && !/\brecurrent\b|LSTMs?\b|\bRNNs?\b|\bRWKV|\bn-gram\b|\bstate[- ]space\b|\bMamba/i.test(all))))) {
    families.add('transformer');
  }
  // A vision transformer the title or the paper's own sentences name (not one it outperforms: "outperforms Swin Transformer").
  if (/\b[Vv]ision [Tt]ransformers?\b|(?<![A-Za-z])ViTs?(?![a-z])|-ViT\b|ViT\b|\bSwin\b/.test(`${title}. ${ownText}`)) families.add('vision-transformer');
  if (/\bMLPs?\b|\bfully[- ]connected (?:neural |feed-?forward )?networks?\b/i.test(title) || /\bMLP-based (?:architecture|building block)|\bEmbedding&MLP\b|\bbased on MLPs\b|\ball-MLP\b/.test(abstract)
    || /\b(?:span|across|including|such as)\b[^.]{0,60}\b(?:multi-layer perceptron|MLP)s?\b[^.]{0,40}\barchitectures\b/i.test(abstract)) families.add('mlp');
  // A convolutional network in the title or the paper's own work (not beside a transformer it proposes), or among the architectures it spans.
  if ((!titleTransformer && (/\b(CNN|convolutional neural network)s?\b|(?<!\bgraph\s)\bconvolution/i.test(title) || CNN_NAMES.test(`${title}. ${ownWork}`)
      || /(?<!\bgraph\s)\b(?:deep |fully |residual |a |an |our )?convolutional (?:neural |[\w-]+ )?(?:networks?|architectures?|generators?|discriminators?|heads?|backbones?|torsos?)\b|\bCNN-based\b/i.test(ownWork)))
    || /\b(?:span|across|including|such as|variety of)\b[^.]{0,40}\b(?:convolutional neural network|CNN)s?\b[^.]{0,60}\barchitectures\b|\bconvolutional architectures\b/i.test(abstract)) families.add('cnn');
  // (A title that leaves one recurrent network behind may propose another: "Beyond LSTMs: Minimal Gated Recurrent Units".)
  if (/\b(RNN|recurrent|recurrence|LSTM|GRU|Legendre Memory|long short-term memory)\b/i.test(title.replace(AWAY_FROM_RECURRENCE, ' ')) || /\brecurrent (?:model|network)s?\b[^.]{0,40}\b(?:retaining|its sequential)/i.test(abstract)
    || (!titleTransformer && /\brecurrent neural networks?\b|\bLSTMs?\b|\bGRUs?\b|\bRNNs?\b/.test(ownWork))) families.add('rnn');
  if (/Kolmogorov[-–— ]Arnold|\bKANs?\b|\bKAT\b/.test(all)) families.add('kan');
  if (/\bspiking\b|\bSNNs?\b|neuromorphic/i.test(all)) families.add('spiking');
  if (/\bgraph transformers?\b|\bgraph multi-attention\b|\bgraph attention network|\bGNN-integrated transformer|transformer[^.]{0,40}\b(?:dynamic|arbitrary) graphs\b|\bgraphs?\b[^.]{0,12}\btransformers?\b/i.test(all)
    // A transformer whose title is about learning on graphs ("Graphormer: Do Transformers Really Perform Bad for Graph Representation?"), not about a knowledge graph.
    || (titleTransformer && /Graph\w*former|\bgraph (?:representation|classification)\b|\bgraph-structured data\b/i.test(title) && !/\bknowledge graphs?\b/i.test(title))) families.add('graph-transformer');
  if (/\bdiffusion(?:-based)? (?:models?|transformers?)\b|\bDiT\b|\bMMDiT\b|\bdenoising diffusion\b|\bdiffusion probabilistic\b|\bscore-based generative\b/i.test(all)) families.add('diffusion');
  // A diffusion policy or diffusion-based generative model the work itself uses (not one it compares with, nor information diffusion).
  if (/(?<!\binformation )\bdiffusion(?:-based)? (?:polic(?:y|ies)|generative models?)\b/i.test(ownText)) families.add('diffusion');
  // Feed-forward experts a router picks among, in the paper's own work ("we route each token to one of 128 feed-forward experts"; not human experts).
  // A language model of experts is a transformer of experts ("a sparse mixture-of-experts language model").
  if (/\b(?:mixture[- ]of[- ]experts|MoE) (?:(?:large )?language models?|LLMs?)\b/i.test(ownText) && !/\bLSTMs?\b|\brecurrent\b/i.test(ownText)) families.add('transformer');
  if (/mixture[- ]of[- ](?:experts|transformers)|\bMoE\b/i.test(all) || /\b(?:rout\w*|gating|dispatch\w*)\b[^.]{0,60}\b(?:feed-?forward|FFN|MLP) experts\b|\bexpert (?:feed-?forward |FFN |MLP )(?:sub-?)?networks\b|\bsparse experts\b/i.test(ownText)) families.add('moe');
  // Said so, convolution-augmented, or a title that joins convolution with transformers ("Introducing Convolutions to Vision Transformers";
  // a convolutional attention module is a CNN's, and a title that sets the two apart or is convolution-free joins nothing).
  if ((HYBRID_MODEL.test(`${title}. ${ownText}`) && !/\bhybrid classical-quantum\b/i.test(all)) || /\bconvolution-augmented\b/i.test(all)
    || ((/\bconv(?:olution\w*|Nets?)?\b|\bCNNs?\b/i.test(title) || CNN_NAMES.test(title)) && (/\btransformers?\b|\bViTs?\b/i.test(title) || SELF_ATTENTION.test(title))
      && !/\b(?:vs\.?|versus|compar\w*|than|beyond|without|instead of|replac\w*|beat\w*|outperform\w*|alternatives?)\b|^(?!.*\bconvolutions?\b(?![- ]free)).*\bconv(?:olution)?s?[- ]free\b/i.test(title))) families.add('hybrid');
  // What the paper builds on, said once where it says what it does: "we develop a system based on Transformer architectures".
  if (!families.has('ssm') && !families.has('rnn') && OWN_TRANSFORMER.test(ownWork)) families.add('transformer');
  // "It uses dilated causal convolutions": convolutions of a kind only a convolutional network has, in the paper's own work
  // (its sentences about itself, not "WaveNet uses dilated convolutions" before "We propose an attention-based model").
  const aboutTheWork = sentences.filter((sentence) => ABOUT_THE_WORK.test(sentence)).map((sentence) => sentence.replace(COMPARED, ' ')).join(' ');
  if (/\b(?:dilated|causal|depthwise|separable|temporal|gated|strided|transposed|deformable)(?: causal)?(?: (?:1|2|3)-?D| one-dimensional)? convolutions\b/i.test(aboutTheWork)) families.add('cnn');
  // The parts its own model is made of, where the paper says "we" or "our" of it ("Our model stacks convolutional layers and bidirectional
  // recurrent layers", "we use a convolutional feature encoder followed by a Transformer", "shared multi-layer perceptrons"); not in a
  // sentence that compares or speaks of baselines and earlier work.
  const parts = sentences.filter((sentence) => OWN_WORK.test(sentence) && !NOT_OWN_PARTS.test(sentence)).join(' ');
  if (/\bconvolutional (?:layers|(?:feature )?encoders?|front-?ends?|stems?|blocks)\b/i.test(parts)) families.add('cnn');
  if (/\b(?:bidirectional )?recurrent (?:layers|encoders?|decoders?|controllers?)\b|\b(?:bidirectional |bi-?)?(?:GRU|LSTM)s? (?:layers?|encoders?|decoders?)\b/i.test(parts)) families.add('rnn');
  if (/\bshared (?:multi-?layer perceptrons|MLPs)\b/i.test(parts)) families.add('mlp');
  if (!families.has('ssm') && !families.has('rnn') && /\bfollowed by (?:a |the )?Transformer\b/.test(parts)) families.add('transformer');
  // "An architecture based exclusively on multi-layer perceptrons", "built entirely from convolutions", "a querying mechanism built on cross-attention".
  for (const [family, pattern] of BUILT_ON) if (pattern.test(ownWork)) families.add(family);
  // A vision transformer, a graph transformer and a diffusion transformer are transformers.
  if (families.has('vision-transformer') || families.has('graph-transformer') || /\bdiffusion(?:-based)? transformers?\b|\bDiTs?\b/i.test(all)) families.add('transformer');
  // A hybrid is made of families: name them.
  if (families.has('hybrid')) {
    if (/\bconvolution\w*|\bCNNs?\b|\bconv(?:olutional)? layers?\b/i.test(all) || CNN_NAMES.test(all)) families.add('cnn');
    if (/\battention\b|\btransformers?\b/i.test(all)) families.add('transformer');
  } else if (!titleTransformer && (/\bConvNe(?:t|Xt)s?\b|\bCNNs?\b|\bconvolutional\b/i.test(title) || /\bMLPs?\b|\bperceptrons?\b/i.test(title)
    || /\bstate[- ]spaces?\b|\bSSMs?\b|Mamba|\bS4\b/i.test(title))
    && !/\btransformer (?:encoders?|decoders?|layers?|blocks?|branch)\b/i.test(ownWork)) {
    // A title that names a convolutional network, an MLP or a state space model, and no transformer, is about that family: the transformers
    // its abstract measures itself against ("ConvNets compete favorably with Transformers", "as fast to train as Swin Transformer") are not its own.
    families.delete('transformer');
    families.delete('vision-transformer');
  }
  // Nothing found by the rules above: the family the paper's sentences about its own model name when they describe it ("The encoder is a
  // bidirectional recurrent network", "A convolutional neural network receives a stack of frames"), not in a sentence that compares, speaks
  // of baselines and earlier work, or gives examples.
  if (families.size === 0) {
    const described = sentences.filter((sentence) => !GENERAL_STATEMENT.test(sentence) && !NOT_OWN_PARTS.test(sentence) && !/\b(?:such as|e\.g\.|any|like)\b/i.test(sentence)).join(' ');
    for (const [family, pattern] of DESCRIBED_FAMILIES) if (pattern.test(described)) families.add(family);
  }
  // A work that says it has no attention is no transformer, whatever it is measured against ("within 0.4 of a transformer of the same size").
  if (!families.has('hybrid') && NO_ATTENTION.test(ownWork) && !titleTransformer) {
    families.delete('transformer');
    families.delete('vision-transformer');
  }
  // Nor is one that says it has no convolutions a CNN or a hybrid of one ("the first convolution-free, purely attention-based model").
  if (NO_CONVOLUTION.test(ownWork)) {
    families.delete('cnn');
    families.delete('hybrid');
  }
  return FAMILIES.filter((family) => families.has(family));
}

/**
 * A sentence about models in general, not the paper's: a plural family or "most methods" as its subject ("Recurrent neural networks were for years
 * the standard", "CNN-based fingerprints are accurate but slow"), what is usual, was so, or dominates, an open question and a next step.
 */
const GENERAL_STATEMENT = /^(?:Recent|Most|Many|Modern|Existing|Standard|Current|Classical|Traditional)\b|^(?!(?:We|Our|This|In|It)\b)(?:[\w-]+ ){0,3}?(?:networks|CNNs|RNNs|LSTMs|ConvNets|transformers|Transformers|models|methods|approaches|systems|fingerprints|trackers)\b|\b(?:typically|usually|commonly|often|have been|has been|had been|were|open question|next step|dominat\w*)\b/i;
/** How a paper's sentences name a family when they describe its model (not a CNN/DailyMail corpus, a graph convolution, or a power transformer). */
const DESCRIBED_FAMILIES: [string, RegExp][] = [
  // (Not an MLP that is a part: a readout, a head, a probe.)
  ['mlp', /\b(?:multi-?layer perceptrons?|MLPs?|(?:fully[- ]connected (?:neural )?|feed-?forward neural )networks?)\b(?!\s*(?:readouts?|heads?|probes?|classifiers?|decoders?|layers?|projectors?|predictors?|blocks?)\b)/i],
  ['rnn', /\b(?:(?:Bi-?)?LSTMs?|GRUs?|RNNs?|(?:bidirectional |gated |deep )?recurrent (?:neural )?networks?|long short-term memory)\b/i],
  ['cnn', /\b(?:CNNs?(?![/-]\s*(?:Daily|DM))|ConvNets?|(?<!graph )convolutional (?:neural )?(?:encoder-decoder |residual )?(?:networks?|architectures?|detectors?|encoders?|layers))\b/i],
  ['transformer', /(?<!\b(?:power|data|feature|spatial|voltage|oil-immersed) )\btransformers?\b/i],
];

const BUILT_ON: [string, RegExp][] = ([
  ['mlp', '(?:multi-?layer perceptrons|MLPs)\\b'], ['cnn', '(?<!graph\\s)(?:convolutions|convolutional (?:layers|networks))\\b'], ['rnn', '(?:recurrent (?:layers|networks|units)|LSTMs?)\\b'],
  ['transformer', '(?:(?:self-|cross-)?attention(?: mechanisms?)?|transformers?)\\b'], ['ssm', '(?:state[- ]space models?|SSMs?)\\b'],
] as const).map(([family, what]) => [family, new RegExp(`\\b(?:based|built|relying|relies|rely)\\s+(?:exclusively |solely |entirely |purely |only |mainly )?(?:on|from|upon)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${what}`, 'i')]);

/**
 * Pretrained transformers by name (of text, speech and proteins), GPT-style models, and transformers with experts; not a tool whose output
 * the work uses ("ESMFold-predicted structures", "wav2vec 2.0 features").
 */
const PRETRAINED_TRANSFORMERS = /\b(?:BERT|RoBERTa|DistilBERT|ALBERT|DeBERTa(?:-?v\d)?|ELECTRA|XLNet|XLM-R|BART|mT5|T5|GPT-?\d(?:\.\d)?|LLaMA(?:-?\d)?|Llama ?\d?|PaLM|Mistral|Mixtral|Qwen\d?(?:\.\d)?|Pythia(?=[- ](?:\d|models?|suite|family|checkpoints?|language))|OLMo(?:-?\d)?|Gemma(?:-?\d)?|Phi-\d(?:\.\d)?|Falcon[- ]\d+(?:\.\d+)?B|Vicuna|BLOOM|OPT-\d+(?:\.\d+)?[BM]|DeepSeek(?:-V\d|-R1|-Coder|Math)?|CodeBERT|SciBERT|BioBERT|CLIP|Whisper(?!-to\b)|HuBERT|wav2vec 2\.0|ESM-?(?:1b|1v|2)|GPT-(?:style|like)|(?:MoE|[Mm]ixture-of-[Ee]xperts) [Tt]ransformers?)\b(?![- ](?:predicted|derived|generated|extracted|features|embeddings)\b)/;
/** Convolutional networks by their usual names: residual nets, ConvNets, ResNet, VGG, U-Net, MobileNet. */
const CNN_NAMES = /\bresidual (?:nets|networks?|learning framework)\b|\bConvNe(?:t|Xt)s?\b|\bResNe(?:t|Xt)(?:-?\d+)?s?\b|\bVGG(?:-?\d+)?(?: ?nets?)?\b|\bU-Nets?\b|\b(?:Mobile|Efficient|Dense|Shuffle|Squeeze|Alex|GoogLe|Le)Nets?\b|\bdepthwise (?:separable )?convolutions?\b|\b(?:Fast(?:er)? |Mask )?R-CNNs?\b|\bInception(?:-v\d|-ResNet| modules?| networks?| architectures?)\b|\bXception\b/;

/** A sentence about the paper's own work. */
const OWN_WORK = /\b(?:we|our|this (?:paper|work)|in this (?:paper|work))\b/i;
/** A sentence about the paper's own work: it says we, our or this paper, speaks of the proposed one, or starts with it ("It reaches", "The model uses"). */
const ABOUT_THE_WORK = /\b(?:we|our|this (?:paper|work)|the proposed)\b|^(?:It|This (?:model|method|network|approach|framework|system)|The (?:proposed )?(?:model|network|method|approach|framework|system))\s(?!of\b)(?![^.]{0,80}\bet al\.)/i;
/** A transformer as what the work is built on or studies. */
const OWN_TRANSFORMER = /\btransformer(?:-based| architectures?| encoders?| decoders?| LMs?| models?)\b|\b(?:an?|the) (?:[\w-]+ )?transformers?\b|\b(?:decoder-only|encoder-only|encoder-decoder) transformers?\b|\battention-based (?:architecture|model|encoder|decoder)\b/i;
/** Words that set what follows against the paper's own work. */
const COMPARISON_WORDS = String.raw`baselines? (?:include|including|such as|are|like)|than|compared (?:to|with)|compar(?:e|es|ing) (?:\w+ )?(?:to|with|against)|versus|vs\.?|outperform\w*|unlike|instead of|alternatives? to|rival\w*|competitive with|on par with|surpass\w*|replac\w*|counterparts?|without|beats?|whereas|in contrast to|as opposed to|favou?rably with|improv\w* (?:over|upon) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:transformers?|networks?|models?|baselines?|prior|existing|previous|state space models?|RNNs?|CNNs?|LSTMs?|S4)\b|for comparison|towards? the design of|match(?:es)?`;
/** Families named as what the work is compared with or replaces: the clause after a comparison word. */
const COMPARED = new RegExp(String.raw`\b(?:${COMPARISON_WORDS})\b[^.;]*`, 'gi');
/** A sentence that compares, or speaks of baselines and earlier work: the parts it names are not the paper's own model's. */
const NOT_OWN_PARTS = new RegExp(String.raw`\b(?:${COMPARISON_WORDS}|compared|in contrast|baselines?|earlier|prior|previous|existing|conventional|traditional|vendor|not needed|would need)\b`, 'i');

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
  /** Enough only in a sentence about the work itself ("We generate videos from text prompts", not "Recent text-to-video models flicker"). */
  own?: RegExp;
}

/** Speech, not part-of-speech tags, hate speech, freedom or figures of speech, or speech acts. */
const SPEECH = String.raw`(?<!\bpart-of-|\bparts? of |\bhate[- ]|\bfreedom of |\bfigures? of )\bspeech\b(?![- ]acts?\b)`;
/** Videos, images or 3D scenes made from text. */
const MADE_FROM_TEXT = /\btext-to-(?:video|3D)\b|\b(?:videos?|images?|3D (?:shapes|scenes)) from (?:text|textual|natural language) (?:prompts?|descriptions?)\b/i;

const MODALITY_RULES: ModalityRule[] = [
  { modality: 'vision', strong: /\b(image (?:classification|recognition|processing|generation|captioning)|object detection|semantic segmentation|panoptic segmentation|ImageNet|CIFAR|MNIST|ADE20K|Cityscapes|COCO(?!-LM)|vision tasks|visual recognition|text-to-image|object recognition|X-ray images|scanned|computer vision benchmarks|CV benchmarks)\b|\bvision transformers?\b|(?<![A-Za-z])ViTs?\b|\b(?:MRI|CT|PET) (?:scans?|images?|volumes?)\b|\b(?:radiographs?|chest X-rays?|fundus (?:photographs|images)|histopatholog\w*|whole-slide|dermoscop\w*|mammogra\w*|microscopy images?|satellite (?:images?|imagery)|aerial (?:images?|imagery)|remote sensing images?|handwritten|document images?)\b|\b(?:BraTS|ISIC|CheXpert|MIMIC-CXR|LIDC-IDRI|Kvasir(?:-SEG)?|ChestX-ray14)\b|\b(?:structural|anatomical|T[12]-weighted|brain|cardiac|knee|prostate) MRI\b|\b(?:lesion|tumou?r|organ|polyp|vessel|nucle(?:i|us)|gland|retinal|cell) segmentation\b|\bsegment(?:s|ed|ing)? (?:the )?(?:lesions?|tumou?rs?|organs?|polyps?|vessels?|nuclei|cells?|glands?)\b/i, mention: /\b(images?|visual|pixels?)\b/, domain: /\b(vision|CV)\b/i, not: /\bImageNet[- ]pre-?trained (?:vision transformers?|ViTs?|CNNs?|ResNets?|backbones?|encoders?|weights|models?|networks?)\b/i },
  { modality: 'language', strong: /\b(language models?|language modeling|natural language understanding|text classification|machine translation|NLP tasks|question answering|text-only LLMs|long documents?|long-document|text documents?)\b/i, mention: /\b(LLMs?|large language models?|LLaMA|OPT|BERT)\b/, domain: /\b(NLP|natural language|language)\b/i, not: /\b(protein language|visual large language|chemical language|commonly used in|(?:external|n-gram) language models?|code language models?|without (?:an? |any )?language models?|(?:laws?|trends?|those|exponents?) (?:observed|reported|found|seen|known) (?:for|in) (?:large )?language models?|(?:genomic|DNA|RNA|music|musical|molecular|materials?|crystal) language models?|language models? (?:over|of|on|trained on) (?:[\w-]+ ){0,3}?(?:MIDI|crystals?|molecules?|proteins?|DNA|RNA|genomes?|SMILES|amino acids?|materials?|music)(?![\w-]))\b/i },
  { modality: 'speech', strong: new RegExp(String.raw`${SPEECH}|\bASR\b`, 'i') },
  { modality: 'audio', strong: /\baudio\b|\bmusic\b|\bsong\b/i },
  { modality: 'video', strong: /\bvideos?\b|\baction recognition\b|\bKinetics/i, not: /\bvideo games?\b|\b(?:supplementary |demo )?videos?(?:,? and (?:code|data|models))? (?:are|is) (?:publicly |freely )?available (?:at|on|online|from|via)\b|\b(?:code|data)(?:,| and) videos? (?:are|is) (?:publicly |freely )?available\b/i },
  { modality: 'graph', strong: /\bgraphs\b|\bgraph-structured (?:data|inputs?|domains?|signals?)\b|\bgraph (?:topology|connectivity|benchmark|data)\b|\bdynamic graphs?\b|\bnode features\b/i },
  { modality: 'time-series', strong: /\btime[- ]series\b|\bvital[- ]sign (?:time series|sequences|trajectories|streams)\b|\bvital signs (?:recorded|measured|sampled) (?:every|each|hourly|continuously)\b|\b(?:hourly|continuous(?:ly)?(?: recorded)?) vital signs\b|\b(?:long[- ](?:term|sequence|horizon|range)|multivariate|univariate|load|traffic|weather|demand|sales|energy|wind|solar|power|electricity|sensor|stock|price)\s+(?:[\w-]+\s+)?forecasting\b|\bforecasting horizons?\b|\btraffic (?:prediction|conditions)\b|\b(?:ECG|EKG|EEG)\b|\belectro(?:cardio|encephalo)gra\w*|\b(?:accelerometer|gyroscope|wearable sensor)s?\b|\bphysiological signals?\b|\b(?:IMU|inertial|vibration|multivariate sensor) (?:signals?|data|readings|measurements)\b|\bsensor (?:readings|streams)\b/i },
  { modality: 'tabular', strong: /\btabular\b|\b(?:categorical|numerical|numeric|continuous|discrete|mixed-type) (?:and (?:categorical|numerical|numeric|continuous|discrete) )?columns\b|\bmixed-type (?:records|data)\b|\bspreadsheets?\b|\brelational (?:data|tables)\b/i },
  { modality: 'multimodal', strong: /\bmulti-?modal(?:ity)? (?:foundation models|systems|AI|learning|inputs|transformers?|large language models|LLMs|dataset|ECG|diffusion)\b|\bvision-language\b|\btext-and-image\b|\btext-to-image\b|\bimage-(?:text|caption)\b|\bnatural language supervision\b|\bMulti-Modality\b|\bmulti-modal \(/i, own: MADE_FROM_TEXT },
  { modality: 'hyperspectral', strong: /\bhyperspectral\b/i },
  { modality: 'point-cloud', strong: /\bpoint (?:clouds?|sets)\b|\bLiDAR\b/i, not: /\b(?:without|instead of|no|expensive|costly|replac\w*|than)\s+(?:[\w-]+\s+){0,2}?LiDAR\b|\bLiDAR-free\b/i },
  { modality: 'code', strong: /\bcode (?:retrieval|search|generation|snippets|fragments|structure|language models?|LLMs?)\b|\bprogramming languages?\b|\b(?:Python|Java|JavaScript|C\+\+|Rust) (?:functions?|programs?)\b|\bfunctions written in (?:Python|Java|JavaScript|C\+\+|Rust|Go)\b|\bdocstrings?\b|\bDefects4J\b|\bbuggy (?:code|programs?|methods?|functions?)\b/i },
  { modality: 'biology', strong: /\bprotein|\bgenom\w*|\bDNA\b|\bmolecul\w*|\bdrug\b|\bbioinformatics\b|\bsingle-cell\b|\bcell (?:types?|lines?|biology)\b|\btranscription factors?\b|\bgene (?:regulation|expression(?! programming))\b|\b(?:ChIP|RNA|ATAC)-seq\b/i, not: /\bVisual Genome\b/i },
  // Recommender systems, not advice ("we recommend", "recommendations for practitioners").
  { modality: 'recommendation', strong: /\brecommender\w*|\brecommendation (?:systems?|models?|tasks?|datasets?|benchmarks?|scenarios?|quality|performance|accuracy)\b|\b(?:sequential|session-based|news|item|product|music|movie|POI|next-item|next-basket|top-[kKnN]|personali[sz]ed|conversational|explainable|social|video|fashion|job|course) recommendations?\b|\brecommend(?:s|ed|ing)? (?:(?:relevant|new|personali[sz]ed|the next|the|an?) )?(?:items?|products?|movies?|songs?|news|articles?|videos?|POIs?|music)\b|\bfor recommendation\b|\bclick-through\b|\bCTR\b|\bonline (?:display )?advertising\b/i },
  { modality: 'quantum', strong: /\bquantum (?:computing|circuits?|machine learning|computers?|neural networks?|kernels?|states?|algorithms?|hardware|devices?|processors?|systems?)\b|\bqubits?\b/i },
  { modality: 'other', strong: /\bintrusion detection\b|\bnetwork traffic\b|\belectromyogra\w*|\bsEMG\b/i },
];

/** Background: what the field did before. Not the benchmarks and baselines a paper measures itself on ("on established benchmarks",
 * "compared to well-established vision transformers", "on widely used datasets"). */
const BACKGROUND = /\b(have been applied|has been applied|achieved success|revolution\w*|de facto|success(?:ful)? (?:in|across)|historically|crucial area|e\.g\.|s\.a\.|such as chemistry)\b/i;
/** A sentence that opens with what earlier work succeeded at: "The success of masked language modeling in BERT has shown ..." (not "The success of our design" or of a name). */
const SUCCESS_OF = /^The (?:recent |remarkable |great |tremendous )?success(?:es)? of (?!our\b|the proposed\b|this\b)(?=[a-z])/;
/** Words of what is established or popular: background, unless the sentence measures the paper against it ("FooNet beats well-established vision transformers"). */
const ESTABLISHED = /\b(?:(?:well-)?established|popular|widely used|commonly used)\b/i;
const MEASURED_AGAINST = /\b(?:compared|against|outperform\w*|than|beats?|surpass\w*)\b|\b(?:on|across|over|in)\s+(?:[\w-]+\s+){0,4}?(?:well-)?(?:established|popular|widely used|commonly used) (?:benchmarks?|datasets?|baselines?|metrics?|tasks?)\b/i;

/** The last abstract's own sentences: every field asks for them, so they are split once per summary. */
let ownCache: { abstract: string; sentences: readonly string[]; parts?: readonly string[] } = { abstract: '', sentences: [] };

/** Praise of earlier work ("Large language models have shown remarkable abilities"), in a sentence that does not speak of this paper's. */
const PRAISE = /\b(?:(?:have|has) (?:shown|demonstrated|achieved|exhibited)|(?:show|demonstrate|achieve|exhibit)) (?:remarkable|impressive|great|strong|significant|tremendous|promising|outstanding|unprecedented) (?:success(?:es)?|abilit(?:y|ies)|capabilit(?:y|ies)|progress|potential|promise|breakthroughs?|advances?|performance|results|scalability)\b/i;

/** What a field or a family has become, or how much a problem matters. */
const STANDING = /\b(?:ha(?:ve|s) become (?:foundational|fundamental|dominant|ubiquitous|indispensable|general-purpose|a cornerstone|the (?:standard|dominant|backbone|mainstream))|plays? an? (?:key|crucial|vital|important|central|pivotal|significant) role in (?:a (?:variety|wide range|number) of|many|numerous|various|diverse)\b|(?:is|are) an? (?:important|fundamental|critical|crucial|key|long-standing) (?:problem|task|challenge))\b/i;

/** How popular, promising or limited a family of models has been ("Transformers have gained popularity in ... speech recognition", "models have shown promise in", "now underpin", "which limits their applications in"); not a task that has ("Sequential recommendation has received considerable attention" states the work's task). */
const POPULARITY = /\b(?:transformers?|models?|networks?|LLMs?|architectures?|methods?|approaches|techniques|ViTs?|CNNs?|GNNs?|RNNs?|SSMs?)(?:\s+\([^()]{1,20}\))?\s+(?:now\s+|recently\s+|also\s+)?(?:ha(?:ve|s) (?:gained|attracted|received|garnered|drawn) (?:(?:increasing|growing|considerable|significant|much|widespread|wide|great|tremendous|substantial|a lot of) )?(?:popularity|attention|interest|traction)|ha(?:ve|s) taken over|ha(?:ve|s) been (?:widely|extensively|successfully) (?:used|adopted|applied|deployed|studied|employed|explored)|ha(?:ve|s) (?:shown|demonstrated) (?:(?:great|much|considerable|significant) )?promise|underpin|dominate)\b|\blimits? their (?:use|usage|applications?|deployment|adoption)s?\b/i;

/** What others fall short in: "Vision transformers are accurate, but their attention layers are poorly suited to phones" (their family, not the work's). */
const OTHERS_LIMITS = /[,;]\s+(?:but|yet|however,?)\s+(?:their|they|these|those|such)\b[^.]{0,80}?\b(?:poorly|struggle|suffer|fail|limited|costly|expensive|slow|inefficient|cannot|lack|unsuitable|ill-suited|prohibitive|quadratic)/i;

/** A claim about others' work: a sentence that neither speaks of this work nor gives a number (a number makes it a result, its own or not). */
const claimOfOthers = (sentence: string): boolean => !ABOUT_THE_WORK.test(sentence) && !/\d/.test(sentence);

/** Words for earlier work, and earlier work as what a sentence speaks of. */
const EARLIER = String.raw`(?:earlier|prior|previous|existing|past|current|other|most|conventional|traditional|standard)`;
const EARLIER_WORK = new RegExp(String.raw`\b${EARLIER} (?:[\w-]+ )?(?:work|works|studies|methods|approaches|papers|systems|models)\b`, 'i');
/** Work left for later, or outside the work's own scope: a sentence of it names nothing of the work's. */
const FUTURE_WORK = /\b(?:in|for|as) future work\b|\b(?:is|are|was|were|remains?) left (?:to|for) future (?:work|research)\b|\b(?:outside|beyond) (?:the )?scope of (?:this|our|the present) (?:work|paper|study|article)\b|\bare out of scope\b|\bfuture work (?:will|could|should|may|might)\b|\bwe (?:plan|hope|intend) to\b/i;

function ownSentences(abstract: string): readonly string[] {
  if (ownCache.abstract !== abstract) {
    // A sentence with a number is about results, its own or not: praise of earlier work gives none.
    ownCache = {
      abstract,
      sentences: sentencesOf(abstract).filter((sentence) => !BACKGROUND.test(sentence) && !SUCCESS_OF.test(sentence)
        && !(ESTABLISHED.test(sentence) && !MEASURED_AGAINST.test(sentence))
        && !((PRAISE.test(sentence) || (POPULARITY.test(sentence) && !/^(?:This|These|Our|The (?:proposed|resulting))\b/.test(sentence))) && claimOfOthers(sentence))
        // What is left for later ("In future work we plan to apply it to translation"), in a sentence without a result of its own.
        // (Not what earlier work left for later: "Earlier studies left code-switched speech recognition to future work. We tackle it".)
        && !(FUTURE_WORK.test(sentence) && !/\d/.test(sentence) && !EARLIER_WORK.test(sentence))
        // A field's standing, not the work's ("Transformers have become foundational for visual tasks such as ...", "Forecasting plays a key
        // role in a variety of applications including weather forecasting").
        && !(STANDING.test(sentence) && !ABOUT_THE_WORK.test(sentence))),
    };
  }
  return ownCache.sentences;
}

/** The work's own sentences without what they do not address ({@link ownPart}), made once per abstract for the task lists and the modalities. */
function ownParts(abstract: string): readonly string[] {
  const sentences = ownSentences(abstract);
  return (ownCache.parts ??= sentences.map(ownPart));
}

/** A clause about the work a paper is inspired by or sets itself apart from ("Inspired by the success of LLMs, we design a vision backbone"): not its data. */
const BORROWED_FROM = /\b(?:inspired by|unlike|analogous to|akin to|(?:following|building on) the success of|(?<=^|[.;]\s{1,9})(?:compared (?:with|to)|in contrast (?:with|to)|as opposed to)(?![^.;,]*\b(?:models?|methods?|systems?|approaches|networks?|baselines?)\b)(?![^.;]*\b(?:we|our|ours|it|this (?:paper|work))\b))\b(?:(?!\b(?:we|our|this (?:paper|work))\b)[^.;,])*/gi;

/** Each rule's look-alikes as one global pattern, compiled once. */
const NOT_PATTERNS = new Map(MODALITY_RULES.filter((rule) => rule.not).map((rule) => [rule, new RegExp(rule.not!.source, 'gi')]));

function modalitiesOf(title: string, abstract: string, survey: boolean): string[] {
  const found: string[] = [];
  // The clauses about work a paper is inspired by or sets itself apart from are taken out once, for every rule.
  const unborrowed = (text: string): string => text.replace(BORROWED_FROM, ' ');
  // A title in title case ("Learning Transferable Visual Models") read as a sentence, its acronyms and names kept (BERT, LLaMA).
  const sentenceCase = unborrowed(title.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase()));
  const titleText = unborrowed(title);
  const sentences = ownParts(abstract).map(unborrowed);
  for (const rule of MODALITY_RULES) {
    const not = NOT_PATTERNS.get(rule);
    const clean = (text: string): string => (not ? text.replace(not, ' ') : text);
    // Each sentence without the rule's look-alikes, made once for every test of the rule (and only for a rule that has look-alikes).
    const cleaned = not ? sentences.map(clean) : sentences;
    const mentioning = rule.mention ? sentences.filter((_, i) => rule.mention!.test(cleaned[i])) : [];
    // Twice, or once in a sentence about the work itself ("We compress the KV cache of LLaMA-2", "our model reads the images").
    const mentions = mentioning.length + (mentioning.some((sentence) => /\b(?:we|our)\b/i.test(sentence)) ? 1 : 0);
    // A survey lists its domains: "applications across domains such as vision, video, audio".
    const listed = survey && sentences.some((sentence, i) => /\b(domains?|applications?|namely)\b/i.test(sentence)
      && (rule.domain ?? rule.mention ?? rule.strong).test(cleaned[i]));
    const ownIn = (sentence: string, i: number): boolean => (rule.own?.test(cleaned[i]) ?? false) && ABOUT_THE_WORK.test(sentence);
    if (rule.strong.test(clean(titleText)) || cleaned.some((sentence) => rule.strong.test(sentence)) || sentences.some(ownIn) || mentions >= 2 || listed
      || (rule.mention?.test(clean(sentenceCase)) ?? false)) {
      found.push(rule.modality);
    }
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
  // Tasks named the same way across fields (what a reader would write as the task).
  'machine unlearning', 'continual learning', 'class-incremental learning', 'class incremental learning', 'in-context learning', 'model editing',
  'keyword spotting', 'text generation', 'code generation', 'mathematical reasoning', 'commonsense reasoning', 'common-sense reasoning',
  'visual question answering', 'molecular property prediction', 'molecule generation', 'protein structure prediction', 'protein function prediction',
  'text simplification', 'information retrieval', 'semantic textual similarity', 'natural language inference', 'optical character recognition',
  'document layout analysis', 'view synthesis', '3d reconstruction', 'motion planning', 'autonomous driving', 'robot manipulation',
  'text-to-audio generation', 'text-to-speech', 'speech synthesis', 'speech generation', 'instruction following', 'layout generation', 'graph generation',
  'time series classification', 'image understanding', 'information extraction', 'treatment effect estimation', 'medical image segmentation',
  'video generation', 'video understanding', 'depth estimation', 'pose estimation', 'image restoration', 'image retrieval', 'visual grounding',
  'relation extraction', 'entity linking', 'dialogue', 'reading comprehension', 'image-text retrieval', 'text-to-video generation', 'video captioning',
  'optical flow', 'object tracking', 'speaker verification', 'speaker identification', 'emotion recognition', 'audio classification',
  'sound event detection', 'music transcription', 'voice conversion', 'image editing', 'image inpainting', 'style transfer',
  'offline reinforcement learning', 'imitation learning', 'zero-shot classification',
  'program synthesis', 'code completion', 'code summarization', 'math word problems', 'theorem proving', 'fact verification',
  'hate speech detection', 'spam detection', 'fraud detection', 'intrusion detection', 'fault diagnosis', 'weather forecasting',
  'traffic forecasting', 'load forecasting', 'stock prediction', 'stock price prediction', 'trajectory prediction', 'event prediction',
  'recommendation', 'collaborative filtering', 'graph representation learning', 'community detection', 'tumor segmentation',
  'lesion segmentation', 'disease classification', 'medical image classification', 'protein design', 'molecular design', 'retrosynthesis',
  'long-range sequence modeling', 'long-context understanding', 'long-context modeling', 'language understanding',
  // Learning settings a paper addresses, and tasks of many fields by their usual names.
  'multi-task learning', 'transfer learning', 'unlearning', 'out-of-distribution detection',
  'part-of-speech tagging', 'handwritten digit recognition', 'text-to-sql', 'semantic parsing', 'dependency parsing', 'constituency parsing', 'coreference resolution', 'paraphrase identification',
  'abstractive summarization', 'extractive summarization', 'dialogue generation', 'response generation', 'story generation', 'question generation',
  'grammatical error correction', 'image-to-image translation', 'video prediction', 'action detection', 'temporal action localization',
  'video question answering', 'visual reasoning', 'referring expression comprehension', 'scene text recognition', 'handwriting recognition',
  'face recognition', 'person re-identification', 'crowd counting', 'change detection', 'salient object detection', 'low-light image enhancement',
  'speech enhancement', 'speech translation', 'spoken language understanding', 'code translation', 'program repair', 'vulnerability detection',
  'molecular docking', 'gene expression prediction', 'drug-target interaction prediction', 'arithmetic reasoning', 'symbolic regression',
  'passage ranking', 'document ranking', 'learning to rank', 'pedestrian detection', 'face detection', 'lane detection', 'text detection',
  'face verification', 'music source separation', 'locomotion', 'game playing', 'event extraction', 'keypoint detection', 'semantic correspondence',
  'cell type annotation', 'continuous control', 'de-identification', 'referring image segmentation', 'video object segmentation', 'robotic grasping',
  'report generation', 'aspect-based sentiment analysis', 'text categorization', 'temporal action localization',
  // More fields' tasks by their usual names: robots, clinics and courts, genomes, recommenders, remote sensing, music, reasoning, memory.
  'robotic manipulation', 'vision-and-language navigation', 'icd coding', 'cancer subtyping', 'metastasis detection', 'radiology report generation',
  'legal judgment prediction', 'law article prediction', 'variant effect prediction', 'conversion rate prediction',
  'remote sensing scene classification', 'aerial scene classification', 'acoustic scene classification', 'change captioning', 'composed image retrieval', 'occupancy prediction', 'gesture recognition',
  'sign language recognition', 'lip reading', 'audio captioning', 'text-to-music generation', 'music inpainting', 'music continuation',
  'numerical reasoning', 'symbolic reasoning', 'temporal reasoning', 'state tracking', 'associative recall',
  // Signals, sensors and machines: sleep and brain signals, wearables, bearings and engines, missing values.
  'sleep staging', 'sleep stage classification', 'motor imagery classification', 'motor imagery decoding', 'seizure detection',
  'arrhythmia detection', 'human activity recognition', 'activity recognition', 'remaining useful life prediction', 'time series imputation',
  'traffic imputation', 'modulation classification', 'music tagging', 'beat tracking', 'audio tagging',
];
/** A verb by which a work uses a tool ("uses", "via"), not the noun ("its use in downstream tasks"). */
const TOOL_VERB = String.raw`(?:(?<!\b(?:its|the|their|our|this|whose|a|an)\s)us(?:e[sd]?|ing)|appl(?:y|ies|ied|ying)|via|rel(?:y|ies|ying) on|runs?)`;
/** A task trained with, the purpose of data drawn on, a tool by its noun: "... as an auxiliary task", "collected for ...", "a pretrained ... model". */
const TOOL_CONTEXTS = [
  // (The word before "as" at most 40 characters long: from every place of one long hyphenated word, an unbounded one was quadratic.)
  String.raw`\b[\w-]{1,40}\sas an?\s(?:pretext|auxiliary|proxy|surrogate)\s(?:task|objective)s?\b`,
  String.raw`\b(?:collected|designed|built|created)\sfor\s[^.;,:()]*`,
  String.raw`\b(?:off-the-shelf|pre-?trained|existing|separate|external|classical|standard|large)\s(?:[\w-]+\s){1,5}(?:models?|systems?|modules?|steps?|operators?|platforms?|tools?|components?|stages?)\b`,
];
/**
 * Where a sentence about the work names a task it does not address: a tool it uses or runs ("uses an off-the-shelf 3D human pose estimation
 * model", "via dense retrieval"), a task it only trains with ("surface normal estimation as an auxiliary task"), one it leaves aside
 * ("eliminates the need for a separate voice activity detection module"), the purpose of a dataset or platform it draws on ("originally
 * collected for 3D object tracking", "a large news recommendation platform"), what motivated it.
 */
const TOOL_TASK = new RegExp([
  String.raw`\b(?:${TOOL_VERB}|motivated by|need for|leaves?)\s[^.;,:()]*?(?=\s(?:for|to|in|on|that|which)\b|[.;,:()]|$)`,
  ...TOOL_CONTEXTS,
].join('|'), 'gi');
/**
 * The same for the catalogue's older task list, which reads every sentence of the work's own: a tool only where its noun says it is one
 * ("we use a natural language inference model to check ..."), not whatever follows a verb ("using data from the ... Time-Series
 * Classification Challenge", "via Vision Transformer and natural language modeling tasks").
 */
const TOOL_BY_NOUN = new RegExp([
  String.raw`\b${TOOL_VERB}\s(?:(?!(?:to|for)\s)[^.;,:()\s]+\s){0,7}?(?:models?|networks?|systems?|modules?|detectors?|tools?|encoders?|classifiers?|taggers?|parsers?|estimators?|recogni[sz]ers?|engines?)\b`,
  ...TOOL_CONTEXTS,
].join('|'), 'gi');

/**
 * Tasks an abstract implies without naming them: the benchmark it reports on or
 * the metric it reports (top-1 accuracy on ImageNet is image classification,
 * perplexity is language modeling, BLEU is machine translation).
 */
/** Spider, the text-to-SQL benchmark, where a split or version names it (not a spider). */
const SPIDER = /\bSpider(?=\s+(?:dev|development|test|benchmark|dataset|1\.0|2\.0)\b)/;

/** A benchmark or metric, the task it implies, and what says the work is another task after all. */
/**
 * A text whose AP is not boxes': beside panoptic quality it is the instances' masks ("58.0% PQ, 68.4% PQ, 44.0% AP"), in a pose estimator's
 * work its keypoints' (unless the text speaks of box AP or detection).
 */
const NOT_BOX_AP = /^(?![\s\S]*\b(?:box AP|detect\w*)\b)[\s\S]*\b(?:panoptic|PQ|pose estimation|keypoints?)\b/;
const IMPLIED_TASK_RULES: [RegExp, string, RegExp?][] = [
  // Unless the images are generated there ("on unconditional CIFAR10, an Inception score of 9.46").
  [/(?<!(?:pre-?trained|pretraining|pre-training) (?:on|with) )\b(?:ImageNet(?:-?1K)?|CIFAR-?10{1,2}|MNIST|Flowers-102)\b(?![- ]pre-?train| (?:pre-?trained )?weights\b)/, 'image classification',
    /\bFID\b|\bInception [Ss]core\b|\bbits\/dim\b|\bbits? per dim(?:ension)?\b|\blog-likelihoods?\b|\b(?:image|sample) (?:generation|synthesis)\b|\bunconditional\b/],
  // Top-1 accuracy is an image classifier's, unless it is reported on videos (Kinetics-400 top-1 is video classification), for a reaction
  // predictor or for probes on a language model.
  // (Not a router's top-1: "token-choice top-1 routing".)
  [/\btop-?1\b(?!\s+(?:rout|gat|expert|select|choice|token|sampl|decod|retriev)\w*)/, 'image classification', /\b(?:Kinetics|Something-Something|UCF-?101|HMDB-?51)\b|\bvideo (?:classification|recognition)\b|\baction recognition\b|\bretrosynthe\w*|\breaction (?:prediction|outcomes?|templates?)\b|\bchemical reactions?\b|\b(?:linear )?prob(?:e|es|ing) (?:on|of) (?:an? |the )?(?:[\w-]+ )?(?:language models?|LLMs?)\b/i],
  [/\b(?:box AP|AP\^?(?:box|b)|mAP)\b(?:[^.]|\.(?=\d)){0,80}\b(?:COCO|VOC)\b|\b(?:COCO|VOC)\b(?:[^.]|\.(?=\d)){0,80}\b(?:box AP|AP\^?(?:box|b)|mAP|(?<!\b(?:mask|keypoint|pose|segm)\s)AP)\b|\b(?:our|new|novel|proposed) (?:[\w-]+ ){0,2}object detectors?\b|\b(?:propose|present|introduce|design)[sd]? an? (?:[\w-]+ ){0,3}object detectors?\b|\bdetection (?:tasks?|benchmarks?)\b/, 'object detection',
    NOT_BOX_AP],
  [/\bmask AP\b|\bAP\^?(?:mask|m)\b/, 'instance segmentation'],
  [/\b(?:ADE20[Kk]|Cityscapes|mIoU)\b/, 'semantic segmentation', /\bRefCOCO|\breferring\b|\bShapeNet-?Part\b|\bpart segmentation\b/i],
  [/\bperplexit(?:y|ies)\b|\bWikiText(?:-103)?\b|\bnext[- ]token prediction\b/i, 'language modeling'],
  // BLEU is also how reports, code summaries, captions and sign language are scored.
  [/\bBLEU\b|\bWMT\b/, 'machine translation', /\breport generation\b|\bgenerat\w* (?:[\w-]+ ){0,2}reports\b|\bCodeSearchNet\b|\bcode (?:summari[sz]ation|comments?)\b|\bsign language\b|\bcaption\w*|\bdialog\w*|\bPersonaChat\b|\bresponses\b|\b(?:generated|synthesi[sz]ed) (?:programs|code)\b/i],
  [/\b(?:Super)?GLUE\b/, 'natural language understanding'],
  [/\b(?:SQuAD|SQUAD|[Ss]quad)\b/, 'question answering'],
  [/\bWERs?\b|\bword error rates?\b|\bLibriSpeech\b|\bAISHELL-?1?\b/i, 'speech recognition'],
  [/\bKinetics(?:-?\d+)?\b|\bSomething-Something\b/, 'video classification'],
  [/\bFID\b|\bInception [Ss]core\b/, 'image generation'],
  [/\bLong[- ]Range Arena\b|\bLRA\b|\bPath-?X\b/, 'long-range sequence modeling'],
  [/\bETT[hm]?\d?\b|\bprediction horizons?\b|\bforecast\w*\b/i, 'time series forecasting'],
  [/\bHumanEval\b|\bMBPP\b/, 'code generation'],
  [/\bModelNet-?40\b|\bScanObjectNN\b/, 'shape classification'],
  [/\bShapeNetPart\b/, 'part segmentation'],
  // The Penn Treebank is also parsed and tagged (UAS, LAS, tagging accuracy): language modeling only without those.
  [/\benwik8\b|\b[Tt]ext8\b|\bOne Billion Word\b|\bPenn Treebank\b|\bbits per (?:character|byte)\b|\bbpc\b/, 'language modeling', /\b(?:UAS|LAS)\b|\bpart-of-speech\b|\btagging\b|\bpars(?:er|ers|ing)\b|\bchunk\w*/i],
  [/\bCoNLL-?2003\b|\bCoNLL\b[^.]{0,60}\b(?:NER|named entit)|\bnamed entities\b|(?<!\bvisual )\bentity recognition\b/, 'named entity recognition'],
  [/\b(?:SNLI|M?NLI|MultiNLI|XNLI)\b/, 'natural language inference'],
  [/\b(?:SVHN|Fashion-MNIST|STL-?10|ILSVRC)\b/, 'image classification'],
  [/\b(?:TIMIT|Switchboard)\b/, 'speech recognition'],
  [/\b(?:Cora|Citeseer|CiteSeer|PubMed)\b(?:[^.]|\.(?=\d)){0,80}\b(?:citation|node|graph)|\bcitation (?:networks?|graphs?)\b/, 'node classification'],
  // Accuracy on the citation graphs, or an ogbn- set, is a node classifier's (unless the work predicts links: ogbl- sets).
  [/\baccurac(?:y|ies)\b(?:[^.]|\.(?=\d)){0,40}\b(?:Cora|Citeseer|CiteSeer|PubMed)\b|\bogbn-[\w-]+/, 'node classification', /\blink prediction\b|\bpredict\w* (?:[\w-]+ ){0,2}links\b/i],
  [/\bogbl-[\w-]+/, 'link prediction'],
  // How likely a generative model finds images ("bits per dimension on CIFAR-10", "the log-likelihood on MNIST"): density estimation.
  [/\bbits? per dim(?:ension)?\b|\bbits\/dim\b|\blog-likelihoods?\b(?=(?:[^.]|\.(?=\d)){0,40}\b(?:MNIST|CIFAR-?10{1,2}|ImageNet|OMNIGLOT|Omniglot|CelebA)\b)/i, 'density estimation'],
  // Agents on Atari games learn by reinforcement; on the DeepMind Control Suite they learn continuous control (offline learning is its own task).
  // (An agent that plays the games is game playing.)
  [/\bAtari(?: 2600)?\b|\bArcade Learning Environment\b/, 'reinforcement learning', /\boffline\b|\bplay(?:s|ed|ing)?\b/i],
  [/\bDeepMind Control Suite\b|\bDMControl\b/, 'continuous control', /\boffline\b/i],
  [/\bgenerat(?:e|es|ed|ing|ion of) (?:[\w-]+ ){0,2}videos\b|\bFVD\b/, 'video generation'],
  [/\bMovieLens\b/, 'recommendation'],
  [/\b(?:Criteo|Avazu)\b/, 'click-through rate prediction'],
  [/\bGSM8K\b|\b(?:MATH|SVAMP|AQuA(?:-RAT)?|MGSM|ASDiv|MAWPS)\b(?!-[A-Za-z])/, 'mathematical reasoning'],
  // The benchmarks language models of today are measured on: common sense, long inputs, following instructions,
  // proofs, code, questions that need several documents, translation between many languages.
  [/\b(?:HellaSwag|PIQA|WinoGrande|SIQA|ARC-(?:[Ee]asy|[Cc]hallenge|[EeCc]))\b/, 'commonsense reasoning'],
  [/\b(?:LongBench|RULER|BABILong|InfiniteBench|L-Eval)\b|\bneedle[- ]in[- ]a[- ]haystack\b/i, 'long-context understanding'],
  [/\b(?:AlpacaEval|Arena-Hard|MT-Bench|IFEval)\b/, 'instruction following'],
  [/\b(?:miniF2F|PutnamBench)\b/, 'theorem proving'],
  [/\b(?:DS-1000|MultiPL-E|LiveCodeBench|CrossCodeEval)\b/, 'code generation'],
  [/\b(?:2WikiMultiHopQA|MuSiQue|StrategyQA)\b/, 'question answering'],
  [/\bFLORES(?:-(?:101|200))?\b/, 'machine translation'],
  [/\bTL;DR\b(?!:)/, 'summarization'],
  [/\b(?:TriviaQA|Natural Questions|HotpotQA)\b/, 'question answering'],
  [/\b(?:MS ?MARCO|BEIR)\b/, 'information retrieval'],
  [/\b(?:VQA ?(?:v2(?:\.0)?|2\.0)|GQA|OK-VQA)\b/, 'visual question answering'],
  [/\bCASP1?\d\b/, 'protein structure prediction'],
  [/\b(?:AudioSet|ESC-50)\b/, 'audio classification'],
  [/\b(?:LJSpeech|VCTK)\b(?:[^.]|\.(?=\d)){0,80}\b(?:speech|TTS|synthes)/, 'speech synthesis'],
  [/\b(?:S3DIS|ScanNet)\b/, 'semantic segmentation'],
  [/\bCNN\/Daily ?Mail\b|\bXSum\b|\bGigaword\b/, 'summarization'],
  [/\bCIDEr\b|\bCOCO Captions\b|\bNoCaps\b/, 'image captioning', /\bvideos?\b|\bMSR-VTT\b|\bMSVD\b/i],
  [/\bIWSLT\b/, 'machine translation'],
  [/\bFB15[Kk](?:-237)?\b|\bWN18(?:RR)?\b|\bYAGO3-10\b/, 'link prediction'],
  [/\bVoxCeleb[12]?\b/, 'speaker verification', /\btalking|\bfaces?\b|\blip\b|\bgenerat\w*|\bsynthes\w*/i],
  [/\bCommon Voice\b/, 'speech recognition'],
  [/\bSpeech Commands\b|\b(?:Google Speech Commands|GSC|SC)[- ]?v[12]\b/, 'keyword spotting'],
  [/\bUrbanSound8K\b/, 'audio classification'],
  [/\bmini-?ImageNet\b|\bOmniglot\b/, 'few-shot learning'],
  [/\bMETR-LA\b|\bPEMS(?:-BAY|0[3478])\b/, 'traffic forecasting'],
  [/\bHuman3\.6M\b|\bMPII\b/, 'pose estimation'],
  [/\bNYU ?(?:Depth ?)?v2\b/, 'depth estimation', /\bsegmentation\b/i],
  [/\b(?:LVIS|Objects365)\b/, 'object detection'],
  [/\b(?:MoleculeNet|Tox21)\b/, 'molecular property prediction'],
  [/\b(?:CoQA|QuAC|BoolQ|NarrativeQA|TruthfulQA|OpenBookQA|CommonsenseQA)\b/, 'question answering'],
  [/\bAG ?News\b/, 'text classification'],
  [/\b(?:Places365|iNaturalist|CUB-200|Stanford Cars|Food-101|Caltech-?101)\b/, 'image classification'],
  [/\bPQ\b(?=(?:[^.]|\.(?=\d)){0,80}\b(?:COCO|Cityscapes|ADE20K|Mapillary|panoptic))|\b(?:COCO|Cityscapes|ADE20K|Mapillary|panoptic)\b(?:[^.]|\.(?=\d)){0,80}\bPQ\b/, 'panoptic segmentation'],
  [/\b(?:Set5|Set14|BSD100|Urban100|Manga109|DIV2K)\b/, 'super-resolution'],
  [/\b(?:WSJ0-[23]mix|WHAM!?|Libri[23]Mix)(?![\w-])/, 'speech separation'],
  // Reviews (SST, IMDb, Yelp) are read for their sentiment, except as the Long Range Arena's byte-level text task, where the paper calls it
  // text classification, among GLUE's tasks, or in a recommender.
  [/\bSST-?[25]\b|\bIMDb\b|\bYelp(?:-?5| Polarity| Reviews?)\b/, 'sentiment analysis', /\bLong[- ]Range Arena\b|\bLRA\b|\bbyte-level\b|\btext classification\b|\bGLUE\b|\brecommend\w*/i],
  [/\bMOT(?:1[67]|20)\b|\bMOTA\b|\bHOTA\b/, 'object tracking'],
  [/\bCOCO[- ]keypoints?\b|\bCrowdPose\b/i, 'pose estimation'],
  // What the work does, said with a verb: "generates high-resolution images", "classifying images".
  [/\b(?:generat|synthesi[sz])\w* (?:[\w-]+ ){0,2}images\b|\bimage synthesis\b/i, 'image generation'],
  [/\bclassif\w+ (?:[\w-]+ ){0,2}images\b/i, 'image classification'],
  [/\bdetect\w* (?:[\w-]+ ){0,2}objects\b/i, 'object detection'],
  [/\b(?:generat|design)\w* (?:[\w-]+ ){0,2}molecules\b/i, 'molecule generation'],
  [/\b(?:generat\w*|produc(?:e|es|ed|ing)) (?:[\w-]+ ){0,3}(?:sentences|captions|descriptions)\b[^.]{0,30}\bimages?\b|\bcaption generat\w*|\b(?:we|it|model|network) captions? (?:the )?(?:[\w-]+ )?images\b|\bcaptioning (?:the )?(?:[\w-]+ )?images\b/i, 'image captioning'],
  // What is classified, not where: "classification on citation graphs" is of nodes, "samples at leaf nodes" of samples.
  [/\bclassif\w+ (?:(?!(?:on|in|at|of|for|over|across|by|with)\s)[\w-]+ ){0,3}nodes\b/i, 'node classification'],
  [/\bclassif\w+ (?:(?!(?:on|in|at|of|for|over|across|by|with)\s)[\w-]+ ){0,2}graphs\b/i, 'graph classification'],
  // Missing links of a knowledge graph are its completion.
  [/\bpredict\w* (?:[\w-]+ ){0,2}links\b/i, 'link prediction', /\bknowledge graphs?\b/i],
  // Agents' trajectories, or future ones ("the trajectory of the training loss" is no task).
  [/\bpredict\w* (?:the )?(?:[\w-]+ )?trajectories\b(?! of (?:the )?(?:training|loss|optimi\w*|gradient))|\bpredict\w* (?:the )?future (?:[\w-]+ )?trajector(?:y|ies)\b/i, 'trajectory prediction'],
  [/\bSentiment Treebank\b/, 'sentiment analysis'],
  [/\bconversational (?:model(?:ing|s)?|agents?)\b/i, 'dialogue'],
  [/\brecombin\w* (?:the )?content and style\b/i, 'style transfer'],
  [/\bdetect\w* (?:[\w-]+ ){0,2}anomal(?:y|ies)\b/i, 'anomaly detection'],
  [/\b(?:speech|audio) transcription\b|\btranscri(?:be[sd]?|bing) (?:spoken|speech)\b/i, 'speech recognition'],
  [/\bcollaborative filtering\b/i, 'recommendation'],
  // Benchmarks of more fields, and what the work does to molecules, proteins, faces, music, tables, scene text and games.
  [/\bQM9\b|\bZINC\b|\bPCQM4M(?:v2)?\b|\bogbg-mol[a-z0-9]+\b|\bpredict\w* (?:the )?(?:[\w-]+ ){0,2}properties of (?:[\w-]+ ){0,2}molecules\b/, 'molecular property prediction', /\bgenerat\w*|\bsampl\w*|\bdesign\w*/i],
  [/\bpredict\w* (?:the )?(?:(?:three-dimensional|3D|3-D|tertiary) )?structures? of (?:an? |the )?(?:[\w-]+ )?proteins?\b|\bprotein folding\b/i, 'protein structure prediction'],
  [/\b(?:BindingDB|KIBA)\b|\bbinds? (?:to )?(?:an? |the )?target proteins?\b/, 'drug-target interaction prediction'],
  [/\b(?:LFW|YouTube Faces|IJB-[ABC]|MegaFace)\b/, 'face verification', /\bface recognition\b/i],
  [/\bMUSDB(?:18)?(?:-HQ)?\b|\bseparat\w* (?:the )?(?:vocals|instruments)\b/, 'music source separation'],
  [new RegExp(String.raw`\bWikiSQL\b|\b(?:generat|translat)\w* (?:[\w-]+ ){0,2}SQL(?: quer(?:y|ies))?\b|${SPIDER.source}`), 'text-to-sql'],
  // Plain AP on COCO (not mask or keypoint AP), displacement errors, re-identification sets, manipulation suites. (ROUGE is no task: clinical
  // extraction and question answering report it too.)
  [/(?<!\b(?:mask|keypoint|pose|segm)\s)\bAP\s+on\s+(?:the\s+)?(?:MS[- ]?)?COCO\b(?![- ](?:keypoints?|captions?|panoptic|stuff)\b)/, 'object detection', NOT_BOX_AP],
  [/\bmin(?:ADE|FDE)\b|\bmin(?:ADE|FDE)_\d+|\b(?:ADE|FDE)\b(?=(?:[^.]|\.(?=\d)){0,60}\b(?:ADE|FDE)\b)/, 'trajectory prediction'],
  [/\b(?:Market-1501|DukeMTMC(?:-reID)?|Occluded-Duke|MSMT17|CUHK03)\b/, 'person re-identification'],
  [/\b(?:LIBERO|RLBench|Meta-World|ManiSkill\d?)\b/, 'robotic manipulation'],
  [/\b(?:IIIT5K|CUTE80)\b|\bread\w* (?:the )?text in (?:natural |real-world )?(?:scene )?images\b/, 'scene text recognition'],
  [/\bfill\w* in (?:the )?(?:missing|masked|corrupted|damaged) (?:regions|parts|areas|pixels) of (?:[\w-]+ ){0,2}(?:images|photographs|photos|pictures)\b|\bfill\w* in (?:the )?(?:missing|masked|corrupted|damaged) pixels\b/i, 'image inpainting'],
  [/\b(?:agents?|polic(?:y|ies)|model|network|AI|system|program)\b[^.]{0,60}\bplay(?:s|ed|ing)? (?:[\w-]+ ){0,3}games\b|\blearns? to play\b[^.]{0,40}\bgames\b/i, 'game playing'],
  // More fields' benchmarks and metrics: industrial defects, video objects, time series archives, sound events, organs, change maps,
  // parsing scores, action proposals, aspects.
  [/\bMVTec(?: AD)?\b/, 'anomaly detection'],
  [/\bYouTube-VOS\b|\bDAVIS(?: ?20\d\d)?\b(?=(?:[^.]|\.(?=\d)){0,80}\bJ ?& ?F\b)|\bJ ?& ?F\b(?=(?:[^.]|\.(?=\d)){0,80}\bDAVIS\b)/, 'video object segmentation'],
  [/\bPSDS\b|\bDESED\b/, 'sound event detection'],
  [/\bKvasir-SEG\b|\bCVC-ClinicDB\b/, 'polyp segmentation'],
  [/\bPTB-XL\b/, 'ecg classification'],
  [/\bFUNSD\b|\bSROIE\b/, 'information extraction'],
  [/\bVTAB(?:-1[Kk])?\b/, 'image classification'],
  [/\b(?:C4|(?:Slim|Red)Pajama|FineWeb(?:-Edu)?|RefinedWeb)\b(?=(?:[^.]|\.(?=\d)){0,80}\bperplexity\b)|\bperplexity\b(?=(?:[^.]|\.(?=\d)){0,80}\b(?:C4|(?:Slim|Red)Pajama|FineWeb|RefinedWeb)\b)/, 'language modeling'],
  [/\b(?:Synapse|BTCV)\b(?=(?:[^.]|\.(?=\d)){0,80}\b(?:Dice|DSC|HD95|segment\w*))|\b(?:Dice|DSC|HD95)\b(?=(?:[^.]|\.(?=\d)){0,80}\b(?:Synapse|BTCV)\b)/, 'medical image segmentation'],
  // BraTS by its overlap scores or segmenting (not survival from its scans, nor synthesis).
  [/\bBraTS(?: ?20\d\d)?\b(?=(?:[^.]|\.(?=\d)){0,80}\b(?:Dice|DSC|HD95|segment\w*))|\b(?:Dice|DSC|HD95|segment\w*)\b(?=(?:[^.]|\.(?=\d)){0,80}\bBraTS\b)/, 'brain tumor segmentation'],
  [/\bLEVIR-CD\b|\bWHU-CD\b/, 'change detection'],
  [/\bUAS\b(?:[^.]|\.(?=\d)){0,40}\bLAS\b|\bLAS\b(?:[^.]|\.(?=\d)){0,40}\bUAS\b|\b(?:un)?labell?ed attachment scores?\b/i, 'dependency parsing'],
  [/\bTHUMOS(?:-?1[45])?\b/, 'temporal action localization'],
  [/\bSemEval-2014\b(?=(?:[^.]|\.(?=\d)){0,80}\baspect)|\baspect-based sentiment\b/i, 'aspect-based sentiment analysis'],
  // What the work does, said with a verb, in more fields.
  [/\bcount(?:s|ed|ing)? (?:the )?(?:number of )?(?:people|persons|pedestrians) in (?:[\w-]+ ){0,3}(?:images?|scenes?|crowds?|videos?|frames?)\b/i, 'crowd counting'],
  [/\blocali[sz]\w* (?:the )?(?:start and end|temporal boundaries|boundaries) of (?:the )?actions\b/i, 'temporal action localization'],
  [/\b(?:repair|fix)(?:s|es|ed|ing)? (?:[\w-]+ ){0,2}?(?:buggy|faulty|broken|incorrect|vulnerable) (?:[\w-]+ ){0,2}(?:programs|code)\b/i, 'program repair'],
  [/\bgenerat\w* (?:[\w-]+ ){0,2}responses\b(?=[^.]{0,100}\b(?:dialog\w*|conversation\w*|chat\w*|users?)\b)|\b(?:dialog\w*|conversation\w*|chat\w*)\b[^.]{0,100}\bgenerat\w* (?:[\w-]+ ){0,2}responses\b/i, 'response generation'],
  [/\bgenerat\w* (?:the )?(?:radiology|medical|clinical|pathology) reports\b|\b(?:radiology|medical|clinical|pathology) report generation\b/i, 'report generation'],
  [/\b(?:complet(?:es|ing)|to complete) (?:the )?(?:missing (?:facts|links) (?:of|in) )?knowledge graphs?\b/i, 'knowledge graph completion'],
  [/\b(?:robot\w*|gripper|arm|policy|policies|manipulators?)\b[^.]{0,80}\bgrasp\w* (?:[\w-]+ ){0,2}objects\b/i, 'robotic grasping'],
  // Benchmarks of time series, graphs, spectra, point clouds, documents and faces; phones, forecasts and retrieval by their metrics.
  // A benchmark tells the data; what is done with it may be another task (anomalies in the UCR anomaly archive, generated graphs, unmixed spectra).
  [/\b(?:UCR|UEA)\b/, 'time series classification', /\banomal/i],
  [/\b(?:MUTAG|NCI1|NCI109|ENZYMES|COLLAB|IMDB-(?:BINARY|MULTI)|REDDIT-(?:BINARY|MULTI-5K))\b/, 'graph classification', /\banomal|\bgenerat|\bcluster/i],
  [/\b(?:Indian Pines|Pavia (?:University|Centre|Center)|Salinas(?:-A)?|Houston ?2013)\b/, 'hyperspectral image classification', /\bdenois|\bunmix|\brestor|\bsuper-resolution|\bfusion|\bband selection|\bcompress|\bpansharpen/i],
  // A 3D detector the work takes as it is ("the outputs of an off-the-shelf 3D detector") is no task of its own.
  [/(?<!\b(?:off-the-shelf|pre-?trained|existing|of an?|from an?|by(?: an?)?) )\b3D (?:object )?detect(?:ion|ors?)\b|\b(?:3D|BEV) AP\b/i, '3d object detection'],
  [/\bphone (?:error|recognition) rates?\b|\bphone recognition\b/i, 'phone recognition'],
  // Reuters alone is the news agency, whose articles are read for many tasks; its collection of 21,578 articles is for classifying them.
  [/\bReuters-21578\b|\bRCV1\b|\b20 ?Newsgroups\b/, 'text classification', /\btopic model|\bcluster/i],
  // ORL in parentheses is an acronym the text defines ("offline reinforcement learning (ORL)"); faces are recognised as who they are, not their emotions.
  [/\b(?:ORL|FERET|Extended Yale ?B|Yale ?B|Yale [Ff]ace)\b|\brecogni[sz]\w* (?:human )?faces\b/, 'face recognition', /\((?:ORL|FERET)\)|\bcluster|\bunlike\b[^.]{0,60}\brecogni[sz]\w* (?:human )?faces/i],
  [/\bsMAPE\b|\bMASE\b/, 'time series forecasting'],
  [/\b(?:MSR-VTT|DiDeMo|LSMDC)\b(?=(?:[^.]|\.(?=\d)){0,80}\bR@\d)|\bR@\d+\b(?=(?:[^.]|\.(?=\d)){0,80}\b(?:MSR-VTT|DiDeMo|LSMDC)\b)|\btext-to-video retrieval\b/i, 'text-to-video retrieval'],
];
/** Each rule with its pattern made global once, to find every place the text implies the task. */
const IMPLIED_TASKS = IMPLIED_TASK_RULES.map(([pattern, task, unless]) => [pattern, task, unless, new RegExp(pattern.source, `${pattern.flags}g`)] as const);

/**
 * The implied-task patterns as few alternations as their flags allow, each pattern a named group of its own: one scan of a text finds
 * every place some pattern matches (about twice as fast as a scan per pattern). At such a place the alternation names only the first
 * pattern that matches there, so each later one not yet found is tried there on its own (sticky).
 */
const IMPLIED_SCANS = [...new Set(IMPLIED_TASK_RULES.map(([pattern]) => pattern.flags))].map((flags) => {
  const rules = IMPLIED_TASK_RULES.flatMap(([pattern], index) => (pattern.flags === flags ? [index] : []));
  return {
    rules,
    scan: new RegExp(rules.map((index) => `(?<r${index}>${IMPLIED_TASK_RULES[index][0].source})`).join('|'), `g${flags}`),
    here: rules.map((index) => new RegExp(IMPLIED_TASK_RULES[index][0].source, `y${flags}`)),
  };
});

/** The implied-task rules whose pattern matches somewhere in a text, by their index. */
function impliedRulesIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const { rules, scan, here } of IMPLIED_SCANS) {
    scan.lastIndex = 0;
    let left = rules.length;
    const take = (index: number): void => {
      if (found.has(index)) return;
      found.add(index);
      left--;
    };
    for (let match = scan.exec(text); match && left > 0; match = scan.exec(text)) {
      const first = rules.findIndex((index) => match!.groups![`r${index}`] !== undefined);
      take(rules[first]);
      for (let later = first + 1; later < rules.length; later++) {
        if (found.has(rules[later])) continue;
        here[later].lastIndex = match.index;
        if (here[later].test(text)) take(rules[later]);
      }
      // Every place is looked at, not only the ends of matches: a pattern may match inside another's match.
      scan.lastIndex = match.index + 1;
    }
  }
  return found;
}

/** A list of phrases followed by "task(s)": "on image captioning, visual grounding and text recognition tasks". */
const TASK_LIST = /\b((?:[a-z][\w-]{1,25}\s){1,3}[a-z][\w-]{1,25}(?:,\s(?:and\s|or\s)?(?:[a-z][\w-]{1,25}\s){0,3}[a-z][\w-]{1,25}){0,6}(?:,?\s(?:and|or)\s(?:[a-z][\w-]{1,25}\s){0,3}[a-z][\w-]{1,25})?)\s(?:tasks|task)\b/g;
/** Words that make a phrase something other than a task ("token generation" is a step of inference). */
const NOT_TASK_WORDS = /\b(?:token|feature|data|candidate|attention|model|models|proposal|query|key|value|weight|weights|gradient|mask|sequence|vision|language|downstream|these|those|such|all|any|new|our|their|its|of|in|on|for|with|to|from|by|as|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|various|numerous|diverse)\b/;

/** A task's usual name where a title words it otherwise ("... for Image Recognition"). */
const TASK_SYNONYMS: [RegExp, string][] = [
  [/^(?:large-scale )?(?:image|visual) recognition$/, 'image classification'],
  [/^(?:automatic )?speech recognition$/, 'speech recognition'],
  [/^(?:neural )?machine translation$/, 'machine translation'],
  [/^(?:high-resolution )?image synthesis$/, 'image generation'],
];

const TASK_NOUN = /(?:recognition|classification|detection|scoring|segmentation|generation|forecasting|nowcasting|prediction|translation|restoration|retrieval|recommendation|enhancement|super-resolution|tracking|tracing|tagging|estimation|captioning|synthesis|separation|denoising|deraining|dehazing|deblurring|summarization|parsing|answering|understanding|completion|matching|editing|reconstruction|inpainting|assessment|screening|subtyping|grading|localization)/;
/** Praise before a task's words, not one of them ("efficient", "robust", "end-to-end"). */
const TASK_PRAISE = 'automatic|automated|efficient|accurate|fast|faster|robust|scalable|real-time|better|improved|general|generic|universal|effective|lightweight|high-quality|high-fidelity|end-to-end|unified|improving|enhancing|boosting';
const TASK_ADJECTIVES = new RegExp(`^(?:${TASK_PRAISE})\\s+`);

/** A task phrase without the praise before it ("efficient", "robust"), by its usual name ("image recognition" is image classification). */
const withoutAdjectives = (task: string): string => {
  let plain = task;
  while (TASK_ADJECTIVES.test(plain)) plain = plain.replace(TASK_ADJECTIVES, '');
  return plain;
};
const usualTaskName = (task: string): string => TASK_SYNONYMS.find(([pattern]) => pattern.test(task))?.[1] ?? task;

/** The task a title names after "for": "Restormer: ... Transformer for High-Resolution Image Restoration". */
function titleTask(title: string): string | null {
  const match = new RegExp(`\\bfor\\s+((?:[A-Za-z][\\w-]*\\s+){0,4}${TASK_NOUN.source})\\b`, 'i').exec(title);
  if (!match) return null;
  const task = withoutAdjectives(match[1].toLowerCase());
  // "for Understanding", "for Any Detection": a task needs what it is done on.
  if (!task.includes(' ') && !/^(?:denoising|deraining|dehazing|deblurring|summarization|super-resolution|forecasting|recommendation|inpainting|captioning)$/.test(task)) return null;
  // Nouns that end in -ing are no verbs: "for Rating Prediction", "for Clustering Evaluation".
  if (/^(?:any|all|many|the|a|an|long|more|new|their|its|our|\w+ing)\s/.test(task) && !/^(?:deraining|denoising|dehazing|deblurring|rating|ranking|clustering|tracking|mapping)\b/.test(task)) return null;
  return usualTaskName(task);
}

/** A task a title names as what it does: "Early Prediction of Sepsis" (sepsis prediction), "Relation Classification via ..." (at its start). */
function titleHeadTask(title: string): string | null {
  // Only adjectives before it ("Early", "Dermatologist-level"), not "On the" or "Towards" (an analysis); the object ends at its first preposition.
  const of = /^(?:(?:early|automated|automatic|accurate|robust|fast|joint|real-time|improved|efficient|[\w-]+-level)\s+){0,2}(prediction|detection|classification|recognition|segmentation|diagnosis) of ((?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*)(?=\s+(?:from|with|using|via|by|in|on|for|at)\b|\s*[:?]|\s*$)/i.exec(title);
  if (of) {
    const object = of[2].toLowerCase();
    if (/^(?:the|a|an|images?|objects?|data|text|time series|sequences?|graphs?|nodes?|signals?)\b/.test(object)) return null;
    return `${object} ${of[1].toLowerCase()}`;
  }
  const head = /^((?:[A-Za-z][\w-]*\s+){1,3}?(?:classification|recognition|detection|segmentation|translation|parsing|tagging|summarization|captioning|forecasting))(?=\s+(?:via|with|using|by|through|from|in)\b|\s*:|\s*$)/i.exec(title);
  if (!head) return null;
  // How it is done is not what it does: "Isolation-based Detection", "Neural Machine Translation".
  let task = withoutAdjectives(head[1].toLowerCase()).replace(/^(?:neural|deep|end-to-end|joint|unsupervised|supervised|semi-supervised|self-supervised|[\w-]+-(?:based|aware|guided|driven|free|level))\s+/, '');
  if (!task.includes(' ')) return null;
  task = usualTaskName(task);
  // Content words before a noun of recognising ("Relation Classification"; known tasks the title has are found as phrases); not "Lost in Translation",
  // "Attention Is Detection", "Revisiting Classification" or "Address Translation".
  const words = task.split(' ');
  return /(?:classification|recognition|detection|segmentation|tagging|parsing)$/.test(task)
    && !words.some((word) => /^(?:in|is|are|as|at|of|on|to|for|from|beyond|the|a|an|and|or|not|vs)$|(?:ing|ed)$/.test(word)) ? task : null;
}

/** What a model is made to do ("a network to detect atrial fibrillation from ...", "aims to predict readmission from ..."): the verb and what it is done to. */
const PURPOSE = /(?:\b(?:develop|propose|present|train|design|build|introduce)\w*\s+(?:[\w-]+\s+){0,6}?(?:model|network|algorithm|system|method|approach|tool|classifier|transformer|framework)s?\s+(?:to|that|which|for|capable of)(?:\s+(?:can|could|will))?|\b(?:aims?|aimed|seeks?) to)\s+(predict|detect|diagnos|classif|segment|identif|forecast)\w*\s+(?:the\s+)?(?:risk of\s+|onset of\s+|presence of\s+)?((?:[a-z0-9][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:from|in|of|with|using|on|at|by|among|within|for|and|across|during|when|while|after|before|given|explicitly|implicitly|directly|accurately|jointly|simultaneously|automatically|efficiently|reliably|robustly|quickly|precisely|correctly)\b|\s*[.,;(])/i;
/** What a purpose is done to that names no task: "when to stop", "each pixel", "and classify ...", "strengths". */
const NOT_PURPOSE_OBJECT = /^(?:it|them|this|these|those|whether|if|how|what|which|when|where|why|each|every|all|any|and|or|key|possible|strengths?|weaknesses|reasons?|the|a|an|data|images?|text|patients?|outcomes?|samples?|inputs?|features?|objects?)$/;
const PURPOSE_NOUNS: Record<string, string> = { predi: 'prediction', detec: 'detection', diagn: 'diagnosis', class: 'classification', segme: 'segmentation', ident: 'identification', forec: 'forecasting' };

/** Words coordinated before a noun, in lowercased text: "semantic and instance segmentation". */
const COORDINATED_MODIFIERS = /\b((?:[a-z][\w-]{1,20},\s){0,4}[a-z][\w-]{1,20},?\s(?:and|or)\s[a-z][\w-]{1,20})\s([a-z]{3,20})\b(?!\s+(?:datasets?|labels?|masks?|networks?|models?|heads?|remains?|benchmarks?)\b)/g;
/** The task names known by the summarizer, as lowercased text has them (hyphens as spaces). */
const KNOWN_TASKS = new Set(TASKS.map((task) => task.replace(/-/g, ' ')));
/**
 * The field's tasks beyond the summarizer's own: found only where the work names them as its own (a title, a sentence about the work).
 * (A name the list above has is read by its own rules; a learning setting is no task.)
 */
const FIELD_TASKS = FIELD_TASK_NAMES.filter((task) => !KNOWN_TASKS.has(task.replace(/-/g, ' ')) && !/\b(?:reinforcement learning|generalization|adaptation)$/.test(task));

/** Task phrases by their first word: one pass over a text's words finds them all (not one scan per phrase). */
type PhraseIndex = Map<string, { task: string; words: string[] }[]>;
function phraseIndex(tasks: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const task of tasks) {
    const words = task.replace(/-/g, ' ').split(' ');
    const list = index.get(words[0]);
    if (list) list.push({ task, words });
    else index.set(words[0], [{ task, words }]);
  }
  return index;
}
const TASKS_BY_FIRST_WORD = phraseIndex(TASKS);
const FIELD_TASKS_BY_FIRST_WORD = phraseIndex(FIELD_TASKS);

/** The task phrases of an index in a lowercased text whose hyphens are spaces: as whole words, separated by one space. */
function phrasesIn(text: string, index: PhraseIndex): Set<string> {
  const found = new Set<string>();
  const tokens = text.match(/[a-z0-9]+|[^a-z0-9]+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(tokens[i]);
    if (!candidates) continue;
    // A word starts after a non-word character (\b): the token before is a separator, never letters joined by "_".
    if (i > 0 && tokens[i - 1].endsWith('_')) continue;
    for (const { task, words } of candidates) {
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) ok = tokens[i + 2 * w - 1] === ' ' && tokens[i + 2 * w] === words[w];
      const after = tokens[i + 2 * words.length - 1];
      if (ok && !(after && after.startsWith('_'))) found.add(task);
    }
  }
  return found;
}
/** A task noun in the plural names the task ("Session-based Recommendations", "object detections", "nuclei segmentations"): read in the singular. */
const singularTaskNouns = (text: string): string => text.replace(/\b([a-z]{3,}(?:tion|ment))s\b/g, '$1');
const taskPhrasesIn = (text: string): Set<string> => phrasesIn(text, TASKS_BY_FIRST_WORD);
const fieldTaskPhrasesIn = (text: string): Set<string> => phrasesIn(text, FIELD_TASKS_BY_FIRST_WORD);

/** Words coordinated before a task noun: "Audio, Speech, and Song Generation", "text and image generation". */
const COORDINATED_TASKS = new RegExp(String.raw`(?<![\w-])([A-Za-z][a-z]{2,20}(?:,\s[A-Za-z][a-z]{2,20}){0,5},?\s(?:and|or)\s[A-Za-z][a-z]{2,20})\s(${TASK_NOUN.source})\b`, 'gi');
/** The kinds of data a title coordinates before a task noun ("Audio, Speech, and Song Generation"), not adjectives ("Sparse and Dense"). */
const COORDINATED_KINDS = /^(?:audio|speech|song|music|sound|voice|text|image|video|motion|language|code|molecule|protein|graph|shape|scene|object|action|event|entity|relation|face|pose|depth|layout|table|chart|3d)$/;
/** "address / tackle / study / focus on the problem or task of X": X, a phrase that ends as tasks do (interpolation, tracking, parsing). */
const PROBLEM_OF = /\b(?:address|tackle|solve|study|studies|consider|focus on|target)\w*\s+the\s+(?:challenging\s+|fundamental\s+|important\s+)?(?:problem|task)\s+of\s+((?:[a-z][\w-]{1,25}\s){0,3}[a-z][\w-]{1,25}(?:tion|sion|ing|sis))\b/g;
/** A title's generative model and the kind of data it is for, where the title ends with it ("A Generative Model for Raw Audio"; not "... for Speech Enhancement"). */
const GENERATIVE_MODEL_FOR = /\bgenerative (?:[\w-]+ ){0,2}?(?:models?|networks?|transformers?|priors?)\s+(?:for|of)\s+(?:(?:raw|natural|realistic|high-resolution|high-fidelity|3D|diverse)\s+)*(audio|speech|music|images?|videos?|text|molecules?|proteins?|code|graphs?|3D shapes?|point clouds?|motions?)\s*(?:$|[:,(])/i;
/** Words that start no listed task ("many more", "other"). */
const NOT_LISTED = /^(?:more|less|many|most|others?|etc|each|every|several|multiple)$/i;
/** Items split from a list: "a, b, and c", "a or b". */
const LIST_SEPARATOR = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
/** A phrase an evaluation sentence calls a task: one or two words before a task noun. */
const TWO_WORD_TASK = new RegExp(`^(?:[a-z0-9][\\w-]{1,25}\\s){1,2}${TASK_NOUN.source}$`);
/** A summary lists a paper's tasks, not every phrase of a long text. */
const MAX_TASKS = 24;
/** A listed task: one to three words ending in a task noun ("entity typing", "relation classification"). */
const LISTED_TASK = new RegExp(String.raw`^(?:[a-z0-9][\w-]{1,25}\s){1,2}(?:${TASK_NOUN.source}|analysis|typing|labeling|tagging|reasoning|inference|planning|navigation|spotting|modeling|resolution|identification|correction|counting|extraction)$`);
/** A task said in one word: "denoising, deblurring and enhancement". */
const SINGLE_TASK = new RegExp(`^${TASK_NOUN.source}$`);
/** A list of tasks after the word: "tasks such as sentiment analysis, entity typing and relation classification". */
const LIST_WORD = String.raw`(?!(?:and|or)\s)[a-z][\w-]{1,25}`;
const LIST_ITEM = String.raw`(?:${LIST_WORD}\s){0,2}${LIST_WORD}`;
/**
 * A list of tasks the work reports results on or is evaluated on: "achieves the best results on phoneme recognition, keyword spotting and intent
 * classification", "We evaluate PathSSM on cancer subtyping, metastasis detection and survival prediction".
 */
const RESULTS_ON_LIST = new RegExp(String.raw`\b(?:results|performance|state[- ]of[- ]the[- ]art|improvements?|gains|accuracy|evaluat(?:e|es|ed|ing))\b[^.]{0,40}?\bon\s+(${LIST_ITEM}(?:,\s(?:and\s|or\s)?${LIST_ITEM}){1,6}(?:,?\s(?:and|or)\s${LIST_ITEM})?|${LIST_ITEM},?\s(?:and|or)\s${LIST_ITEM})`, 'g');
const TASKS_SUCH_AS = new RegExp(String.raw`\btasks?,?\s+(?:such as|including|like|namely)\s+(${LIST_ITEM}(?:,\s(?:and\s|or\s)?${LIST_ITEM}){0,6}(?:,?\s(?:and|or)\s${LIST_ITEM})?)`, 'g');

/** The tasks a list gives: each item's longest start that is a task (the last item runs on into the sentence: "enhancement while requiring"). */
function tasksListed(list: string): string[] {
  const tasks: string[] = [];
  for (const phrase of list.split(LIST_SEPARATOR)) {
    const words = phrase.trim().split(' ');
    let task = '';
    for (let n = words.length; n > 0 && !task; n--) {
      const candidate = words.slice(0, n).join(' ');
      if (LISTED_TASK.test(candidate) || (n === 1 && SINGLE_TASK.test(candidate))) task = candidate;
    }
    if (task && !NOT_TASK_WORDS.test(task) && !NOT_LISTED.test(words[0])) tasks.push(task);
  }
  return tasks;
}
/** What a model or a work says it performs or addresses: "a vision transformer that jointly performs building height estimation and building footprint segmentation" (not what a sampler or a corpus pipeline does). */
const PERFORMS_TASKS = new RegExp(String.raw`\b(?:that|which|model|network|framework|system|architecture|method|approach)\s+(?:jointly\s+|simultaneously\s+)?(?:performs?|tackles?|address(?:es)?|handles?|solves?|carr(?:y|ies) out)\s+(?:both\s+|jointly\s+|simultaneously\s+)?(${LIST_ITEM}(?:,\s(?:and\s)?${LIST_ITEM}){0,4},?\s(?:and|or)\s${LIST_ITEM})`, 'g');
/** A proposal that names its model by its task: "we introduce a novel lightweight breast cancer classification approach". */
const PROPOSED_BY_TASK = /\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:[a-z]+\s+)?(?:propose|present|introduce|develop|design)\w*\s+(?:[A-Z][\w-]*,\s+)?(?:a|an)\s+((?:[\w-]+\s+){1,6}?)(?:approach|method|model|framework|system|network|pipeline|classifier|detector)s?\b/;
/** What may stand before a task's words and is not one of them: praise, and how the model is built ("graph-based", "end-to-end"). */
const NOT_TASK_MODIFIER = new RegExp(String.raw`^(?:${TASK_PRAISE}|a|an|the|novel|new|simple|interpretable|explainable|deep|neural|hybrid|multi-scale|[\w-]+-(?:based|aware|guided|driven|free|level|to-end))$`);
/** The task a proposal's words end with: the noun of a task and up to two words before it that are neither praise nor how it is built. */
function taskBefore(words: string): string | null {
  const list = words.trim().split(/\s+/);
  // A noun of recognising or telling apart, not of producing ("pseudo-label generation", "learning rate prediction" are parts of training).
  if (!/^(?:classification|detection|segmentation|recognition|spotting|tracking|forecasting|captioning|retrieval|translation|summarization|tagging|parsing|localization)$/.test(list[list.length - 1])) return null;
  let start = list.length - 1;
  while (start > 0 && list.length - start < 3 && !NOT_TASK_MODIFIER.test(list[start - 1]) && !/^(?:and|or)$/.test(list[start - 1])) start--;
  const task = list.slice(start).join(' ');
  return start < list.length - 1 && !NOT_TASK_WORDS.test(task) ? usualTaskName(task) : null;
}

/** Transfer or multi-task learning a work uses as a way of training, not a task it addresses. */
const USED_LEARNING = /\b(?:with|via|through|using|employs?|uses?|incorporat\w+|leverag\w+|by) (?:an? |the )?(?:[\w-]+ )?(?:transfer|multi task) learning\b|\b(?:transfer|multi task) learning (?:process|stage|step|pipeline|techniques?|setting|paradigm)\b/;

/** A diffusion model's denoising is how it works, not the task it does; masked language modeling is how an encoder is trained. */
const NOT_TASK_PHRASES = /\bdenoising (?:diffusion|score|auto ?encoders?|objectives?|process(?:es)?|steps?)\b|\b(?:diffusion|iterative) denoising\b|\bmasked language modell?ing\b/g;
/**
 * Tasks and data a work names but does not address: the open problems and future work it ends with ("We close with open questions on in-context
 * learning", "We leave speech recognition to future work", "Future directions include ..."), what it could be extended to, and what it says it
 * does not address ("Our work does not address anomaly detection"; not what earlier work does not: "existing systems do not address X").
 */
const NOT_ITS_OWN = new RegExp(String.raw`\bleav(?:e|es|ing)\b[^.;]{0,120}?\bto future (?:work|research)`
  + String.raw`|(?<!\b${EARLIER}\s+(?:[\w-]+\s+){0,2}(?:do|does|did|can|could)\s+)\bnot (?:handle|address|tackle|cover)\s[^.;,:()]*?(?=\s(?:for|to|in|on|that|which|but)\b|[.;,:()]|$)`
  + String.raw`|(?<!\b(?:address|addresses|addressing|solve|solves|solving|tackle|tackles|tackling)\s+(?:[\w-]+\s+)?)\bopen (?:problems|questions|challenges|directions)\b[^.;]*`
  + String.raw`|\bfuture (?:work|directions|research) (?:includes?|could|should|will|may|might|involves?|lies)\b[^.;]*|\bfuture (?:work|directions) (?:on|in)\b[^.;]*`
  // (Not what it was extended to and measured on: "could be extended to video object segmentation, where it gains 2.1 J&F".)
  + String.raw`|\bcould (?:also |easily |naturally |potentially )?be extended to\b(?![^.;]*\d)[^.;]*`, 'gi');
/**
 * What a field is applied to, in a sentence not about the work ("which limits their applications in real-time tasks such as autonomous
 * driving", "supports downstream applications from hearing aids to speech recognition"); the applications a work shows are its own ("We
 * demonstrate the effectiveness of our method in applications such as image super-resolution").
 */
const APPLIED_TO = /\bapplications? (?:in|to|such as|including|like|from|ranging from)\b[^.;]*/gi;
/** A sentence without what it does not address, and, where it is not about the work, without what its field is applied to. */
const ownPart = (sentence: string): string => {
  const part = sentence.replace(NOT_ITS_OWN, ' ');
  return ABOUT_THE_WORK.test(sentence) ? part : part.replace(APPLIED_TO, ' ');
};
/**
 * The task a work casts its own as, which it does not do: "We reformulate named entity recognition as a machine reading comprehension problem",
 * "We cast motion forecasting as a language modeling task" (the task cast stays).
 */
const FRAMED_AS = /\b((?:cast|casts|recast|recasts|formulate|formulates|reformulate|reformulates|frame|frames|treat|treats|view|views|pose|poses)\s(?!(?:the|this|these|our|its|it|them|each|a|an)\s)(?:[^.;,:()\s]+\s){1,8}?)as an?\s(?:[^.;,:()\s]+\s){1,5}?(?:task|problem)s?\b/gi;
function tasksOf(title: string, abstract: string, datasets: readonly string[]): string[] {
  const plain = (task: string): string => task.replace(/-/g, ' ');
  // (What is cast stays: "We cast motion forecasting", without "as a language modeling task".)
  const own = ownParts(abstract).map((sentence) => sentence.replace(FRAMED_AS, '$1'));
  const ownText = own.join(' ').replace(/\((?:e\.g\.|i\.e\.|such as)[^)]*\)/g, ' ');
  // (Not in what the work leaves open or what its field is applied to; the title names the work's own. A language model's perplexity still
  // implies the task its training phrase is not.)
  const text = `${title}. ${ownText.replace(TOOL_BY_NOUN, ' ').replace(BORROWED_FROM, ' ')}`.toLowerCase().replace(/-/g, ' ').replace(NOT_TASK_PHRASES, ' ');
  const phrases = taskPhrasesIn(singularTaskNouns(text));
  const found = TASKS.filter((task) => phrases.has(task));
  const same = (a: string, b: string): boolean => plain(a).includes(plain(b)) || plain(b).includes(plain(a));
  // The tasks a benchmark or metric implies, or the abstract calls tasks in so many words.
  const implied = new Set<string>();
  // Implied tasks a rule read only from their own words ("entity recognition", "detecting novel objects"), no benchmark or metric: a more
  // precise name of the same task takes their place ("clinical named entity recognition").
  const ownWordsOnly = new Set<string>();
  // A summary lists a paper's tasks, not every phrase of a hostile text: past the cap nothing is compared or added.
  const add = (task: string, precise = false): void => {
    // A task called one in so many words, named more precisely than one found, takes its place ("open information extraction" for "information
    // extraction"), unless a benchmark implies the one found ("image classification" on ImageNet beside "fine-grained image classification").
    // (A copy this may leave is dropped with the others at the end.)
    const general = precise ? found.findIndex((other) => plain(other) !== plain(task) && plain(task).includes(plain(other)) && (!implied.has(other) || ownWordsOnly.has(other))) : -1;
    if (general !== -1) found[general] = task;
    else if (found.length < MAX_TASKS && !found.some((other) => same(other, task))) found.push(task);
  };
  const fromTitle = titleTask(title);
  if (fromTitle) add(fromTitle);
  const headed = titleHeadTask(title);
  if (headed) add(headed);
  // A task its benchmark or metric implies, or one the abstract lists as a task, is the paper's however generic its name ("summarization" from XSum).
  const evidence = `${title}. ${ownText}`;
  const matching = impliedRulesIn(evidence);
  for (const [index, [, task, unless, everywhere]] of IMPLIED_TASKS.entries()) {
    // Implied also when the text named it already: a generic name ("recommendation") is kept when a benchmark or a method's name implies it.
    if (!matching.has(index) || unless?.test(evidence)) continue;
    // A generic name found in the text gives way to the task a benchmark or metric implies ("forecasting" on ETTh1 is time series
    // forecasting, "segmentation" on ADE20K semantic segmentation), not to the word itself ("forecasts" read as "forecast\w*"), wherever
    // in the text the benchmark is ("a transformer for forecasting. ... on ETTh1").
    const seen = [...evidence.matchAll(everywhere)].map((match) => match[0].toLowerCase());
    const stems = seen.map((match) => match.slice(0, 5));
    // (Its own words: the stem of its noun, "recog" of "recognition", in every place the rule matched.)
    const noun = task.split(' ').pop()!.slice(0, 5);
    if (seen.every((match) => match.includes(noun)) && (!implied.has(task) || ownWordsOnly.has(task))) ownWordsOnly.add(task);
    else ownWordsOnly.delete(task);
    const general = found.findIndex((other) => other !== task && plain(task).includes(plain(other)) && stems.some((stem) => !plain(other).includes(stem)));
    if (general !== -1) found[general] = task;
    else add(task);
    implied.add(task);
  }
  // "semantic and instance segmentation", "arithmetic, commonsense and symbolic reasoning": each word coordinated before a task noun names a task
  // where it and the noun make a task's usual name.
  // Not in a comparison or what the work sets itself apart from ("Unlike prior work on semantic and instance segmentation"); those clauses are
  // taken out only of a text where some coordination makes a known task at all.
  const makesTask = (match: RegExpMatchArray): boolean => match[1].split(LIST_SEPARATOR).some((word) => KNOWN_TASKS.has(`${word.trim()} ${match[2]}`));
  if ([...text.matchAll(COORDINATED_MODIFIERS)].some(makesTask)) {
    for (const match of text.replace(COMPARED, ' ').replace(BORROWED_FROM, ' ').matchAll(COORDINATED_MODIFIERS)) {
      for (const word of match[1].split(LIST_SEPARATOR)) {
        const task = `${word.trim()} ${match[2]}`;
        if (!KNOWN_TASKS.has(task) || found.includes(task)) continue;
        // It names the generic task found for its noun ("segmentation") more precisely.
        const general = found.indexOf(match[2]);
        if (general !== -1) found[general] = task;
        else add(task);
      }
    }
  }
  // "WaveNet: A Generative Model for Raw Audio": what a generative model is for, it generates.
  const generates = GENERATIVE_MODEL_FOR.exec(title);
  if (generates) add(`${generates[1].toLowerCase().replace(/s$/, '')} generation`);
  // "Audio, Speech, and Song Generation": each kind of data coordinated before a task noun makes a task with it.
  // Only in a title: an abstract's "detection and semantic segmentation" coordinates tasks, not the words of one.
  for (const match of title.matchAll(COORDINATED_TASKS)) {
    const noun = match[2].toLowerCase();
    for (const word of match[1].split(LIST_SEPARATOR)) {
      const item = word.trim().toLowerCase();
      if (COORDINATED_KINDS.test(item)) add(`${item} ${noun}`);
    }
  }
  let purposeTask: string | null = null;
  for (const sentence of own) {
    // "on downstream tasks such as sentiment analysis, entity typing and relation classification": what it lists are tasks,
    // where the paper speaks of its own work ("these models proved effective in tasks such as image recognition" is background).
    if (ABOUT_THE_WORK.test(sentence)) {
      // Words in capitals are read in lower case ("Attribute Extraction"); a name with capitals inside is not ("ImageNet Classification").
      // (A dataset's name is no task's word: "tasks such as Cityscapes Segmentation" is segmentation on Cityscapes.)
      for (const match of sentence.replace(/\b[A-Z][a-z]+\b/g, (word) => (datasets.includes(word) ? word : word.toLowerCase())).matchAll(TASKS_SUCH_AS)) {
        for (const task of tasksListed(match[1])) {
          // Called a task in so many words: kept however generic its name.
          add(task, true);
          implied.add(task);
          ownWordsOnly.delete(task);
        }
      }
      // "a vision transformer that jointly performs building height estimation and building footprint segmentation": what the work does.
      for (const match of sentence.matchAll(PERFORMS_TASKS)) {
        // Every item a task, not a list that runs on into the next clause ("a network that tackles cargo detection, and we show ...").
        const listed = tasksListed(match[1]);
        if (listed.length === match[1].split(LIST_SEPARATOR).length) for (const task of listed) add(task, true);
      }
      // Results on a list of tasks: each item a task by its shape (words before a task noun), and at least two of them.
      for (const match of sentence.matchAll(RESULTS_ON_LIST)) {
        const listed = match[1].split(LIST_SEPARATOR).map((phrase) => phrase.trim())
          .filter((phrase) => LISTED_TASK.test(phrase) && !NOT_TASK_WORDS.test(phrase) && !NOT_LISTED.test(phrase.split(' ')[0]));
        if (listed.length >= 2) for (const task of listed) add(task);
      }
    }
    // "We developed a convolutional network to detect atrial fibrillation from ECGs", "This study aims to predict 30-day readmission":
    // what a proposed model is made to do, or a study aims to do, is its task, where nothing else names one.
    const purpose: RegExpExecArray | null = purposeTask ? null : PURPOSE.exec(sentence);
    if (purpose) {
      // One of a plural ("interactions", "tumours", "instabilities"), not a word that ends in s ("diabetes", "metastasis").
      const object: string = purpose[2].toLowerCase().replace(/ies$/, 'y').replace(/(?<=[^aeiousy])s$/, '');
      if (!NOT_PURPOSE_OBJECT.test(object.split(' ')[0])
        && !/\d/.test(object.split(' ')[0].replace(/^\d+-day\b/, ''))) {
        purposeTask = `${object} ${PURPOSE_NOUNS[purpose[1].toLowerCase().slice(0, 5)]}`;
      }
    }
    // "We propose a model for ECG arrhythmia classification": the task a proposal sentence says its model is for, read as a title's is.
    if (/\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:propose|present|introduce|develop|design)\w*\b/.test(sentence)) {
      const proposedFor = /\b(?:model|network|architecture|method|framework|approach|system|transformer)s?\s+(for\s+[^.;]*)/i.exec(sentence);
      const task = proposedFor && titleTask(proposedFor[1]);
      if (task) add(task);
      // "we introduce a novel lightweight breast cancer classification approach": the task the proposed model is named by.
      const named = PROPOSED_BY_TASK.exec(sentence);
      const namedTask = named && taskBefore(named[1].toLowerCase());
      if (namedTask) add(namedTask);
    }
    // "We address the problem of video frame interpolation": the task a sentence about the work names as its problem.
    if (ABOUT_THE_WORK.test(sentence)) {
      for (const match of sentence.matchAll(PROBLEM_OF)) {
        const task = match[1].toLowerCase();
        // A task is named in two words or more ("video frame interpolation"); what goes wrong in training is no task ("catastrophic forgetting").
        if (task.includes(' ') && !NOT_TASK_WORDS.test(task) && !/(?:forgetting|fitting|training|collapse)$/.test(task)) add(task);
      }
    }
    // "... on image captioning and visual grounding tasks": the phrases an evaluation sentence calls tasks.
    if (!sentence.includes(' task')) continue;
    for (const match of sentence.matchAll(TASK_LIST)) {
      for (const phrase of match[1].split(LIST_SEPARATOR)) {
        const task = phrase.trim().toLowerCase().replace(/^(?:the|both|several|various|many|multiple|different|diverse|challenging|standard|popular|common|downstream|real-world|other|\w+-level)\s+/g, '');
        if (TWO_WORD_TASK.test(task) && !NOT_TASK_WORDS.test(task)) add(task);
      }
    }
  }
  // The field's tasks where the work names them as its own (its title, a sentence about it; not what it sets itself apart from), each in
  // place of a more generic name found ("camouflaged object detection" for "object detection") unless a benchmark implies that one.
  const workText = `${title}. ${own.filter((sentence) => ABOUT_THE_WORK.test(sentence)).join(' ')}`.replace(COMPARED, ' ').replace(BORROWED_FROM, ' ');
  const fieldTasksIn = (work: string): Set<string> => fieldTaskPhrasesIn(singularTaskNouns(work.toLowerCase().replace(/-/g, ' ')));
  // (The tools are taken out only of a text that names a field task at all: most name none.)
  const named = fieldTasksIn(workText);
  const workPhrases = named.size === 0 ? named : fieldTasksIn(workText.replace(TOOL_TASK, ' '));
  for (const task of workPhrases) add(task, true);
  if (purposeTask && found.length === 0) add(purposeTask);
  // One spelling per task, and the most specific phrase: "panoptic segmentation" over "segmentation".
  const unique = found.filter((task, index) => found.findIndex((other) => plain(other) === plain(task)) === index);
  return unique.filter((task) => !unique.some((other) => other !== task && plain(other).includes(plain(task))))
    // (Not a way of learning the work uses: "employs a two-stage transfer learning process", "we evaluate CoTexT with multi-task learning";
    // unless the title is about it: "Do Better Language Models Transfer Better?", "Multi-Task Learning for ...".)
    .filter((task) => !(/^(?:transfer|multi-task) learning$/.test(task) && USED_LEARNING.test(text) && !(task === 'transfer learning' ? /\btransfer/i : /\bmulti-task learning\b/i).test(title)))
    // (And one name of two for the same task: "speech synthesis" beside "text-to-speech".)
    .filter((task) => !(task === 'speech synthesis' && unique.includes('text-to-speech')))
    .filter((task) => !GENERIC_TASKS.has(task) || implied.has(task) || new RegExp(`\\b${task}s?\\b(?! (?:diffusion|score|auto-?encoders?))`, 'i').test(title) || new RegExp(`\\b${task} (?:tasks?|benchmarks?)\\b`, 'i').test(abstract));
}

/** Words that name a task only where the title says so or the abstract calls them a task ("segmentation" is also a step of many pipelines). */
const GENERIC_TASKS = new Set(['segmentation', 'forecasting', 'denoising', 'summarization', 'dialogue', 'recommendation', 'information retrieval', 'information extraction']);

const VISION_TASK = /\b(?:image classification|object detection|(?:semantic|instance|panoptic) segmentation|object recognition|image recognition)\b/;

/** The data a task is done on, for abstracts that name the task but not the data. */
const TASK_MODALITIES: [RegExp, string][] = [
  // Tasks on hyperspectral images are of their own data ("hyperspectral image classification"), not of pictures.
  [/\b(?<!hyperspectral )(?:image|object|(?:semantic|instance|panoptic) segmentation|visual|(?<!acoustic )scene|pose|depth|super-resolution|deraining|dehazing|deblurring|inpainting|face)\b|^segmentation$/, 'vision'],
  // (Text read off images is the images': "scene text recognition", "text detection".)
  [/\b(?:language modeling|machine translation|natural language|question answering|(?<!scene )text(?!\s+(?:recognition|detection|spotting)\b|[\s-]to[\s-]speech\b)|sentiment|named entity|summarization)\b/, 'language'],
  [new RegExp(String.raw`${SPEECH}|\bspeaker\b|\bkeyword spotting\b|\bphone recognition\b`), 'speech'],
  [/\b(?:video|action recognition)\b/, 'video'],
  [/\b(?:time[- ]series|forecasting)\b/, 'time-series'],
  [/\bcode\b/, 'code'],
  [/\b(?:shape classification|point cloud|part segmentation)\b/, 'point-cloud'],
  [/\b(?:node classification|link prediction|graph classification)\b/, 'graph'],
  [/\bhyperspectral\b/, 'hyperspectral'],
  [/\b(?:natural language inference|reading comprehension|mathematical reasoning)\b/, 'language'],
  [/\baudio classification\b/, 'audio'],
  [/\bprotein\b|\bmolecul\w*/, 'biology'],
  [/\brecommendation|click-through\b/, 'recommendation'],
];

/** The kind of data in a named benchmark. */
const DATASET_MODALITIES: [RegExp, string][] = [
  [/^(?:Tiny[- ]?ImageNet|ImageNet.*|CIFAR.*|MS[- ]COCO|COCO.*|ADE20K|Cityscapes|.*VOC.*|MNIST|Fashion-MNIST|SVHN|STL-?10|Flowers-102|CelebA.*|FFHQ.*|LSUN.*|CamVid|Camvid|ILSVRC.*|Places\d+|iNaturalist.*|CUB-200.*|Stanford[- ]Cars|Food-101|Caltech-?\d+|Oxford(?:-IIIT)?(?: 102)? (?:Pets?|Flowers).*|Visual Genome|LVIS|Objects365|NYU.*|MPII.*|Human3\.6M)$/, 'vision'],
  [/^(?:IMDb|SST-?2|AG ?News|Penn Treebank|PTB|enwik8|text8|One Billion Word|BookCorpus|OpenWebText|WikiText.*|(?:Super)?GLUE|Glue|SQuAD.*|SQUAD|CoNLL.*|SNLI|M?NLI|MultiNLI|HellaSwag|PIQA|WinoGrande|LAMBADA|TriviaQA|Natural Questions|HotpotQA|BoolQ|CoQA|QuAC|MS ?MARCO|MMLU|XSum|CNN\/(?:Daily ?Mail|DM)|Gigaword|IWSLT.*|WMT.*)$/, 'language'],
  [/^(?:LibriSpeech|TIMIT|Switchboard|VoxCeleb\d?|Common Voice|LJSpeech|VCTK|AISHELL-?1|LibriTTS|Libri-?Light|Speech Commands|WSJ0-[23]mix)$/, 'speech'],
  [/^(?:AudioSet|ESC-50|UrbanSound8K|DCASE.*|ICBHI.*|DESED)$/, 'audio'],
  [/^(?:Kinetics.*|UCF-?101|HMDB51|Something-Something.*|MSR-VTT|MSVD|ActivityNet.*|Charades|MOT(?:1[5-7]|20)|DiDeMo)$/, 'video'],
  [/^(?:Cora|Citeseer|CiteSeer|CITESEER|PPI|ogb[ng]-.*|FB15[Kk].*|WN18.*|YAGO3-10)$/, 'graph'],
  [/^(?:QM9|ZINC.*|MoleculeNet|Tox21|PDBbind|PCQM4Mv2|MD17|CASP\d+)$/, 'biology'],
  [/^(?:ScanNet.*|S3DIS|ModelNet-?40|ShapeNet(?:Part)?|ScanObjectNN)$/, 'point-cloud'],
  [/^(?:ETTh?\d?|METR-LA|PEMS.*|M4|UCR|UEA|PTB-XL|SMD|MSL|SMAP|SWaT|WADI|PSM|PhysioNet.*)$/, 'time-series'],
  [/^(?:MovieLens.*|Criteo|Avazu)$/, 'recommendation'],
  [/^(?:HumanEval\+?|MBPP\+?|CodeSearchNet|CodeXGLUE|CosQA|SWE-bench.*)$/, 'code'],
  [/^(?:HIGGS|Higgs|Covertype|California Housing|OpenML.*)$/, 'tabular'],
  [/^(?:Indian Pines|Pavia.*|Salinas.*|Houston ?20\d\d|Botswana)$/, 'hyperspectral'],
];

/** Work on natural-language text itself, not a "language model" of another kind of sequence. */
const NATURAL_TEXT = /\b(?:texts?|textual|literature|documents?|sentences?|articles|papers|abstracts|corpus|corpora|PubMed|relation extraction|clinical notes|named entit\w+|question answering|questions|natural language (?:understanding|inference|queries|instructions|descriptions|processing))\b/i;

function impliedModalities(tasks: readonly string[]): string[] {
  return TASK_MODALITIES.filter(([pattern]) => tasks.some((task) => pattern.test(task))).map(([, modality]) => modality);
}

// ---------------------------------------------------------------- datasets

/** Benchmarks known by name: found wherever the abstract names them. */
const DATASETS = [
  /Tiny[- ]?ImageNet/, /ImageNet(?:-?1[Kk]|-?21[Kk]|-C|-Subset|V2)?/, /CIFAR-?10{1,2}/, /MS-?COCO/, /RefCOCO[+g]?/, /COCO(?:[- ](?:Captions?|Stuff))?/, /ADE20[Kk]/, /Cityscapes/, /(?:Pascal ?|PASCAL ?)?VOC(?: ?20\d\d)?/,
  /\bMNIST\b/, /Flowers-102/, /(?<![A-Z][a-z]+ )Kinetics(?:[- ]?(?:400|600|700))?(?! of\b|-[A-Za-z])/, /Something-Something(?: ?[Vv]2)?/, /\b(?:IMDb|IMDB)\b/, /Long[- ]Range Arena/, /\bWikiText(?:-?103|-?2)?/, /\b(?:Super)?(?:GLUE|[Gg]lue)\b/,
  /\bPile\b/, /WSJ0-[23]mix/, /WHAMR?!/, /\bCSN\b/, /\bCosQA\b/, /Chest X-ray14/, /\bSCv2\b/, /MIMIC-(?:III|IV)(?:-ECG)?/, /Chronicling America/, /\bSPOD\b/,
  /\bDB2\b/, /\bSQuAD ?(?:1\.1|2\.0|v[12](?:\.\d)?)(?!\w|\.\d)/, /\b(?:SQuAD|SQUAD|[Ss]quad)\b/, /\bLRA\b/, /\bETT[hm]?\d?\b/, /\bLibriSpeech\b/, /\bAISHELL-?1\b/, /\bHMDB51\b/, /\bShapeNet(?:Part)?\b/, /\bModelNet-?40\b/,
  /\bScanObjectNN\b/, /\bCelebA(?:-HQ)?(?:[ -]?\d{3,4}\b)?/, /\bFFHQ(?:-?\d{3,4}\b)?/, /\bMMLU\b/, /\bHumanEval\b\+?/, /\bMBPP\b\+?/, /\bCodeSearchNet\b/, /\bnuScenes\b/, /\bKITTI\b/,
  /\bQM9\b/, /\bZINC(?:-?(?:15|250[Kk]))?\b/, /\bPubChem\b/, /\bSST-?2\b/, /\bPenn Treebank\b/, /\bWMT'? ?(?:20)?1\d(?: [A-Z][a-z]-[A-Z][a-z]\b| English-(?:to-)?(?:German|French))?/, /\bUCF-?101\b/, /\bLSUN(?: (?:Bedroom|Church|Cat|Car)s?)?\b/, /\b(?:CamVid|Camvid|CAMVID|camvid)\b/,
  // Benchmarks every field reports on, by name.
  /\benwik8\b/, /\b[Tt]ext8\b/, SPIDER, /\b(?:LIBERO|RLBench|Meta-World|ManiSkill\d?|MSMT17|Occluded-Duke|CUHK03)\b/, /\bPath-?X\b/, /\bogbg-mol[a-z0-9]+\b/, /\b(?:One|1) Billion Word\b/, /\bPTB\b(?!-)/, /\bCoNLL(?:[- ]20\d\d)?\b/, /\bSNLI\b/, /\bM?NLI\b/, /\bMultiNLI\b/, /\bILSVRC(?:[- ]?20\d\d)?\b/,
  /\bSVHN\b/, /\bFashion-MNIST\b/, /\bSTL-?10\b/, /\bTIMIT\b/, /\bSwitchboard\b/, /\bCora\b/, /\b(?:Citeseer|CiteSeer|CITESEER)\b/, /\bPPI\b/, /\bogb[ngl]-[\w-]+/,
  /\bS3DIS\b/, /\bScanNet(?: ?[Vv]2)?\b/, /\bMovieLens(?:-\w+)?\b/, /\bCriteo\b/, /\bAvazu\b/, /\bGSM8K\b/, /\bBIG-?[Bb]ench(?: Hard)?\b/, /\bHellaSwag\b/, /\bTriviaQA\b/,
  /\bNatural Questions\b/, /\bHotpotQA\b/, /\bMS ?MARCO\b/, /\bBEIR\b/, /\bCASP1?\d\b/, /\bCheXpert\b/, /\bISIC(?: ?20\d\d)?\b/, /\bBraTS(?: ?20\d\d)?\b/,
  /\bD4RL\b/, /\bVQA ?(?:v2(?:\.0)?|2\.0)\b/, /\bGQA\b/, /\bOK-VQA\b/, /\bFlickr30[Kk](?: Entities)?\b/, /\bConceptual Captions\b/, /\bLAION(?:-\w+)?\b/, /\bJFT(?:-\d+M)?\b/, /\bAudioSet\b/,
  /\bESC-50\b/, /\bVCTK\b/, /\bLJSpeech\b/, /\bM4\b/, /\bLongBench\b/, /\bSuperGLUE\b/, /\bCodeXGLUE\b/, /\bMMMU\b/, /\bSQuAD(?: ?(?:1\.1|2\.0|v[12](?:\.\d)?))?\b/,
  // Summarization, captioning, translation, knowledge graphs, speech, few-shot, traffic, pose, depth, molecules, reading, fine-grained images.
  /\bCNN\/(?:Daily ?Mail|DM)\b/, /\bXSum\b/, /\bGigaword\b/, /\bIWSLT(?:'? ?(?:20)?1\d)?\b/, /\bMS COCO\b/, /\bVisual Genome\b/, /\b(?:NoCaps|nocaps)\b/, /\bFB15[Kk](?:-237)?\b/,
  /\bWN18(?:RR)?\b/, /\bYAGO3-10\b/, /\bVoxCeleb[12]?\b/, /\bCommon Voice\b/, /\bLibriTTS\b/, /\bLibri-?Light\b/, /\bSpeech Commands(?: [Vv]2(?:-35)?)?\b/, /\bUrbanSound8K\b/,
  /\bUK Biobank\b/, /\bOGB(?:-LSC)?\b/, /\bmini-?ImageNet\b/, /\b(?:Omniglot|OMNIGLOT)\b/, /\bMETR-LA\b/, /\bPEMS(?:-BAY|0[3478])\b/, /\bAtari(?: 2600)?\b/, /\bMuJoCo\b/, /\bLVIS\b/, /\bObjects365\b/,
  /\bHuman3\.6M\b/, /\bMPII(?: Human Pose)?\b/, /\bMSR-VTT\b/, /\bMSVD\b/, /\bActivityNet(?:[- ]Captions| v1\.3)?\b/, /\bCharades\b/, /\bNYU ?(?:Depth ?)?v2\b/, /\bSUN RGB-D\b/,
  /\bArgoverse(?: 2)?\b/, /\bMoleculeNet\b/, /\bPDBbind\b/, /\bTox21\b/, /\bOC20\b/, /\bMD17\b/, /\bPCQM4Mv2\b/, /\bCoQA\b/, /\bQuAC\b/, /\bBoolQ\b/,
  /\bPIQA\b/, /\bWinoGrande\b/, /\bLAMBADA\b/, /\bTruthfulQA\b/, /\bOpenBookQA\b/, /\bCommonsenseQA\b/, /\bNarrativeQA\b/, /\bBookCorpus\b/, /\bOpenWebText\b/,
  /\bWikiSQL\b/, /\bAG ?News\b/, /\bPlaces(?:365|205)\b/, /\biNaturalist(?: ?20\d\d)?\b/, /\bCUB-200(?:-2011)?\b/, /\bStanford[- ]Cars\b/, /\bFood-101\b/,
  /\bCaltech-?(?:101|256)\b/, /\bOxford(?:-IIIT)? (?:Pets|Flowers(?:-102)?)\b/, /\bMIMIC-CXR\b/, /\bLIDC-IDRI\b/, /\bSWE-bench(?: (?:Verified|Lite))?\b/, /\bMT-Bench\b/, /\bSemEval-20\d\d(?: Task \d+)?/, /\bUCR\b/, /\bUEA\b/,
  /\bPubLayNet\b/, /\bDocLayNet\b/, /\bMATH(?!-[A-Za-z])\b/, /\bSVAMP\b/, /\bAQuA(?:-RAT)?\b/, /\bMGSM\b/, /\bStrategyQA\b/, /\b2WikiMultiHopQA\b/, /\bMuSiQue\b/,
  /\bDS-1000\b/, /\bMultiPL-E\b/, /\bLiveCodeBench\b/, /\bCrossCodeEval\b/, /\bminiF2F\b/, /\bPutnamBench\b/, /\bFLORES(?:-(?:101|200))?\b/, /\bMMLU-Pro\b/, /\bKinetics-Sounds\b/, /\bANLI\b/, /\bOpenbookQA\b/, /\bPub[Mm]ed\b(?:(?<=\b(?:Cora|Citeseer|CiteSeer)\b[^.]{0,80}Pub[Mm]ed)|(?=[^.]{0,80}\b(?:Cora|Citeseer|CiteSeer|citation (?:networks?|graphs?))\b))/,
  // Restoration, video objects, reactions, long texts, graphs, forecasting, many languages, code, weather and driving.
  /\bSet5\b/, /\bSet14\b/, /\bBSD100\b/, /\bUrban100\b/, /\bManga109\b/, /\bDIV2K\b/, /\bDAVIS ?20(?:16|17)\b/, /\bUSPTO(?:-50[Kk]|-MIT|-FULL)\b/, /\bPG-?19\b/,
  /\bWMDP\b/, /\bPeptides-(?:[Ff]unc|[Ss]truct)\b/, /\bBelebele\b/, /\bFLEURS\b/, /\bRepoBench\b/, /\bThe Stack(?: v\d(?:\.\d)?(?![\w.])| dataset)/, /\bERA5(?:-Land)?\b/,
  /\bWeatherBench(?: ?2)?/, /\bWaymo Open(?: Motion)? Dataset\b/, /\bTotal-Text\b/, /\bMultiWOZ(?: ?2\.[0-4])?/, /\bOntoNotes(?: ?5\.0)?/, /\bC-Eval\b/, /\bCMMLU\b/, /\bXNLI\b/, /\bXQuAD\b/,
  /\bAlpacaEval(?: ?2(?:\.0)?)?/, /\bArena-Hard\b/, /\bIFEval\b/, /\bRULER\b/, /\bBABILong\b/, /\bInfiniteBench\b/, /\bARC-(?:[Ee]asy|[Cc]hallenge)\b/, /\bSIQA\b/, /\bPubTabNet\b/, /\bObjectNet\b/, /\bPTB-XL\b/, /\bDCASE(?: ?20\d\d)?(?: Task \d+)?/, /\bMOT(?:1[5-7]|20)\b/, /\bReuters-21578\b/, /\b20 ?Newsgroups\b/, /\bDefects4J\b/, /\bDiDeMo\b/,
  // Pretraining corpora, shifted ImageNets, transfer suites, documents, medicine, sound events, graphs and molecules more papers report on.
  /\bC4\b(?!\.\d)/, /\b(?:Slim|Red)Pajama\b/, /\bFineWeb(?:-Edu)?\b/, /\bDolma\b/, /\bRefinedWeb\b/, /\bImageNet-(?:R|A|Sketch|V2|ReaL)\b/, /\bVTAB(?:-1[Kk])?\b/, /\bGenEval\b/,
  /\bFinTabNet\b/, /\bSciTSR\b/, /\bFUNSD\b/, /\bSROIE\b/, /\bKvasir-SEG\b/, /\bCVC-ClinicDB\b/, /\bICBHI(?: 2017)?\b/, /\bDESED\b/, /\bMessidor(?:-2)?\b/, /\bTCGA\b/, /\bPhysioNet(?: 20\d\d)?\b/,
  /\bAmazon-(?:Photo|Computers|Books?|Beauty)\b/, /\bUltraFeedback\b/, /\bLong-Range Graph Benchmark\b/,
  // More of the field's benchmarks (variants of names above are in their patterns: "ScanNet v2", "LSUN Bedroom", "HumanEval+").
  /\btiered-?ImageNet\b/, /\bPascal-Context\b/, /\bLabeled Faces in the Wild\b/, /\bAffectNet\b/, /\bSintel\b/, /\bETH\/UCY\b/, /\bMoving MNIST\b/,
  /\bIIIT5[Kk]\b/, /\bMedical Segmentation Decathlon\b/, /\bOpen Graph Benchmark\b/, /\bGowalla\b/, /\bYoochoose\b/, /\bSTS Benchmark\b/,
  /\bPersona-?Chat\b/, /\bWizard of Wikipedia\b/, /\bDevign\b/, /\bLip Reading in the Wild\b/, /\bClotho\b/, /\bRoom-to-Room\b/, /\bOffice-Home\b/, /\bDomainNet\b/,
  // Egocentric video, speech, remote sensing, proteins, robots, heartbeats, skin, shape bias, docking, separation, kidneys, hearts.
  /\bEgo4D\b/, /\bEPIC-KITCHENS(?:-(?:55|100))?/, /\bTED-LIUM(?: ?[123])?\b/, /\bLoveDA\b/, /\bProteinGym\b/, /\bFranka Kitchen\b/, /\bRoboSuite\b/,
  /\bMIT-BIH(?: Arrhythmia Database)?/, /\bHAM10000\b/, /\bStylized-ImageNet\b/, /\bCASF-2016\b/, /\bLibri[23]?Mix\b/, /\bKiTS(?:19|21|23)?\b/, /\bACDC\b/,
];

/** A version or year written after a benchmark's name. */
const NAME_VERSION = String.raw`\s(?:v\d{1,4}(?:\.\d{1,2}){0,2}|(?:19|20)\d\d|\d{1,2}(?![.\d]))`;
const KNOWN_NAME_VERSION = String.raw`(?:${NAME_VERSION}(?=[,;]|\.(?!\d)|\s+(?:and|or|train(?:ing)?|test|dev|val\w*|long-form|set|splits?|benchmarks?|datasets?|subsets?|corpus|general|core)\b|$))?`;
const VERSION_AT_END = new RegExp(`${NAME_VERSION}$`);
/**
 * The named benchmarks as few patterns as their flags allow: one alternation scans a text once (each name a
 * group of its own, in the list's order, so the first name that matches at a place is the one taken).
 */
const DATASET_PATTERNS = [...new Set(DATASETS.map((pattern) => pattern.flags))].map((flags) =>
  // A name starts a word: COCO is not read inside RefCOCO, nor ImageNet inside miniImageNet, nor nuScenes inside Occ3D-nuScenes.
  // A short suffix of capitals or digits after a hyphen is part of it: a longer name (CIFAR-10-C, VoxCeleb1-O, MSVD-QA, ActivityNet-1.3),
  // where a word is about it ("ImageNet-scale", "ImageNet-Pretrained") or names a model ("CIFAR-10-VGG16"). A capitalised word after a hyphen
  // makes a longer name the list does not hold ("ShapeNet-Part", "ImageNet-Sketch"): not the known one (a dataset context reads it whole).
  // A version or year after a space is part of it too ("PDBbind v2020", "Common Voice 15", "ISIC 2019"), where the name's sentence or list goes
  // on after it (not "CIFAR-10 10 classes", "ImageNet 1.2M images").
  new RegExp(`(?<![A-Za-z])(?<![A-Za-z0-9]-)(?:${DATASETS.filter((pattern) => pattern.flags === flags).map((pattern) => `(?:${pattern.source})`).join('|')})(?:-(?:[A-Z]{1,8}|[A-Z0-9]{1,4}(?:\\.\\d+)?)(?![\\w]))*(?!-[A-Z][a-z]+(?![\\w-]))${KNOWN_NAME_VERSION}`, `g${flags}`));

/** Capitalised words that start or make up a phrase but name no dataset. */
/** Names of languages: no datasets alone, but they start the names of some ("German Credit", "Chinese Treebank"). */
const LANGUAGE_NAMES = /^(?:English|Chinese|German|French)$/;
/** A pair of languages a translation goes between ("English-German"), not a dataset. */
const LANGUAGE_PAIR = /^(?:English|German|French|Chinese|Japanese|Korean|Spanish|Russian|Romanian|Czech|Finnish|Turkish|Arabic|Hindi|Vietnamese|Italian|Portuguese|Dutch|Estonian|Latvian|Lithuanian|Kazakh|Gujarati|Polish|Ukrainian|Hungarian|Swedish|Danish|Greek|Hebrew|Persian|Urdu|Nepali|Sinhala|Thai|Indonesian|Malay|Tamil|Bengali)-(?:English|German|French|Chinese|Japanese|Korean|Spanish|Russian|Romanian|Czech|Finnish|Turkish|Arabic|Hindi|Vietnamese|Italian|Portuguese|Dutch|Estonian|Latvian|Lithuanian|Kazakh|Gujarati|Polish|Ukrainian|Hungarian|Swedish|Danish|Greek|Hebrew|Persian|Urdu|Nepali|Sinhala|Thai|Indonesian|Malay|Tamil|Bengali)$/;
const NOT_DATASETS = /^(?:The|A|An|Our|This|These|Its|Their|Several|Many|Multiple|Various|Existing|Public|Publicly|New|Novel|Large|Small|Standard|Popular|Common|Real|Real-world|Synthetic|Benchmark|Dataset|Extensive|Experiments?|Results?|We|It|In|On|For|With|Across|Over|Among|From|Using|Through|Via|Under|At|By|To|Both|All|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Different|Diverse|Challenging|Other|Downstream|Open|Further|Furthermore|Additionally|Moreover|Finally|SOTA|PQ|AP|mAP|mIoU|n?DCG|NDCG|MRR|Recall|Precision|Accuracy|HR|Hits?|F1|CIDEr|METEOR|SPICE|Dice|IoU|EM|BLEU|ROUGE(?:-[12L])?|FID|PSNR|SSIM|AUC|AUROC|WER|CER|EER|MAE|MSE|RMSE|FLOPs|GPU|GPUs|CPU|LLM|LLMs|VLM|VLMs|NLP|CV|AI|RL|CNNs?|RNNs?|GNNs?|LSTMs?|MLPs?|ViTs?|SGD|Adam|AdamW|MRI|fMRI|CT|PET|X-rays?|EEG|ECG|OCT|COVID-19|Top-?1|State-of-the-art|Vision|Speech|Language|Text|Image|Video|Audio|Graph|Medical|Clinical|NER|ASR|OCR|NLU|NLG|NLI|QA|VQA|MT|TTS|STS|SRL|POS|\d+D|Test|Training|Validation|Evaluation|Development)$/;
/** One name in a dataset context: capitalised or numbered words ("CelebA-HQ 1024", "Harry Potter", "zsRE", "WHAM!"). */
// Bounded repetitions everywhere: a pattern tried at every position of a hostile abstract must not scan to its end each time.
// A version after a dot is part of the name: "CASIA-HWDB1.0", "RadioML 2018.01A" (a number's decimals, "81.2 mAP", are not).
const DATASET_WORD = String.raw`(?<![\w'’!+-])(?:[A-Z][\w'’!+]{0,30}(?:-[\w'’!+]{1,30}){0,4}(?:\.\d{1,3}[A-Za-z]?(?![\d%]))?|\d[\w'’!+]{0,30}(?:-[\w'’!+]{1,30}){0,4}(?:\.\d{1,3}[A-Za-z](?![\d%]))?|[a-z]{1,20}-?[A-Z][\w!+-]{0,30})(?![/\w-]|\.\d)`;
// A number with decimals after a name, before a comma or the word "dataset", is its version ("MultiWOZ 2.1 dataset", "OntoNotes 5.0,"); not
// a score ("WER on Switchboard 5.1 and CallHome 9.9"). (The end of the text: a list found in context is read again on its own.)
const DATASET_VERSION = String.raw`\d{1,4}\.\d{1,3}(?=\s*[,;)](?!\s*\d)|\s+(?:datasets?|benchmarks?|corpus|test|dev|validation)\b|$)`;
const DATASET_PHRASE = String.raw`${DATASET_WORD}(?:\s(?:${DATASET_WORD}|${DATASET_VERSION})){0,3}`;
const DATASET_LIST = String.raw`${DATASET_PHRASE}(?:\s?\([A-Za-z][\w-]{0,30}\))?(?:\s?,\s{0,2}(?:and\s)?${DATASET_PHRASE}(?:\s?\([A-Za-z][\w-]{0,30}\))?){0,12}(?:,?\sand\s${DATASET_PHRASE})?`;
const DATASET_NOUN = String.raw`(?:datasets?|benchmarks?|corpus|corpora|challenge|val(?:idation)? sets?|test sets?|collection)\b`;

// "three public datasets, Indian Pines, Pavia University and Houston 2013": the sets a count announces, after a comma or a colon.
// (The list as what the count names, ended by a stop or a verb of showing; not the subject of the sentence: "In two datasets, MedSAM outperforms".)
const COUNTED_CONTEXT = new RegExp(String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?(?:datasets|benchmarks|corpora|databases)\s*[,:]\s*(?:namely\s+)?(${DATASET_LIST})(?=\s*(?:[,;:.)]|$)|\s+(?:show|shows|showed|demonstrate|demonstrates|confirm|confirms|indicate|indicates|reveal|reveals|in|with|for|on|under|across|from|at|of|using)\b)`, 'g');
// "the Chapman-Shaoxing database", a name right before the word (not a database system: SQL, MongoDB; not a title's "A 7 Million Image Database").
const DATABASE_CONTEXT = new RegExp(String.raw`(${DATASET_PHRASE})\s+databases?\b`, 'g');

// "the YelpChi and Amazon fraud benchmarks", "the nuPlan planning benchmark": after "the", a list, one or two field's words, then the noun
// (plain words only beside a name shaped like a dataset's or one known by name).
const FIELD_WORD_CONTEXT = new RegExp(String.raw`\bthe\s+(?:public\s+|popular\s+|standard\s+|large-scale\s+|real-world\s+)?(${DATASET_LIST})\s+(?:[a-z][a-z-]{2,20}\s+){1,2}(?:datasets?|benchmarks?|corpora|corpus|(?<=(?:evaluation|benchmark) )suites?)\b`, 'g');

// "on ETTh1, ETTm1, Electricity and Weather,", "(ETTh1, ETTm2, Traffic and ILI)": a whole list, closed by "and" and a stop, after "on",
// "across", "including", a bracket or a dash, that holds a dataset known by name (not "On Penn Treebank, ClockGRU achieves", nor what a
// model is "based on").
const KNOWN_LIST_CONTEXT = new RegExp(String.raw`(?:(?<!\b(?:[Bb]ased|[Bb]uilt|[Pp]re-?trained|[Ii]nitiali[sz]ed)\s)\b(?:[Oo]n|[Aa]cross|including)\s+(?:the\s+)?|\(\s*|\s[-–—]\s+)(${DATASET_LIST})(?=\s*[,;:.)]|\s+[-–—]|\s+that\b|$)`, 'g');

const DATASET_CONTEXTS = [
  // "on the COUNTERFACT and zsRE datasets", "HECKTOR challenge dataset", "CodeSearchNet benchmark"
  new RegExp(String.raw`(${DATASET_LIST})\s+${DATASET_NOUN}`, 'g'),
  // "benchmark datasets like Long Range Arena (LRA), WikiText, ...", "datasets, including SciTSR, PubTabNet and WTW", "CV benchmarks: MNIST and CIFAR-10"
  new RegExp(String.raw`\b(?:datasets?|benchmarks?|corpora|test sets|suites)\s*(?:,?\s*(?:such as|like|including|namely)|:|\()\s*(${DATASET_LIST})`, 'g'),
  // "experiments on CIFAR-100, TinyImageNet, and ImageNet-Subset", "evaluate ... on the Waymo"
  // "improvements on MBPP and LiveCodeBench", "state of the art on SemanticKITTI", "perplexity on PG-19", "gains across VQAv2, GQA and MMBench"
  new RegExp(String.raw`\b(?:[Ee]xperiments?|[Rr]esults?|[Ee]valuat\w+|[Pp]erformance|[Aa]ccuracy|tested|trained|validated|[Tt]ests?|fine-tun(?:e|ed|ing)|pre-?train(?:ed|ing)|improvements?|improv(?:es|ed|ing)|gains?|state[- ]of[- ]the[- ]art|perplexit(?:y|ies)|WER|mIoU|mAP|F1|Trained)\s+(?:[\w-]+\s+){0,3}(?:on|across)\s+(?:the\s+|both\s+the\s+)?(${DATASET_LIST})`, 'g'),
  // "85.68% on CIFAR-100", "4.44 average length on the CALVIN ABC-D"
  new RegExp(String.raw`\d(?:\.\d+)?\s?%?\s+(?:[\w-]+\s+){0,3}on\s+(?:the\s+)?(${DATASET_LIST})`, 'g'),
  // "a benchmark, Comp-HRDoc,", "a dataset, XALIGN for", "dataset, which we call XALIGNV2"
  new RegExp(String.raw`\b(?:dataset|benchmark),\s+(?:which we call\s+|called\s+|named\s+)?(${DATASET_PHRASE})`, 'g'),
  // "On SMD, MSL and PSM, TraceDiff achieves ...", "Across ETTh1, ETTm1 and Weather, ...": a sentence that opens with the sets it reports on.
  // (Only where the sentence gives a number: "On Linux, Windows and macOS, it runs" names no data.)
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:On|Across)\s+(?:the\s+)?(${DATASET_LIST})\s*,(?=[^.!?]{0,200}\d)`, 'g'),
  COUNTED_CONTEXT,
  DATABASE_CONTEXT,
  FIELD_WORD_CONTEXT,
  KNOWN_LIST_CONTEXT,
];

/** Languages a code benchmark is in, not its name ("two new benchmarks, Python and Java"). */
const PROGRAMMING_LANGUAGES = /^(?:Python|Java|JavaScript|TypeScript|Rust|Go|Ruby|PHP|Kotlin|Swift|Scala|Haskell|Julia|Perl|Lua|C|C\+\+|C#)$/;
const COUNTED_GATE = /\b(?:datasets|benchmarks|corpora|databases)\s*[,:]/;
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** The number of sets a counted list announces: "three public datasets," is 3. */
const countAnnounced = (clause: string): number => {
  const word = /^\W*(\w+)/.exec(clause)?.[1].toLowerCase() ?? '';
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word) + 2;
};
/** Database systems, not data: "a SQL database", "the MongoDB database". */
const DATABASE_SYSTEMS = /^(?:SQL|NoSQL|MySQL|PostgreSQL|SQLite|MongoDB|DuckDB|ChromaDB|InfluxDB|TimescaleDB|DynamoDB|CouchDB|RocksDB|LevelDB|Neo4j|Oracle|Redis|Milvus|Faiss|FAISS|Cassandra|Elasticsearch|Pinecone|Weaviate|Qdrant|Chroma|Snowflake|BigQuery|Firebase|Aurora|Amazon Aurora|(?:MS |Microsoft )?SQL Server)$/;

/** Hardware and the runtimes models are deployed on ("On CoreML, ..."): no datasets. */
const HARDWARE = /\b(?:[GTN]PUs?|CPUs?|[AHV]100|Nvidia|NVIDIA|Intel|AMD|Jetson|FPGAs?|iPhone|Xeon|Apple|CoreML|Core ML|TensorRT|ONNX(?: Runtime)?|TFLite|TensorFlow Lite|Android|iOS|Linux|Windows|macOS|Raspberry Pi|T4|L4|A10G?|RTX ?\d{4}|Snapdragon)\b/;
/** Parts of models' names, as they are cased ("Credit" and "Reddit" hold no DiT, "ActivityNet" no ViT). */
/** A model's name: a known family's, or a name with a model's size after it ("DeiT-S", "Swin-B"). */
const MODEL_NAME = /(?:BERT|BERTa|GPT|T5|LLaMA|Llama|Mistral|Mixtral|Qwen|Gemma|\bPhi-\d|Claude|DeepSeek|Falcon|Vicuna|Pythia|\bBLOOM|Gemini|\bOPT-\d|ViT|Net(?![a-z])|[Ff]ormer|Transformer|PIXART|PixArt|DiT|Mamba|DETR|ResNet|YOLO|^[A-Z][a-z][A-Za-z]*-(?:Ti|S|B|L|H)$)/;

/**
 * A large language model by name, as a list after a count of benchmarks may give them ("Across three benchmarks, GPT-4 and Claude show");
 * not a benchmark named after one (Vicuna-Bench, LLaMA-Eval).
 */
const LANGUAGE_MODEL_NAME = /^(?:GPT-?\d|Claude|Gemini|Llama|LLaMA|Mistral|Mixtral|Qwen|Gemma|Phi-\d|DeepSeek|Falcon|Vicuna|Pythia|BLOOM|OPT-\d)(?![\w.-]*(?:Bench|Eval|Arena|QA)\b)/;

/** A word that names a dataset on its own: with a capital inside, a digit, or all capitals (not a plain English word). */
const datasetShaped = (phrase: string): boolean => /\d|[A-Za-z][a-z]*[A-Z]|^[A-Z]{2,}/.test(phrase) || phrase.includes(' ');

/** A summary lists the datasets a paper works on, not every name of a long text. */
const MAX_DATASETS = 24;

/** Benchmarks of earlier work a paper sets its own apart from: "earlier, smaller benchmarks such as UCF-101 and HMDB-51". */
const PRIOR_BENCHMARK_LIST = /\b(?:earlier|prior|previous|existing|older|smaller|saturated)(?:,?\s+[\w-]+){0,2}?\s+(?:benchmarks?|datasets?|corpora|test sets?)\s*,?\s*(?:such as|like|including|e\.g\.,?)\s+[^.;]*/gi;

/** A task's name written in capitals: "Code Generation", "Defect Detection", "Question Answering". */
const TASK_IN_CAPITALS = /^(?:[A-Z][a-z]+\s+){1,3}(?:Generation|Detection|Classification|Recognition|Segmentation|Summari[sz]ation|Translation|Retrieval|Prediction|Answering|Completion|Search|Repair|Understanding|Reasoning|Estimation|Tracking)$/;

function datasetsOf(rawText: string, exclude: readonly string[]): string[] {
  // The lists of earlier benchmarks are blanked out, so every place keeps its offset.
  // (Citation marks are taken out: "UCF-101[1], HMDB-51[2] and Charades [3]".)
  const text = rawText.replace(PRIOR_BENCHMARK_LIST, (clause) => ' '.repeat(clause.length)).replace(/\s?\[\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,9}\]/g, '');
  const spans: { start: number; end: number; text: string }[] = [];
  // Which characters a found name already covers: an overlap check costs the name's length, not the names found so far.
  const covered = new Uint8Array(text.length);
  const add = (start: number, found: string): void => {
    const end = start + found.length;
    for (let i = start; i < end; i++) if (covered[i]) return;
    covered.fill(1, start, end);
    spans.push({ start, end, text: found });
  };
  const excluded = new Set(exclude.map(fold));
  for (const pattern of DATASET_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      // "an ImageNet-pretrained encoder", "initialized from ImageNet weights": where a part was trained before, not what the paper works on.
      if (/^(?:[- ]pre-?trained\b|\s+(?:pre-?trained\s+)?weights\b)/i.test(text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 24))) continue;
      // A model named after a dataset ("COCO-LM") is the model (a name with a model's ending: a dataset the paper introduces keeps its name).
      if (excluded.has(fold(match[0])) && /-(?:LM|LLM|Net|GPT|BERT|ViT|former)$/i.test(match[0])) continue;
      add(match.index ?? 0, match[0]);
    }
  }
  const knownNames = spans.length;
  for (const pattern of DATASET_CONTEXTS) {
    // The two rarest contexts only where their words are (a cheap test before a scan that tries a name at every capital); lists beside a
    // known name only where a name is known.
    if ((pattern === DATABASE_CONTEXT && !text.includes('database')) || (pattern === COUNTED_CONTEXT && !COUNTED_GATE.test(text))
      || (pattern === KNOWN_LIST_CONTEXT && knownNames === 0)) continue;
    for (const match of text.matchAll(pattern)) {
      const list = match[1];
      const listStart = (match.index ?? 0) + match[0].indexOf(list);
      const items = [...list.matchAll(new RegExp(DATASET_PHRASE, 'g'))];
      /** Whether the list holds a dataset known by name. */
      const holdsKnown = items.some((item) => covered[listStart + (item.index ?? 0)] === 1);
      // A plain word ("Breakfast", "Waymo") counts only in a list with a real name, or right before "dataset".
      // Plain words ("Diginetica and Tmall") are names where as many follow as a count announced.
      const trusted = items.some((item) => datasetShaped(item[0])) || ((pattern === DATASET_CONTEXTS[0] || pattern === DATABASE_CONTEXT) && /\bthe\s+(?:[a-z]+(?:-[a-z]+)?\s+)?$/i.test(text.slice(Math.max(0, listStart - 30), listStart)))
        || (pattern === COUNTED_CONTEXT && items.length === countAnnounced(match[0]) && !items.some((item) => PROGRAMMING_LANGUAGES.test(item[0])))
        // A list with a dataset known by name ("the Argoverse and Waymo motion forecasting benchmarks").
        || ((pattern === FIELD_WORD_CONTEXT || pattern === KNOWN_LIST_CONTEXT) && holdsKnown);
      // (This context reads only lists that hold a name known as a dataset's.)
      if (pattern === KNOWN_LIST_CONTEXT && (!/\s(?:and|or)\s/.test(list) || !holdsKnown)) continue;
      // A sentence that opens with models or hardware ("Across ResNet-50, ViT-B and Swin-T, ...", "On A100 and H100, ...") names no data at all.
      if (pattern === DATASET_CONTEXTS[5] && items.some((item) => MODEL_NAME.test(item[0]) || HARDWARE.test(item[0]))) continue;
      // "on the OPT and LLaMA model families": a list of models, whatever their names.
      if (/^\s+(?:models?|model families|families|LLMs|(?:large )?language models|backbones|architectures)\b/i.test(text.slice(listStart + list.length, listStart + list.length + 30))) continue;
      for (const item of items) {
        const words = item[0].split(/\s+/);
        // "Traditional VideoQA benchmarks", "Existing QA datasets": the benchmarks of a kind, before the paper's own.
        if (words.length > 1 && /^(?:Traditional|Conventional|Existing|Prior|Previous|Current|Classic|Typical)$/.test(words[0])) continue;
        // "including Code Generation and Defect Detection": tasks in capitals, not data.
        // (Names of benchmarks are written so too: "the Liver Tumor Segmentation and Brain Tumor Segmentation benchmarks".)
        if (TASK_IN_CAPITALS.test(item[0]) && !/^\s+(?:benchmarks?|datasets?|challenges?|corpora|corpus)\b/i.test(text.slice(listStart + list.length, listStart + list.length + 20))) continue;
        // A language's name starts a dataset's where a name follows it ("German Credit", "Chinese Treebank 5.1"), not alone ("English and German").
        while (words.length && (NOT_DATASETS.test(words[0]) || (LANGUAGE_NAMES.test(words[0]) && !(words.length > 1 && !NOT_NAMES.has(words[1]) && words[1] !== 'POS')))) words.shift();
        const name = words.join(' ');
        if (!name || NOT_DATASETS.test(name) || LANGUAGE_NAMES.test(name) || LANGUAGE_PAIR.test(name) || excluded.has(fold(name)) || !/[A-Z]/.test(name) || HARDWARE.test(name) || /^[A-Z]+s'?$/.test(name)) continue;
        // "results on RoBERTa": after a bare "on", and in a list beside a known name, a model's name is as likely as a dataset's; elsewhere
        // a name shaped like a model's; after a count, a language model's ("Across three benchmarks, GPT-4 and Claude show"). (A sentence
        // that opens with a list, "On Gemma-2 and Phi-3,", was read whole above: none of its items has a model's name.)
        const modelLike = /(?:former|ViT|BERTa?|GPT|DETR)$|^(?:ResNet|Swin|ConvNeXt|DeiT|XGBoost|LightGBM|CatBoost)\b/.test(name);
        if (pattern === DATASET_CONTEXTS[2] || pattern === DATASET_CONTEXTS[3] ? MODEL_NAME.test(name) : modelLike || (pattern === KNOWN_LIST_CONTEXT && MODEL_NAME.test(name))) continue;
        if (pattern === COUNTED_CONTEXT && LANGUAGE_MODEL_NAME.test(name)) continue;
        // A model's size in billions of parameters ("Vicuna-13B", "OPT-30B") names a model.
        // So does a count of tokens or examples ("pre-trained on 300B tokens", "2T").
        if (/-\d+(?:\.\d+)?B$|^\d+(?:\.\d+)?[KMBT]$/.test(name)) continue;
        if (!trusted && !datasetShaped(name)) continue;
        if ((pattern === DATABASE_CONTEXT || pattern === COUNTED_CONTEXT) && DATABASE_SYSTEMS.test(name)) continue;
        // "Through ...": a sentence's first word is capitalised anyway.
        const at = listStart + (item.index ?? 0);
        if (!datasetShaped(name) && (at === 0 || /[.!?]\s{1,3}$/.test(text.slice(Math.max(0, at - 4), at)))) continue;
        // "on the Allen-Cahn equation", "the Lorenz system": a named problem, not data.
        if (/^\s+(?:equations?|systems?)\b/.test(text.slice(at + item[0].length, at + item[0].length + 12))) continue;
        add(listStart + (item.index ?? 0) + item[0].indexOf(name), name);
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [index, span] of spans.entries()) {
    const key = span.text.toLowerCase();
    // "Long Range Arena (LRA)": the acronym repeats the name before it.
    const previous = spans[index - 1];
    if (previous && text.slice(previous.end, span.start) === ' (') continue;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(span.text);
      if (out.length >= MAX_DATASETS) break;
    }
  }
  // A name said again with its version or split ("an ICBHI score ... on the ICBHI 2017 split", "Speech Commands V2-35") is that one dataset.
  return out.filter((dataset) => !out.some((other) => other.length > dataset.length && other.toLowerCase().startsWith(`${dataset.toLowerCase()} `)));
}

// ---------------------------------------------------------------- results

const METRIC_WORDS = /(top-?[15] (?:accuracy|error)|top-?1|(?:word |character )?error(?: rates?)?|\bWER\b|\bCER\b|perplexity|\bFID\b|sensitivity|specificity|AUROC|AUPRC|exact match|\bEM\b|PSNR|SSIM|absolute|relative|points?|accurac\w*|\bacc\b|improvement|gains?|better|higher|\blower (?:[\w-]+ )?(?:energy|latency|memory|power|costs?|errors?|perplexity|loss|FLOPs|compute|WER|CER|MSE|MAE|RMSE|footprint|usage|consumption|variance|bit ?rates?)\b|reduc\w+|fewer|less|faster|speed-?up|speeds? up|savings?|PQ|mIoU|AP\b|AUC|F1|mAP|MRR|BLEU|compress\w*|throughput|latency|decrement|accelerat\w*|of the FLOPs|wall-clock|smaller|the size|as many parameters|SI-SDRi|dB|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|state[- ]of[- ](?:the[- ])?art|margin|success rate|scales? up|costs?|recover\w*|retain\w*|precision|recall|preferred|win rate|FPS|\bCTR\b|click-through rates?|\bGMV\b|conversion rates?|cheaper|(?:tokens|images|samples|frames|queries) per second)/i;
/** What a paper does to reach a value, said before it ("achieves 95.1% on", "improves the baseline by 2.3%"): a metric when none is named. */
const ACHIEVED = /\b(achiev(?:es|ed|ing)?|reach(?:es|ed|ing)?|attain(?:s|ed|ing)?|obtain(?:s|ing)?|improv(?:es|ed|ing)|boost(?:s|ed|ing)?|solv(?:es|ed|ing)|lower(?:s|ed|ing))\b/i;
const VALUE = /(?<![\w.+])(?<!\d,)(\+?(?:~?\d+(?:\.\d+)?(?:\s?[–-]\s?\d+(?:\.\d+)?|\s?(?:±|\+\/-)\s?\d+(?:\.\d+)?)?\s?%(?:\s?-\s?\d+(?:\.\d+)?%)?|~?\d+(?:\.\d+)?\s?[x×X]?\s?[–-]\s?\d+(?:\.\d+)?\s?[x×X](?![\w])|~?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?[x×X](?![\w]|\s?\d)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)? times\b|\d+(?:\.\d+)?\s?dB\b|\d+(?:\.\d+)?\s?ms\b|\d+(?:\.\d+)?\s?(?:FPS|fps)\b|\d+(?:\.\d+)?-fold\b(?!\s+cross)|\d+(?:\.\d+)? (?:percent|per cent)\b(?! points?\b)))/g;
/**
 * More scores listed after a bare one: ", 0.76 and 0.88", "0.94 on the internal cohort and 0.90 on the external", "0.948 (95% CI 0.93-0.96)
 * and 0.951" (not ", 0.9 momentum").
 */
const MORE_SCORES = /(?:\s*\((?:95|99)%\s*CI[^()]{0,60}\))?(?:\s+(?:on|in|for|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+|\/)(\d+\.\d+)(?![\d%x×]|\.\d)(?=\s*(?:[,;)/]|\.(?!\d)|$|\((?:95|99)%\s*CI)|\s+(?:on|in|for|at|and|respectively|was|were|is|are)\b)/y;
/** Metrics a score is given in across fields (detection, segmentation, language, speech, captioning, retrieval, regression, medicine). */
const SCORE_METRICS = String.raw`(?:(?:word |character )?error rates?|(?:mean )?(?:absolute|squared) error|C-index|concordance index|[Kk]appa|R(?:²|\^?2)|BLEU(?:-[1-4])?|F_?1(?:-scores?|-measures?)?|EM|WER|CER|AUC(?:-ROC|-PR)?|AUCs(?= of\b)|AUROC|AUPRC|(?:box |mask )?AP(?:_?(?:50|75))?|mAP(?:_?(?:50|75))?|mAR|AR@\d+|PQ|mIoU|IoU|MRR|PSNR|FID|SSIM|LPIPS|CIDEr|METEOR|SPICE|ROUGE(?:-[12L])?|NDCG(?:@\d+)?|Inception Score|bits\/dim(?:ension)?|bits per dim(?:ension)?|bits[- ]per[- ]character|BPC|min(?:ADE|FDE)(?:_\d+)?|minDCF|AbsRel|area under (?:the )?(?:ROC |receiver operating (?:characteristic )?)?curve|negative log-likelihood|NLL|HR@\d+|C-statistic|NDS|J\s?&\s?F|[Hh]it(?:s)?@\d+|R@\d+|[Rr]ecall@\d+|EER|MAE|RMSE|MSE|PESQ|STOI|MOS|SI-S[DN]Ri?|Dice|DSC|DSCs(?= of\b)|perplexit(?:y|ies)|bpc|bits per (?:character|byte)|[Tt]op-?1(?: [Aa]ccuracy)?|FVD|CLIPSIM|TM-score|GDT-TS|ROC-AUC|ANLS)`;
/** The name of a bare score's metric, inside what BARE_SCORE matched. */
const SCORE_NAME = new RegExp(String.raw`(?:average length|ranking score|exact match|precision@\d+|${SCORE_METRICS}|[UL]AS|[Aa]ccurac(?:ies|y)|[Pp]recision|[Rr]ecall|[Ss]ensitivity|[Ss]pecificity|[Cc]orrelation|points?|pp|absolute)(?![\w@-])`);
/** A sentence about scores: it names a metric or a benchmark. */
const SCORE_CONTEXT = new RegExp(String.raw`\b(?:${SCORE_METRICS}|[Aa]ccuracy|benchmarks?|leaderboard|test set|score)(?![\w@-])`);
/** A unit after a number ("Precision: 0.5 mm", "0.3 s"): a measurement, not a score. */
const UNIT_AFTER = String.raw`\s?(?:[mckµn]?m|m?s|[kMG]?Hz|[km]?g|m[lL]|[KMGT]B|°C?|K|h|dB)(?![A-Za-z0-9])`;
/** What may follow a gain ("by 2.7 on COCO", "by 1.7."): punctuation or a word that goes on about it, never a unit ("by 2 epochs", "by 1.5 h"). */
const GAIN_END = String.raw`(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:on|in|over|than|across|and|at|for|with|while|compared|points?|pp|absolute)\b)`;
/**
 * A bare score next to its metric: "4.44 average length", "a ranking score of 0.785", "53.477 F1", "F1 to 93.2",
 * "a mAP of 52" (a whole number only after "of"), "2 BLEU", "2.1 points".
 */
const BARE_SCORE = new RegExp(String.raw`(?<![\w.%])(?<!\bat )(\+?\d+\.\d+|\d{1,3}(?= (?:BLEU|F1|AP|mAP|PQ|mIoU|CIDEr|ROUGE|Inception Score)\b))(?![\d%x×])\s+(?:(?:average|mean|overall|lower|higher|better)\s+)?(?:average length|${SCORE_METRICS}|[UL]AS|ranking score|score|[Aa]ccuracy)(?![\w@-])`
  + String.raw`|\b(?:${SCORE_METRICS}|exact match|precision@\d+|ranking score|(?:an? )?(?:average )?score|[Aa]ccuracy|[Pp]recision|[Rr]ecall|[Ss]ensitivity|[Ss]pecificity|[Aa]ccuracies|[Cc]orrelation)(?:@[\d.:]+)?\)?(?=[\s:(])\s*(?:(?:scores?|coefficients?|index|values?)\s+)?(?:(?:across|on|in|for|over|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?=(?:was|were|is|are|to|from)\s)|(?:across|on|over)\s+(?:[\w-]+\s+){0,2}?(?:data ?sets|benchmarks)(?=\s*:))?(?:(?:improv|increas|ris|rose|drop|decreas|fell|fall|reduc|went|goes|reach|achiev|attain)\w*\s+)?(?:from\s+\d+(?:\.\d+)?\s+(?:\([^()]{1,40}\)\s+(?=to\s)|(?:for|of|with)\s+(?:[\w-]+\s+){1,5}?(?=to\s))?)?(?:of\s+(?=\d{1,3}(?![\d%x×-]|\.\d))(\d+)|(?:(?:of|to|=|was|were|is|are)\s+|[:(]\s*)?(\d+\.\d+))(?![\d%x×]|\.\d|${UNIT_AFTER}|\s?(?:±|\+\/-)\s?\d+(?:\.\d+)?\s?%)`
  // (And the first of two joined before their unit: "by 6.8 and 5.1 points".)
  + String.raw`|(?<![\w.])(\+?\d+(?:\.\d+)?)(?:\s+(?:(?:absolute\s+|percentage\s+|percent\s+)?points?|pp|absolute)\b|-points?\s+(?:absolute\s+)?(?:gain|improvement|increase|boost|jump|rise)s?\b|(?=\s+and\s+\+?\d+(?:\.\d+)?\s+(?:(?:absolute\s+|percentage\s+)?points?|pp)\b(?!\s+(?:per|from|in|of|each|sampled)\b)))`
  // "obtains 82.9 on the GLUE benchmark", "reaching 90.3."
  + String.raw`|\b(?:(?:achiev|reach|attain|obtain)\w*|scor(?:es|ed|ing))\s+(?:an?\s+(?:average\s+|overall\s+)?(?:score\s+)?of\s+)?(\d+\.\d+)(?=\s+on\b|\s*[,;]|\.(?!\d)|$)`
  // "improves mAP by 2.7" (or "perplexity on PG-19 by 0.8"): a gain in a metric it names; "surpassing Swin-B by 1.7": a gain over a rival (not "by 1.5 hours").
  // ... and a second gain joined to it: "improves box AP by 1.6 and mIoU by 2.0".
  + String.raw`|(?:\b(?:improv|boost|increas|rais|lift|reduc|lower|decreas|cut)\w*|and(?<=\bby\s+\+?\d+(?:\.\d+)?\s?(?:%|points?|pp)?\s+and))\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:average\s+|mean\s+)?(?:${SCORE_METRICS}|[Aa]ccuracy|[Pp]recision|[Rr]ecall)\s+(?:(?:on|for|across|of)\s+(?:the\s+)?[\w-]+\s+)?by\s+(?:only\s+|just\s+|up to\s+)?(\+?\d+(?:\.\d+)?)${GAIN_END}`
  + String.raw`|\b(?:surpass|outperform|beat|exceed)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?by\s+(\+?\d+\.\d+)${GAIN_END}`, 'g');

export function normalizeResultValue(value: string): string {
  return value.replace(/×/g, 'x').replace(/\s+per ?cent$/, '%').replace(/\s+times$/, 'x').replace(/\s*x$/, 'x').replace(/(\d)\s*([–-])\s*(\d)/g, '$1$2$3')
    // "97.8 ± 0.4%" is a score of 97.8% with its spread.
    .replace(/\s*(?:±|\+\/-)\s*\d+(?:\.\d+)?(?=%$)/, '');
}

const METRIC_NAMES: [RegExp, string][] = [
  [/^reduc|^lower(?:s|ed|ing)$/, 'reduction'], [/^outperform|^surpass/, 'better than baselines'], [/^speed(?:-?|s? )up/, 'speedup'], [/^gains?$/, 'gain'], [/^accurac/, 'accuracy'],
  [/^top-?1 accurac/, 'top-1 accuracy'], [/^(?:improv|boost)/, 'improvement'], [/^(?:achiev|reach|attain|obtain)/, 'score'], [/^savings?$/, 'saving'], [/^margin$/, 'better than baselines'], [/^state[- ]of/, 'state-of-the-art performance'], [/^scales? up/, 'scale-up'], [/^preferred$/, 'preference'], [/^fps$/i, 'speed'], [/per second$/, 'throughput'],
];

function metricNear(clause: string, at: number): string | null {
  const after = clause.slice(at, at + 100);
  const before = clause.slice(Math.max(0, at - 80), at);
  const match = METRIC_WORDS.exec(after) ?? METRIC_WORDS.exec(before) ?? ACHIEVED.exec(before);
  if (!match) return null;
  const word = /^[A-Z]{2,}|^[A-Z][a-z]*[A-Z]/.test(match[1]) ? match[1] : match[1].toLowerCase();
  return METRIC_NAMES.find(([pattern]) => pattern.test(word))?.[1] ?? word;
}

/** A summary lists headline numbers, not every number of a long abstract. */
const MAX_RESULTS = 24;

/** "it" as the subject after an opening clause, with a verb of what it reached: "Used as a backbone on COCO, it improves box AP by 2.1". */
const IT_REACHES = /^[A-Z][^.]{0,120}?,\s+it\s+(?:improves|achieves|attains|reaches|outperforms|surpasses|obtains|sets|yields|reduces|lowers|raises|boosts|matches|exceeds)\b/;

function resultsOf(abstract: string, datasets: string[], name: string | null): Summary['results'] {
  const results: Summary['results'] = [];
  const seen = new Set<string>();
  /** Whether the sentence before spoke of the work. */
  let previousOwn = false;
  for (const sentence of sentencesOf(abstract)) {
    if (results.length >= MAX_RESULTS) break;
    /** Where the sentence's last result ended; the dataset it names, found once. */
    let previousEnd = -1;
    let sentenceDataset: string | undefined;
    // Whether the sentence is about scores (a benchmark or metric) and about the paper's own work: read once, not per number.
    let scored: boolean | undefined;
    // The paper's own name as the subject speaks of its work too ("Dualformer solves 97.6% of the mazes").
    // (And "it" after an opening clause, with a verb of what it reached, right after a sentence about the work: "On COCO, it improves box AP
    // by 2.1"; after "BERT set a new standard.", "When fine-tuned on GLUE, it improves ..." is BERT's.)
    const own: boolean = ABOUT_THE_WORK.test(sentence) || (!!name && sentence.includes(name)) || (previousOwn && IT_REACHES.test(sentence));
    previousOwn = own;
    /** The benchmark named first right after a score ("0.91 on CoNLL-2003"), the longest where names overlap (CIFAR-100 over CIFAR-10). */
    const datasetAfter = (end: number): string | undefined => {
      const window = sentence.slice(end, end + 80);
      let best: string | undefined;
      let bestAt = Infinity;
      for (const name of datasets) {
        const at = window.indexOf(name);
        if (at !== -1 && (at < bestAt || (at === bestAt && name.length > best!.length))) [best, bestAt] = [name, at];
      }
      return best;
    };
    // Numbers about earlier work ("KAT is still 123x slower", "former SOTA") are not this paper's results.
    if (/\b(former|previous|prior) (SOTA|state(?![- ]space)|best)|\bis still\b|\bupper bound of\b/i.test(sentence) && !/\b(our|we)\b|\b(?:outperform|surpass|exceed|beat)\w*\s+(?:the\s+)?(?:former|previous|prior)\b|\b(?:improvement|gain|advance)s?\s+(?:over|on)\s+(?:the\s+)?(?:former|previous|prior)\b/i.test(sentence)
      // "It improves the success rate by 12 points over the previous state of the art": a gain of the paper's own work, said of it.
      && !(ABOUT_THE_WORK.test(sentence) && /\b(?:points?|%|x|times|dB)\s+(?:over|above|than)\s+(?:the\s+)?(?:former|previous|prior)\b/i.test(sentence))
      // "SpikeLite ... 2.7% higher than the previous best": the paper's model by its name, against the earlier best ("It was 3.1% more accurate
      // than the prior state of the art" may be another model's).
      && !(!!name && sentence.includes(name) && /\b(?:over|above|than|compared (?:with|to))\s+(?:the\s+)?(?:former|previous|prior)\b/i.test(sentence))) continue;
    // "Transformer-XL obtains 0.99 BPC, while our model obtains 1.01 BPC": what comes before the paper's own clause is another model's.
    const ours = /,?\s+(?:while|whereas)\s+(?:our|ours|the proposed|we)\b/i.exec(sentence);
    const othersEnd = ours && !ABOUT_THE_WORK.test(sentence.slice(0, ours.index)) && !(name && sentence.slice(0, ours.index).includes(name)) ? ours.index : -1;
    for (const match of sentence.matchAll(VALUE)) {
      if (results.length >= MAX_RESULTS) break;
      const at = match.index ?? 0;
      if (at < othersEnd) continue;
      const before = sentence.slice(Math.max(0, at - 40), at);
      // The earlier best's own number ("the previous best of 75.2%"), not the margin over it ("outperforms the previous best model by 0.8 dB").
      if (/\b(upper bound of|former SOTA[^.]{0,20}|previous best[^.]{0,20}|is still)\s*$/i.test(before) && !/\bby\s*$/.test(before)) continue;
      // "from 76.2% to 79.8%": where it started is the baseline; where it went is the result.
      if (/\bfrom\s*$/i.test(before) && /^\s*(?:\([^()]{1,40}\)\s*|(?:for|of|with)\s+(?:[\w-]+\s+){1,5}?)?to\s+~?\d/.test(sentence.slice(at + match[0].length))) continue;
      // "92.1% (95% CI, 88.0-95.2%)": a confidence level and the interval it gives are no results.
      if (/^\s*(?:CI|confidence interval)\b/i.test(sentence.slice(at + match[0].length)) || /\((?:[^()]{0,20}\s)?(?:CI|confidence interval)\b[^()]{0,40}$/i.test(sentence.slice(Math.max(0, at - 70), at))) continue;
      // "96.00% ± 0.48%" (a spread), "(83.3% vs. 80.8%)" (the baseline), "3% of the data" (a size): not results.
      if (/(?:±|\+\/-|\bvs\.?|\bversus|\bcompared (?:to|with))\s*$/.test(before) || (/^\s*of (?:the )?(?:[A-Z][\w-]* )?(?:original |full )?(?:pre-?training |training )?(?:data|dataset|parameters|tokens|samples|labels|budget|compute)\b/.test(sentence.slice(at + match[0].length))
        // "saving up to 90% of parameters" is a result; "3% of the data" and "remove 15% of the tokens" are sizes.
        && !(/^\s*of (?:the )?(?:[A-Z][\w-]* )?parameters\b/.test(sentence.slice(at + match[0].length)) && /\b(?:sav|reduc|cut|prun|compress|eliminat|remov|discard|drop)\w*(?:\s+\w+){0,2}\s*$/i.test(before)))) continue;
      // "a 95% Hausdorff distance": the percentile the distance is taken at names the metric (HD95).
      if (/^\s*Hausdorff\b/i.test(sentence.slice(at + match[0].length))) continue;
      // "The gates add fewer than 1% extra parameters", "adds less than 1% to training time": what the work costs, not what it reaches.
      if (/^\s*(?:(?:extra|additional)\s+(?:parameters|params|FLOPs|computation|compute|memory)|to (?:the )?(?:training|inference) time)\b/.test(sentence.slice(at + match[0].length))) continue;
      // "models pre-trained on 4x more data": how much more another model was given (not "4x more tokens per second").
      if (/^\s*more\s+(?:pre-?training\s+|training\s+)?(?:data|parameters|compute|tokens|examples|images)\b(?!\s+per\b)/.test(sentence.slice(at + match[0].length))) continue;
      // "with only 5% of the pixels labeled", "With only 15% of the original visual tokens": how little the work was given, not what it
      // reached ("labels 96.4% of the annotated pixels", "agrees with 87% of the human labels" are).
      if (/\b(?:with|using)\s+(?:only|just|merely)\s+$/i.test(before) && /^\s*of (?:the )?(?:[\w-]+\s+){0,2}(?:pixels|tokens|labels|annotations|examples|data|samples|images|frames)\b/.test(sentence.slice(at + match[0].length))) continue;
      // What a work is run at, lower or higher ("at 4x lower resolution", "a 10x lower learning rate"), is a setting, not a result.
      if (/^\s*(?:lower|higher|smaller|larger|reduced|coarser|finer)\s+(?:input\s+|image\s+|spatial\s+|temporal\s+)?(?:resolutions?|learning rates?|frame rates?|sampling rates?|bit-?widths?|batch sizes?)\b/i.test(sentence.slice(at + match[0].length))) continue;
      // The noise a result is reached at ("at a signal-to-noise ratio of -4 dB", "at 0 dB SNR") is a setting.
      if (/\b(?:at|under|in|with|for)\s+(?:an?\s+|the\s+|low\s+|high\s+|input\s+|various\s+|different\s+)*(?:signal-to-noise ratios?|SNRs?)\b[^.;]{0,30}$/i.test(before)
        || (/dB$/.test(match[0]) && /^\s*(?:SNR|signal-to-noise)\b/i.test(sentence.slice(at + match[0].length)) && /\b(?:at|under|of|from|to|between|and)\s*[−–-]?\s*$/i.test(before))) continue;
      // The setting a result is reached in: "at 30% sparsity", "with only 0.1% trainable parameters", "a 75% masking ratio".
      // (Not what a paper reaches: "reaches 90% sparsity", "a 10x compression ratio".)
      if (/^%?\s*(?:(?:block|weight|activation|attention|structured|unstructured|head|token)\s+)?(?:sparsity|(?:pruning|masking|mask|drop(?:out)?|keep) (?:ratio|rate)|trainable parameters)\b/i.test(sentence.slice(at + match[0].length))
        && /\b(?:at|with|under|using|uses?)\s+(?:only\s+|just\s+)?(?:an?\s+)?$/i.test(before)) continue;
      // "85.68% on CIFAR-100 ..., 82.3% on ImageNet-1K", "by 10,000 times and the memory by 3 times", "by 3.8% and 5.1% over scGPT": a value listed after a result
      // (in this sentence) is one too.
      const previous = results[results.length - 1];
      const listed = previous && previousEnd >= 0 && at - previousEnd <= 82 && previous.value.endsWith('%') === match[0].endsWith('%') && /^[^;]{0,80}(?:,|\band\b[^,;]{0,60}\bby)\s*$|^\s+and\s+$/.test(sentence.slice(previousEnd, at));
      // Frames per second are a speed, whatever metric the sentence names next to them ("155 FPS while reaching 52.7% mAP").
      const metric = /FPS$/i.test(match[0]) ? 'speed' : metricNear(sentence, at + match[0].length) ?? (listed ? previous.metric : null);
      if (!metric) continue;
      // "GPT-4 solved only 23% of the problems": what a model solved is this paper's where the sentence speaks of its work.
      if (/^solv/.test(metric) && !own) continue;
      // A speed in frames per second is the paper's own where it speaks of its work, and not a camera's or a video's ("captured at 60 FPS").
      if (/FPS$/i.test(match[0]) && (!own || /\b(?:captur|record|film|sampl|subsampl|downsampl|resampl|extract|collect|decod|shot)\w*\b[^.]{0,40}\b(?:at|to)\s*$/i.test(before))) continue;
      const value = normalizeResultValue(match[0]);
      if (seen.has(value)) continue;
      seen.add(value);
      previousEnd = at + match[0].length;
      sentenceDataset ??= datasets.find((name) => sentence.includes(name)) ?? '';
      const dataset = sentenceDataset;
      const shown = match[0].replace(/[×X]/g, 'x').replace(/ times$/, 'x');
      results.push(dataset ? { value: shown, metric, dataset } : { value: shown, metric });
    }
    for (const match of sentence.matchAll(BARE_SCORE)) {
      if (results.length >= MAX_RESULTS) break;
      if ((match.index ?? 0) < othersEnd) continue;
      const before = sentence.slice(Math.max(0, (match.index ?? 0) - 60), match.index);
      // "our threshold on the AUC is 0.5": a threshold or cut-off is a setting.
      if (/\b(?:threshold|cut-?off)s?\b[^.;]{0,25}$/i.test(before)) continue;
      // "the prior model had 80.1" is earlier work; "surpassing the previous best by +2.7" (or "by a large margin (+2.7") is this paper's gain.
      // (Not a name that ends in -Former: "SpecPatch-Former achieves an mAP of 0.471".)
      if (/(?<![\w-])(former|previous|prior|baseline)\b/i.test(before.slice(-30)) && !/\b(?:surpass|outperform|beat|exceed|improv)\w*\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:former|previous|prior|baseline)\b[^.]{0,20}\bby(?:\s+an?\s+(?:[\w-]+\s+)?margin)?\s*\(?\s*$/i.test(before)) continue;
      // "reaches 0.001, and then decays" is a schedule: a value a paper reaches is a score next to a benchmark or a metric.
      const end = (match.index ?? 0) + match[0].length;
      if (match[5] !== undefined && !/^\s+on\b/.test(sentence.slice(end))
        && !(scored ??= datasets.some((name) => sentence.includes(name)) || SCORE_CONTEXT.test(sentence))) continue;
      // A gain by a metric or over a rival is this paper's where the sentence speaks of its work ("Earlier methods improve accuracy by 2.1" is not).
      const gain = match[6] !== undefined || match[7] !== undefined;
      if (gain && !own) continue;
      const value = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7];
      // "reduces the FID by 1.3" is a gain; "reduces the accuracy by 0.3" is a cost.
      // A second gain joined by "and" is of the same direction as the first ("lowers the WER by 0.4 and the CER by 0.2").
      const reduced = match[6] !== undefined && (/^(?:reduc|lower|decreas|cut)/i.test(match[0])
        || (/^and\b/.test(match[0]) && /\b(?:reduc|lower|decreas|cut)\w*\s+(?:the\s+)?(?:[\w-]+\s+){1,3}by\s+\S+\s*$/i.test(before)));
      if (reduced && !/FID|WER|CER|error|perplexity|NLL|log-likelihood|MAE|RMSE|MSE|EER|LPIPS|bpc|bits/i.test(match[0])) continue;
      // The metric as its own word says it ("AUC", not "AUC was"; "accuracy" however it is capitalised); a value a paper reaches is a score.
      const named = SCORE_NAME.exec(match[0])?.[0].replace(/^([Aa])ccuracies$/, '$1ccuracy')
        .replace(/^(?:Top-1 Accuracy|Accuracy|Precision|Recall|Sensitivity|Specificity|Correlation)$/, (word) => word.toLowerCase());
      // (The first of two points joined before their unit is points too: "by 6.8 and 5.1 points".)
      const metric = match[7] !== undefined ? 'gain' : match[6] !== undefined ? `${named} ${reduced ? 'reduction' : 'gain'}` : named ?? (match[4] !== undefined ? 'points' : 'score');
      // "precision@10 of 0.80, 0.81 and 0.91": the scores listed after it have the same metric, each with the benchmark named after it.
      const values: [string, number][] = [[value, end]];
      if (value.includes('.')) {
        MORE_SCORES.lastIndex = end;
        for (let more = MORE_SCORES.exec(sentence); more && values.length < MAX_RESULTS; more = MORE_SCORES.exec(sentence)) values.push([more[1], MORE_SCORES.lastIndex]);
      }
      for (const [each, after] of values) {
        if (results.length >= MAX_RESULTS) break;
        if (seen.has(each)) continue;
        seen.add(each);
        sentenceDataset ??= datasets.find((name) => sentence.includes(name)) ?? '';
        // The benchmark the gain names ("perplexity on PG-19 by 0.8"); else the first score takes the benchmark named after it or its
        // sentence's; one listed after it only the benchmark named after it.
        const dataset = (after === end ? datasets.find((name) => match[0].includes(` on ${name} `) || match[0].includes(` on the ${name} `)) : undefined)
          ?? datasetAfter(after) ?? (after === end ? sentenceDataset : '');
        results.push(dataset ? { value: each, metric, dataset } : { value: each, metric });
      }
    }
  }
  return results;
}

// ---------------------------------------------------------------- complexity

/** "The cost stays linear in image size", "its memory footprint grows only linearly with sequence length". */
/** Costs that are no computation's: "sample complexity", "annotation cost", "communication complexity", "a regret linear in". */
const NOT_COMPUTE_COST = String.raw`(?:sample|annotation|labell?ing|label|storage|communication|query|regret|iteration|oracle)`;
/** What a linear cost is linear in: the input's length or size, or how many tokens, patches, nodes ... it has (not tasks or prompts). */
const LINEAR_IN = String.raw`(?:the\s+)?(?:(?:sequence|context|input|image|video|document|graph|look-?back|history)\s+)?(?:length|size|resolution|window|number of (?:[\w-]+ )?(?:tokens|patches|pixels|nodes|edges|frames|voxels|points|particles|atoms|residues|interactions))\b`;
const LINEAR_COST = new RegExp(String.raw`\b(?:(?<!\b${NOT_COMPUTE_COST} )(?:cost|complexity)|computation|memory(?: footprint| usage)?|running time)\b(?: of (?:[\w-]+ ){1,5}?| per (?:epoch|step|iteration|layer))?\s*(?:is|stays|remains|grows|scales|increases)\s+(?:only\s+)?linear(?:ly)?\s+(?:in|with)\s+${LINEAR_IN}`, 'i');
/**
 * A linear cost said in the work's own sentence in other words: "giving linear complexity in the number of nodes", "reducing the
 * complexity from quadratic to linear", "with complexity linear in the number of patches", "scaling linearly with the number of nodes".
 */
const LINEAR_OWN = new RegExp(String.raw`\b(?:giving|gives|yielding|yields|providing|provides|retaining|keeping|enabling|enables|allowing|allows)\s+(?:an?\s+|the\s+)?linear[- ](?:time|complexity|cost)\b|\bfrom quadratic to linear\b`
  + String.raw`|\b(?:runs?|takes?) (?:in )?(?:linear time|time linear in ${LINEAR_IN})`
  + String.raw`|(?<!\b${NOT_COMPUTE_COST} )\b(?:complexity|cost|memory|computation)(?: that is| which is)? linear in ${LINEAR_IN}`
  + String.raw`|(?<!\b${NOT_COMPUTE_COST} (?:cost|complexity) )\bscal(?:es|ing) linearly (?:in|with) ${LINEAR_IN}`, 'i');
/** Both costs in one phrase, said of the work ("We propose LookbackMixer, which scales linearly in both time and memory with the look-back window"). */
const LINEAR_BOTH = new RegExp(String.raw`\bscal(?:es|ing) linearly in (?:both )?(?:time|memory)(?: and (?:time|memory))? (?:in|with) ${LINEAR_IN}`, 'i');
/** "which retains linear complexity": said of the work's own model only ("Mamba retains linear complexity but ..." is a baseline's). */
const LINEAR_KEPT = /\b(?:retains|keeps|preserves)\s+(?:an?\s+|the\s+)?linear (?:time|complexity|cost)\b|\bat (?:an?\s+)?linear (?:time|complexity|cost)\b/i;
/**
 * A big-O the work's own model is given: "giving an overall complexity of O(L log L)", "with overall complexity O(L log L)", "a linear
 * attention of O(n) complexity", "reducing the cost from O(N^2) to O(N log N)".
 */
const OWN_BIG_O = /\b(?:(?:giving|gives|yielding|yields|with|has|have|achieves?|achieving|reaching|reaches)\s+(?:an?\s+|the\s+)?(?:(?:overall|total|time|computational|memory|per-[a-z]+)\s+){0,2}(?:complexity|cost)(?:\s+of)?|\bof(?=\s+O\([^)]{1,60}\)\)?\s+(?:time|memory|complexity|cost)\b)|\bfrom\s+O\([^)]{1,60}\)\)?\s+to|(?:whose|\b[Ii]ts|(?<=[A-Za-z0-9])'s)\s+(?:(?:overall|total|time|computational|memory)\s+){0,2}(?:complexity|cost)\s+is|\b(?:complexity|cost) of (?:an?\s+|the\s+|each\s+)?(?:[\w-]+\s+){1,3}?is|\b(?:yields?|yielding|gives?|giving|runs? in|running in|has|have|with)(?=\s+O\([^)]{1,60}\)\)?\s+(?:time|memory|complexity|cost)\b))\s+(O\([^)]{1,60}\)\)?)/;
/** A sentence that goes on about the work the sentence before proposed: "Its complexity is O(n log n)", "The resulting attention has ...". */
const OWN_SUBJECT = /^(?:Its|The resulting)\s/;
/** A sentence about a model the work sets itself against, not its own. */
const BASELINE_COST = /\b(?:dense|standard|naive(?:ly)?|baselines?|full fine-tuning|vanilla|conventional|existing|prior|previous|earlier|key-value cache|KV[- ]cache)\b/i;

function complexityOf(title: string, abstract: string, name: string | null): string | null {
  for (const sentence of sentencesOf(abstract)) {
    // What the baseline costs: "quadratic ... of vanilla attention", within a clause's reach (an unbounded reach was quadratic in a sentence of "quadratic" words).
    if (/\bsuffer|\bquadratic\b[^.]{0,300}?\b(of|in) (vanilla|standard|the self-attention|self-attention)|\bchallenged\b/i.test(sentence) && !/\b(our|achieves?|we)\b/i.test(sentence)) continue;
    // (Not a cost the sentence sets its own against: "unlike standard attention with O(n^2) complexity".)
    const big = [...sentence.matchAll(/\b(?:achieves?|with|in|requires?|(?:which|that) ha(?:s|ve)|reduc\w+ \w+ to|reduc\w+ (?:[\w-]+ ){0,3}?(?:complexity|cost|memory|time|computation) (?:[\w-]+ ){0,3}?to|only|bring\w* (?:[\w-]+ ){0,5}?down to|from quadratic (?:[\w-]+ ){0,8}?to)\s+(O\([^)]{1,60}\)(?:\))?)/g)]
      // (The words before the cost, its verb too: "compared with O(n^2) for full attention".)
      .find((match) => !/\b(?:unlike|than|compared (?:to|with)|versus|vs\.?|standard|vanilla|naive|full|existing|prior|previous|conventional)\b[^.,;]{0,40}$/i.test(sentence.slice(Math.max(0, (match.index ?? 0) - 50), (match.index ?? 0) + match[0].indexOf('O('))));
    // What other methods bring a cost down to is theirs ("methods such as BigBird bring the cost down to O(n)").
    if (big && !(/^(?:bring|reduc)/.test(big[0]) && /\b(?:such as|naive(?:ly)?|prior|existing|baselines?|previous)\b/i.test(sentence))) return big[1];
  }
  // The work's own sentences, none about a model it sets itself against.
  let ownCached: readonly string[] | undefined;
  const own = (): readonly string[] => (ownCached ??= ownSentences(abstract).filter((sentence) => !BASELINE_COST.test(sentence)));
  if (abstract.includes('O(')) {
    for (const sentence of own()) {
      // In a sentence about the work, by its words or its name ("Self-attention has a complexity of O(N^2)" is not).
      const big = OWN_BIG_O.exec(sentence);
      // (Not a quadratic cost: that is the baseline's, "Self-attention, whose time complexity is O(n^2)".)
      // ("Its complexity is O(n log n)", after the sentence that proposes the work.)
      if (big && !/\^ ?2|²/.test(big[1]) && (ABOUT_THE_WORK.test(sentence) || OWN_SUBJECT.test(sentence) || (!!name && sentence.includes(name)))) return big[1];
    }
  }
  if (/\blinear (?:complexity|time)\b|\blinear-time\b/i.test(title)) return 'linear';
  // (In the work's own sentences: "Mamba, as a representative SSM, enjoys linear time complexity and has achieved strong scalability" is praise of another.)
  if (/\blinear/i.test(abstract) && own().some((sentence) => /\b(?:requires?|achiev\w+|enjoys|with|in|has) (?:only )?linear (?:time|complexity|scaling|computational)|\blinear scaling in sequence length\b|\bpropose a new linear attention\b/i.test(sentence))) return 'linear';
  // "the cost stays linear in image size", "its memory footprint grows only linearly with sequence length", in the work's own sentences.
  // Only a computational cost, linear in the input's size, in a sentence that is not about a dense, standard or naive model (not "sample
  // complexity", an annotation or storage cost, or a cost linear in the number of tasks).
  if (/\blinear/i.test(abstract) && own().some((sentence) => LINEAR_COST.test(sentence)
    // (A speed-up or a gain that grows linearly is no cost.)
    || ((LINEAR_KEPT.test(sentence) || LINEAR_BOTH.test(sentence)) && (ABOUT_THE_WORK.test(sentence) || OWN_SUBJECT.test(sentence) || (!!name && sentence.includes(name)) || /\b(?:this|the resulting|the proposed) (?:design|architecture|model|layer|network|block)\b/i.test(sentence)))
    || (LINEAR_OWN.test(sentence) && !/\b(?:speed-?ups?|throughput|gains?|savings?|improvements?|benefits?|advantages?)\b[^.]{0,60}\bscal(?:es|ing) linearly\b/i.test(sentence)))) return 'linear';
  return null;
}

// ---------------------------------------------------------------- summarize

export function summarize(input: SummaryInput): Summary {
  const title = input.title.replace(/\$/g, '');
  // Subscript digits after a metric, as a library's TeX reads them ("AP₅₀", "F₁"): the metric as abstracts type it (AP_50, F_1); "MOF₅" stays.
  const abstract = input.abstract.replace(/(?<=\b(?:F|AP|mAP|AR|mAR|R|Hits?|ROUGE-?))[₀-₉]+/g, (digits) => `_${[...digits].map((digit) => digit.charCodeAt(0) - 0x2080).join('')}`);
  // The abstract's sentences about the work, read once where the rules below need them.
  let ownCached: readonly string[] | undefined;
  const own = (): readonly string[] => (ownCached ??= ownSentences(abstract));
  const named = nameOf(title, abstract);
  const kind = kindOf(title, abstract, named.name !== null);
  // An analysis or survey names other people's models in passing: only a name in its title is its own.
  const name = (kind === 'analysis' || kind === 'survey') && !named.fromTitle ? null : named.name;
  const text = `${title}. ${abstract}`;
  // A model's own name is no dataset; a benchmark's is (the dataset it introduces).
  const datasets = datasetsOf(text, kind === 'benchmark' || !name ? [] : [name]);
  if (kind === 'benchmark' && name && !datasets.some((dataset) => fold(dataset) === fold(name)) && !datasets.some((dataset) => text.includes(`${dataset} (${name})`))) datasets.push(name);
  const tasks = tasksOf(title, abstract, datasets);
  const modalities = modalitiesOf(title, abstract, kind === 'survey');
  // A survey's tasks are its field's; the data they imply is already in what it lists.
  const implied = kind === 'survey' ? [] : impliedModalities(tasks);
  // Tasks that read images, videos or sounds and text together are multimodal work (answering questions about images, captioning them, finding
  // videos, writing a report on a scan, following instructions through rooms, making music from text).
  if (tasks.some((task) => /\b(?:visual question answering|video question answering|image captioning|video captioning|audio captioning|change captioning|image-text retrieval|text-to-video retrieval|composed image retrieval|visual grounding|referring expression|vision-and-language navigation|radiology report generation|text-to-(?:music|audio) generation)\b/.test(task))
    // A report written on scans or images (an agent's literature report joins nothing).
    || (tasks.includes('report generation') && /\b(?:images?|X-rays?|radiographs?|scans?)\b/i.test(text))) modalities.push('multimodal');
  // Multimodal work is made of modalities: name the ones it combines.
  if (modalities.includes('multimodal')) {
    if (/\b(?:images?|visual|vision)\b/i.test(text)) implied.push('vision');
    if (/\b(?:text|language|instructions?|captions?|captioning|reports|report generation|questions|descriptions?)\b/i.test(text)) implied.push('language');
  }
  // The data a benchmark holds: "CelebA and LSUN" are images, "IMDb and SST-2" text.
  // (A name's kind of data whatever version of it: "PDBbind v2020" is PDBbind.)
  const names = [...datasets, ...datasets.map((dataset) => dataset.replace(VERSION_AT_END, ''))];
  if (kind !== 'survey') for (const [pattern, modality] of DATASET_MODALITIES) if (names.some((dataset) => pattern.test(dataset))) implied.push(modality);
  let allModalities = MODALITIES.filter((modality) => modalities.includes(modality) || implied.includes(modality));
  // Point clouds segmented, classified or searched for objects are no images: vision only where the text speaks of images or cameras, not from
  // the task (mIoU on S3DIS, "3D object detection").
  if (allModalities.includes('point-cloud') && !/\b(?:images?|imagery|photo(?:graph)?s?|pixels?|cameras?|RGB(?:-D)?|visual)\b/i.test(text)) allModalities = allModalities.filter((modality) => modality !== 'vision');
  // Speech is audio of one kind: "transcribed audio", "audio samples" of a speech model are its speech. Audio of other kinds is named so
  // (music, sounds, sound events, audio tagging or captioning). A survey's are the domains it lists.
  if (kind !== 'survey' && allModalities.includes('speech') && allModalities.includes('audio')
    && !/\b(?:music\w*|songs?|sounds?|sound events?|sound effects|environmental|AudioSet|ESC-50|acoustic scenes?|bird (?:calls|songs|sounds)|animal (?:sounds|vocali[sz]ations)|machinery|audio (?:classification|generation|captioning|events?|tagging|effects))\b/i.test(text)) {
    allModalities = allModalities.filter((modality) => modality !== 'audio');
  }
  // A (large) language model of molecules or proteins reads no natural language unless the work is about text.
  if (allModalities.includes('biology') && allModalities.includes('language') && !NATURAL_TEXT.test(`${title}. ${own().join(' ')}`)) {
    allModalities = allModalities.filter((modality) => modality !== 'language');
  }
  // A dataset or benchmark is not an architecture: its family is what its title is about.
  let family = familiesOf(title, abstract, kind === 'benchmark');
  // A model made of convolutional and recurrent parts (a CNN encoder and an LSTM decoder, a convolutional-recurrent recogniser) combines
  // them; a survey of both families does not. So does a new network whose sentence about itself joins two families it names ("pairs a
  // selective state-space layer with a depthwise convolution module", "interleaves attention and state-space layers").
  // (The sentence may speak of the work by its name: "Mamba-HUNet combines convolutional neural networks' local features with state space
  // models' long-range dependencies"; the families it joins are the work's then.)
  const joining = kind === 'architecture' && !family.includes('hybrid')
    ? own().map((sentence) => sentence.replace(COMPARED, ' '))
      .find((sentence) => (ABOUT_THE_WORK.test(sentence) || (!!name && sentence.includes(name))) && COMBINES.test(sentence) && PART_FAMILIES.filter((part) => part.test(sentence)).length >= 2)
    : undefined;
  // (Families it adds are named as such: attention beside a recurrent network is no transformer, a graph convolution no CNN.)
  const namedParts = joining === undefined ? [] : PART_FAMILY_NAMES.filter((_, index) => NAMED_PART_FAMILIES[index].test(joining));
  const joined = joining !== undefined && (PART_FAMILY_NAMES.filter((each) => family.includes(each)).length >= 2 || namedParts.length >= 2);
  if (!family.includes('hybrid') && ((kind !== 'survey' && family.includes('cnn') && family.includes('rnn')) || joined)) {
    const parts = namedParts.length >= 2 ? namedParts : [];
    family = FAMILIES.filter((each) => each === 'hybrid' || family.includes(each) || parts.includes(each));
  }
  // A transformer for images is a vision transformer (a diffusion model's denoiser, a language model that sees images, or a transformer
  // that segments point clouds is not).
  if (family.includes('transformer') && !family.includes('vision-transformer') && !family.includes('diffusion') && !family.includes('graph-transformer')
    && tasks.some((task) => VISION_TASK.test(task)) && !allModalities.includes('language') && !allModalities.includes('point-cloud') && kind !== 'survey') {
    family.splice(family.indexOf('transformer') + 1, 0, 'vision-transformer');
  }
  // A vision backbone that names no task is an image classifier: that is what a new one is measured on first.
  // A title that says what it is for ("... for Image Quality Assessment") names another task.
  if (kind === 'architecture' && family.includes('vision-transformer') && tasks.length === 0 && !allModalities.some((modality) => modality !== 'vision')
    && !/\bfor\s+[A-Za-z]/.test(title)) {
    tasks.push('image classification');
    if (!allModalities.includes('vision')) allModalities = MODALITIES.filter((modality) => modality === 'vision' || allModalities.includes(modality));
  }
  return {
    kind,
    name,
    family,
    modalities: allModalities,
    tasks,
    datasets,
    results: resultsOf(abstract, datasets, name),
    // The cost of what a paper proposes: a survey or an analysis proposes nothing, and the costs it states are its subjects'.
    complexity: kind === 'architecture' || kind === 'method' ? complexityOf(title, abstract, name) : null,
  };
}
