import {eastAsianWidth} from 'get-east-asian-width';

/**
 * Terminal width of text that is not plain Cyrillic, Latin or punctuation, grapheme
 * cluster by cluster, by string-width's rules (which the tests hold it to): clusters that
 * print nothing are 0, emoji are 2, Hangul jamo join into syllables, anything else takes
 * the East Asian Width of its first visible character plus its spacing marks.
 *
 * Not string-width itself: it creates an Intl.Segmenter when it is imported, and the
 * first Segmenter loads ICU data — a large share of the start-up budget of a command
 * that, for a Russian newsletter, never meets such a character. Here the
 * segmenter and the regular expressions are made on first use.
 */

type Lazy = {
	segmenter: Intl.Segmenter;
	visible: RegExp;
	spacingMark: RegExp;
	rgiEmoji: RegExp;
	pictographic: RegExp;
};

let lazy: Lazy | undefined;

function tools(): Lazy {
	lazy ??= {
		segmenter: new Intl.Segmenter(undefined, {granularity: 'grapheme'}),
		// The v flag (Node 20 has it) is newer than the TypeScript target, hence the constructor.
		visible: new RegExp(String.raw`[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]`, 'v'),
		spacingMark: new RegExp(String.raw`\p{Spacing_Mark}`, 'v'),
		rgiEmoji: new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v'),
		pictographic: /\p{Extended_Pictographic}/gu,
	};
	return lazy;
}

/** The grapheme segmenter, made on first use. */
export function graphemeSegmenter(): Intl.Segmenter {
	return tools().segmenter;
}

function isDoubleWidthNonRgiEmoji(segment: string): boolean {
	if (segment.length > 50) {
		return false;
	}

	if (/^[\d#*]\u20E3$/u.test(segment)) {
		return true;
	}

	return segment.includes('\u200D') && (segment.match(tools().pictographic)?.length ?? 0) >= 2;
}

const isLeadingJamo = (code: number) => (code >= 0x11_00 && code <= 0x11_5F) || (code >= 0xA9_60 && code <= 0xA9_7C);
const isVowelJamo = (code: number) => (code >= 0x11_60 && code <= 0x11_A7) || (code >= 0xD7_B0 && code <= 0xD7_C6);
const isTrailingJamo = (code: number) => (code >= 0x11_A8 && code <= 0x11_FF) || (code >= 0xD7_CB && code <= 0xD7_FB);

function hangulWidth(visibleSegment: string): number | undefined {
	const codes: number[] = [];
	for (const character of visibleSegment) {
		if (tools().visible.test(character)) {
			codes.push(character.codePointAt(0)!);
		}
	}

	let width = 0;
	for (let index = 0; index < codes.length; index++) {
		const code = codes[index]!;
		if (!isLeadingJamo(code) && !isVowelJamo(code) && !isTrailingJamo(code)) {
			if (width === 0) {
				return undefined;
			}

			for (const rest of codes.slice(index)) {
				width += eastAsianWidth(rest);
			}

			return width;
		}

		if (isLeadingJamo(code) && isVowelJamo(codes[index + 1] ?? 0)) {
			width += 2;
			index += isTrailingJamo(codes[index + 2] ?? 0) ? 2 : 1;
			continue;
		}

		width += eastAsianWidth(code);
	}

	return codes.length === 0 ? undefined : width;
}

function clusterWidth(segment: string): number {
	const {visible, rgiEmoji, spacingMark} = tools();
	const first = segment.search(visible);
	if (first === -1) {
		return 0;
	}

	if (rgiEmoji.test(segment) || isDoubleWidthNonRgiEmoji(segment)) {
		return 2;
	}

	const visibleSegment = segment.slice(first);
	const hangul = hangulWidth(visibleSegment);
	if (hangul !== undefined) {
		return hangul;
	}

	let width = eastAsianWidth(visibleSegment.codePointAt(0)!);
	let isFirst = true;
	for (const character of visibleSegment) {
		if (isFirst) {
			isFirst = false;
		} else if (spacingMark.test(character) || (character >= '\uFF00' && character <= '\uFFEF')) {
			width += eastAsianWidth(character.codePointAt(0)!);
		}
	}

	return width;
}

/** Width of text of any script; callers pass words or short stretches, never whole stories. */
export function clusterTextWidth(text: string): number {
	let width = 0;
	for (const {segment} of graphemeSegmenter().segment(text)) {
		width += clusterWidth(segment);
	}

	return width;
}
