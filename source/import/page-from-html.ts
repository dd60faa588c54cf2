import {Readability} from '@mozilla/readability';
import {blockText} from '../archive/issue.js';
import {notAnIssueShape} from '../archive/page-kind.js';
import {blocksFromDom} from './blocks-from-dom.js';
import {dateFromText} from './calendar-dates.js';
import {
	attributeOf, commentNode, isElement, parseHtmlDocument, type DomDocument, type DomElement, type DomNode,
} from './dom-shape.js';
import {reject, type DraftResult, type ImportFormat} from './issue-draft.js';
import {oneLine} from './one-line.js';
import {storyFromBlocks} from './story-from-blocks.js';

/**
 * A saved web page, a newsletter's HTML mail body or a feed item's HTML content → an issue
 * draft. Whole pages go through Readability (over linkedom) to find the article; fragments
 * (a feed item, a Substack post) are the article already. Either way the article is walked
 * into blocks and split like a page dump.
 */

export type HtmlSource = {
	sourceFormat: ImportFormat;
	/**
	 * A page's own title, date and address are read from it; these override them (mail
	 * subject, feed item). The title comes on one line ({@link oneLine}).
	 */
	title?: string;
	date?: string | null;
	url?: string;
	/** `page`: find the article with Readability; `fragment`: the HTML is the article. */
	extract: 'page' | 'fragment';
};

// Readability drops candidates under 500 characters by default, which loses short news items.
const readabilityCharThreshold = 100;

const channelHosts = /(?:^|\.)(?:t\.me|telegram\.me|youtube\.com|vk\.com|dzen\.ru|zen\.yandex\.ru)$/iu;

function metaContent(document: DomDocument, selectors: readonly string[]): string | undefined {
	for (const selector of selectors) {
		const value = attributeOf(document.querySelector(selector), 'content');
		if (value !== undefined) {
			return value;
		}
	}

	return undefined;
}

/** `Заголовок — The Bell` → `Заголовок`: a short site name after a separator goes. */
function withoutSiteName(title: string): string {
	const parts = title.split(/\s+[|—–-]\s+/u);
	const last = parts.at(-1)!;
	return parts.length > 1 && last.split(/\s+/u).length <= 3 ? parts.slice(0, -1).join(' — ') : title;
}

/** The address a browser or SingleFile noted in a comment when it saved the page. */
function savedFromUrl(document: DomDocument): string | undefined {
	const visit = (node: DomNode, depth: number): string | undefined => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === commentNode) {
				const match = /(?:saved from url=\(\d+\)|url:)\s*(https?:\/\/\S+)/iu.exec(child.textContent ?? '');
				if (match) {
					return match[1];
				}
			} else if (depth < 2 && isElement(child)) {
				const found = visit(child, depth + 1);
				if (found !== undefined) {
					return found;
				}
			}
		}

		return undefined;
	};

	return visit(document, 0);
}

/** `datePublished` from the page's JSON-LD, where news sites put it. */
function jsonLdDate(document: DomDocument): string | undefined {
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		const match = /"datePublished"\s*:\s*"([^"]+)"/u.exec(script.textContent ?? '');
		if (match) {
			return match[1];
		}
	}

	return undefined;
}

type PageMeta = {title?: string; date: string | null; url?: string};

