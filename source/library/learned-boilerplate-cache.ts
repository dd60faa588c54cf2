import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Issue} from '../archive/issue.js';
import {issueFormatOf} from '../archive/issue-file.js';
import {countedBlocks, learnedKey, type LearnedBoilerplate} from '../archive/learned-boilerplate.js';
import {pathKey} from '../archive/path-key.js';
import {headingKey} from '../archive/story-lines.js';
import type {Catalog} from './catalog.js';
import {loadIssueParsers} from './issue-parsers.js';
import {parserVersion} from './parser-version.js';
import {readIssueFile, type FileStamp} from './read-issue-file.js';
import {writeCacheFile} from './write-file-atomically.js';

/**
 * Learns each newsletter's boilerplate from the archive: the blocks at the edges of the
 * stories (as parsed with the known boilerplate only) are counted across the catalog's
 * issues, and a block in {@link minRepeatingIssues} or more issues of one source is learned.
 * Short lines that recur as sub-headings are learned too, as evidence for a heading.
 *
 * Kept in two cache files beside the catalog's, and never needed to list the archive:
 * - `boilerplate-<folder>.json`: per file, its stamp and the hashes of its counted blocks,
 *   plus the text of every block seen in two issues or more. Only files whose catalog stamp
 *   moved are parsed again (or none, when the catalog has just parsed them: `countingIssues`).
 * - `boilerplate-<folder>.learned.json`: what was learned, under a fingerprint of the
 *   catalog's stamps. While the catalog is unchanged, only this small file is read.
 */

/**
 * In how many issues of a newsletter a block must recur to be learned. In two, a block is
 * as often a story told twice (a correction, a follow-up quoting the lead) as boilerplate; a
 * promo or a sign-up line recurs in every issue of a season, so three is met within a week.
 */
export const minRepeatingIssues = 3;

const learnedCacheVersion = 1;

/** Hashes (`pathKey` of the counted key) of a file's edge blocks and of its sub-headings. */
type CountedRow = [size: number, mtimeMs: number, blocks: string[], headings: string[]];
type FileRow = [relative: string, ...CountedRow];
type CountsFile = {
	version: number;
	dir: string;
	files: FileRow[];
	/** Hash → [source, text] of every block or heading seen in two issues or more. */
	texts: Record<string, [string, string]>;
};

/** A learned block as the `boilerplate` command lists it. */
export type LearnedBlock = {source: string; text: string; issues: number; kind: 'block' | 'heading'};

type LearnedFile = {
	version: number;
	dir: string;
	fingerprint: string;
	/** The catalog's revision it was learned at, when the catalog had one: read by it without the catalog. */
	revision?: string;
	learned: LearnedBlock[];
};

/** A block the user said is story: learning never takes it, in any issue of its source. */
export type StoryChoice = {source: string; text: string};

/**
 * What the catalog parsed in this run, counted as it went (see {@link countingIssues}): only
 * hashes. A block's text is a slice of its whole file's text, so keeping texts of 10,000
 * issues would keep the 10,000 files in memory; texts are read again where needed.
 */
export type CountedIssues = Map<string, {stamp: FileStamp; row: CountedRow}>;

function countsPath(cacheDir: string, dir: string): string {
	return path.join(cacheDir, `boilerplate-${pathKey(path.resolve(dir))}.json`);
}

function learnedPath(cacheDir: string, dir: string): string {
	return countsPath(cacheDir, dir).replace(/\.json$/u, '.learned.json');
}

const headingHash = (key: string) => pathKey(`heading\n${key}`);

/** Each counted block or heading of an issue: its hash, source and text. */
function countedTexts(issue: Issue): Array<[hash: string, source: string, text: string]> {
	const counted = countedBlocks(issue);
	return [
		...counted.blocks.map(block => [pathKey(block.key), counted.source, block.text] as [string, string, string]),
		...counted.headings.map(heading => [headingHash(heading.key), '', heading.text] as [string, string, string]),
	];
}

/** One issue's row: the hashes of what it adds to the counts. */
function countIssue(issue: Issue, stamp: FileStamp): CountedRow {
	const counted = countedBlocks(issue);
	return [stamp.size, stamp.mtimeMs, counted.blocks.map(block => pathKey(block.key)), counted.headings.map(heading => headingHash(heading.key))];
}

/**
 * A collector for `readCatalog`'s `onIssue`: what the catalog parses is counted on the way,
 * so learning does not parse it again. Only the counts are kept, not the issues.
 */
export function countingIssues(): {counted: CountedIssues; onIssue: (file: string, stamp: FileStamp, issue: Issue) => void} {
	const counted: CountedIssues = new Map();
	return {
		counted,
		onIssue(file, stamp, issue) {
			counted.set(file, {stamp, row: countIssue(issue, stamp)});
		},
	};
}

