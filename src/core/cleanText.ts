/**
 * Cleans the LaTeX debris that listing pages leave in titles and abstracts,
 * for display only: the raw text is always kept beside the clean one. Pure.
 */

/** The math symbols TeX abstracts write ("$3\\times$ faster", "$\\pm$ 0.4"): the library reader converts them (citation.js's would drop them), and so does this clean-up. */
export const MATH_SYMBOLS: Record<string, string> = {
  times: '×', pm: '±', mp: '∓', sim: '∼', approx: '≈', simeq: '≃', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', ll: '≪', gg: '≫',
  cdot: '·', div: '÷', infty: '∞', to: '→', rightarrow: '→', leftarrow: '←', uparrow: '↑', downarrow: '↓', Rightarrow: '⇒', propto: '∝',
  partial: '∂', nabla: '∇', in: '∈', cdots: '⋯', circ: '∘', ast: '∗', star: '⋆', prime: '′', sqrt: '√', sum: '∑', prod: '∏', mid: '|', ell: 'ℓ',
  lesssim: '≲', gtrsim: '≳', Leftrightarrow: '⇔', leftrightarrow: '↔',
};
/** Operator names: the word, and a space after it where the source has one ("\\log n"). */
export const MATH_OPERATORS = new Set(['log', 'ln', 'exp', 'max', 'min', 'sup', 'inf', 'lim', 'arg', 'argmax', 'argmin', 'sin', 'cos', 'tan', 'tanh', 'det', 'dim', 'softmax']);
const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', theta: 'θ',
  lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', phi: 'φ', xi: 'ξ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Omega: 'Ω',
};

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  n: 'ⁿ', d: 'ᵈ', k: 'ᵏ', top: 'ᵀ', T: 'ᵀ', star: '*', '*': '*', '-1': '⁻¹',
};

