import type {Words} from './words.js';

/**
 * Russian typesetting rules that forbid a line break between two words. The layout code
 * and its tests number its rules: 1, width is display width (display-width.ts); 2, short
 * prepositions, conjunctions and particles never end a row; 3, dashes; 4, numbers keep
 * their units and signs, initials their surname, hyphenated short forms and quotes their
 * words; 5, hyphenation (hyphenation.ts, break-lines.ts); 6, pagination (paginate.ts);
 * 7, the words themselves are never changed. Rules 2–4 are here. They only decide where a
 * line may break, so no library that rewrites text (typograf's defaults add commas, "fix"
 * keyboard layouts, reformat numbers) is used; these few rules are a single pass over the
 * words, fast enough for a re-flow on every resize. They follow Typograf's Russian
 * no-break-space rules (short words, particles, numbers with units and multipliers,
 * initials, addresses, pages, centuries, №/§, a short last word or number of a sentence)
 * with tests of our own, and add the three-letter prepositions and speech dashes.
 */

/**
 * How firmly two words are bound, for the case where a bound run is wider than the row
 * and must break somewhere: it breaks at its weakest bond, so that «на $1 трлн» becomes
 * «на | $1 трлн», not «на $1 | трлн».
 */
const weakBond = 1;
/** Numbers and their units, initials and names, abbreviations, addresses. A weak bond is a short word's, or one Typograf does not make. */
const firmBond = 2;
/** Punctuation standing apart and dashes: a row never starts with them while it can help it. */
const punctuationBond = 3;

/**
 * Prepositions, conjunctions and particles that are never the last word of a line: the
 * hyphenated prepositions, and the three-letter prepositions, which Typograf's two-letter
 * limit misses («для», «при», «без»). Every other word of one or two Cyrillic letters
 * («в», «он», «ЦБ») binds forward too, but for the particles after a word. Before a dash
 * such a word binds only to the dash (which binds back to it), so «и —» may end a row:
 * pulling the word after the dash along too would make long unbreakable runs for no
 * typographic gain. At a paragraph's end there is nothing to bind to, and it stays.
 */
const boundForward = new Set([
	'в', 'во', 'к', 'ко', 'с', 'со', 'у', 'о', 'об', 'от', 'до', 'из', 'за', 'на', 'по', 'и', 'а', 'я', 'но', 'не', 'ни', 'да',
	'из-за', 'из-под', 'по-над', 'для', 'при', 'без', 'под', 'над', 'про', 'обо', 'изо', 'ото', 'подо', 'надо', 'передо', 'предо',
]);

/** Particles that stay with the word before them. */
const boundBackward = new Set(['бы', 'б', 'ли', 'ль', 'же', 'ж']);

/** Number words that stay with the word they count: «15 тыс. рублей», «2,5 млрд долларов». */
const numberWords = new Set(['тыс', 'млн', 'млрд', 'трлн']);

/** What follows a Roman numeral to make it a century: «XIX в.», «XX век». */
const centuryWords = new Set(['в', 'вв', 'век', 'века', 'веке', 'веком', 'веков', 'веку']);

/** Second parts of hyphenated words that must not start a line: «кто-то», «какой-нибудь». */
const hyphenParticles = new Set(['то', 'либо', 'нибудь', 'ка', 'таки', 'де', 'с']);

/** First parts that must not end a line: «кое-как», «кой-где». */
const hyphenPrefixes = new Set(['кое', 'кой']);

/**
 * Abbreviations (before their period) that keep what follows on their line: a house,
 * flat, floor or office number, a street or settlement name («ул. Тверская, д. 12»), a
 * page, chapter or figure («стр. 22», «рис. 7»), «см. также», «им. Ленина».
 */
const boundAbbreviations = new Set([
	'д', 'кв', 'под', 'эт', 'мкр', 'мкрн', 'обл', 'кр', 'ст', 'пос', 'с', 'ул', 'пер', 'пр', 'пр-т', 'просп', 'пл', 'бул',
	'б-р', 'наб', 'ш', 'туп', 'оф', 'ком', 'комн', 'уч', 'вл', 'влад', 'стр', 'кор', 'корп', 'гл', 'рис', 'ил', 'илл', 'п',
	'см', 'им',
]);

/** «ул», «стр», «г»: an abbreviation whose period does not end a sentence. */
export function isAbbreviationBeforeName(core: string): boolean {
	return core === 'г' || boundAbbreviations.has(core);
}

