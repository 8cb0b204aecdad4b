"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** npm run bench: prints quality and speed figures with ratios against named baselines. */
const hints_1 = require("./hints");
const library_1 = require("./library");
const parsing_1 = require("./parsing");
const preview_1 = require("./preview");
const search_1 = require("./search");
const summaries_1 = require("./summaries");
const only = process.argv[2];
if (!only || only === 'summaries')
    (0, summaries_1.benchSummaries)();
if (!only || only === 'search')
    (0, search_1.benchSearch)({ sizes: process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : undefined });
if (!only || only === 'parsing')
    (0, parsing_1.benchParsing)();
if (!only || only === 'preview')
    (0, preview_1.benchPreview)();
if (!only || only === 'hints')
    (0, hints_1.benchHints)();
if (!only || only === 'library')
    void (0, library_1.benchLibrary)();