/** The catalog's stamps in one short string: what was learned holds while it is the same. */
function fingerprintOf(catalog: Pick<Catalog, 'dir' | 'entries'>): string {
	let text = `${parserVersion}\n${minRepeatingIssues}`;
	for (const entry of catalog.entries) {
		text += `\n${entry.file}\t${entry.size}\t${entry.mtimeMs}`;
	}

	return pathKey(text);
}

function readJson(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function isLearnedBlock(value: unknown): value is LearnedBlock {
	const block = value as Partial<LearnedBlock> | null;
	return typeof block?.source === 'string' && typeof block.text === 'string' && Number.isInteger(block.issues) && (block.kind === 'block' || block.kind === 'heading');
}

/** The learned file, when it is sound and of this archive; undefined otherwise. */
function readLearnedFile(cacheDir: string, dir: string): LearnedFile | undefined {
	const file = readJson(learnedPath(cacheDir, dir)) as Partial<LearnedFile> | undefined;
	return file?.version === learnedCacheVersion && file.dir === dir && typeof file.fingerprint === 'string'
		&& Array.isArray(file.learned) && file.learned.every(block => isLearnedBlock(block))
		? file as LearnedFile
		: undefined;
}

function isFileRow(row: unknown): row is FileRow {
	return Array.isArray(row) && row.length === 5 && typeof row[0] === 'string' && typeof row[1] === 'number' && typeof row[2] === 'number'
		&& Array.isArray(row[3]) && Array.isArray(row[4]);
}

function readCounts(cacheDir: string, dir: string): Pick<CountsFile, 'files' | 'texts'> {
	const file = readJson(countsPath(cacheDir, dir)) as Partial<CountsFile> | undefined;
	if (file?.version !== learnedCacheVersion || file.dir !== dir || !Array.isArray(file.files) || typeof file.texts !== 'object' || file.texts === null) {
		return {files: [], texts: {}};
	}

	return {files: file.files.filter(row => isFileRow(row)), texts: file.texts};
}

/**
 * Counts the archive's blocks again where the catalog's stamps moved, and returns what is
 * learned (before the user's choices).
 */
async function relearn(catalog: Pick<Catalog, 'dir' | 'entries'>, cacheDir: string, counted: CountedIssues | undefined): Promise<LearnedBlock[]> {
	const {dir} = catalog;
	const old = readCounts(cacheDir, dir);
	const oldRows = new Map(old.files.map(row => [row[0], row]));
	const rows: FileRow[] = [];
	// Files counted in this run, whose texts may be needed: a count that moved to two is theirs.
	const fresh: Array<{file: string; row: FileRow}> = [];
	const toParse = catalog.entries.filter(entry => {
		const row = oldRows.get(entry.file.slice(dir.length + 1));
		const known = counted?.get(entry.file);
		return !(row?.[1] === entry.size && row[2] === entry.mtimeMs) && !(known?.stamp.size === entry.size && known.stamp.mtimeMs === entry.mtimeMs);
	});
	const parsers = await loadIssueParsers(toParse.some(entry => entry.format === 'markdown'));
	const parsed = new Set(toParse.map(entry => entry.file));
	for (const entry of catalog.entries) {
		const relative = entry.file.slice(dir.length + 1);
		const stamp = {size: entry.size, mtimeMs: entry.mtimeMs};
		let row: CountedRow | undefined;
		if (parsed.has(entry.file)) {
			const issue = readIssueFile(entry.file, parsers);
			// A file gone bad since it was catalogued counts nothing; the next catalog says why.
			row = 'problem' in issue ? undefined : countIssue(issue, stamp);
		} else {
			const known = counted?.get(entry.file);
			if (known?.stamp.size !== entry.size || known.stamp.mtimeMs !== entry.mtimeMs) {
				// Unchanged since the counts were kept.
				rows.push(oldRows.get(relative)!);
				continue;
			}

			row = known.row;
		}

		if (row !== undefined) {
			const fileRow: FileRow = [relative, ...row];
			rows.push(fileRow);
			fresh.push({file: entry.file, row: fileRow});
		}
	}

	const counts = new Map<string, number>();
	for (const row of rows) {
		for (const hash of [...row[3], ...row[4]]) {
			counts.set(hash, (counts.get(hash) ?? 0) + 1);
		}
	}

	// A block's text is kept from its second issue on. When a count moved to two or more in
	// this run, one of the files counted now has it: that file is read again for the text.
	const texts: Record<string, [string, string]> = {};
	const missing = new Set<string>();
	for (const [hash, issues] of counts) {
		const text = old.texts[hash];
		if (issues >= 2 && text !== undefined) {
			texts[hash] = text;
		} else if (issues >= 2) {
			missing.add(hash);
		}
	}

	await readMissingTexts(fresh, missing, texts);
	const learned: LearnedBlock[] = [];
	const headings = new Set(rows.flatMap(row => row[4]));
	for (const [hash, issues] of counts) {
		const text = texts[hash];
		if (issues >= minRepeatingIssues && text !== undefined) {
			learned.push({source: text[0], text: text[1], issues, kind: headings.has(hash) ? 'heading' : 'block'});
		}
	}

	learned.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'block' ? -1 : 1) || b.issues - a.issues || a.source.localeCompare(b.source) || a.text.localeCompare(b.text));
	const countsFile: CountsFile = {version: learnedCacheVersion, dir, files: rows, texts};
	writeCacheFile(countsPath(cacheDir, dir), JSON.stringify(countsFile));
	return learned;
}

