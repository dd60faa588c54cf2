import {blockText, type Block} from '../archive/issue.js';
import type {Line} from '../layout/layout.js';
import type {StorySearch} from '../state/app-model.js';
import type {StoryMatch} from '../search/find-matches.js';
import {foldForSearch} from '../state/fold-for-search.js';
import type {ShownSpan} from './styled-row.js';

/**
 * Marks the search matches on one row. Matches are known as block offsets; a row shows
 * its block's words from its anchor on, so the words matched in that block are looked
 * for in the row's text (a word form found by stemming is highlighted as it is written).
 */
export function highlightRow(lines: readonly Line[], index: number, story: readonly Block[], search: StorySearch): ShownSpan[] {
	const line = lines[index]!;
	if (search.editing || search.matches.length === 0) {
		return line.spans;
	}

	const inBlock = matchesByBlock(search, story).get(line.block);
	if (inBlock === undefined) {
		return line.spans;
	}

	const {text, forms} = inBlock;
	const current = search.matches[search.current];
	const rowEnd = lines[index + 1]?.block === line.block ? lines[index + 1]!.anchor.offset : Number.POSITIVE_INFINITY;
	const currentOnRow = current?.block === line.block && current.offset >= line.anchor.offset && current.offset < rowEnd;
	const currentForm = currentOnRow ? foldForSearch(text.slice(current.offset, current.offset + current.length)) : undefined;

	const shown: ShownSpan[] = [];
	for (const span of line.spans) {
		if (span.styles.includes('marker')) {
			shown.push(span);
			continue;
		}

		const folded = foldForSearch(span.text);
		let position = 0;
		while (position < span.text.length) {
			let best: {at: number; form: string} | undefined;
			for (const form of forms) {
				const at = folded.indexOf(form, position);
				if (at !== -1 && (best === undefined || at < best.at)) {
					best = {at, form};
				}
			}

			if (!best) {
				shown.push({...span, text: span.text.slice(position)});
				break;
			}

			if (best.at > position) {
				shown.push({...span, text: span.text.slice(position, best.at)});
			}

			const end = best.at + best.form.length;
			shown.push({...span, text: span.text.slice(best.at, end), match: best.form === currentForm ? 'current' : 'other'});
			position = end;
		}
	}

	return shown.filter(span => span.text !== '');
}

/** A block's text and the forms of the words matched in it, folded. */
type BlockMatches = {text: string; forms: string[]};

// Worked out once per search, not for every row of every frame. Keyed by the matches,
// which are replaced, never changed, and kept while n and N move between them.
const grouped = new WeakMap<readonly StoryMatch[], {story: readonly Block[]; blocks: Map<number, BlockMatches>}>();

function matchesByBlock(search: StorySearch, story: readonly Block[]): Map<number, BlockMatches> {
	const known = grouped.get(search.matches);
	if (known?.story === story) {
		return known.blocks;
	}

	const byBlock = new Map<number, StoryMatch[]>();
	for (const match of search.matches) {
		const inBlock = byBlock.get(match.block);
		if (inBlock) {
			inBlock.push(match);
		} else {
			byBlock.set(match.block, [match]);
		}
	}

	const blocks = new Map<number, BlockMatches>();
	for (const [block, matches] of byBlock) {
		const text = blockText(story[block]!);
		blocks.set(block, {text, forms: [...new Set(matches.map(match => foldForSearch(text.slice(match.offset, match.offset + match.length))))].filter(Boolean)});
	}

	grouped.set(search.matches, {story, blocks});
	return blocks;
}
