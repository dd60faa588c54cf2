import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {blockText, type Block, type Issue} from '../../source/archive/issue.js';
import {readArchive} from '../helpers/read-archive.js';
import {sampleExpectations} from './sample-expectations.js';

const archiveDir = fileURLToPath(new URL('../../archive', import.meta.url));
const archive = await readArchive(archiveDir);

function byId(id: string): Issue {
	const issue = archive.issues.find(candidate => candidate.id === id);
	if (!issue) {
		throw new Error(`no issue ${id} in the sample archive`);
	}

	return issue;
}

function countTypes(story: readonly Block[]): Record<Block['type'], number> {
	const counts = {paragraph: 0, heading: 0, list: 0, quote: 0, footnote: 0};
	for (const block of story) {
		counts[block.type]++;
	}

	return counts;
}

describe('the bundled sample archive', () => {
	it('loads every file without a warning', () => {
		expect(archive.warnings).toEqual([]);
		expect(archive.issues.map(issue => issue.id).sort()).toEqual(sampleExpectations.map(expected => expected.id).sort());
	});

	it('lists the issues newest first', () => {
		const dates = archive.issues.map(issue => issue.date!);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(archive.issues[0]!.id).toBe('2026-11-20-gold');
	});

	it('covers a year of issues in both formats and every encoding variant', () => {
		expect(new Set(archive.issues.map(issue => issue.format))).toEqual(new Set(['page-dump', 'markdown']));
		expect(archive.issues.length).toBeGreaterThanOrEqual(8);
	});
});

describe.each(sampleExpectations)('$file', expected => {
	const issue = byId(expected.id);

	it('has the title, date and format', () => {
		expect(issue.title).toBe(expected.title);
		expect(issue.date).toBe(expected.date);
		expect(issue.format).toBe(expected.format);
	});

	it('has the sub-headings and block counts', () => {
		expect(issue.story.filter(block => block.type === 'heading').map(block => blockText(block))).toEqual(expected.headings);
		expect(countTypes(issue.story)).toEqual(expected.blocks);
	});

	it('has the lists', () => {
		const lists = issue.story.filter(block => block.type === 'list');
		expect(lists.map(list => list.items.length)).toEqual(expected.listItems);
		expect(lists.map(list => list.ordered)).toEqual(expected.orderedLists);
	});

	it('starts and ends the story with the right paragraphs', () => {
		const paragraphs = issue.story.filter(block => block.type === 'paragraph').map(block => blockText(block));
		expect(paragraphs[0]).toBe(expected.firstParagraph);
		expect(paragraphs.at(-1)).toBe(expected.lastParagraph);
	});

	it('has the teasers, linked to stored issues', () => {
		expect(issue.teasers.map(({title, id}) => ({title, id}))).toEqual(expected.teasers);
		for (const teaser of issue.teasers) {
			expect(teaser.summary, teaser.title).not.toBe('');
		}
	});

	it('has the notices, and none of them in the story', () => {
		expect(issue.notices).toEqual(expected.notices);
		const storyText = issue.story.map(block => blockText(block)).join('\n');
		for (const leftover of ['Скопировать ссылку', 'НАСТОЯЩИЙ МАТЕРИАЛ', 'Подписывайтесь', 'loading']) {
			expect(storyText).not.toContain(leftover);
		}
	});
});
