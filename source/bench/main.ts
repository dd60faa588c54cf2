import type {BenchRow} from './bench-row.js';
import {layoutBench} from './layout-bench.js';
import {runSearchBench} from './search-bench.js';
import {startupBench} from './startup-bench.js';

// Each benchmark module registers here; they run in order and print one table.
const suites: Array<{name: string; run: (quick: boolean) => Promise<BenchRow[]>}> = [
	layoutBench,
	startupBench,
	{name: 'search (issue 5)', run: runSearchBench},
];

const quick = process.argv.includes('--quick');
const rows: BenchRow[] = [];
for (const suite of suites) {
	process.stderr.write(`bench: ${suite.name}…\n`);
	rows.push(...(await suite.run(quick)));
}

for (const row of rows) {
	console.log(`${row.pass ? 'ok  ' : 'FAIL'} ${row.name}: ${row.value} ${row.unit} vs ${row.baselineName} ${row.baselineValue} → ${row.ratio.toFixed(2)}× (goal ${row.goal})`);
}
