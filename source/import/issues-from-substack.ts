import {decodeBytes} from '../archive/decode.js';
import {dateFromText} from './calendar-dates.js';
import {ImportRejected, reject, type DraftResult} from './issue-draft.js';
import {guarded} from './item-guard.js';
import {oneLine} from './one-line.js';
import {issueFromHtml} from './page-from-html.js';
import {parseCsvRecords} from './parse-csv.js';

/**
 * A Substack export (the folder or its zip): `posts.csv` lists the posts (`post_id`,
 * `post_date`, `is_published`, `title`, `subtitle` …) and `posts/<post_id>.html` holds each
 * post's body. Files come in as a map from paths inside the export to their bytes.
 */

export type SubstackPost = {entry: string; result: DraftResult};

/** Where `posts.csv` sits in the export (the zip may wrap everything in a folder). */
export function substackRoot(names: Iterable<string>): string | undefined {
	const candidates = [...names].filter(name => name === 'posts.csv' || name.endsWith('/posts.csv'));
	candidates.sort((a, b) => a.length - b.length);
	return candidates[0]?.slice(0, -'posts.csv'.length);
}

/** Only the list and the post bodies are read from an export; images and the rest are not. */
export function isSubstackEntry(name: string): boolean {
	return name.endsWith('posts.csv') || /(?:^|\/)posts\/[^/]+\.html?$/iu.test(name);
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

export function issuesFromSubstack(files: ReadonlyMap<string, Uint8Array>): SubstackPost[] {
	const root = substackRoot(files.keys());
	if (root === undefined) {
		throw new ImportRejected({kind: 'not-substack'});
	}

	const records = parseCsvRecords(decodeBytes(files.get(`${root}posts.csv`)!).text);
	if (records.length === 0 || !('post_id' in records[0]!)) {
		throw new ImportRejected({kind: 'not-substack'});
	}

	return records.map(record => {
		const entry = `${root}posts/${record.post_id}.html`;
		if (record.is_published?.toLowerCase() === 'false') {
			return {entry, result: reject({kind: 'draft-post'})};
		}

		const body = files.get(entry);
		if (body === undefined) {
			return {entry, result: reject({kind: 'substack-post-missing', file: entry})};
		}

		// The subtitle is the post's standfirst: it leads the story.
		const subtitle = record.subtitle?.trim() ? `<p>${escapeHtml(record.subtitle.trim())}</p>` : '';
		return {
			entry,
			result: guarded(() => issueFromHtml(subtitle + decodeBytes(body).text, {
				sourceFormat: 'substack',
				title: oneLine(record.title),
				date: dateFromText(record.post_date || record.email_sent_at || undefined),
				extract: 'fragment',
			})),
		};
	});
}
