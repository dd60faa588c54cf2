import {decodeHTML} from 'entities';
import {Lexer, type Token, type Tokens} from 'marked';
import {isCopyLinkLine, isLoadingLine, isNotice} from './boilerplate.js';
import {footnoteLine, footnoteVocabulary} from './footnote-text.js';
import {splitFrontMatter, type FrontMatter} from './front-matter.js';
import type {Block, InlineText, Teaser} from './issue.js';
import {foldTitle} from './link-teasers.js';
import {inlineText} from './markdown-inline.js';
import {NotAnIssueError, type ParsedIssue} from './parse-page-dump.js';

/**
 * Parses a Markdown issue with YAML front matter. The body is the main story; it is
 * walked through marked's lexer into our own blocks: the lexer's tokens are reliable, while
 * marked-terminal's rendering prints markup inside list items raw, never reflows lists,
 * loses quote styling and prints entities such as `&shy;` literally.
 */

export type ParsedMarkdownIssue = ParsedIssue & {frontMatter: FrontMatter};


function stripTags(html: string): string {
	return decodeHTML(html.replace(/<[^>]*>/gu, ' ')).replace(/\s+/gu, ' ').trim();
}

function listItems(list: Tokens.List): InlineText[] {
	const items: InlineText[] = [];
	for (const item of list.items) {
		const inline: Token[] = [];
		const nested: Tokens.List[] = [];
		for (const token of item.tokens) {
			if (token.type === 'list') {
				nested.push(token as Tokens.List);
			} else if ((token.type === 'text' || token.type === 'paragraph') && 'tokens' in token && token.tokens) {
				// Items of a loose list hold paragraphs; keep them apart by a space.
				inline.push(...token.tokens, {type: 'br', raw: '\n'});
			} else if ('text' in token && typeof token.text === 'string') {
				inline.push({type: 'text', raw: token.text, text: token.text});
			}
		}

		const text = inlineText(inline);
		if (text.text !== '') {
			items.push(text);
		}

		// Nesting does not survive a plain terminal column; its items follow their parent.
		for (const child of nested) {
			items.push(...listItems(child));
		}
	}

	return items;
}

type Collected = {story: Block[]; notices: string[]};

function addText(collected: Collected, type: 'paragraph' | 'heading' | 'quote', text: InlineText): void {
	if (text.text === '' || isCopyLinkLine(text.text) || isLoadingLine(text.text)) {
		return;
	}

	if (isNotice(text.text)) {
		collected.notices.push(text.text);
		return;
	}

	if (type === 'paragraph' && footnoteLine.test(text.text)) {
		collected.story.push({type: 'footnote', text: text.text});
		return;
	}

	collected.story.push({...text, type});
}

function collect(tokens: readonly Token[], collected: Collected, inQuote: boolean): void {
	for (const token of tokens) {
		switch (token.type) {
			case 'heading': {
				addText(collected, 'heading', inlineText((token as Tokens.Heading).tokens));
				break;
			}

			case 'paragraph':
			case 'text': {
				const inline = 'tokens' in token && token.tokens ? inlineText(token.tokens) : inlineText([token]);
				addText(collected, inQuote ? 'quote' : 'paragraph', inline);
				break;
			}

			case 'blockquote': {
				collect((token as Tokens.Blockquote).tokens, collected, true);
				break;
			}

			case 'list': {
				const list = token as Tokens.List;
				const items = listItems(list);
				const only = items[0];
				if (items.length === 1 && !list.ordered && only && footnoteVocabulary.test(only.text)) {
					// `* признан в РФ иноагентом` is a footnote, though Markdown reads it as a list.
					collected.story.push({type: 'footnote', text: `* ${only.text}`});
				} else if (items.length > 0) {
					const block: Block = {type: 'list', ordered: list.ordered, items};
					const start = typeof list.start === 'number' ? list.start : 1;
					if (list.ordered && start !== 1) {
						block.start = start;
					}

					collected.story.push(block);
				}

				break;
			}

			case 'code': {
				const text = (token as Tokens.Code).text.replace(/\s+/gu, ' ').trim();
				if (text !== '') {
					collected.story.push({type: 'paragraph', text, marks: [{start: 0, end: text.length, kind: 'code'}]});
				}

				break;
			}

			case 'table': {
				const table = token as Tokens.Table;
				for (const row of [table.header, ...table.rows]) {
					addText(collected, 'paragraph', {text: row.map(cell => inlineText(cell.tokens).text).join(' | ')});
				}

				break;
			}

			case 'html': {
				addText(collected, inQuote ? 'quote' : 'paragraph', {text: stripTags((token as Tokens.HTML).text)});
				break;
			}

			default: {
				// Spaces, rules and link definitions carry no story text.
				break;
			}
		}
	}
}

const endOfStoryComment = /^\s*<!--\s*end of story\s*-->\s*$/iu;

/**
 * Below the end-of-story marker: teasers as a **bold title** with the summary under it,
 * notices in *italics* (or recognised by their text).
 */
function collectTail(tokens: readonly Token[], notices: string[]): Array<Omit<Teaser, 'id'>> {
	const teasers: Array<Omit<Teaser, 'id'>> = [];
	for (const token of tokens) {
		if (token.type !== 'paragraph') {
			continue;
		}

		const inline = (token as Tokens.Paragraph).tokens;
		const [head, ...rest] = inline;
		const text = inlineText(inline).text;
		if (head?.type === 'strong') {
			teasers.push({title: inlineText([head]).text, summary: inlineText(rest).text});
		} else if ((head?.type === 'em' && rest.length === 0) || isNotice(text)) {
			notices.push(text);
		} else if (teasers.length > 0 && teasers.at(-1)!.summary === '') {
			teasers.at(-1)!.summary = text;
		} else if (text !== '') {
			teasers.push({title: text, summary: ''});
		}
	}

	return teasers;
}

export function parseMarkdownIssue(text: string): ParsedMarkdownIssue {
	const {frontMatter, body} = splitFrontMatter(text);
	const tokens = new Lexer({gfm: true}).lex(body);

	let title = frontMatter.title;
	const first = tokens.find(token => token.type !== 'space');
	if (first?.type === 'heading' && (first as Tokens.Heading).depth === 1) {
		// A leading `# Title` is the title (bell-reader's own export writes one under the
		// front matter), not a sub-heading of the story.
		const heading = inlineText((first as Tokens.Heading).tokens).text;
		if (title === undefined || foldTitle(title) === foldTitle(heading)) {
			title ??= heading;
			tokens.splice(tokens.indexOf(first), 1);
		}
	}

	const storyEnd = tokens.findIndex(token => token.type === 'html' && endOfStoryComment.test((token as Tokens.HTML).text));
	const collected: Collected = {story: [], notices: []};
	collect(storyEnd === -1 ? tokens : tokens.slice(0, storyEnd), collected, false);
	const teasers = storyEnd === -1 ? [] : collectTail(tokens.slice(storyEnd + 1), collected.notices);
	if (collected.story.length === 0) {
		throw new NotAnIssueError('no story in the Markdown body');
	}

	// Without any title the loader names the issue by its id.
	return {title: title ?? '', story: collected.story, teasers, notices: collected.notices, frontMatter};
}