/** Words without a period that keep the number or name after them: «дом 2», «литер Щ», «ООО «Пример»». */
const boundWordsBefore = new Set(['дом', 'литер', 'мкр-н', 'мк-н', 'ооо', 'оао', 'зао', 'пао', 'нии', 'пбоюл']);

export function isLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A)
		|| (code >= 0x400 && code <= 0x481) || (code >= 0x48A && code <= 0x52F)
		|| (code >= 0xC0 && code <= 0x24F && code !== 0xD7 && code !== 0xF7);
}

export function isUpperLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5A) || (code >= 0x400 && code <= 0x42F);
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** Opening quotes and brackets: they belong to the word after them. */
export function isOpening(code: number): boolean {
	return code === 0xAB || code === 0x28 || code === 0x5B || code === 0x7B || code === 0x201E
		|| code === 0x201C || code === 0x2018 || code === 0x22 || code === 0x27;
}

/** Closing quotes, brackets and sentence punctuation: they belong to the word before them. */
export function isClosing(code: number): boolean {
	return code === 0xBB || code === 0x29 || code === 0x5D || code === 0x7D || code === 0x201D
		|| code === 0x2019 || code === 0x22 || code === 0x27 || code === 0x2C || code === 0x2E
		|| code === 0x3B || code === 0x3A || code === 0x21 || code === 0x3F || code === 0x2026;
}

/** A dash used between words: em, en, horizontal bar, or a hyphen-minus standing alone. */
export function isDash(code: number): boolean {
	return code === 0x2014 || code === 0x2013 || code === 0x2015 || code === 0x2D || code === 0x2212;
}

/** Signs a number binds to when they follow it as a separate word: «20 %», «1500 ₽». */
function isUnitSign(code: number): boolean {
	return code === 0x25 || code === 0x2030 || code === 0x20BD || code === 0x24 || code === 0x20AC
		|| code === 0xA3 || code === 0xA5 || code === 0xB0 || code === 0x2103;
}

function isCurrencyOrSign(code: number): boolean {
	return code === 0x24 || code === 0x20AC || code === 0xA3 || code === 0xA5 || code === 0x20BD
		|| code === 0x2B || code === 0x2212 || code === 0x2D || code === 0x7E || code === 0x2248;
}

/** A word seen through its punctuation: `core` is the part between opening and closing marks. */
type WordShape = {
	/** First character after opening quotes and brackets. */
	coreStart: number;
	/** One past the last character before closing punctuation. */
	coreEnd: number;
	/** Something other than a period follows the core: , ; : ! ? … or a closing quote or bracket. */
	endsClause: boolean;
	/** A period follows the core right away («т.», «д.,», «А.»). */
	endsWithPeriod: boolean;
};

function shapeOf(text: string, start: number, end: number): WordShape {
	let coreStart = start;
	while (coreStart < end && isOpening(text.charCodeAt(coreStart))) {
		coreStart++;
	}

	let coreEnd = end;
	let endsClause = false;
	while (coreEnd > coreStart && isClosing(text.charCodeAt(coreEnd - 1))) {
		coreEnd--;
		endsClause ||= text.charCodeAt(coreEnd) !== 0x2E;
	}

	return {coreStart, coreEnd, endsClause, endsWithPeriod: coreEnd < end && text.charCodeAt(coreEnd) === 0x2E};
}

function lowerCore(text: string, shape: WordShape): string {
	const core = text.slice(shape.coreStart, shape.coreEnd);
	// Short words are looked up in lower case; most already are, and lower-casing every
	// one of them was a tenth of the layout time.
	return isUpperLetter(text.charCodeAt(shape.coreStart)) ? core.toLowerCase() : core;
}

function isAll(text: string, start: number, end: number, test: (code: number) => boolean): boolean {
	for (let index = start; index < end; index++) {
		if (!test(text.charCodeAt(index))) {
			return false;
		}
	}

	return true;
}

/**
 * A word of punctuation of one side only («, (, or », ), «,», «!»), combining marks
 * aside. A straight quote standing alone could open or close: it is neither.
 */
function isLonePunctuation(text: string, start: number, end: number, test: (code: number) => boolean): boolean {
	let marks = 0;
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0x300 && code <= 0x36F) {
			marks++;
		} else if (!test(code) || code === 0x22 || code === 0x27) {
			return false;
		}
	}

	return end - start > marks;
}