/** Greek names that are also English words are only replaced in math-like contexts. */
const AMBIGUOUS_GREEK = new Set(['delta', 'pi', 'mu', 'tau', 'beta']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rule = [RegExp, string | ((...args: any[]) => string)];

const RULES: Rule[] = [
  // Inline math delimiters around a single symbol or number: $Δ$ → Δ, $5$ → 5.
  [/\$([^$\s]{1,12})\$/g, '$1'],
  // LaTeX escapes of special characters: \% → %, \& → &, \_ → _, \# → #.
  [/\\([%&_#$])/g, '$1'],
  // \emph{x}, \textbf{x}, \textit{x}, \text{x}, \mathcal{O}, \operatorname{softmax} → x; {\em x} → x.
  [/\\(?:emph|textbf|textit|textrm|text|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|mathtt|operatorname|boldsymbol|bm|textsc|textsf|texttt|textnormal|underline)\{([^{}]*)\}/g, '$1'],
  [/\{\\(?:em|bf|it|sc|tt|sf)\s+([^{}]*)\}/g, '$1'],
  // \texttimes in its BibTeX forms: 10{\texttimes} → 10×, 5\texttimes{} → 5×.
  [/\s*\{\\texttimes\}|\s*\\texttimes(?:\{\})?/g, '×'],
  // TeX spacing: a thin space before a percent sign is none (2\,\% → 2%); elsewhere \, \; \: are spaces and \! nothing.
  [/(\d)\\,(?=\\?%)/g, '$1'],
  [/\\[,;:]/g, ' '],
  [/\\!/g, ''],
  // Subscripts keep their text: F_{1} → F_1, AP$_{50}$ → AP_50.
  [/_\{([A-Za-z0-9]{1,10})\}/g, '_$1'],
  // \times, with or without a leftover $: 5.18\times$ → 5.18×.
  [/\s*\\times\$?/g, '×'],
  // Multiplication written as a word: 16times16 → 16×16, 3.1times → 3.1×.
  [/(\d)times(?=\d|\b)/g, '$1×'],
  // A stray $ right after a number: 42.9%$ → 42.9%.
  [/(\d%?)\$(?=[\s,.;)]|$)/g, '$1'],
  // LaTeX \sim written as a word before a number: sim 50% → ~50%.
  [/\bsim\s*(?=\d)/g, '~'],
  // ± written as pm between numbers: 96.00% pm 0.48% → 96.00% ± 0.48%.
  [/(\d%?)\s+pm\s+(?=\d)/g, '$1 ± '],
  // \cdot and cdot → ·.
  [/\\?\bcdot\b/g, '·'],
  // Superscripts: O(n^2) → O(n²), K^top → Kᵀ, W^star → W*, L^{{4}/{3}} → L^(4/3).
  [/\^\{\{([^{}]+)\}\/\{([^{}]+)\}\}/g, '^($1/$2)'],
  [/\^\{([^{}]+)\}/g, (whole, inner) => superscript(inner) ?? `^(${inner})`],
  [/\^(-1|top|star|\d+|[ndkT*])(?![A-Za-z0-9])/g, (whole, inner) => superscript(inner) ?? whole],
  // Greek letters written out: \alpha or alpha → α; Delta-DiT → Δ-DiT.
  [/\\([A-Za-z]+)\b/g, (whole, name) => GREEK[name] ?? (Object.hasOwn(MATH_SYMBOLS, name) ? MATH_SYMBOLS[name] : whole)],
  [/(?<![A-Za-z])(alpha|beta|gamma|delta|epsilon|theta|lambda|mu|pi|sigma|tau|phi|xi|omega|Gamma|Delta|Theta|Lambda|Sigma|Phi|Omega)(?![A-Za-z])/g,
    (whole, name, offset: number, text: string) => greekInContext(name, offset, text) ?? whole],
  // TeX quotes: ``x'' → “x”, "x'' → “x”.
  [/``/g, '“'],
  [/(“[^“”]*?)''/g, '$1”'],
  [/"([^"]*?)''/g, '“$1”'],
  // TeX dashes and ties: ~-- → —, -- → –... and a ~ between words is a space; between numbers a range.
  [/~?---?(?=\s)/g, ' —'],
  [/\s+—/g, ' —'],
  [/(\d)~(\d)/g, '$1–$2'],
  [/([A-Za-z])~(?=[A-Za-z0-9])/g, '$1 '],
  // Between words or numbers -- is an en dash: Kolmogorov--Arnold → Kolmogorov–Arnold, 10--20 → 10–20.
  [/(?<=[A-Za-z0-9])--(?=[A-Za-z0-9])/g, '–'],
  // Unknown TeX macros left alone would read as code; keep the word: \proj → proj.
  [/\\([A-Za-z]+)/g, '$1'],
  // Longer inline math, its macros converted above: $O(L log L)$ → O(L log L). Math opens with no space or digit after its $ (a price does: $5).
  [/\$(?=[^\d\s$])([^$\n]{1,60}?)(?<=\S)\$/g, '$1'],
  // Non-breaking and repeated spaces.
  [/[\u00a0\t]/g, ' '],
  [/ {2,}/g, ' '],
];

function superscript(inner: string): string | null {
  if (SUPERSCRIPT[inner]) return SUPERSCRIPT[inner];
  if (/^\d+$/.test(inner)) return [...inner].map((d) => SUPERSCRIPT[d]).join('');
  return null;
}

function greekInContext(name: string, offset: number, text: string): string | null {
  const before = text[offset - 1] ?? ' ';
  const after = text[offset + name.length] ?? ' ';
  // Joined to a name or a formula (PIXART-alpha, Delta-DiT, Delta(P), (1-xi)) it is a symbol.
  const mathy = /[-(_^]/.test(before) || /[-(_^)]/.test(after);
  if (AMBIGUOUS_GREEK.has(name) && !mathy) return null;
  return GREEK[name];
}

/** The display form of a title or abstract. Idempotent on already clean text. */
export function cleanText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, replacement as never);
  }
  return out.trim();
}
