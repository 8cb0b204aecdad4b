/** npm run bench: prints quality and speed figures with ratios against named baselines. */
import { benchSummaries } from './summaries';

benchSummaries();