export function isNumberWord(text: string, start: number, end: number): boolean {
	let index = start;
	while (index < end && isOpening(text.charCodeAt(index))) {
		index++;
	}

	const first = text.charCodeAt(index);
	return isDigit(first) || (isCurrencyOrSign(first) && index + 1 < end && isDigit(text.charCodeAt(index + 1)));
}

/** «XIX», or a range of them: «XX–XXI». */
function isRomanNumeral(text: string, start: number, end: number): boolean {
	let digits = 0;
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x49 || code === 0x56 || code === 0x58 || code === 0x4C || code === 0x43 || code === 0x44 || code === 0x4D) {
			digits++;
		} else if (!isDash(code) || digits === 0 || index === end - 1) {
			return false;
		}
	}

	return digits > 0;
}

/** An initial: one capital and a period, or several glued («А.С.»). */
function isInitials(text: string, start: number, end: number): boolean {
	if (end - start < 2 || (end - start) % 2 !== 0) {
		return false;
	}

	for (let index = start; index < end; index += 2) {
		if (!isUpperLetter(text.charCodeAt(index)) || text.charCodeAt(index + 1) !== 0x2E) {
			return false;
		}
	}

	return true;
}

function isCyrillicLetter(code: number): boolean {
	return (code >= 0x410 && code <= 0x44F) || code === 0x401 || code === 0x451;
}

/** а–я and ё, by UTF-16 code. */
export function isCyrillicLower(code: number): boolean {
	return (code >= 0x430 && code <= 0x44F) || code === 0x451;
}

/** «т», «е», «ст», «руб»: one to three lower-case Cyrillic letters, an abbreviation before its period. */
function isShortAbbreviation(text: string, start: number, end: number): boolean {
	return end - start >= 1 && end - start <= 3 && isAll(text, start, end, isCyrillicLower);
}

function isNoBreakSpace(code: number): boolean {
	return code === 0xA0 || code === 0x202F || code === 0x2007;
}

export function isSentenceEnd(code: number): boolean {
	return code === 0x2E || code === 0x21 || code === 0x3F || code === 0x2026;
}

/** The next word opens a sentence: it starts (after quotes or brackets) with a capital. */
function nextIsCapitalised(text: string, nextStart: number, nextEnd: number, hasNext: boolean): boolean {
	return hasNext && startsWithLetter(text, nextStart, nextEnd, isUpperLetter);
}

/**
 * A number of one or two digits that ends its paragraph («часть 1», «(часть 1).») or a
 * sentence («получил 5. И…»), with a sign, quote or bracket after it at most.
 */
function isShortLastNumber(text: string, start: number, end: number, nextStart: number, nextEnd: number, hasNext: boolean): boolean {
	let index = start;
	while (index < end && index - start < 2 && isDigit(text.charCodeAt(index))) {
		index++;
	}

	if (index === start || (index < end && isDigit(text.charCodeAt(index)))) {
		return false;
	}

	const sign = text.charCodeAt(index);
	if (index < end && (sign === 0x2D || sign === 0x2B || sign === 0x2212 || sign === 0x25 || sign === 0x27 || sign === 0x22 || sign === 0xBB || sign === 0x29)) {
		index++;
	}

	if (index === end) {
		return !hasNext;
	}

	return index + 1 === end && isSentenceEnd(text.charCodeAt(index)) && (!hasNext || nextIsCapitalised(text, nextStart, nextEnd, hasNext));
}

/** A word of one to three letters that ends a sentence: «моя!», «США.», before a capital or the end. */
function isShortLastWord(text: string, shape: WordShape, end: number, nextStart: number, nextEnd: number, hasNext: boolean): boolean {
	if (shape.coreEnd - shape.coreStart === 1 && isUpperLetter(text.charCodeAt(shape.coreStart)) && text.charCodeAt(shape.coreEnd) === 0x2E && hasNext) {
		// «А. С. Петров»: an initial, not a sentence's end.
		return false;
	}

	return shape.coreEnd + 1 === end && isSentenceEnd(text.charCodeAt(shape.coreEnd)) && shape.coreEnd > shape.coreStart
		&& isAll(text, shape.coreStart, shape.coreEnd, isCyrillicLetter) && (!hasNext || nextIsCapitalised(text, nextStart, nextEnd, hasNext));
}

function endsWithLetter(text: string, start: number, end: number): boolean {
	return isCyrillicLetter(text.charCodeAt(end - 1)) && end > start;
}

