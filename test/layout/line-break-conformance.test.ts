import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {breakOpportunities} from '../../source/layout/break-lines.js';

/**
 * Unicode's LineBreakTest (UAX #14), restricted to the characters of Russian prose:
 * where our break opportunities agree with it, and the Russian tailorings where they
 * deliberately do not. Every disagreeing position must be one of the listed
 * differences, and the counts are pinned so a change in the engine shows up here.
 */

type Subset = {cases: string[]};
const subset = JSON.parse(readFileSync(new URL('data/line-break-test-subset.json', import.meta.url), 'utf8')) as Subset;

type Case = {line: string; codePoints: number[]; text: string; expected: number[]};

function parse(line: string): Case {
	const codePoints: number[] = [];
	const expected: number[] = [];
	for (const token of line.split(' ')) {
		if (token === '÷') {
			expected.push(codePoints.length);
		} else if (token !== '×') {
			codePoints.push(Number.parseInt(token, 16));
		}
	}

	// The first ÷ (if any) is at the start, the last at the end: neither is a break inside.
	const inside = expected.filter(position => position > 0 && position < codePoints.length);
	return {line, codePoints, text: String.fromCodePoint(...codePoints), expected: inside};
}

const space = 0x20;
const dashes = new Set([0x2D, 0x2013, 0x2014]);

/** The word (run of non-spaces) that starts at `position`, and the one that ends before the spaces before it. */
function wordAt(codePoints: number[], position: number): number[] {
	let end = position;
	while (end < codePoints.length && codePoints[end] !== space) {
		end++;
	}

	return codePoints.slice(position, end);
}

function wordBefore(codePoints: number[], position: number): {word: number[]; start: number} {
	let end = position;
	while (end > 0 && codePoints[end - 1] === space) {
		end--;
	}

	let start = end;
	while (start > 0 && codePoints[start - 1] !== space) {
		start--;
	}

	return {word: codePoints.slice(start, end), start};
}

const isLoneDash = (word: number[]) => word.length > 0 && dashes.has(word[0]!) && word.slice(1).every(code => code === 0x308);

/** The deliberate differences: why our breaker has no break at `position` where UAX #14 has one. */
const missingBreak: Record<string, (codePoints: number[], position: number) => boolean> = {
	// Russian prose breaks at spaces (and after the hyphen of a long compound): never
	// between two non-space characters such as «!(», «%$» or an unspaced «—».
	'no break without a space': (codePoints, position) => codePoints[position - 1] !== space && codePoints[position] !== space,
	// Leading spaces are not shown, so no row starts before the first word.
	'no break before the first word': (codePoints, position) => codePoints.slice(0, position).every(code => code === space),
	// Rule 3: a dash standing alone never starts a row.
	'a dash stays with the word before it': (codePoints, position) => isLoneDash(wordAt(codePoints, position)),
	// Rule 3: a paragraph's opening dash is direct speech and stays with the next word.
	'a direct-speech dash stays with the word after it': (codePoints, position) => {
		const before = wordBefore(codePoints, position);
		return before.start === 0 && isLoneDash(before.word);
	},
	// Rule 4: a number keeps its unit or currency sign («20 %», «5 $»).
	'a number keeps its sign': (codePoints, position) => {
		const before = wordBefore(codePoints, position).word.filter(code => code !== 0x308);
		const after = wordAt(codePoints, position);
		const number = (before[0] === 0x24 ? before.slice(1) : before);
		return number.length > 0 && number[0]! >= 0x30 && number[0]! <= 0x39 && (after[0] === 0x25 || after[0] === 0x24);
	},
};

describe('UAX #14 LineBreakTest, Russian-prose subset', () => {
	const cases = subset.cases.map(parse);
	const kept: string[] = [];
	const explained: Record<string, number> = {};
	const unexplained: string[] = [];
	for (const testCase of cases) {
		const ours = breakOpportunities(testCase.text);
		if (JSON.stringify(ours) === JSON.stringify(testCase.expected)) {
			kept.push(testCase.line);
			continue;
		}

		for (const position of ours.filter(position => !testCase.expected.includes(position))) {
			unexplained.push(`${testCase.line}: we break at ${position}, UAX #14 does not`);
		}

		for (const position of testCase.expected.filter(position => !ours.includes(position))) {
			const reason = Object.keys(missingBreak).find(name => missingBreak[name]!(testCase.codePoints, position));
			if (reason === undefined) {
				unexplained.push(`${testCase.line}: UAX #14 breaks at ${position}, we do not`);
			} else {
				explained[reason] = (explained[reason] ?? 0) + 1;
			}
		}
	}

	it('covers the cases made of Russian prose characters', () => {
		expect(cases).toHaveLength(902);
	});

	it('agrees with UAX #14 everywhere but the deliberate Russian differences', () => {
		expect(unexplained).toEqual([]);
	});

	it('keeps most cases exactly, and differs only where the list says', () => {
		expect(kept.length).toBe(712);
		expect(explained).toEqual({
			'no break without a space': 75,
			'no break before the first word': 50,
			'a dash stays with the word before it': 48,
			'a direct-speech dash stays with the word after it': 16,
			'a number keeps its sign': 4,
		});
	});

	it('keeps the breaks and no-breaks Russian prose relies on', () => {
		const reliedOn = [
			'× 0030 × 0020 ÷ 0030 ÷', // between words
			'× 0029 × 0020 ÷ 0028 ÷', // after a closing bracket, before an opening one
			'× 002C × 0020 ÷ 00AB ÷', // after a comma, before «
			'× 00BB × 0020 ÷ 0030 ÷', // after »
			'× 0021 × 0020 ÷ 00AB ÷', // after !
			'× 0030 × 0020 × 0029 ÷', // never before a closing bracket…
			'× 0030 × 0020 × 002C ÷', // …or a comma standing apart
			'× 00AB × 0020 × 0030 ÷', // never after an opening «
		];
		for (const line of reliedOn) {
			expect(cases.map(testCase => testCase.line)).toContain(line);
			expect(kept).toContain(line);
		}
	});
});
