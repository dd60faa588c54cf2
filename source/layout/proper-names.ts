import {isAbbreviationBeforeName, isClosing, isDash, isOpening, isSentenceEnd, isUpperLetter} from './no-break-rules.js';
import type {Words} from './words.js';

/**
 * Proper names, which hyphenation leaves whole: a name split across rows («Се-/верный»,
 * «Ин-/дии», «Яндек-/са») is read as two words. A name is a capitalised word that does
 * not open a sentence, or any word of a name in quotes («Яндекса», «Северный поток»,
 * even at a sentence's start). A capitalised word that opens a sentence may be an
 * ordinary word, and is hyphenated like one.
 */
export function isProperName(text: string, words: Words, index: number): boolean {
	const start = words.starts[index]!;
	const end = words.ends[index]!;
	let coreStart = start;
	while (coreStart < end && isOpening(text.charCodeAt(coreStart))) {
		coreStart++;
	}

	if (coreStart > start && isUpperLetter(text.charCodeAt(coreStart)) && text.charCodeAt(coreStart - 1) !== 0x28) {
		// «Яндекса»: a quote opened by a capital is a name.
		return true;
	}

	if (insideQuotedName(text, words, index)) {
		return true;
	}

	return isUpperLetter(text.charCodeAt(coreStart)) && !opensSentence(text, words, index);
}

/** At most this many words back to the quote that opens a name: names are short. */
const longestQuotedName = 6;

/** A word after the first of a quoted name: «Северный поток», «Газпром нефти». */
function insideQuotedName(text: string, words: Words, index: number): boolean {
	for (let before = index - 1; before >= 0 && before >= index - longestQuotedName; before--) {
		const start = words.starts[before]!;
		const end = words.ends[before]!;
		for (let position = end - 1; position >= start; position--) {
			const code = text.charCodeAt(position);
			if (code === 0xBB || code === 0x201C || code === 0x201D) {
				return false;
			}

			if (code === 0xAB || code === 0x201E) {
				return position + 1 < end && isUpperLetter(text.charCodeAt(position + 1));
			}
		}
	}

	return false;
}

/** The word opens its paragraph, or follows a sentence's end (a dash of speech between them allowed). */
function opensSentence(text: string, words: Words, index: number): boolean {
	let before = index - 1;
	while (before >= 0 && isDash(text.charCodeAt(words.starts[before]!)) && words.ends[before]! - words.starts[before]! === 1) {
		before--;
	}

	if (before < 0) {
		return true;
	}

	const start = words.starts[before]!;
	let end = words.ends[before]!;
	while (end > start + 1 && isClosing(text.charCodeAt(end - 1)) && !isSentenceEnd(text.charCodeAt(end - 1))) {
		end--;
	}

	if (!isSentenceEnd(text.charCodeAt(end - 1))) {
		return false;
	}

	// «А. С. Пушкин», «г. Москва», «ул. Тверская»: a period after an initial or a short
	// abbreviation does not end a sentence.
	const letters = end - 1 - start;
	const isAbbreviation = text.charCodeAt(end - 1) === 0x2E && letters <= 5
		&& (letters === 1 || isAbbreviationBeforeName(text.slice(start, end - 1).toLowerCase()));
	return !isAbbreviation;
}
