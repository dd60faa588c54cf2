import {decodeHTML} from 'entities';
import type {Token, Tokens} from 'marked';
import type {InlineText, Mark} from './issue.js';

/**
 * Flattens marked's inline tokens into plain text plus style ranges. Text tokens keep
 * HTML entities as written (`&laquo;`, `&shy;`), so they are decoded here; raw HTML
 * tags are dropped, their text kept.
 */

type Builder = {text: string; marks: Mark[]};

const markKinds: Partial<Record<Token['type'], Mark['kind']>> = {
	strong: 'bold',
	em: 'italic',
	codespan: 'code',
	link: 'link',
};

function hasChildren(token: Token): token is Token & {tokens: Token[]} {
	return 'tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0;
}

function append(builder: Builder, token: Token): void {
	switch (token.type) {
		case 'br': {
			builder.text += ' ';
			return;
		}

		case 'html': {
			// Inline HTML in an issue is markup around words (<b>, <span>), never content.
			return;
		}

		case 'escape':
		case 'codespan': {
			const kind = markKinds[token.type];
			const start = builder.text.length;
			builder.text += (token as Tokens.Escape | Tokens.Codespan).text;
			if (kind) {
				builder.marks.push({start, end: builder.text.length, kind});
			}

			return;
		}

		case 'image': {
			// An image has no text of its own in a terminal; its description stands in.
			builder.text += decodeHTML((token as Tokens.Image).text);
			return;
		}

		default: {
			const start = builder.text.length;
			if (hasChildren(token)) {
				for (const child of token.tokens) {
					append(builder, child);
				}
			} else if ('text' in token && typeof token.text === 'string') {
				builder.text += decodeHTML(token.text);
			}

			const kind = markKinds[token.type];
			if (kind && builder.text.length > start) {
				const mark: Mark = {start, end: builder.text.length, kind};
				if (token.type === 'link') {
					mark.href = (token as Tokens.Link).href;
				}

				builder.marks.push(mark);
			}
		}
	}
}

/** Collapses white space (soft line breaks included) and keeps the marks on the same characters. */
function collapseWhiteSpace({text, marks}: Builder): InlineText {
	const newOffsets: number[] = [];
	let result = '';
	for (let index = 0; index < text.length; index++) {
		newOffsets.push(result.length);
		const character = text[index]!;
		if (/\s/u.test(character) && character !== '\u00A0') {
			if (result.length > 0 && !result.endsWith(' ')) {
				result += ' ';
			}
		} else if (character !== '\u00AD') {
			result += character;
		}
	}

	newOffsets.push(result.length);
	const trimmed = result.trimEnd();
	const clamp = (offset: number) => Math.min(offset, trimmed.length);
	const kept = marks
		.map(mark => ({...mark, start: clamp(newOffsets[mark.start]!), end: clamp(newOffsets[mark.end]!)}))
		.filter(mark => mark.end > mark.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	return kept.length > 0 ? {text: trimmed, marks: kept} : {text: trimmed};
}

export function inlineText(tokens: readonly Token[]): InlineText {
	const builder: Builder = {text: '', marks: []};
	for (const token of tokens) {
		append(builder, token);
	}

	return collapseWhiteSpace(builder);
}
