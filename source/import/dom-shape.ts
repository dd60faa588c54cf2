import {parseHTML} from 'linkedom';

/**
 * The little of the DOM that import reads, typed here because the project compiles without
 * the browser's `lib.dom` (it would make `document` look available everywhere). linkedom's
 * own typings lean on that library, so its values arrive untyped and are narrowed here once.
 */

export type DomNode = {
	readonly nodeType: number;
	readonly childNodes: ArrayLike<DomNode>;
	readonly textContent: string | null;
	readonly parentNode: DomNode | null;
};

export type DomElement = DomNode & {
	readonly localName: string;
	readonly children: ArrayLike<DomElement>;
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
	remove(): void;
};

export type DomDocument = DomNode & {
	readonly documentElement: DomElement | null;
	readonly body: DomElement | null;
	readonly head: DomElement | null;
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
};

export const elementNode = 1;
export const textNode = 3;
export const commentNode = 8;

export function isElement(node: DomNode): node is DomElement {
	return node.nodeType === elementNode;
}

/** A whole page, or a fragment (a feed item's content) wrapped into one. */
export function parseHtmlDocument(html: string): DomDocument {
	const isFragment = !/<(?:html|body)[\s>]/iu.test(html.slice(0, 4096));
	const source = isFragment ? `<!doctype html><html><head></head><body>${html}</body></html>` : html;
	// linkedom types its window against lib.dom, which is not compiled in (see above).
	return parseHTML(source).document as unknown as DomDocument;
}

export function attributeOf(element: DomElement | null | undefined, name: string): string | undefined {
	const value = element?.getAttribute(name)?.trim();
	return value === undefined || value === '' ? undefined : value;
}
