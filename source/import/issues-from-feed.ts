import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {normalizeText} from '../archive/decode.js';
import {dateFromText} from './calendar-dates.js';
import {decodeWithCharset, xmlEncoding} from './decode-with-charset.js';
import {ImportRejected, reject, type DraftResult} from './issue-draft.js';
import {firstLine} from './item-guard.js';
import {oneLine} from './one-line.js';
import {issueFromHtml} from './page-from-html.js';

/**
 * RSS 2.0 (and RSS 1.0), Atom and JSON Feed feeds → one draft per item: the full content
 * (`content:encoded`, Atom `content`) preferred over the summary (`description`, `summary`),
 * the item's own date, its link as the address. Content nodes are kept as raw XML by the
 * parser, since their HTML may come escaped, in CDATA or (Atom xhtml) as markup.
 */

export type FeedFormat = 'rss' | 'atom' | 'json-feed';

export type FeedItem = {
	title: string;
	date: string | null;
	url?: string;
	/** The item's body as HTML: the full content when the feed has it, else the summary. */
	html: string;
	/** The feed gave only a summary: the page at `url` has the whole story. */
	summaryOnly?: true;
};

export type Feed = {format: FeedFormat; items: FeedItem[]};

type XmlNode = string | {'#text'?: string; [attribute: `@_${string}`]: string | undefined} | undefined;
type XmlRecord = Record<string, unknown>;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	removeNSPrefix: true,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	htmlEntities: true,
	stopNodes: ['*.description', '*.encoded', '*.content', '*.summary'],
	isArray: name => name === 'item' || name === 'entry' || name === 'link',
});

function textOf(node: unknown): string {
	if (typeof node === 'string') {
		return node;
	}

	if (node !== null && typeof node === 'object' && '#text' in node && typeof (node as XmlRecord)['#text'] === 'string') {
		return (node as {'#text': string})['#text'];
	}

	return '';
}

function attributeOf(node: unknown, name: string): string | undefined {
	if (node === null || typeof node !== 'object') {
		return undefined;
	}

	const value = (node as XmlRecord)[`@_${name}`];
	return typeof value === 'string' ? value : undefined;
}

function unescapeXml(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(lt|gt|amp|quot|apos));/giu, (whole, decimal?: string, hex?: string, name?: string) => {
		if (decimal !== undefined || hex !== undefined) {
			const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal);
			return code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : whole;
		}

		return {lt: '<', gt: '>', amp: '&', quot: '"', apos: '\''}[name!.toLowerCase() as 'lt'] ?? whole;
	});
}

