import {normalizeText} from '../archive/decode.js';
import {footnoteLine, footnoteVocabulary} from '../archive/footnote-text.js';
import type {Block, InlineText, Mark} from '../archive/issue.js';
import {looksLikeHeading} from '../archive/story-lines.js';
import {isElement, textNode, type DomElement, type DomNode} from './dom-shape.js';

/**
 * Walks the HTML of an article (Readability's output, a mail body, a feed item) into story
 * blocks: paragraphs, h1–h6 as headings, ul/ol as lists, blockquote as quotes, pre as code,
 * and b/strong/i/em/a/code inside them as marks. Layout tables and divs are containers: each
 * run of text between block boundaries becomes one paragraph, and so does each line ended
 * by `<br>`, as a page dump has one paragraph a line.
 */

const skipped = new Set([
	'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'form', 'input', 'select', 'textarea',
	'nav', 'iframe', 'frame', 'frameset', 'head', 'title', 'object', 'embed', 'canvas', 'audio', 'video', 'img', 'picture',
	'source', 'track', 'map', 'area', 'meta', 'link', 'base', 'dialog',
]);

const blockContainers = new Set([
	'html', 'body', 'main', 'article', 'section', 'div', 'p', 'header', 'footer', 'aside', 'figure', 'figcaption',
	'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'center', 'address', 'details', 'summary',
	'dl', 'dt', 'dd', 'li', 'hgroup', 'fieldset', 'legend', 'hr', 'br',
]);

const inlineMarks: Record<string, Mark['kind']> = {
	b: 'bold', strong: 'bold', i: 'italic', em: 'italic', cite: 'italic', code: 'code', kbd: 'code', samp: 'code', tt: 'code',
};

// Invisible characters mail templates pad their preview text with.
const invisible = /[\u200B\u200C\u2060\uFEFF\u034F]/gu;

/** Hidden by its own style: mail preview text, tracking pixels, collapsed menus. */
function isHidden(element: DomElement): boolean {
	if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') {
		return true;
	}

	const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/gu, '');
	return /(?:^|;)(?:display:none|visibility:hidden|mso-hide:all|max-height:0(?:px)?(?:;|$|!))/u.test(style);
}

function styleMarks(element: DomElement): Array<Mark['kind']> {
	const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/gu, '');
	const kinds: Array<Mark['kind']> = [];
	if (/font-weight:(?:bold|[6-9]00)/u.test(style)) {
		kinds.push('bold');
	}

	if (/font-style:italic/u.test(style)) {
		kinds.push('italic');
	}

	return kinds;
}

