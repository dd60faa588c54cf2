import {describe, expect, it} from 'vitest';
import type {Block} from '../../source/archive/issue.js';
import {findMatchesInStory} from '../../source/search/find-matches.js';
import {buildSnippet} from '../../source/search/snippet.js';

const filler = 'Слово за словом идет рассказ о рынке. '.repeat(12);
const story: Block[] = [
	{type: 'paragraph', text: 'Вступление без совпадений.'},
	{type: 'paragraph', text: `${filler}Здесь чипы. ${filler}`},
	{type: 'paragraph', text: 'Чипы, чипам и чипами в одном абзаце.'},
	{type: 'list', ordered: false, items: [{text: 'первый пункт'}, {text: 'второй про ставку'}]},
];

function highlighted(snippet: ReturnType<typeof buildSnippet>): string[] {
	return snippet.highlights.map(({offset, length}) => snippet.text.slice(offset, offset + length));
}

describe('buildSnippet', () => {
	it('takes the block with the most matches, whole when it is short', () => {
		const snippet = buildSnippet(story, findMatchesInStory(story, 'чип'));
		expect(snippet.text).toBe('Чипы, чипам и чипами в одном абзаце.');
		expect(highlighted(snippet)).toEqual(['Чипы', 'чипам', 'чипами']);
	});

	it('cuts a long block between words around the match, with ellipses', () => {
		const matches = findMatchesInStory(story, 'здесь');
		const snippet = buildSnippet(story, matches, 120);
		expect(snippet.text.startsWith('…')).toBe(true);
		expect(snippet.text.endsWith('…')).toBe(true);
		expect(snippet.text.length).toBeLessThanOrEqual(122);
		expect(highlighted(snippet)).toEqual(['Здесь']);
		// Cut at white space: the excerpt holds only whole words of the block.
		for (const word of snippet.text.replaceAll('…', '').trim().split(' ')) {
			expect(filler + 'Здесь чипы.').toContain(word);
		}
	});

	it('puts list items on one line', () => {
		const snippet = buildSnippet(story, findMatchesInStory(story, 'ставка'));
		expect(snippet.text).toBe('первый пункт второй про ставку');
		expect(highlighted(snippet)).toEqual(['ставку']);
	});

	it('falls back to the opening when only the title matched', () => {
		expect(buildSnippet(story, [])).toEqual({text: 'Вступление без совпадений.', highlights: []});
		expect(buildSnippet([], [])).toEqual({text: '', highlights: []});
	});

	it('never splits a surrogate pair when it has to cut inside a word', () => {
		const emoji: Block[] = [{type: 'paragraph', text: `${'😀'.repeat(200)} чип`}];
		const snippet = buildSnippet(emoji, findMatchesInStory(emoji, 'чип'), 50);
		expect(snippet.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
		expect(highlighted(snippet)).toEqual(['чип']);
	});
});
