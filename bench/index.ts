/** npm run bench: prints quality and speed figures with ratios against named baselines. */
import { benchHints } from './hints';
import { benchLibrary } from './library';
import { benchParsing } from './parsing';
import { benchPreview } from './preview';
import { benchSearch } from './search';
import { benchSummaries } from './summaries';

const only = process.argv[2];
if (!only || only === 'summaries') benchSummaries();
if (!only || only === 'search') benchSearch({ sizes: process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : undefined });
if (!only || only === 'parsing') benchParsing();
if (!only || only === 'preview') benchPreview();
if (!only || only === 'hints') benchHints();
if (!only || only === 'library') void benchLibrary();
