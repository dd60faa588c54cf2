import {parse as parseYaml} from 'yaml';
import {calendarDate} from './calendar-date.js';
import {FrontMatterError} from './front-matter-error.js';

/**
 * The YAML header of a Markdown issue: title, date, url, tags, and
 * `source_format`, which `import` adds to say what the issue was converted from.
 */
export type FrontMatter = {
	title?: string;
	date?: string;
	url?: string;
	tags?: string[];
	sourceFormat?: string;
};

export {FrontMatterError} from './front-matter-error.js';

const fence = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;

function asText(value: unknown): string | undefined {
	if (typeof value === 'string') {
		return value.trim() === '' ? undefined : value.trim();
	}

	if (typeof value === 'number') {
		return String(value);
	}

	return undefined;
}

function dateOf(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return value.toISOString().slice(0, 10);
	}

	const text = asText(value);
	return text === undefined ? undefined : calendarDate(text);
}

function tagsOf(value: unknown): string[] | undefined {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	const tags = list.map(tag => asText(tag)).filter((tag): tag is string => tag !== undefined);
	return tags.length > 0 ? tags : undefined;
}

/** Splits a Markdown file into its front matter and body. A file without front matter is all body. */
export function splitFrontMatter(text: string): {frontMatter: FrontMatter; body: string} {
	const match = fence.exec(text);
	if (!match) {
		return {frontMatter: {}, body: text};
	}

	let data: unknown;
	try {
		data = parseYaml(match[1]!);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new FrontMatterError(`YAML: ${reason}`);
	}

	const body = text.slice(match[0].length);
	if (data === null || data === undefined) {
		return {frontMatter: {}, body};
	}

	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new FrontMatterError('YAML: not a mapping');
	}

	const record = data as Record<string, unknown>;
	const frontMatter: FrontMatter = {};
	const title = asText(record.title);
	const date = dateOf(record.date);
	const url = asText(record.url);
	const tags = tagsOf(record.tags);
	const sourceFormat = asText(record.source_format);
	if (title !== undefined) {
		frontMatter.title = title;
	}

	if (date !== undefined) {
		frontMatter.date = date;
	}

	if (url !== undefined) {
		frontMatter.url = url;
	}

	if (tags !== undefined) {
		frontMatter.tags = tags;
	}

	if (sourceFormat !== undefined) {
		frontMatter.sourceFormat = sourceFormat;
	}

	return {frontMatter, body};
}
