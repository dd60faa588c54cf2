import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';
import path from 'node:path';
import {readCatalog} from '../library/catalog.js';
import {openRussianDictionary} from '../search/russian-dictionary.js';
import {openSearchIndex} from '../search/search-index.js';
import type {BenchRow} from './bench-row.js';
import {benchHome, cliPath} from './bench-environment.js';
import {generateArchive} from './generate-archive.js';
import {median, percentile, round} from './measure.js';
import {lemmaMatcher, snowballMatcher, wordFormScores} from './word-form-scores.js';
import {negativePairs, wordFormGroups} from './word-forms.js';

/**
 * The search benchmark: build time, cold `bell-reader search` against ripgrep over the same
 * files, warm query percentiles, index size, peak memory, re-indexing one changed issue.
 */

// Reports the child's peak memory on exit, without changing the program measured.
const reportPeakMemory = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss:"+process.resourceUsage().maxRSS+"\\n"))';

type Run = {ms: number; stdout: string; stderr: string; status: number | null};

function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Run {
	const start = performance.now();
	const result = spawnSync(command, args, {encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024});
	return {ms: performance.now() - start, stdout: result.stdout, stderr: result.stderr, status: result.status};
}

function folderBytes(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
}

/** ripgrep when it is installed, else grep, named as such in the row. */
function textSearchBaseline(): {name: string; command: string; args: (word: string, dir: string) => string[]} {
	const rg = spawnSync('rg', ['--version'], {encoding: 'utf8'});
	if (rg.status === 0) {
		return {name: 'rg -il', command: 'rg', args: (word, dir) => ['-il', word, dir]};
	}

	return {name: 'grep -ril (rg not installed)', command: 'grep', args: (word, dir) => ['-ril', word, dir]};
}

function row(name: string, value: number, unit: string, baselineName: string, baselineValue: number, goal: string, pass: boolean): BenchRow {
	return {name, value: round(value), unit, baselineName, baselineValue: round(baselineValue), ratio: baselineValue === 0 ? 0 : value / baselineValue, goal, pass};
}

/**
 * The dictionary on its own: recall and false merges on the word-form set against Snowball,
 * how long it takes to load, and how many words a second it looks up (no cache): real words
 * (the sample archive's), since the generated archive's words are mostly unknown to it.
 */
function dictionaryRows(): BenchRow[] {
	const lemmas = wordFormScores(wordFormGroups, negativePairs, lemmaMatcher);
	const snowball = wordFormScores(wordFormGroups, negativePairs, snowballMatcher);
	let start = performance.now();
	const dictionary = openRussianDictionary();
	const loadMs = performance.now() - start;
	const sampleArchive = path.join(path.dirname(cliPath), '..', 'archive');
	const words = new Set<string>();
	for (const name of readdirSync(sampleArchive)) {
		for (const word of readFileSync(path.join(sampleArchive, name), 'utf8').toLowerCase().replaceAll('ё', 'е').match(/[а-я]{3,}/gu) ?? []) {
			words.add(word);
		}
	}

	const rounds = 20;
	start = performance.now();
	for (let round = 0; round < rounds; round++) {
		for (const word of words) {
			dictionary.lemmasOf(word);
		}
	}

	const lookupsPerSecond = words.size * rounds / ((performance.now() - start) / 1000);
	const label = `${wordFormGroups.length} lemmas, ${lemmas.pairs} form pairs`;
	return [
		row(`search: word-form recall, dictionary lemmas (${label}) (%)`, lemmas.recall * 100, '%', 'Snowball alone (%)', snowball.recall * 100, '≥ 98 %', lemmas.recall >= 0.98),
		row(`search: false merges, dictionary lemmas (${negativePairs.length} negative pairs)`, lemmas.merged, 'pairs', 'Snowball alone', snowball.merged, '0', lemmas.merged === 0),
		row('search: dictionary load, in process', loadMs, 'ms', 'dictionary files (MB)', dictionaryMb(), 'reported', true),
		row(`search: dictionary lookups per second, uncached (${words.size} words of the sample archive)`, lookupsPerSecond, '/s', 'Snowball stems per second (its cache after round 1)', snowballRate([...words], rounds), 'reported', true),
	];
}

