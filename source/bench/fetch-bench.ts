import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {BenchRow} from './bench-row.js';
import {benchHome, cliPath} from './bench-environment.js';
import {median, round} from './measure.js';
import {russianLikeParagraphs, seededRandom} from './russian-like-text.js';

/**
 * `fetch` of a 500-item feed from a server on this machine (gzip, as feeds are usually
 * served), against `import` of the same feed saved to disk: what the network part and
 * the subscription bookkeeping add to the import itself, in wall time and peak memory.
 */

function escapeXml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** An RSS 2.0 feed of `items` items of about 1,500 bytes of Russian-like prose each, one a day. */
export function generateFeed(items: number, seed = 16): string {
	const random = seededRandom(seed);
	const start = Date.UTC(2024, 0, 1);
	const entries = Array.from({length: items}, (_, index) => {
		const paragraphs = russianLikeParagraphs(1500, seed + index);
		const title = `${paragraphs[0]!.split(' ').slice(0, 5).join(' ').replace(/[.,?…—]+$/u, '')} №${index + 1}`;
		const date = new Date(start + (index * 86_400_000) + Math.floor(random() * 3_600_000)).toUTCString();
		const html = paragraphs.map(paragraph => `<p>${paragraph}</p>`).join('');
		return `<item><title>${escapeXml(title)}</title><link>http://127.0.0.1/bench/${index + 1}</link><pubDate>${date}</pubDate>`
			+ `<content:encoded><![CDATA[${html}]]></content:encoded></item>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>\n${entries.join('\n')}\n</channel></rss>\n`;
}

type Run = {ms: number; peakMb: number | undefined};

const gnuTime = '/usr/bin/time';

/** The highest peak of the runs, when GNU time measured them. */
function peakOf(runs: readonly Run[]): number | undefined {
	const peaks = runs.map(run => run.peakMb).filter((peak): peak is number => peak !== undefined);
	return peaks.length === 0 ? undefined : Math.max(...peaks);
}

/**
 * One command under GNU time (for its peak memory) when there is one, timed to its exit.
 * Spawned without waiting synchronously: the feed's server runs in this process.
 */
function timed(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
	const command = existsSync(gnuTime) ? [gnuTime, '-f', '%M', process.execPath] : [process.execPath];
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command[0]!, [...command.slice(1), cliPath, ...args], {env, stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', code => {
			const ms = performance.now() - start;
			if (code !== 0) {
				reject(new Error(`bell-reader ${args.join(' ')} exited ${code}: ${stderr.slice(0, 300)}`));
				return;
			}

			const kilobytes = Number(stderr.trim().split('\n').at(-1));
			resolve({ms, peakMb: Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined});
		});
	});
}

export const fetchBench = {
	name: 'fetch (issue 16)',
	async run(quick: boolean): Promise<BenchRow[]> {
		const items = quick ? 50 : 500;
		const feed = Buffer.from(generateFeed(items));
		const compressed = gzipSync(feed);
		const server = createServer((_request, response) => {
			response.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8', 'content-encoding': 'gzip'});
			response.end(compressed);
		});
		await new Promise<void>(resolve => {
			server.listen(0, '127.0.0.1', resolve);
		});
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
		const home = benchHome();
		try {
			const saved = path.join(home.root, 'feed.xml');
			writeFileSync(saved, feed);
			const fetches: Run[] = [];
			const imports: Run[] = [];
			for (let run = 0; run < (quick ? 1 : 5); run++) {
				// A fresh archive and state each time: every item is new, as on a first fetch.
				const env = {...home.env, XDG_CONFIG_HOME: path.join(home.root, `config-${run}`), XDG_DATA_HOME: path.join(home.root, `data-${run}`)};
				mkdirSync(env.XDG_CONFIG_HOME, {recursive: true});
				await timed(['subscribe', url, '--name', 'bench'], env);
				fetches.push(await timed(['fetch'], env));
				imports.push(await timed(['import', saved, '--archive', path.join(home.root, `import-${run}`)], home.env));
			}

			const fetchMs = median(fetches.map(run => run.ms));
			const importMs = median(imports.map(run => run.ms));
			const rows: BenchRow[] = [{
				name: `fetch a ${items}-item feed (${round(feed.length / 1e6, 2)} MB, gzip) from a local server`,
				value: round(fetchMs),
				unit: 'ms',
				baselineName: 'import of the same feed from disk',
				baselineValue: round(importMs),
				ratio: fetchMs / importMs,
				goal: '≤ 1.3×',
				pass: fetchMs / importMs <= 1.3,
			}];
			const fetchMb = peakOf(fetches);
			const importMb = peakOf(imports);
			if (fetchMb !== undefined && importMb !== undefined) {
				rows.push({
					name: `peak memory of that fetch (${items} items)`,
					value: round(fetchMb),
					unit: 'MB',
					baselineName: 'that import',
					baselineValue: round(importMb),
					ratio: fetchMb / importMb,
					goal: '≤ 1.3×',
					pass: fetchMb / importMb <= 1.3,
				});
			}

			return rows;
		} finally {
			server.closeAllConnections();
			server.close();
			await home.remove();
		}
	},
};