/** A raw content node's HTML: CDATA sections as they are, escaped text unescaped, xhtml as markup. */
function htmlOfRaw(node: XmlNode): string {
	const raw = textOf(node);
	if (attributeOf(node, 'type') === 'xhtml') {
		return raw;
	}

	let html = '';
	let position = 0;
	for (const match of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/gu)) {
		html += unescapeXml(raw.slice(position, match.index)) + match[1]!;
		position = match.index + match[0].length;
	}

	html += unescapeXml(raw.slice(position));
	if (attributeOf(node, 'type') === 'text' || !/<[a-z][^>]*>/iu.test(html)) {
		// Plain text: its blank lines are the paragraph breaks.
		return html.split(/\n\s*\n/u).map(paragraph => `<p>${paragraph.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('');
	}

	return html;
}

/** A feed's title may carry markup, which is no part of the title. */
function titleOf(node: unknown): string {
	// Normalized before the tags go, so a control sequence running into a tag is dropped whole.
	return oneLine(normalizeText(textOf(node)).replace(/<[^>]*>/gu, ' '));
}

function list(value: unknown): unknown[] {
	return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function rssItem(item: XmlRecord): FeedItem {
	const guid = item.guid;
	const link = textOf(list(item.link)[0]) || (attributeOf(guid, 'isPermaLink') === 'false' ? '' : textOf(guid));
	const summaryOnly = textOf(item.encoded) === '';
	const content = summaryOnly ? item.description : item.encoded;
	return {
		title: titleOf(item.title),
		date: dateFromText(textOf(item.pubDate) || textOf(item.date) || undefined),
		...(/^https?:\/\//iu.test(link.trim()) ? {url: link.trim()} : {}),
		html: htmlOfRaw(content as XmlNode),
		...(summaryOnly ? {summaryOnly} : {}),
	};
}

function atomItem(entry: XmlRecord): FeedItem {
	const links = list(entry.link);
	const alternate = links.find(link => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
	const href = attributeOf(alternate, 'href');
	const summaryOnly = textOf(entry.content) === '';
	const content = summaryOnly ? entry.summary : entry.content;
	return {
		title: titleOf(entry.title),
		date: dateFromText(textOf(entry.published) || textOf(entry.updated) || textOf(entry.issued) || undefined),
		...(href !== undefined && /^https?:\/\//iu.test(href) ? {url: href} : {}),
		html: htmlOfRaw(content as XmlNode),
		...(summaryOnly ? {summaryOnly} : {}),
	};
}

function jsonFeedItem(item: Record<string, unknown>): FeedItem {
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const url = text(item.url) || text(item.external_url);
	const summaryOnly = text(item.content_html) === '' && text(item.content_text) === '';
	const html = text(item.content_html) === ''
		? htmlOfRaw(text(item.content_text) || text(item.summary))
		: text(item.content_html);
	return {
		title: titleOf(text(item.title)),
		date: dateFromText(text(item.date_published) || text(item.date_modified) || undefined),
		...(/^https?:\/\//iu.test(url.trim()) ? {url: url.trim()} : {}),
		html,
		...(summaryOnly ? {summaryOnly} : {}),
	};
}

/** JSON Feed (1.0 and 1.1): an object whose `version` names the spec, with an `items` array. */
function parseJsonFeed(text: string): Feed {
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		throw new ImportRejected({kind: 'malformed-json', detail: firstLine(error)});
	}

	const {version, items} = (document ?? {}) as Record<string, unknown>;
	if (typeof version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\//u.test(version)) {
		throw new ImportRejected({kind: 'not-a-feed'});
	}

	const records = list(items).filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item));
	return {format: 'json-feed', items: records.map(item => jsonFeedItem(item))};
}

/** A JSON document starts with a brace (after a byte-order mark and white space). */
export function looksLikeJson(bytes: Uint8Array): boolean {
	for (const byte of bytes.subarray(0, 1024)) {
		if (byte === 0x7b) {
			return true;
		}

		if (![0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf].includes(byte)) {
			return false;
		}
	}

	return false;
}

/**
 * Decodes and parses a feed; a malformed or foreign document throws {@link ImportRejected}.
 * `charset` is what the server declared, for a document that does not declare its own.
 */
export function parseFeed(bytes: Uint8Array, charset?: string): Feed {
	if (looksLikeJson(bytes)) {
		// JSON is UTF-8 by its specification.
		return parseJsonFeed(decodeWithCharset(bytes, 'utf-8'));
	}

	const text = decodeWithCharset(bytes, xmlEncoding(bytes) ?? charset);
	const validation = XMLValidator.validate(text);
	if (validation !== true) {
		throw new ImportRejected({kind: 'malformed-xml', line: validation.err.line, detail: validation.err.msg});
	}

	const document = parser.parse(text) as XmlRecord;
	const rss = document.rss as XmlRecord | undefined;
	const rdf = document.RDF as XmlRecord | undefined;
	const atom = document.feed as XmlRecord | undefined;
	if (rss !== undefined || rdf !== undefined) {
		const channel = (rss?.channel ?? {}) as XmlRecord;
		// RSS 1.0 puts its items beside the channel, RSS 2.0 inside it.
		const items = list(channel.item ?? rdf?.item).filter((item): item is XmlRecord => typeof item === 'object' && item !== null);
		return {format: 'rss', items: items.map(item => rssItem(item))};
	}

	if (atom !== undefined && typeof atom === 'object') {
		const entries = list(atom.entry).filter((entry): entry is XmlRecord => typeof entry === 'object' && entry !== null);
		return {format: 'atom', items: entries.map(entry => atomItem(entry))};
	}

	throw new ImportRejected({kind: 'not-a-feed'});
}

export function issueFromFeedItem(item: FeedItem, format: FeedFormat): DraftResult {
	if (item.html.trim() === '') {
		return reject({kind: 'no-story'});
	}

	return issueFromHtml(item.html, {
		sourceFormat: format,
		title: item.title,
		date: item.date,
		...(item.url === undefined ? {} : {url: item.url}),
		extract: 'fragment',
	});
}
