import {describe, expect, it} from 'vitest';
import {blockText, type Block} from '../../source/archive/issue.js';
import {findMatchesInStory, findMatchesInText} from '../../source/search/find-matches.js';

const story: Block[] = [
	{type: 'paragraph', text: 'Почти все эти чипы произведены Nvidia.'},
	{type: 'heading', text: 'Параллельный импорт'},
	{type: 'list', ordered: false, items: [{text: 'Поставки чипов через Казахстан'}, {text: 'Сборка серверов на чипах Ёмкость'}]},
	{type: 'paragraph', text: 'Параллельный. Импорт чипами'},
];

function matchedText(matches: ReturnType<typeof findMatchesInStory>): string[] {
	return matches.map(match => blockText(story[match.block]!).slice(match.offset, match.offset + match.length));
}

describe('findMatchesInStory', () => {
	it('finds every form of a word, anchored into blockText', () => {
		const matches = findMatchesInStory(story, 'чип');
		expect(matchedText(matches)).toEqual(['чипы', 'чипов', 'чипах', 'чипами']);
		expect(matches[0]).toEqual({block: 0, offset: 14, length: 4});
	});

	it('anchors list items by their offset in the newline-joined list text', () => {
		const [, second] = findMatchesInStory(story, 'чипах').filter(match => match.block === 2);
		expect(second).toEqual({block: 2, offset: 'Поставки чипов через Казахстан\nСборка серверов на '.length, length: 5});
	});

	it('is case- and ё-insensitive', () => {
		expect(matchedText(findMatchesInStory(story, 'ЕМКОСТЬ'))).toEqual(['Ёмкость']);
		expect(matchedText(findMatchesInStory(story, 'nVIDIA'))).toEqual(['Nvidia']);
	});

	it('matches a phrase as one run, only within a block and across punctuation', () => {
		expect(findMatchesInStory(story, '"параллельный импорт"')).toEqual([
			{block: 1, offset: 0, length: 19},
			{block: 3, offset: 0, length: 20},
		]);
	});

	it('matches a prefix against stems', () => {
		expect(matchedText(findMatchesInStory(story, 'сервер*'))).toEqual(['серверов']);
		expect(matchedText(findMatchesInStory(story, 'Казах*'))).toEqual(['Казахстан']);
	});

	it('keeps the first, longest match where clauses overlap', () => {
		expect(matchedText(findMatchesInStory(story, 'чипы "чипы произведены"'))).toEqual(['чипы произведены', 'чипов', 'чипах', 'чипами']);
	});

	it('finds nothing for a query without words', () => {
		expect(findMatchesInStory(story, '!!!')).toEqual([]);
		expect(findMatchesInText('чип', '')).toEqual([]);
	});

	it('highlights every form of a lemma, suppletive ones too, but not what the query excludes or keeps to titles', () => {
		const text = 'Люди шли по льду, а человек шёл по льдам.';
		const words = (query: string) => findMatchesInText(text, query).map(({offset, length}) => text.slice(offset, offset + length));
		expect(words('человек')).toEqual(['Люди', 'человек']);
		expect(words('идти')).toEqual(['шли', 'шёл']);
		expect(words('лёд -человек')).toEqual(['льду', 'льдам']);
		expect(words('title:лёд')).toEqual([]);
		expect(findMatchesInText(text, 'title:лёд', 'title')).toHaveLength(2);
	});

	it('in a story, takes a word the dictionary does not know as the start of words, as less does', () => {
		const gold: Block[] = [{type: 'paragraph', text: 'Цена золота выросла, золото дорожает.'}];
		expect(findMatchesInStory(gold, 'золот').map(match => match.length)).toEqual([6, 6]);
		expect(findMatchesInText(blockText(gold[0]!), 'золот')).toEqual([]);
	});
});