function dictionaryMb(): number {
	const folder = path.join(path.dirname(cliPath), 'dictionary');
	return folderBytes(folder) / 1024 / 1024;
}

/** Stems a second, through the stemmer's own cache after the first round, as the index uses it. */
function snowballRate(words: readonly string[], rounds: number): number {
	const start = performance.now();
	for (let round = 0; round < rounds; round++) {
		for (const word of words) {
			snowballMatcher(word, word);
		}
	}

	return words.length * rounds / ((performance.now() - start) / 1000);
}

export async function runSearchBench(quick: boolean): Promise<BenchRow[]> {
	const issues = quick ? 300 : 10_000;
	const home = benchHome();
	try {
		const archive = generateArchive(path.join(home.root, 'archive'), issues);
		const cacheDir = path.join(home.env.XDG_CACHE_HOME!, 'bell-reader');
		// The memory hook is an ES module loaded first: only the build carries it, not the timed cold searches.
		const search = (query: string, hooks: readonly string[] = []) => timed(process.execPath, [...hooks, cliPath, 'search', query, '--archive', archive.dir], home.env);

		// Baseline for the build: reading and parsing every issue, which the build must do too.
		let start = performance.now();
		await readCatalog(archive.dir);
		const parseMs = performance.now() - start;

		// Full build: the first search on an empty cache.
		const medium = archive.forms(800, 2);
		const build = search(medium, ['--import', reportPeakMemory]);
		if (build.status !== 0) {
			throw new Error(`search failed: ${build.stderr}`);
		}

		const peakRssMb = Number(/maxrss:(\d+)/u.exec(build.stderr)?.[1] ?? 0) / 1024;
		const nodeOnly = timed(process.execPath, ['--import', reportPeakMemory, '-e', '0']);
		const nodeRssMb = Number(/maxrss:(\d+)/u.exec(nodeOnly.stderr)?.[1] ?? 0) / 1024;

		// Cold searches: a new process each time, index built, against a text search of the
		// files: with default settings (every file checked), and with `bell-reader watch`
		// running, whose first answered search labels the catalog and index with its generation.
		const unwatchedRuns: number[] = [];
		const grepRuns: number[] = [];
		const baseline = textSearchBaseline();
		for (let round = 0; round < 5; round++) {
			unwatchedRuns.push(timed(process.execPath, [cliPath, 'search', medium, '--archive', archive.dir], home.unwatchedEnv).ms);
			grepRuns.push(timed(baseline.command, baseline.args(medium, archive.dir)).ms);
		}

		await home.watch(archive.dir);
		search(medium);

		const coldRuns: number[] = [];
		for (let round = 0; round < 5; round++) {
			coldRuns.push(search(medium).ms);
			grepRuns.push(timed(baseline.command, baseline.args(medium, archive.dir)).ms);
		}

		// Warm queries: one open index watching the folder, as the reader's library keeps it;
		// each search includes reading and highlighting its (up to 10) issues.
		const index = await openSearchIndex({cacheDir, archiveDir: archive.dir, watch: true});
		const queries = [
			archive.forms(5, 3), archive.forms(120, 4), archive.forms(800, 5), archive.forms(6000, 6), archive.forms(30_000, 1),
			`${archive.forms(40, 1)} ${archive.forms(900, 2)}`, `"${archive.phrase}"`, `${archive.forms(300, 0).slice(0, 4)}*`, 'Nvidia', 'DeepSeek Huawei',
		];
		const timeQueries = async (target: typeof index, rounds: number) => {
			const times: number[] = [];
			// Round 0 warms the caches (parsed issues, stems) and is not counted.
			for (let round = -1; round < rounds; round++) {
				for (const query of queries) {
					start = performance.now();
					await target.search(query, 10);
					if (round >= 0) {
						times.push(performance.now() - start);
					}
				}
			}

			return times;
		};

		const warm = await timeQueries(index, quick ? 5 : 10);
		// Without watching, as one-off searches run: every search checks every file first.
		const unwatched = await openSearchIndex({cacheDir, archiveDir: archive.dir});
		const checked = await timeQueries(unwatched, 2);
		unwatched.close();

		// One changed issue. Watching (the reader's library): the first search after the
		// system reported the change re-indexes that issue alone. One-off (the command line):
		// every file is checked, then the changed one re-indexed.
		const changedFile = path.join(archive.dir, readdirSync(archive.dir).sort()[Math.floor(issues / 2)]!);
		const editIssue = (paragraph: string) => {
			writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('\n\nСкопировать ссылку', `\n\n${paragraph}\n\nСкопировать ссылку`));
		};

		const quietSearch = async () => {
			start = performance.now();
			await index.search(medium, 10);
			return performance.now() - start;
		};

		await quietSearch();
		const unchangedWatchedMs = await quietSearch();
		editIssue('Добавленный абзац про квазары.');
		await delay(200);
		const reindexWatchedMs = await quietSearch();
		index.close();
		const hits = await openSearchIndex({cacheDir, archiveDir: archive.dir});
		start = performance.now();
		await hits.refresh();
		const unchangedMs = performance.now() - start;
		editIssue('Еще один абзац про пульсары.');
		start = performance.now();
		const report = await hits.refresh();
		const reindexMs = performance.now() - start;
		hits.close();
		if (report.indexed !== 1) {
			throw new Error(`expected one re-indexed file, got ${report.indexed}`);
		}

		const indexMb = folderBytes(path.join(cacheDir, 'search')) / 1024 / 1024;
		const archiveMb = archive.bytes / 1024 / 1024;
		const label = `${issues} issues × 1500 words`;
		const coldMs = median(coldRuns);
		const grepMs = median(grepRuns);
		return [
			...dictionaryRows(),
			row(`search: full index build, ${label} (s)`, build.ms / 1000, 's', 'read + parse all (s)', parseMs / 1000, '≤ 52.5 s (1.5× the Snowball index, 35 s)', build.ms <= 52_500),
			row('search: cold `bell-reader search`, default (every file checked), median of 5', median(unwatchedRuns), 'ms', baseline.name, grepMs, '≤ 1.5×', median(unwatchedRuns) <= 1.5 * grepMs),
			row('search: cold `bell-reader search`, `bell-reader watch` running, median of 5', coldMs, 'ms', baseline.name, grepMs, '≤ 1× (no slower than ripgrep)', coldMs <= grepMs),
			row('search: warm query p50', median(warm), 'ms', 'cold search', coldMs, '≤ 20 ms', median(warm) <= 20),
			row('search: warm query p95', percentile(warm, 0.95), 'ms', 'cold search', coldMs, '≤ 20 ms', percentile(warm, 0.95) <= 20),
			row('search: warm query p50, not watching (checks every file)', median(checked), 'ms', 'cold search', coldMs, 'reported', true),
			row('search: one changed issue re-indexed (reader\'s library: first search after the change)', reindexWatchedMs, 'ms', 'same search, nothing changed', unchangedWatchedMs, '≤ 200 ms', reindexWatchedMs <= 200),
			row('search: one changed issue re-indexed (one-off: check every file, re-index it)', reindexMs, 'ms', 'check with nothing changed', unchangedMs, 'reported', true),
			row('search: index size on disk', indexMb, 'MB', 'archive size (MB)', archiveMb, quick ? 'reported' : '≤ 102 MB (1.5× the Snowball index, 68 MB)', quick || indexMb <= 102),
			row('search: peak RSS of the building process', peakRssMb, 'MB', '`node -e 0`', nodeRssMb, 'reported', true),
		];
	} finally {
		await home.remove();
	}
}