function endsWithLowerOrDigit(text: string, start: number, end: number): boolean {
	const last = text.charCodeAt(end - 1);
	return end > start && (isCyrillicLower(last) || isDigit(last));
}

function startsWithLetter(text: string, start: number, end: number, test: (code: number) => boolean): boolean {
	let index = start;
	while (index < end && isOpening(text.charCodeAt(index))) {
		index++;
	}

	return index < end && test(text.charCodeAt(index));
}

/**
 * For each word, whether the line must not break between it and the next word: 0 where
 * it may, else how firmly they are bound ({@link weakBond}, {@link firmBond},
 * {@link punctuationBond}). `paragraphStart` says the first word opens a paragraph (or a
 * line of one), where a dash is a direct-speech dash.
 */
export function bindWords(text: string, words: Words, paragraphStart: boolean): Uint8Array {
	const {count, starts, ends} = words;
	const bound = new Uint8Array(count);
	const bind = (index: number, strength: number): void => {
		if (bound[index]! < strength) {
			bound[index] = strength;
		}
	};

	for (let index = 0; index < count; index++) {
		const start = starts[index]!;
		const end = ends[index]!;
		const first = text.charCodeAt(start);
		const length = end - start;
		const hasNext = index + 1 < count;
		const nextStart = hasNext ? starts[index + 1]! : 0;
		const nextEnd = hasNext ? ends[index + 1]! : 0;
		if (length >= 7 && isLowerRun(text, start, start + 7)) {
			// Most words: seven lower-case letters make neither a short word, a particle,
			// a number, an initial nor punctuation, so no rule starts here.
			continue;
		}

		// Rule 3: a dash stays with the word before it, also one that continues speech
		// after a sentence («…говорит он. — В…», often typeset with a no-break space
		// after the dash), which also keeps the word after it, as the dash that opens a
		// paragraph (direct speech) does.
		if (isDash(first) && (end === start + 1 || isLonePunctuation(text, start + 1, end, isClosing) || isNoBreakSpace(text.charCodeAt(start + 1)))) {
			if (index > 0) {
				bind(index - 1, punctuationBond);
				if (hasNext && end === start + 1 && isSentenceEnd(text.charCodeAt(ends[index - 1]! - 1))) {
					bind(index, firmBond);
				}
			} else if (paragraphStart) {
				bind(index, punctuationBond);
			}

			continue;
		}

		// Rule 4: quotes, brackets and punctuation standing apart stay with their word.
		if (isLonePunctuation(text, start, end, isClosing)) {
			if (index > 0) {
				bind(index - 1, punctuationBond);
			}

			continue;
		}

		if (isLonePunctuation(text, start, end, isOpening)) {
			bind(index, punctuationBond);
			continue;
		}

		if (length <= 2 && (first === 0x2116 || first === 0xA7 || first === 0xB6)) {
			// «№ 5», «§ 3», «¶ 2».
			bind(index, firmBond);
			continue;
		}

		if (isNumberWord(text, start, end)) {
			if (index > 0 && isShortLastNumber(text, start, end, nextStart, nextEnd, hasNext) && endsWithLetter(text, starts[index - 1]!, ends[index - 1]!)) {
				// «часть 1», «получил 5. И…»: a short number does not end a sentence alone.
				bind(index - 1, firmBond);
			}

			if (hasNext && numberBindsNext(text, start, end, nextStart, nextEnd)) {
				bind(index, firmBond);
			}

			continue;
		}

		const shape = shapeOf(text, start, end);
		const coreLength = shape.coreEnd - shape.coreStart;
		// Lower-cased once: the sets of short words are looked up with it.
		const core = coreLength <= 6 ? lowerCore(text, shape) : '';
		if (index > 0 && coreLength <= 2 && shape.coreStart === start && boundBackward.has(core)) {
			bind(index - 1, firmBond);
		}

		if (index > 0 && coreLength <= 3 && isShortLastWord(text, shape, end, nextStart, nextEnd, hasNext) && endsWithLowerOrDigit(text, starts[index - 1]!, ends[index - 1]!)) {
			// «дряхлая моя!», «…в Москве, а не в США.»: a short word does not end a sentence alone.
			bind(index - 1, firmBond);
		}

		if (!hasNext) {
			continue;
		}

		if (coreLength <= 6) {
			bind(index, bindsNext(text, words, index, shape, core));
		}

		if (isUpperLetter(first) && !shape.endsClause && !shape.endsWithPeriod && surnameBeforeInitials(text, words, index)) {
			bind(index, firmBond);
		}
	}

	return bound;
}

