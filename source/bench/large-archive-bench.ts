import path from 'node:path';
import type {BenchRow} from './bench-row.js';
import {benchHome, cliPath} from './bench-environment.js';
import {generateArchive} from './generate-archive.js';
import {interleavedMedians, median, peakRssMb, round, runMs, type Command} from './measure.js';
import {timeUntilShown} from './terminal-timing.js';

/**
 * Large archives: listing 10,000 issues (printed and in the library) next to
 * listing 10, and the memory it takes to list and to read with 10,000 issues.
 */
export const largeArchiveBench = {
	name: 'large archives (issue 7)',
	async run(quick: boolean): Promise<BenchRow[]> {
		const home = benchHome();
		try {
			const issues = quick ? 300 : 10_000;
			process.stderr.write(`bench: generating ${issues} issues…\n`);
			const large = generateArchive(path.join(home.root, 'large'), issues);
			const small = generateArchive(path.join(home.root, 'small'), 10);
			const list = (dir: string, env = home.env): Command => ({command: process.execPath, args: [cliPath, 'list', '--archive', dir], env});

			// The first run catalogues the archive; a user lists a catalogued archive every day
			// after, with default settings (every file checked), or with `bell-reader watch` running.
			const catalogueMs = runMs(list(large.dir));
			const [smallMs, largeMs] = interleavedMedians([list(small.dir, home.unwatchedEnv), list(large.dir, home.unwatchedEnv)], quick ? 3 : 31);
			await home.watch(large.dir);
			// Once to label the catalog with the watcher's generation.
			runMs(list(large.dir));
			const [smallWatchedMs, watchedMs] = interleavedMedians([list(small.dir), list(large.dir)], quick ? 3 : 31);
			// Each list against listing 10 issues.
			const listRow = (name: string, ms: number, goal: string, pass: boolean): BenchRow => ({
				name, value: round(ms), unit: 'ms', baselineName: 'list 10 issues', baselineValue: round(smallMs!), ratio: ms / smallMs!, goal, pass,
			});
			const rows: BenchRow[] = [
				listRow(`list ${issues} issues (printed, catalogue cached, default: every file checked)`, largeMs!, '≤ 2.5×', largeMs! / smallMs! <= 2.5),
				{
					name: `list ${issues} issues (printed, catalogue cached, \`bell-reader watch\` running)`,
					value: round(watchedMs!),
					unit: 'ms',
					baselineName: 'list 10 issues',
					baselineValue: round(smallWatchedMs!),
					ratio: watchedMs! / smallWatchedMs!,
					goal: '≤ 1.25×',
					pass: watchedMs! / smallWatchedMs! <= 1.25,
				},
				{
					name: `first list of ${issues} issues (catalogue built: every file parsed)`,
					value: round(catalogueMs),
					unit: 'ms',
					baselineName: 'list, catalogue cached',
					baselineValue: round(largeMs!),
					ratio: catalogueMs / largeMs!,
					goal: 'reported',
					pass: true,
				},
			];

			const frames = {small: [] as number[], large: [] as number[]};
			for (let run = 0; run < (quick ? 2 : 7); run++) {
				for (const [key, dir] of [['small', small.dir], ['large', large.dir]] as const) {
					frames[key].push((await timeUntilShown(process.execPath, [cliPath, '--archive', dir], 'bell-reader · ', {env: home.env})).ms);
				}
			}

			const smallFrame = median(frames.small);
			const largeFrame = median(frames.large);
			rows.push({
				name: `library's first frame, ${issues} issues`,
				value: round(largeFrame),
				unit: 'ms',
				baselineName: 'same, 10 issues',
				baselineValue: round(smallFrame),
				ratio: largeFrame / smallFrame,
				goal: '≤ 1.25×',
				pass: largeFrame / smallFrame <= 1.25,
			});

			const listRss = peakRssMb(list(large.dir));
			// Reading: the library, Enter on the newest issue, its first page drawn.
			const reading = await timeUntilShown(process.execPath, [cliPath, '--archive', large.dir], 'bell-reader · ', {env: home.env, then: {keys: '\r', needle: 'min left'}});
			for (const [what, rss] of [['listing', listRss], ['reading in the terminal', reading.peakRssMb]] as const) {
				if (rss !== undefined) {
					rows.push({
						name: `peak memory ${what}, ${issues} issues`,
						value: round(rss),
						unit: 'MB',
						baselineName: 'goal 120 MB',
						baselineValue: 120,
						ratio: rss / 120,
						goal: '≤ 120 MB',
						pass: rss <= 120,
					});
				}
			}

			return rows;
		} finally {
			await home.remove();
		}
	},
};