/** A link target worth keeping: absolute web and mail addresses, relative ones resolved. */
function resolveHref(href: string | null, baseUrl: string | undefined): string | undefined {
	if (href === null || href.trim() === '' || href.startsWith('#')) {
		return undefined;
	}

	try {
		const url = baseUrl === undefined ? new URL(href.trim()) : new URL(href.trim(), baseUrl);
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** Collects inline text, collapsing white space as HTML does, with marks over it. */
class InlineCollector {
	text = '';
	marks: Mark[] = [];
	/** Counts the paragraphs taken, so a mark opened in an earlier one is not closed in this one. */
	generation = 0;
	private pendingSpace = false;

	append(raw: string): void {
		const text = normalizeText(raw).replace(invisible, '');
		const parts = text.split(/[ \t\n\r\f]+/u);
		for (const [index, part] of parts.entries()) {
			if (index > 0) {
				this.pendingSpace = true;
			}

			if (part === '') {
				continue;
			}

			if (this.pendingSpace && this.text !== '') {
				this.text += ' ';
			}

			this.pendingSpace = false;
			this.text += part;
		}
	}

	space(): void {
		this.pendingSpace = true;
	}

	addMark(kind: Mark['kind'], start: number, generation: number, href?: string): void {
		if (generation !== this.generation) {
			return;
		}

		// A mark opened just before a pending space starts after it.
		const from = this.text[start] === ' ' ? start + 1 : start;
		if (this.text.length > from) {
			this.marks.push(href === undefined ? {start: from, end: this.text.length, kind} : {start: from, end: this.text.length, kind, href});
		}
	}

	/** The text so far, trimmed (no-break spaces too), its marks moved along. */
	take(): InlineText {
		const leading = this.text.length - this.text.trimStart().length;
		const text = this.text.trim();
		const marks = this.marks
			.map(mark => ({...mark, start: Math.max(0, mark.start - leading), end: Math.min(text.length, mark.end - leading)}))
			.filter(mark => mark.end > mark.start)
			.sort((a, b) => a.start - b.start || b.end - a.end);
		this.text = '';
		this.marks = [];
		this.pendingSpace = false;
		this.generation++;
		return marks.length > 0 ? {text, marks} : {text};
	}
}

type WalkState = {
	blocks: Block[];
	inline: InlineCollector;
	quote: boolean;
	baseUrl: string | undefined;
};

function wholeTextIs(inline: InlineText, kind: Mark['kind']): boolean {
	return (inline.marks ?? []).some(mark => mark.kind === kind && mark.start === 0 && mark.end === inline.text.length);
}

function flush(state: WalkState): void {
	const inline = state.inline.take();
	if (inline.text === '') {
		return;
	}

	if (state.quote) {
		state.blocks.push({...inline, type: 'quote'});
	} else if (footnoteLine.test(inline.text) && footnoteVocabulary.test(inline.text)) {
		state.blocks.push({type: 'footnote', text: inline.text});
	} else if (wholeTextIs(inline, 'bold') && looksLikeHeading(inline.text)) {
		// Newsletters set their sub-headings as a bold line rather than an <h2>.
		state.blocks.push({type: 'heading', text: inline.text});
	} else {
		state.blocks.push({...inline, type: 'paragraph'});
	}
}

function walkInline(node: DomNode, state: WalkState, collector: InlineCollector, flatten: boolean): void {
	if (node.nodeType === textNode) {
		collector.append(node.textContent ?? '');
		return;
	}

	if (!isElement(node) || skipped.has(node.localName) || isHidden(node)) {
		return;
	}

	const name = node.localName;
	if (name === 'br' || (flatten && blockContainers.has(name))) {
		collector.space();
	}

	if (!flatten && (blockContainers.has(name) || /^h[1-6]$/u.test(name) || ['ul', 'ol', 'blockquote', 'pre'].includes(name))) {
		walkBlock(node, state);
		return;
	}

	const kinds: Array<Mark['kind']> = [...styleMarks(node)];
	const markKind = inlineMarks[name];
	if (markKind !== undefined) {
		kinds.push(markKind);
	}

	const href = name === 'a' ? resolveHref(node.getAttribute('href'), state.baseUrl) : undefined;
	const start = collector.text.length;
	const {generation} = collector;
	for (const child of Array.from(node.childNodes)) {
		walkInline(child, state, collector, flatten);
	}

	for (const kind of kinds) {
		collector.addMark(kind, start, generation);
	}

	if (href !== undefined) {
		collector.addMark('link', start, generation, href);
	}
}

/** A list item's own text, without its nested lists (which follow it as items of their own). */
function listItems(list: DomElement, state: WalkState): InlineText[] {
	const items: InlineText[] = [];
	for (const child of Array.from(list.children)) {
		if (child.localName !== 'li' || isHidden(child)) {
			continue;
		}

		const collector = new InlineCollector();
		const nested: DomElement[] = [];
		for (const node of Array.from(child.childNodes)) {
			if (isElement(node) && (node.localName === 'ul' || node.localName === 'ol')) {
				nested.push(node);
			} else {
				walkInline(node, state, collector, true);
			}
		}

		const item = collector.take();
		if (item.text !== '') {
			items.push(item);
		}

		for (const inner of nested) {
			items.push(...listItems(inner, state));
		}
	}

	return items;
}

function walkBlock(element: DomElement, state: WalkState): void {
	const name = element.localName;
	flush(state);
	if (/^h[1-6]$/u.test(name)) {
		const collector = new InlineCollector();
		for (const child of Array.from(element.childNodes)) {
			walkInline(child, state, collector, true);
		}

		const heading = collector.take();
		if (heading.text !== '') {
			state.blocks.push({type: 'heading', text: heading.text});
		}

		return;
	}

	if (name === 'ul' || name === 'ol') {
		const items = listItems(element, state);
		if (items.length > 0) {
			const block: Block = {type: 'list', ordered: name === 'ol', items};
			const start = Number(element.getAttribute('start'));
			if (name === 'ol' && Number.isInteger(start) && start > 1) {
				block.start = start;
			}

			state.blocks.push(block);
		}

		return;
	}

	if (name === 'pre') {
		const text = normalizeText(element.textContent ?? '').replace(/\s+/gu, ' ').trim();
		if (text !== '') {
			state.blocks.push({type: 'paragraph', text, marks: [{start: 0, end: text.length, kind: 'code'}]});
		}

		return;
	}

	const wasQuote = state.quote;
	state.quote ||= name === 'blockquote';
	for (const child of Array.from(element.childNodes)) {
		walkInline(child, state, state.inline, false);
	}

	flush(state);
	state.quote = wasQuote;
}

/** The story blocks of an element's content, links resolved against `baseUrl` when given. */
export function blocksFromDom(root: DomElement, baseUrl?: string): Block[] {
	const state: WalkState = {blocks: [], inline: new InlineCollector(), quote: false, baseUrl};
	walkBlock(root, state);
	return state.blocks;
}
