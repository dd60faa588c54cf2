import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {clearLine} from '../../source/cli/progress-bar.js';
import type {CommandContext} from '../../source/commands/command-context.js';
import {loadCatalog} from '../../source/commands/load-issues.js';
import {cliMessages} from '../../source/i18n/cli-messages.js';
import {noArchiveWatch} from '../../source/library/archive-watch.js';
import {sampleArchiveDir} from '../helpers/read-archive.js';

const folders: string[] = [];

afterEach(() => {
	for (const folder of folders.splice(0)) {
		rmSync(folder, {recursive: true, force: true});
	}
});

/** An archive of `count` issues (copies of the sample's, named by day), with an empty cache. */
function archiveOf(count: number): {archiveDir: string; cacheDir: string} {
	const root = mkdtempSync(path.join(os.tmpdir(), 'bell-load-'));
	folders.push(root);
	const archiveDir = path.join(root, 'archive');
	const cacheDir = path.join(root, 'cache');
	mkdirSync(archiveDir);
	const samples = readdirSync(sampleArchiveDir).filter(name => name.endsWith('.txt'));
	for (let index = 0; index < count; index++) {
		const day = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
		copyFileSync(path.join(sampleArchiveDir, samples[index % samples.length]!), path.join(archiveDir, `${day}-issue.txt`));
	}

	return {archiveDir, cacheDir};
}

function contextFor(dirs: {archiveDir: string; cacheDir: string}, stderrIsTerminal: boolean, written: string[]): CommandContext {
	// Only what loadCatalog uses; the rest of a command's context plays no part here.
	return {
		archiveDir: dirs.archiveDir,
		paths: {cacheDir: dirs.cacheDir},
		archiveWatch: noArchiveWatch,
		stderrIsTerminal,
		messages: cliMessages('en'),
		status(text: string) {
			written.push(text);
		},
		warn(line: string) {
			written.push(`${line}\n`);
		},
	} as unknown as CommandContext;
}

describe('loadCatalog', () => {
	it('draws a progress line on a terminal while a large archive is first read, and erases it', async () => {
		const written: string[] = [];
		const catalog = await loadCatalog(contextFor(archiveOf(150), true, written));
		expect(catalog.entries).toHaveLength(150);
		expect(written[0]).toMatch(/^\rreading the archive \[░+\] {3}0% 1\/150$/u);
		expect(written.some(text => text.includes(' 50% 75/150'))).toBe(true);
		expect(written.at(-1)).toBe(clearLine);
	});

	it('draws nothing when stderr is not a terminal, or when the cache holds every file', async () => {
		const dirs = archiveOf(150);
		const piped: string[] = [];
		await loadCatalog(contextFor(dirs, false, piped));
		expect(piped).toEqual([]);
		const cached: string[] = [];
		await loadCatalog(contextFor(dirs, true, cached));
		expect(cached).toEqual([]);
	});

	it('draws nothing for a few files', async () => {
		const written: string[] = [];
		await loadCatalog(contextFor(archiveOf(5), true, written));
		expect(written).toEqual([]);
	});

	it('tells a listener of its own instead', async () => {
		const heard: Array<[number, number]> = [];
		const written: string[] = [];
		await loadCatalog(contextFor(archiveOf(3), true, written), {onProgress: (done, total) => heard.push([done, total])});
		expect(heard).toEqual([[1, 3], [2, 3], [3, 3]]);
		expect(written).toEqual([]);
	});
});
