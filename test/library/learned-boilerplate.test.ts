import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {blockText, type Issue} from '../../source/archive/issue.js';
import {readCatalog, readCatalogIssue} from '../../source/library/catalog.js';
import {boilerplateForParsing, countingIssues, learnedBlocks, learnedBoilerplate, minRepeatingIssues} from '../../source/library/learned-boilerplate-cache.js';
import {newsletterPage as page, promo, stories, subHeading, welcome, writeNewsletterIssue} from '../helpers/invented-newsletter.js';

let root: string;
let archive: string;
let cache: string;

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-learned-'));
	archive = path.join(root, 'archive');
	cache = path.join(root, 'cache');
	mkdirSync(archive);
	for (let index = 0; index < 4; index++) {
		writeNewsletterIssue(archive, index);
	}
});

afterEach(() => {
	rmSync(root, {recursive: true, force: true});
});

/** Every issue of the archive as a reader gets it: parsed with what was learned. */
async function readAll(choices: Array<{source: string; text: string}> = []): Promise<Issue[]> {
	const counting = countingIssues();
	const catalog = await readCatalog(archive, cache, {onIssue: counting.onIssue});
	const boilerplate = await learnedBoilerplate(catalog, cache, choices, counting.counted);
	return catalog.entries.map(entry => {
		const issue = readCatalogIssue(entry, catalog.entries, {boilerplate});
		if ('problem' in issue) {
			throw new Error(`not read: ${entry.file}`);
		}

		return issue;
	});
}

/** The archive of an invented weekly whose pages share a promo no known pattern names, and a question sub-heading. */
describe('boilerplate learned from the archive', () => {
	it('takes the shared promo out of every story, with its reason, and keeps the recurring sub-heading', async () => {
		const issues = await readAll();
		expect(issues).toHaveLength(4);
		for (const issue of issues) {
			const texts = issue.story.map(block => blockText(block));
			expect(texts).not.toContain(promo);
			expect(texts).not.toContain(welcome);
			expect(issue.story.find(block => blockText(block) === subHeading)?.type).toBe('heading');
			expect(issue.story).toHaveLength(3);
			expect(issue.notices).toEqual([welcome, promo]);
			expect(issue.noticeReasons).toEqual([{kind: 'repeated', issues: 4}, {kind: 'repeated', issues: 4}]);
		}
	});

	it(`learns nothing below ${minRepeatingIssues} issues`, async () => {
		rmSync(path.join(archive, '2026-03-07-puls.txt'));
		rmSync(path.join(archive, '2026-04-07-puls.txt'));
		const issues = await readAll();
		expect(issues[0]!.story.map(block => blockText(block))).toContain(promo);
		expect(issues[0]!.notices).toEqual([]);
	});

	it('keeps the same paragraph inside a story: only the edges are boilerplate', async () => {
		const [lead, answer] = stories[4]!;
		writeFileSync(path.join(archive, '2026-05-07-puls.txt'), ['Городской пульс: неделя 5', lead, promo, subHeading, answer, 'Последний абзац выпуска.'].join('\n\n'));
		const issues = await readAll();
		const newest = issues.find(issue => issue.id === '2026-05-07-puls')!;
		expect(newest.story.map(block => blockText(block))).toContain(promo);
	});

	it('keeps a block the user marked as story', async () => {
		const issues = await readAll([{source: '', text: promo}]);
		for (const issue of issues) {
			expect(issue.story.map(block => blockText(block))).toContain(promo);
			expect(issue.notices).toEqual([welcome]);
		}
	});

	it('follows the catalog: a new issue counts, a removed one no longer does, only changed files are read', async () => {
		await readAll();
		writeFileSync(path.join(archive, '2026-05-07-puls.txt'), page(4));
		let issues = await readAll();
		expect(issues[0]!.noticeReasons).toEqual([{kind: 'repeated', issues: 5}, {kind: 'repeated', issues: 5}]);

		rmSync(path.join(archive, '2026-01-07-puls.txt'));
		rmSync(path.join(archive, '2026-02-07-puls.txt'));
		issues = await readAll();
		expect(issues[0]!.noticeReasons).toEqual([{kind: 'repeated', issues: 3}, {kind: 'repeated', issues: 3}]);

		// Without the catalog's counts at hand, what changed is read again from the files.
		writeFileSync(path.join(archive, '2026-06-07-puls.txt'), page(0));
		const catalog = await readCatalog(archive, cache);
		const learned = await learnedBlocks(catalog, cache);
		expect(learned.find(block => block.text === promo)?.issues).toBe(4);
	});

	it('learns as issues arrive one at a time', async () => {
		for (const name of readdirSync(archive)) {
			rmSync(path.join(archive, name));
		}

		for (let index = 0; index < 3; index++) {
			writeNewsletterIssue(archive, index);
			const issues = await readAll();
			expect(issues[0]!.notices).toEqual(index < 2 ? [] : [welcome, promo]);
		}
	});

	it('keeps its counts beside the catalog, and rebuilds them when damaged', async () => {
		await readAll();
		const kept = readdirSync(cache).filter(name => name.startsWith('boilerplate-')).sort();
		expect(kept).toEqual([expect.stringMatching(/^boilerplate-[\da-f]{16}\.json$/u), expect.stringMatching(/^boilerplate-[\da-f]{16}\.learned\.json$/u)]);
		expect(readFileSync(path.join(cache, kept[1]!), 'utf8')).toContain('Понравился');
		for (const name of kept) {
			writeFileSync(path.join(cache, name), '{"version":');
		}

		const learned = await learnedBlocks(await readCatalog(archive, cache), cache);
		expect(learned.filter(block => block.kind === 'block').map(block => block.text).sort()).toEqual([promo, welcome].sort());
		expect(learned.find(block => block.kind === 'heading')?.text).toBe(subHeading);
	});

	it('gives an id that changes with what is learned and with the user\'s choices', () => {
		const learned = [{source: '', text: promo, issues: 4, kind: 'block' as const}];
		const plain = boilerplateForParsing(learned, []);
		expect(boilerplateForParsing(learned, []).id).toBe(plain.id);
		expect(boilerplateForParsing([{...learned[0]!, issues: 5}], []).id).not.toBe(plain.id);
		expect(boilerplateForParsing(learned, [{source: '', text: promo}]).id).toBe('none');
	});
});
