import {describe, expect, it} from 'vitest';
import {russianDictionary} from '../../source/search/russian-dictionary.js';
import {termOf} from '../../source/search/word-term.js';

describe('russianDictionary', () => {
	it('gives every lemma of a form, ё as the dictionary spells it', () => {
		const dictionary = russianDictionary();
		expect(dictionary.lemmasOf('стали').sort()).toEqual(['сталь', 'стать']);
		expect(dictionary.lemmasOf('льда')).toEqual(['лёд']);
		expect(dictionary.lemmasOf('люди')).toEqual(['человек']);
		expect(dictionary.lemmasOf('шел')).toEqual(['идти']);
	});

	it('knows nothing of words outside it', () => {
		expect(russianDictionary().lemmasOf('путинизмами')).toEqual([]);
		expect(russianDictionary().lemmasOf('nvidia')).toEqual([]);
	});
});

describe('termOf', () => {
	it('is the folded lemmas of a known word, the Snowball stem of an unknown one, anything else as it is', () => {
		expect(termOf('стали')).toBe('сталь·стать');
		expect(termOf('льда')).toBe('лед');
		expect(termOf('путинизмами')).toBe('путинизм');
		expect(termOf('h200')).toBe('h200');
		// Too short for the dictionary, which reads ии as a form of и.
		expect(termOf('ии')).toBe('ии');
	});
});
