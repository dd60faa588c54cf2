import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {BenchRow} from './bench-row.js';
import {largeArchiveBench} from './large-archive-bench.js';
import {fetchBench} from './fetch-bench.js';
import {layoutBench} from './layout-bench.js';
import {runSearchBench} from './search-bench.js';
import {startupBench} from './startup-bench.js';
import {storyOpenBench} from './story-open-bench.js';

/**
 * `npm run bench [-- --quick] [-- --only NAME] [-- --json FILE]`: every target measured
 * against its baseline in the same run, printed as a table of ratios and written as JSON
 * (default dist/bench-results.json). `--quick` is a smoke run of seconds for CI.
 */

type Suite = {name: string; run: (quick: boolean) => Promise<BenchRow[]>};

const suites: Suite[] = [
	layoutBench,
	startupBench,
	largeArchiveBench,
	storyOpenBench,
	{name: 'search (issue 5)', run: runSearchBench},
	fetchBench,
];

function option(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

const quick = process.argv.includes('--quick');
const only = option('--only');
const jsonFile = option('--json') ?? path.join(path.dirname(new URL(import.meta.url).pathname), 'bench-results.json');

const rows: Array<BenchRow & {suite: string}> = [];
for (const suite of suites.filter(candidate => only === undefined || candidate.name.includes(only))) {
	process.stderr.write(`bench: ${suite.name}…\n`);
	for (const row of await suite.run(quick)) {
		rows.push({suite: suite.name, ...row});
	}
}

const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3));
// A quick run has too few rounds and too small an archive to judge a goal by: it shows that
// every measurement runs, and its ratios are not marked ok or missed.
const verdict = (row: BenchRow) => (quick ? 'smoke' : (row.pass ? 'ok' : '**miss**'));
if (quick) {
	console.log('Quick smoke run: few rounds and small archives, so no ratio here is judged against its goal.\n');
}

console.log('| | measure | value | baseline | ratio | goal |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
	console.log(`| ${verdict(row)} | ${row.name} | ${format(row.value)} ${row.unit} | ${row.baselineName}: ${format(row.baselineValue)} | ${row.ratio.toFixed(2)}× | ${row.goal} |`);
}

mkdirSync(path.dirname(jsonFile), {recursive: true});
writeFileSync(jsonFile, `${JSON.stringify({date: new Date().toISOString(), quick, node: process.version, rows}, null, 2)}\n`);
process.stderr.write(`bench: results written to ${jsonFile}\n`);