/** Fills in the texts of the `missing` hashes by reading again, for each, one file counted now that has it. */
async function readMissingTexts(fresh: ReadonlyArray<{file: string; row: FileRow}>, missing: Set<string>, texts: Record<string, [string, string]>): Promise<void> {
	const hasMissing = (row: FileRow) => row[3].some(hash => missing.has(hash)) || row[4].some(hash => missing.has(hash));
	const toRead = fresh.filter(({row}) => hasMissing(row));
	const parsers = toRead.length === 0 ? {} : await loadIssueParsers(toRead.some(({file}) => issueFormatOf(file) === 'markdown'));
	for (const {file, row} of toRead) {
		if (!hasMissing(row)) {
			continue;
		}

		const issue = readIssueFile(file, parsers);
		for (const [hash, source, text] of 'problem' in issue ? [] : countedTexts(issue)) {
			if (missing.delete(hash)) {
				texts[hash] = [source, text];
			}
		}
	}
}

/** What is learned from the archive the catalog describes, every block with the user's choice. */
export async function learnedBlocks(catalog: Pick<Catalog, 'dir' | 'entries' | 'revision'>, cacheDir: string, counted?: CountedIssues): Promise<LearnedBlock[]> {
	const kept = readLearnedFile(cacheDir, catalog.dir);
	// Learned at the catalog's revision: the same stamps, without going over them again.
	if (kept !== undefined && catalog.revision !== undefined && kept.revision === catalog.revision) {
		return kept.learned;
	}

	const fingerprint = fingerprintOf(catalog);
	if (kept !== undefined && kept.fingerprint === fingerprint && catalog.revision === undefined) {
		return kept.learned;
	}

	const learned = kept?.fingerprint === fingerprint ? kept.learned : await relearn(catalog, cacheDir, counted);
	const learnedFile: LearnedFile = {version: learnedCacheVersion, dir: catalog.dir, fingerprint, learned, ...(catalog.revision === undefined ? {} : {revision: catalog.revision})};
	writeCacheFile(learnedPath(cacheDir, catalog.dir), JSON.stringify(learnedFile));
	return learned;
}

/**
 * What was learned when the catalog had this revision, without reading the catalog;
 * undefined when nothing was learned at it. The user's choices applied.
 */
export function learnedAtRevision(cacheDir: string, archiveDir: string, revision: string, choices: readonly StoryChoice[]): LearnedBoilerplate | undefined {
	const kept = readLearnedFile(cacheDir, path.resolve(archiveDir));
	return kept?.revision === revision ? boilerplateForParsing(kept.learned, choices) : undefined;
}

/** Whether the user said this block is story. */
export function isKeptAsStory(block: Pick<LearnedBlock, 'source' | 'text'>, choices: readonly StoryChoice[]): boolean {
	const key = learnedKey(block.source, block.text);
	return choices.some(choice => learnedKey(choice.source, choice.text) === key);
}

/** The learned set parsing takes: the learned blocks but those the user keeps as story. */
export function boilerplateForParsing(learned: readonly LearnedBlock[], choices: readonly StoryChoice[]): LearnedBoilerplate {
	const blocks = new Map<string, number>();
	const headings = new Set<string>();
	let digest = '';
	let storyDigest = '';
	for (const block of learned) {
		if (block.kind === 'heading') {
			headings.add(headingKey(block.text));
		} else if (!isKeptAsStory(block, choices)) {
			blocks.set(learnedKey(block.source, block.text), block.issues);
		} else {
			continue;
		}

		digest += `${block.kind}\t${block.issues}\t${block.source}\t${block.text}\n`;
		storyDigest += `${block.kind}\t${block.source}\t${block.text}\n`;
	}

	return {id: digest === '' ? 'none' : pathKey(digest), storyId: storyDigest === '' ? 'none' : pathKey(storyDigest), blocks, headings};
}

/** The learned set for parsing the catalog's issues, with the user's choices applied. */
export async function learnedBoilerplate(catalog: Pick<Catalog, 'dir' | 'entries' | 'revision'>, cacheDir: string, choices: readonly StoryChoice[], counted?: CountedIssues): Promise<LearnedBoilerplate> {
	return boilerplateForParsing(await learnedBlocks(catalog, cacheDir, counted), choices);
}
