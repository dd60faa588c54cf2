import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {blockText, type Anchor, type Block} from '../../source/archive/issue.js';
import {russianLikeParagraphs} from '../../source/bench/russian-like-text.js';
import {lineIndexOfAnchor} from '../../source/layout/anchor-index.js';
import {layoutBlocks, type Line} from '../../source/layout/layout.js';
import {sampleStory} from './fixtures/sample-story.js';
import {hyphenationProblems, layoutProblems, ruleProblems} from './layout-checks.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();

const widths = [20, 32, 40, 60, 76, 120];

/** Words that stress the rules and the width arithmetic. */
const tricky = [
	'в', 'и', 'а', 'на', 'из', 'не', 'бы', 'ли', 'же', '—', '–', '-', '«слово»', '«', '»', '(', ')', ',', '5', '20', '%', '₽',
	'1500', '$2,5', 'млрд', 'тыс.', 'рублей', 'кг', '№', '§', 'А.', 'С.', 'Петров', 'т.', 'е.', 'д.', 'XIX', 'в.', 'г.',
	'из-за', 'кто-то', '20-й', 'северо-западный', 'государственный', 'достопримечательность', 'https://example.com/очень/длинный/путь',
	'日本語', '😀', 'и\u0306', 'пере\u00ADнос', 'a\u200Bb', '👨\u200D👩\u200D👧', 'ВТБ', 'Москва', 'сельскохозяйственного',
];

const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \u00A0', '\n');
const paragraph = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...tricky), fc.string({minLength: 1, maxLength: 12})), separator), {minLength: 1, maxLength: 60})
	.map(parts => parts.map(([word, space]) => word + space).join('').trim());
const block: fc.Arbitrary<Block> = fc.oneof(
	paragraph.map(text => ({type: 'paragraph' as const, text})),
	paragraph.map(text => ({type: 'heading' as const, text})),
	paragraph.map(text => ({type: 'quote' as const, text})),
	fc.array(paragraph.map(text => text.replaceAll('\n', ' ')), {minLength: 1, maxLength: 4}).map(items => ({type: 'list' as const, ordered: items.length > 2, items: items.map(text => ({text}))})),
);

function allProblems(lines: Line[], blocks: Block[], width: number): string[] {
	return [...layoutProblems(lines, blocks, width), ...ruleProblems(lines, blocks, width), ...hyphenationProblems(lines, blocks, width)];
}

/** The row showing an anchor's character holds it: its range covers the offset. */
function rowHolds(lines: Line[], index: number, anchor: Anchor, text: string): boolean {
	const line = lines[index]!;
	const next = lines.slice(index + 1).find(other => other.kind === 'text');
	const end = next !== undefined && next.block === line.block ? next.anchor.offset : text.length;
	return line.block === anchor.block && line.anchor.offset <= anchor.offset && anchor.offset < Math.max(end, line.anchor.offset + 1);
}

describe('layout properties on random text', () => {
	it('fits the width, restores the text, keeps rules 2–5, and round-trips anchors', () => {
		fc.assert(fc.property(fc.array(block, {minLength: 1, maxLength: 4}), fc.integer({min: 2, max: 130}), fc.boolean(), (blocks, width, hyphenate) => {
			const problems = allProblems(layoutBlocks(blocks, {width, hyphenator: hyphenate ? hyphenator : undefined}), blocks, width);
			if (problems.length > 0) {
				throw new Error(`${JSON.stringify({blocks, width, hyphenate})}: ${problems.join('; ')}`);
			}
		}), {numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: process.env.PROPERTY_RUNS === undefined ? 20_251_128 : undefined});
	});

	it('finds the same character at any two widths', () => {
		fc.assert(fc.property(fc.array(block, {minLength: 1, maxLength: 3}), fc.integer({min: 2, max: 130}), fc.integer({min: 2, max: 130}), fc.nat(), (blocks, widthA, widthB, seed) => {
			const blockIndex = seed % blocks.length;
			const text = blockText(blocks[blockIndex]!);
			if (text.trim() === '') {
				return;
			}

			// A character that is not a break space: where a reader's anchor can point.
			let offset = seed % text.length;
			while (/\s/.test(text[offset]!) && offset > 0) {
				offset--;
			}

			if (/\s/.test(text[offset]!) || text.slice(0, offset).trim() === '' && offset > 0) {
				return;
			}

			const anchor = {block: blockIndex, offset};
			for (const width of [widthA, widthB]) {
				const lines = layoutBlocks(blocks, {width});
				expect(rowHolds(lines, lineIndexOfAnchor(lines, anchor), anchor, text)).toBe(true);
			}
		}), {numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: process.env.PROPERTY_RUNS === undefined ? 20_251_128 : undefined});
	});
});

describe('layout properties on Russian-like prose', () => {
	const blocks: Block[] = russianLikeParagraphs(40_000, 7).map(text => ({type: 'paragraph', text}));

	for (const width of widths) {
		for (const hyphenate of [false, true]) {
			it(`holds at width ${width}, hyphenation ${hyphenate ? 'on' : 'off'}`, () => {
				const lines = layoutBlocks(blocks, {width, hyphenator: hyphenate ? hyphenator : undefined});
				expect(allProblems(lines, blocks, width)).toEqual([]);
			});
		}
	}

	it('reaches the limit of two hyphenated rows in a row and never passes it on words that fit', () => {
		const lines = layoutBlocks(blocks, {width: 20, hyphenator});
		let longest = 0;
		let streak = 0;
		for (const line of lines) {
			streak = line.hyphenated === true ? streak + 1 : 0;
			longest = Math.max(longest, streak);
		}

		expect(longest).toBeGreaterThanOrEqual(2);
		expect(hyphenationProblems(lines, blocks, 20)).toEqual([]);
	});

	it('hyphenates a minority of rows, and only with hyphenation on', () => {
		const share = (hyphenate: boolean) => {
			const lines = layoutBlocks(blocks, {width: 76, hyphenator: hyphenate ? hyphenator : undefined}).filter(line => line.kind === 'text');
			return lines.filter(line => line.hyphenated === true).length / lines.length;
		};

		expect(share(false)).toBe(0);
		expect(share(true)).toBeGreaterThan(0.02);
		expect(share(true)).toBeLessThan(0.15);
	});

	it('keeps every character of a story on the same row at every width pair', () => {
		const story = [...sampleStory, ...blocks.slice(0, 5)];
		const layouts = widths.map(width => layoutBlocks(story, {width, hyphenator}));
		story.forEach((storyBlock, blockIndex) => {
			const text = blockText(storyBlock);
			for (let offset = 0; offset < text.length; offset += 7) {
				if (/\s/.test(text[offset]!)) {
					continue;
				}

				for (const lines of layouts) {
					const anchor = {block: blockIndex, offset};
					expect(rowHolds(lines, lineIndexOfAnchor(lines, anchor), anchor, text)).toBe(true);
				}
			}
		});
	});
});
