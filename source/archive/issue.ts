/**
 * The parsed shape of one stored newsletter issue, whatever its file format (a page dump
 * or Markdown): title, date, story blocks, teasers of other issues and notices.
 *
 * Every text field is already decoded, sanitised and NFC-normalised: nothing
 * downstream (layout, export, search) needs to care where the text came from.
 */

/** An inline style over a character range of a block's plain text. */
export type Mark = {
	/** First character (UTF-16 offset into the block text). */
	start: number;
	/** One past the last character. */
	end: number;
	kind: 'bold' | 'italic' | 'code' | 'link';
	/** Target of a link mark. */
	href?: string;
};

/** One run of inline text: the plain text plus optional style ranges. */
export type InlineText = {
	text: string;
	marks?: Mark[];
};

export type TextBlock = InlineText & {
	type: 'paragraph' | 'heading' | 'quote' | 'footnote';
};

export type ListBlock = {
	type: 'list';
	ordered: boolean;
	/** Number of the first item of an ordered list. */
	start?: number;
	items: InlineText[];
};

export type Block = TextBlock | ListBlock;

export type Teaser = {
	title: string;
	summary: string;
	/** Id of the stored issue this teaser points to, or null when it is not in the archive. */
	id: string | null;
};

/** Why a line is a notice: a known pattern, or learned from its recurrence across issues. */
export type NoticeReason = {kind: 'known'} | {kind: 'repeated'; issues: number};

export type SourceFormat = 'page-dump' | 'markdown';

export type Issue = {
	/** File name without its extension. */
	id: string;
	title: string;
	/** `YYYY-MM-DD`, or null when unknown (sorted last). */
	date: string | null;
	/** Path of the file the issue was read from. */
	source: string;
	format: SourceFormat;
	/** Original address, when the file says so (Markdown front matter). */
	url?: string;
	/**
	 * What the issue was imported from (`html`, `mail`, `rss` …), from the `source_format`
	 * front matter key that `import` writes. A free string: files written by a newer
	 * version may name formats this one does not know.
	 */
	sourceFormat?: string;
	tags?: string[];
	story: Block[];
	teasers: Teaser[];
	notices: string[];
	/**
	 * Why each notice is one, in the order of `notices`: a known pattern, or learned from
	 * its recurrence across issues. Absent when every notice is a known one.
	 */
	noticeReasons?: NoticeReason[];
	/** The story's words, where they were counted already (the story cache keeps the count). */
	words?: number;
};

/**
 * A position in a story that does not depend on the terminal width:
 * the block index and a character offset into that block's anchor text
 * (see {@link blockText}).
 */
export type Anchor = {
	block: number;
	offset: number;
};

/** Separator between list items in a list block's anchor text. */
export const listItemSeparator = '\n';

/**
 * The plain text a block's anchor offsets count in. For a list it is the items
 * joined by a newline, so an offset names one item and a character in it.
 */
export function blockText(block: Block): string {
	return block.type === 'list' ? block.items.map(item => item.text).join(listItemSeparator) : block.text;
}
