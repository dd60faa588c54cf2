import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {Issue} from '../archive/issue.js';
import {readIssueFile} from '../library/read-issue-file.js';
import {storyWords} from '../archive/reading-time.js';
import {loadHyphenator, type Hyphenator} from '../layout/hyphenation.js';
import {initialModel, type Model} from '../state/app-model.js';
import {readerViewport, visibleRange} from '../state/reader-viewport.js';
import {update} from '../state/update.js';
import {emptyState} from '../store/reader-state.js';
import {highlightRow} from '../ui/highlight-matches.js';
import type {BenchRow} from './bench-row.js';
import {benchHome, cliPath} from './bench-environment.js';
import {generateArchive} from './generate-archive.js';
import {median, round} from './measure.js';
import {timeUntilShown} from './terminal-timing.js';

/**
 * Opening and paging: a 1 MB story opens in the terminal next to a 10 KB one, and
 * the compute of one page flip (the reducer and the rows it draws) on each.
 */

// Words of the generated text average about 19 bytes with their space.
const wordsFor = (bytes: number) => Math.round(bytes / 19);

function issueIn(dir: string): Issue {
	const file = readdirSync(dir).find(name => name.endsWith('.txt'))!;
	const issue = readIssueFile(path.join(dir, file), {});
	if ('problem' in issue) {
		throw new Error(`generated issue unreadable: ${issue.problem.kind}`);
	}

	return issue;
}

/** Median milliseconds of one page flip: the key through the reducer, then every visible row built. */
function pageFlipMs(issue: Issue, flips: number, hyphenator: Hyphenator): number {
	const words = storyWords(issue);
	let model: Model = initialModel({
		size: {columns: 100, rows: 40},
		language: 'en',
		entries: [{id: issue.id, title: issue.title, date: issue.date, words}],
		stored: emptyState(),
		run: {hyphenator},
	});
	model = update(model, {type: 'issue-loaded', issue}).model;
	const times: number[] = [];
	for (let flip = 0; flip < flips; flip++) {
		const start = performance.now();
		model = update(model, {type: 'key', key: flip % 10 === 9 ? 'g' : 'space', now: ''}).model;
		const reader = model.reader!;
		const {start: first, end} = visibleRange(readerViewport(reader, model.size));
		for (let row = first; row < end; row++) {
			highlightRow(reader.lines, row, reader.issue.story, reader.search);
		}

		times.push(performance.now() - start);
	}

	return median(times);
}

export const storyOpenBench = {
	name: 'opening and paging (issue 7)',
	async run(quick: boolean): Promise<BenchRow[]> {
		const hyphenator = await loadHyphenator();
		const home = benchHome();
		try {
			const small = generateArchive(path.join(home.root, 'small'), 1, wordsFor(10_000), 7);
			const large = generateArchive(path.join(home.root, 'large'), 1, wordsFor(1_000_000), 7);
			const issues = {small: issueIn(small.dir), large: issueIn(large.dir)};
			const opens = {small: [] as number[], large: [] as number[]};
			for (let run = 0; run < (quick ? 2 : 7); run++) {
				for (const [key, archive] of [['small', small], ['large', large]] as const) {
					// The story is open when its first screen is up: the header shows its title.
					const title = issues[key].title.slice(0, 12);
					const read = await timeUntilShown(process.execPath, [cliPath, 'latest', '--archive', archive.dir], title, {env: home.env});
					opens[key].push(read.ms);
				}
			}

			const smallOpen = median(opens.small);
			const largeOpen = median(opens.large);
			const rows: BenchRow[] = [{
				name: `open a ${round(large.bytes / 1e6, 1)} MB story in the terminal`,
				value: round(largeOpen),
				unit: 'ms',
				baselineName: `a ${round(small.bytes / 1e3)} KB story`,
				baselineValue: round(smallOpen),
				ratio: largeOpen / smallOpen,
				goal: '≤ 1.3×',
				pass: largeOpen / smallOpen <= 1.3,
			}];

			const flips = quick ? 50 : 300;
			const smallFlip = pageFlipMs(issues.small, flips, hyphenator);
			const largeFlip = pageFlipMs(issues.large, flips, hyphenator);
			rows.push({
				name: 'page flip compute, 1 MB story (reducer + visible rows)',
				value: round(largeFlip, 3),
				unit: 'ms',
				baselineName: 'same, 10 KB story',
				baselineValue: round(smallFlip, 3),
				ratio: largeFlip / smallFlip,
				goal: '≤ 5 ms',
				pass: largeFlip <= 5,
			});
			return rows;
		} finally {
			await home.remove();
		}
	},
};
