import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import type {StoryChoice} from '../../source/library/learned-boilerplate-cache.js';
import {openSearchIndex, type SearchIndex} from '../../source/search/search-index.js';
import {promo, writeNewsletterIssue} from '../helpers/invented-newsletter.js';

let root: string;
let archive: string;
let index: SearchIndex | undefined;
let choices: StoryChoice[];

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'bell-learned-search-'));
	archive = path.join(root, 'archive');
	mkdirSync(archive);
	choices = [];
});

afterEach(() => {
	index?.close();
	rmSync(root, {recursive: true, force: true});
});

async function found(query: string): Promise<string[]> {
	index?.close();
	index = await openSearchIndex({cacheDir: path.join(root, 'cache'), archiveDir: archive, engine: 'builtin', storyBlocks: () => choices});
	return (await index.search(query, 10)).map(result => result.id).sort();
}

describe('the search index and learned boilerplate', () => {
	it('indexes the stories anew when what is learned changes, and follows the user\'s choice', async () => {
		writeNewsletterIssue(archive, 0);
		writeNewsletterIssue(archive, 1);
		// Two issues teach nothing: the promo is story, and found.
		expect(await found('перешлите')).toEqual(['2026-01-07-puls', '2026-02-07-puls']);

		// A third makes it boilerplate: no story holds it any more, the old issues included.
		writeNewsletterIssue(archive, 2);
		expect(await found('перешлите')).toEqual([]);
		expect(await found('велодорожек')).toEqual(['2026-03-07-puls']);

		choices = [{source: '', text: promo}];
		expect(await found('перешлите')).toEqual(['2026-01-07-puls', '2026-02-07-puls', '2026-03-07-puls']);
	});

	it('gives results whose anchors fit the story the reader shows', async () => {
		for (let issue = 0; issue < 3; issue++) {
			writeNewsletterIssue(archive, issue);
		}

		await found('трамвайной');
		const [result] = await index!.search('трамвайной', 10);
		const {block} = result!.matches[0]!;
		// The welcome line left the story, so the lead is its first block, as the reader shows it.
		expect(block).toBe(0);
		expect(blockText(result!.issue.story[block]!)).toContain('трамвайной');
	});
});
