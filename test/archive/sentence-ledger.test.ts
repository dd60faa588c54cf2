import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {isAuthorLine, isCopyLinkLine, isLoadingLine} from '../../source/archive/boilerplate.js';
import {decodeBytes} from '../../source/archive/decode.js';
import {blockText} from '../../source/archive/issue.js';
import {parsePageDump} from '../../source/archive/parse-page-dump.js';

// The parser's promise: not one sentence of a page dump is lost, and none lands in two
// places. Every sentence of every line ends up in exactly one of title / story / teasers /
// notices, or the line is a known UI leftover.

const archiveDir = fileURLToPath(new URL('../../archive', import.meta.url));
const pageDumps = readdirSync(archiveDir).filter(file => file.endsWith('.txt'));

/** Sentences of a line, list markers stripped (the parser keeps the item text only). */
function sentencesOf(line: string): string[] {
	const text = line.replace(/^(?:[•·▪●◦‣-]|\d{1,3}[.)]|\*{1,3})\s+/u, '');
	return text.split(/(?<=[.!?…])\s+(?=[«"(]?[\p{Lu}\d])/u).map(sentence => sentence.trim()).filter(Boolean);
}

function occurrences(haystack: string, needle: string): number {
	let count = 0;
	for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) {
		count++;
	}

	return count;
}

describe.each(pageDumps)('every sentence of %s', file => {
	const {text} = decodeBytes(readFileSync(`${archiveDir}/${file}`));
	const issue = parsePageDump(text);
	const places = {
		title: issue.title,
		story: issue.story.map(block => blockText(block)).join('\n'),
		teasers: issue.teasers.map(teaser => `${teaser.title}\n${teaser.summary}`).join('\n'),
		notices: issue.notices.join('\n'),
	};
	const lines = text.split('\n').map(line => line.trim()).filter(line => line !== '');
	const leftovers = lines.filter(line => isLoadingLine(line) || isCopyLinkLine(line) || isAuthorLine(line));
	const content = lines.filter(line => !leftovers.includes(line));

	it('has some sentences to check', () => {
		expect(content.length).toBeGreaterThan(10);
	});

	it('lands in exactly one place', () => {
		const sourceText = content.join('\n');
		for (const line of content) {
			for (const sentence of sentencesOf(line)) {
				const expected = occurrences(sourceText, sentence);
				const found = Object.entries(places).filter(([, placeText]) => placeText.includes(sentence)).map(([name]) => name);
				const total = Object.values(places).reduce((sum, placeText) => sum + occurrences(placeText, sentence), 0);
				expect(total, `${sentence} (in ${found.join(', ') || 'nothing'})`).toBe(expected);
				if (expected === 1) {
					expect(found, sentence).toHaveLength(1);
				}
			}
		}
	});

	it('keeps leftovers out of every place', () => {
		const all = Object.values(places).join('\n').split('\n');
		for (const line of all) {
			expect(isLoadingLine(line) || isCopyLinkLine(line), line).toBe(false);
		}
	});
});