function isLowerRun(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (!((code >= 0x430 && code <= 0x44F) || code === 0x451 || (code >= 0x61 && code <= 0x7A))) {
			return false;
		}
	}

	return true;
}

/** A short word that keeps the next word on its line: «в», «для», «из-за», and «он», «ЦБ» (not «бы», «ли»). */
function isBoundForward(core: string): boolean {
	return boundForward.has(core)
		|| (core.length <= 2 && core.length > 0 && !boundBackward.has(core) && isAll(core, 0, core.length, isCyrillicLetter));
}

/**
 * «и», «в», «за»: a preposition or conjunction belongs with what follows it, not with a
 * number before it (a unit such as «кг» does).
 */
function isFunctionWord(text: string, start: number, end: number): boolean {
	return end - start <= 7 && boundForward.has(lowerCore(text, shapeOf(text, start, end)));
}

/** A number keeps its unit, number word or noun: «5 кг», «20 %», «1 500 000», «2020 году». */
function numberBindsNext(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean {
	if (isClosing(text.charCodeAt(end - 1))) {
		// «…в 2019, а…», «…выросла на 5.» end a clause or a sentence.
		return false;
	}

	const next = text.charCodeAt(nextStart);
	if (isUnitSign(next)) {
		return true;
	}

	if (isLetter(next)) {
		return !isFunctionWord(text, nextStart, nextEnd);
	}

	// Digit groups: «1 500 000».
	return nextEnd - nextStart >= 3 && isDigit(next) && isDigit(text.charCodeAt(nextStart + 1)) && isDigit(text.charCodeAt(nextStart + 2))
		&& (nextEnd - nextStart === 3 || !isDigit(text.charCodeAt(nextStart + 3)));
}

/**
 * How firmly a word whose core is at most six characters keeps the next word on its line:
 * short words, initials, abbreviations, number words, centuries, addresses and pages.
 */
function bindsNext(text: string, words: Words, index: number, shape: WordShape, core: string): number {
	const {coreStart, coreEnd} = shape;
	const nextStart = words.starts[index + 1]!;
	const nextEnd = words.ends[index + 1]!;
	if (shape.endsClause) {
		return 0;
	}

	if (numberWords.has(core)) {
		// «15 тыс. рублей», «10 млрд долларов», but not «10 тыс. | за 15 тыс. рублей». Weak:
		// Typograf binds the number to «млн», not «млн» to the noun, so in a run too wide
		// for the row the noun goes first («и 1,5 млн | рублей», not «и | 1,5 млн рублей»).
		return startsWithLetter(text, nextStart, nextEnd, isLetter) && !isFunctionWord(text, nextStart, nextEnd) ? weakBond : 0;
	}

	if (!shape.endsWithPeriod) {
		if (isBoundForward(core)) {
			return weakBond;
		}

		if (boundWordsBefore.has(core)) {
			// «дом 2», «литер Щ», «мкр-н Южный», «ООО «Пример»»; not «дом продали».
			if (core === 'дом') {
				return isDigit(text.charCodeAt(nextStart)) ? firmBond : 0;
			}

			return core === 'литер' ? (startsWithLetter(text, nextStart, nextEnd, isUpperLetter) ? firmBond : 0) : firmBond;
		}

		if (isRomanNumeral(text, coreStart, coreEnd)) {
			// «XIX в.», «XX век», «XX–XXI вв.»
			const nextShape = shapeOf(text, nextStart, nextEnd);
			return centuryWords.has(lowerCore(text, nextShape)) ? firmBond : 0;
		}

		return 0;
	}

	const wordEnd = coreEnd + 1;
	if (isInitials(text, coreStart, wordEnd)) {
		// «А. С. Петров»: initials stay with what follows when it is a name.
		return startsWithLetter(text, nextStart, nextEnd, isUpperLetter) ? firmBond : 0;
	}

	if (isShortAbbreviation(text, coreStart, coreEnd)) {
		// «т. е.», «и т. д.», «н. э.», «ст. ст.»
		const nextShape = shapeOf(text, nextStart, nextEnd);
		if (nextShape.endsWithPeriod && isShortAbbreviation(text, nextShape.coreStart, nextShape.coreEnd)) {
			return firmBond;
		}
	}

	return abbreviationBindsNext(text, words, index, core) ? firmBond : 0;
}

/**
 * «ул. Тверская», «д. 12», «эт. -1», «стр. 22», «см. также», «г. Москва» (but «2012 г.»
 * belongs to its year, and the «д.» of «и т. д.» ends a list, not an address).
 */
function abbreviationBindsNext(text: string, words: Words, index: number, core: string): boolean {
	const nextStart = words.starts[index + 1]!;
	const nextEnd = words.ends[index + 1]!;
	const next = text.charCodeAt(nextStart);
	const nextIsNumber = isDigit(next) || ((next === 0x2D || next === 0x2212) && isDigit(text.charCodeAt(nextStart + 1)));
	const previous = index > 0 ? shapeOf(text, words.starts[index - 1]!, words.ends[index - 1]!) : undefined;
	const afterNumber = previous !== undefined && isDigit(text.charCodeAt(previous.coreEnd - 1));
	if (core === 'г') {
		return !afterNumber && startsWithLetter(text, nextStart, nextEnd, isUpperLetter);
	}

	if (!boundAbbreviations.has(core)) {
		return false;
	}

	if (core.length === 1) {
		// One letter is also the end of «т. д.» or «т. п.», or a page or house number's sign:
		// it binds to a number, or (a settlement, a road) a capitalised name.
		const afterAbbreviation = previous !== undefined && previous.endsWithPeriod && previous.coreEnd - previous.coreStart <= 2;
		return !afterAbbreviation && (nextIsNumber || (core !== 'п' && core !== 'д' && startsWithLetter(text, nextStart, nextEnd, isUpperLetter)));
	}

	return nextIsNumber || startsWithLetter(text, nextStart, nextEnd, isLetter);
}

/**
 * «Петров А. С.»: a capitalised word followed by two initials (or glued ones) keeps them,
 * unless a name follows the initials («Регулятор В. В. Козлов»: they belong to Козлов).
 */
function surnameBeforeInitials(text: string, words: Words, index: number): boolean {
	const {count, starts, ends} = words;
	if (index + 1 >= count) {
		return false;
	}

	const nextStart = starts[index + 1]!;
	const nextEnd = ends[index + 1]!;
	if (!isInitials(text, nextStart, nextEnd)) {
		return false;
	}

	const initialsEnd = nextEnd - nextStart >= 4 ? index + 2 : index + 3;
	if (initialsEnd === index + 3 && !(index + 2 < count && isInitials(text, starts[index + 2]!, ends[index + 2]!))) {
		return false;
	}

	return initialsEnd >= count || !startsWithLetter(text, starts[initialsEnd]!, ends[initialsEnd]!, isUpperLetter);
}

/**
 * Offsets inside a word (right after one of its hyphens) where a line may break:
 * «северо-|западный», «бизнес-|план». Short forms never break there: both parts must be
 * three or more letters, with no digits («из-за», «20-й», «1990-х» stay whole), and the
 * second part no particle («кто-то», «какой-нибудь»). `typography: false` allows a break
 * after every hyphen between two letters, as plain UAX #14 would.
 */
export function compoundBreaks(text: string, start: number, end: number, typography: boolean): number[] {
	const breaks: number[] = [];
	let partStart = start;
	while (partStart < end && isOpening(text.charCodeAt(partStart))) {
		partStart++;
	}

	let coreEnd = end;
	while (coreEnd > partStart && isClosing(text.charCodeAt(coreEnd - 1))) {
		coreEnd--;
	}

	for (let index = partStart + 1; index < coreEnd - 1; index++) {
		const code = text.charCodeAt(index);
		if (code !== 0x2D && code !== 0x2010) {
			continue;
		}

		if (!isLetter(text.charCodeAt(index - 1)) || !isLetter(text.charCodeAt(index + 1))) {
			partStart = index + 1;
			continue;
		}

		let nextHyphen = index + 1;
		while (nextHyphen < coreEnd && text.charCodeAt(nextHyphen) !== 0x2D && text.charCodeAt(nextHyphen) !== 0x2010) {
			nextHyphen++;
		}

		if (!typography || (isPlainPart(text, partStart, index) && isPlainPart(text, index + 1, nextHyphen)
			&& !hyphenPrefixes.has(text.slice(partStart, index).toLowerCase())
			&& !hyphenParticles.has(text.slice(index + 1, nextHyphen).toLowerCase()))) {
			breaks.push(index + 1);
		}

		partStart = index + 1;
	}

	return breaks;
}

function isPlainPart(text: string, start: number, end: number): boolean {
	return end - start >= 3 && isAll(text, start, end, isLetter);
}