function pageMeta(document: DomDocument): PageMeta {
	const title = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
		?? oneLine(document.querySelector('h1')?.textContent);
	const fallbackTitle = oneLine(document.querySelector('title')?.textContent);
	const date = dateFromText(metaContent(document, [
		'meta[property="article:published_time"]',
		'meta[itemprop="datePublished"]',
		'meta[name="pubdate"]',
		'meta[name="publish-date"]',
		'meta[name="date"]',
		'meta[name="dc.date"]',
	])
	?? jsonLdDate(document)
	?? attributeOf(document.querySelector('article time[datetime], time[datetime]'), 'datetime'));
	const url = attributeOf(document.querySelector('link[rel="canonical"]'), 'href')
		?? metaContent(document, ['meta[property="og:url"]'])
		?? savedFromUrl(document)
		// A newsletter e-mail links its headline to the issue's page.
		?? attributeOf(document.querySelector('h1 a[href^="http"]'), 'href');
	const chosen = withoutSiteName(oneLine(title) || fallbackTitle);
	return {
		...(chosen === '' ? {} : {title: chosen}),
		date,
		...(url !== undefined && /^https?:\/\//iu.test(url) ? {url} : {}),
	};
}

function textLength(element: DomElement | null | undefined): number {
	return (element?.textContent ?? '').replace(/\s+/gu, ' ').trim().length;
}

/**
 * A listing (a section front, a search result, an archive page): three or more article
 * cards none of which holds most of the page's text. An issue page with teaser cards has
 * one article that does.
 */
function isListing(document: DomDocument): boolean {
	const cards = Array.from(document.querySelectorAll('article, [itemtype*="Article"], [itemtype*="BlogPosting"]'));
	if (cards.length < 3) {
		return false;
	}

	const pageText = textLength(document.body);
	const largest = Math.max(...cards.map(card => textLength(card)));
	return pageText > 0 && largest / pageText < 0.5;
}

/**
 * An article whose text is mostly link text (a landing page, a table of contents). Counted
 * on the DOM, since links that lead nowhere resolvable carry no mark into the blocks.
 */
function isMostlyLinks(root: DomElement): boolean {
	const links = Array.from(root.querySelectorAll('a'));
	const linked = links.reduce((sum, link) => sum + textLength(link), 0);
	const total = textLength(root);
	return links.length >= 3 && total > 0 && linked / total > 0.6;
}

/** A channel's page (Telegram, YouTube, VK, Dzen): a feed of posts in the platform's frame. */
function isChannelPage(document: DomDocument, url: string | undefined): boolean {
	if (document.querySelectorAll('.tgme_widget_message, .tgme_channel_info, ytd-channel-name, #channel-header').length > 0) {
		return true;
	}

	try {
		return url !== undefined && channelHosts.test(new URL(url).hostname);
	} catch {
		return false;
	}
}

/**
 * Platform widgets inside an article (Substack's subscribe and share boxes, share bars):
 * their text is an invitation, not the story.
 */
const widgetSelector = [
	'.subscription-widget-wrap', '.subscription-widget', '.subscribe-widget', '.button-wrapper', '.share-dialog',
	'.social-share', '.share', '.sharing', '.post-ufi', '.footer-subscribe',
].join(', ');

function removeWidgets(root: DomElement | DomDocument): void {
	for (const widget of Array.from(root.querySelectorAll(widgetSelector))) {
		widget.remove();
	}
}

/** The article element: Readability's choice, or the body less its obvious frame when it finds none. */
function articleOf(document: DomDocument): DomElement | undefined {
	// Readability's typings want lib.dom's Document; linkedom's document is one at run time.
	const reader = new Readability(document as never, {charThreshold: readabilityCharThreshold, serializer: node => node});
	const article = reader.parse();
	const content = article?.content as DomElement | null | undefined;
	if (content && textLength(content) > 0) {
		return content;
	}

	return undefined;
}

function bodyWithoutFrame(document: DomDocument): DomElement | undefined {
	removeWidgets(document);
	const body = document.body ?? document.documentElement ?? undefined;
	for (const frame of Array.from(body?.querySelectorAll('header, footer, nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"]') ?? [])) {
		frame.remove();
	}

	return body;
}

export function issueFromHtml(html: string, source: HtmlSource): DraftResult {
	const document = parseHtmlDocument(html);
	const meta: PageMeta = source.extract === 'page' ? pageMeta(document) : {date: null};
	const url = source.url ?? meta.url;
	if (source.extract === 'page') {
		if (isChannelPage(document, url)) {
			return reject({kind: 'channel'});
		}

		if (isListing(document)) {
			return reject({kind: 'listing'});
		}
	}

	removeWidgets(document);
	// Readability rewrites the document, so whatever is read from the page is read first.
	const root = source.extract === 'page'
		? (articleOf(document) ?? bodyWithoutFrame(parseHtmlDocument(html)))
		: (document.body ?? undefined);
	if (root !== undefined && isMostlyLinks(root)) {
		return reject({kind: 'mostly-links'});
	}

	const title = source.title || meta.title || '';
	const blocks = root === undefined ? [] : blocksFromDom(root, url);
	// What the page's text says, as for a page dump: plans and prices, headlines and dates, a channel's counters.
	const shape = source.extract === 'page' ? notAnIssueShape(blocks.flatMap(block => blockText(block).split('\n'))) : undefined;
	if (shape !== undefined) {
		return reject(shape === 'landing-page' ? {kind: 'not-an-issue', shape} : {kind: shape});
	}

	// Without a title of its own the page's first heading names it.
	const firstHeading = blocks.find(block => block.type === 'heading');
	const chosenTitle = title || (firstHeading?.type === 'heading' ? firstHeading.text : '');
	const {story, teasers, notices} = storyFromBlocks(blocks, chosenTitle);
	return {
		title: chosenTitle,
		date: source.date ?? meta.date,
		...(url === undefined ? {} : {url}),
		sourceFormat: source.sourceFormat,
		story,
		teasers,
		notices,
	};
}
