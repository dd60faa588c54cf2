import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {Block} from '../../source/archive/issue.js';
import {readArchive} from '../helpers/read-archive.js';
import {layoutBlocks, type Line} from '../../source/layout/layout.js';
import {paginate, type Page} from '../../source/layout/paginate.js';
import {sampleStory} from './fixtures/sample-story.js';
import {hyphenationProblems, layoutProblems, ruleProblems} from './layout-checks.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();

/**
 * A width × height matrix over the bundled sample archive (and the original
 * fixture story): every layout keeps the checks of layout-checks.ts, every pagination
 * the page rules; two stories are pinned as golden files to show what a reader sees.
 */

const widths = [20, 32, 40, 60, 76, 120];
const heights = [6, 24, 50];
const archive = await readArchive(fileURLToPath(new URL('../../archive', import.meta.url)));
const stories: Array<{id: string; story: Block[]}> = [...archive.issues.map(issue => ({id: issue.id, story: issue.story})), {id: 'fixture', story: sampleStory}];

function isHeading(line: Line | undefined): boolean {
	return line?.kind === 'text' && line.spans.some(span => span.styles.includes('heading'));
}

/** The page rules, read apart from paginate: height, order, coverage, headings, orphans, widows. */
function pageProblems(lines: readonly Line[], pages: readonly Page[], height: number): string[] {
	const problems: string[] = [];
	const roomToGive = Math.ceil(height / 2);
	let covered = 0;
	pages.forEach((page, index) => {
		const size = page.end - page.start;
		if (size < 1 || size > height) {
			problems.push(`page ${index} has ${size} rows`);
		}

		for (let row = covered; row < page.start; row++) {
			if (lines[row]!.kind !== 'blank') {
				problems.push(`row ${row} is on no page`);
			}
		}

		covered = page.end;
		const last = lines[page.end - 1]!;
		const next = lines[page.end];
		if (next === undefined) {
			return;
		}

		// A heading needs two rows of its text on its page, unless it opens the page.
		for (let row = page.end - 1; row >= page.start; row--) {
			if (isHeading(lines[row])) {
				const textAfter = lines.slice(row + 1, page.end).filter(line => line.kind === 'text' && !isHeading(line)).length;
				const available = lines.slice(row + 1).filter(line => line.kind === 'text' && !isHeading(line)).length;
				let headingStart = row;
				while (headingStart > page.start && lines[headingStart - 1]!.block === lines[row]!.block) {
					headingStart--;
				}

				if (textAfter < Math.min(2, available) && headingStart > page.start) {
					problems.push(`page ${index} ends with a heading and ${textAfter} rows of its text`);
				}

				break;
			}
		}

		// Orphan: a block's first row alone at the bottom, when the page could give it away.
		const firstOfBlock = page.end - 1 === page.start || lines[page.end - 2]!.block !== last.block;
		if (last.kind === 'text' && next.block === last.block && firstOfBlock && !isHeading(last) && size - 1 >= roomToGive && page.end - 1 > page.start) {
			problems.push(`page ${index} ends with the first row of block ${last.block} alone`);
		}

		// Widow: a block's last row alone at the top of the next page, when this one could give a row.
		const afterNext = lines[page.end + 1];
		const lastOfBlock = afterNext === undefined || afterNext.block !== next.block;
		const rowsHere = lines.slice(page.start, page.end).filter(line => line.block === next.block).length;
		if (next.kind === 'text' && last.block === next.block && lastOfBlock && !isHeading(next) && rowsHere >= 3 && size - 1 >= roomToGive) {
			problems.push(`page ${index + 1} starts with the last row of block ${next.block} alone`);
		}
	});
	return problems;
}

/** A story as a reader sees it: rows, with `# ` before heading rows and a rule at each page break. */
function render(lines: readonly Line[], pages: readonly Page[]): string {
	return pages.map((page, index) => [
		`──── page ${index + 1}/${pages.length}`,
		...lines.slice(page.start, page.end).map(line => (isHeading(line) ? '# ' : '') + line.spans.map(span => span.text).join('').trimEnd()),
	].join('\n')).join('\n') + '\n';
}

describe('width × height matrix over the sample archive', () => {
	it('has the sample archive to lay out', () => {
		expect(archive.issues.length).toBeGreaterThanOrEqual(10);
		expect(archive.issues.every(issue => issue.story.length > 0)).toBe(true);
	});

	for (const {id, story} of stories) {
		describe(id, () => {
			for (const width of widths) {
				it(`lays out at width ${width} and paginates at heights ${heights.join(', ')}`, () => {
					for (const hyphenate of [false, true]) {
						const lines = layoutBlocks(story, {width, hyphenator: hyphenate ? hyphenator : undefined});
						expect([...layoutProblems(lines, story, width), ...ruleProblems(lines, story, width), ...hyphenationProblems(lines, story, width)]).toEqual([]);
						for (const height of heights) {
							expect(pageProblems(lines, paginate(lines, height), height)).toEqual([]);
						}
					}
				});
			}
		});
	}

	const golden = archive.issues.find(issue => issue.story.some(block => block.type === 'list')) ?? archive.issues[0]!;
	for (const {name, story, width, hyphenate} of [
		{name: `${golden.id}-w40-h24`, story: golden.story, width: 40, hyphenate: false},
		{name: `${golden.id}-w76-h24-hyphenated`, story: golden.story, width: 76, hyphenate: true},
		{name: 'fixture-w32-h24-hyphenated', story: sampleStory, width: 32, hyphenate: true},
	]) {
		it(`matches the golden file ${name}`, async () => {
			const lines = layoutBlocks(story, {width, hyphenator: hyphenate ? hyphenator : undefined});
			await expect(render(lines, paginate(lines, 24))).toMatchFileSnapshot(`goldens/${name}.txt`);
		});
	}
});
