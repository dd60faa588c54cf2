#!/usr/bin/env node
// @ts-check
// Bundles bell-reader into dist/ with esbuild, so that `npx bell-reader` starts fast and the
// packed tarball needs no registry installs (an npx run that must fetch dependencies first
// takes many times longer than one with everything bundled).
// Plain JavaScript on purpose: it runs before anything is compiled.
//
// Printing commands must start in at most 1.5× a bare `node -e 0`. An ESM entry with shared
// chunks starts measurably slower than one CommonJS file (the ESM loader links each chunk
// asynchronously), so the layout is:
//   dist/cli.cjs        the printing commands, one CommonJS file; code reached only through
//                       import() is wrapped and runs on first use
//   dist/parts/*.cjs    what only some starts need (the reader's start, search, import, fetch,
//                       help, the line breaker, the Markdown reader), so that the others
//                       do not compile it
//   dist/ui.mjs         the full-screen reader: Ink and React (ESM, top-level await)
//   dist/vendor/*.cjs   one file per heavy library (Markdown, YAML, hyphenation patterns,
//                       conf, the stemmer, the importers' parsers), loaded when first needed
//   dist/bench.mjs      `npm run bench`
//   dist/THIRD-PARTY-NOTICES.txt  the licence texts of the packages bundled into them
//   dist/dictionary/    OpenCorpora's Russian word forms (from the az package), read by the
//                       search on first use, with their licence
// Native modules (better-sqlite3, node-pty) stay in node_modules.
import {chmod, copyFile, mkdir, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {build} from 'esbuild';
import {bundledPackages, MissingLicenceError, noticesText} from './third-party-notices.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'dist');

/**
 * Library → its vendor file. Our code is ESM in a "type": "module" package, so a default
 * import of a CommonJS file gets Node's answer: `module.exports` itself. A library imported
 * by its default export therefore becomes the vendor file's `module.exports`; one imported by
 * name is re-exported as ESM, which esbuild annotates so that Node finds the names too.
 */
const vendors = {
	marked: {file: 'marked', entry: "export {Lexer} from 'marked';"},
	yaml: {file: 'yaml', entry: "export {parse} from 'yaml';"},
	entities: {file: 'entities', entry: "export {decodeHTML} from 'entities';"},
	'hyphen/ru/index.js': {file: 'hyphen-ru', entry: "module.exports = require('hyphen/ru/index.js');"},
	conf: {file: 'conf', entry: "module.exports = require('conf').default;"},
	'@nlpjs/lang-ru/src/stemmer-ru.js': {file: 'stemmer-ru', entry: "module.exports = require('@nlpjs/lang-ru/src/stemmer-ru.js');"},
	linkedom: {file: 'linkedom', entry: "export {parseHTML} from 'linkedom';"},
	'@mozilla/readability': {file: 'readability', entry: "export {Readability} from '@mozilla/readability';"},
	'postal-mime': {file: 'postal-mime', entry: "module.exports = require('postal-mime').default;"},
	'fast-xml-parser': {file: 'fast-xml-parser', entry: "export {XMLParser, XMLValidator} from 'fast-xml-parser';"},
	fflate: {file: 'fflate', entry: "export {Unzip, UnzipInflate} from 'fflate';"},
};

const native = ['better-sqlite3', 'node-pty'];

/**
 * Parts of our own code that only some commands run, bundled into files of their own:
 * CommonJS compiles a whole file when it is required (the cost grows with its size), so every
 * command would otherwise pay for the importers, the search engine and the reader's frames.
 * File in dist/ (without its extension) → its source below source/.
 */
const commonJsParts = {
	'parts/interactive': 'commands/interactive-command.ts',
	'parts/search': 'commands/search-command.ts',
	'parts/import': 'commands/import-command.ts',
	'parts/fetch': 'commands/fetch-command.ts',
	'parts/watch': 'commands/watch-command.ts',
	'parts/subscribe': 'commands/subscribe-command.ts',
	'parts/subscriptions': 'commands/subscriptions-command.ts',
	'parts/unsubscribe': 'commands/unsubscribe-command.ts',
	'parts/boilerplate': 'commands/boilerplate-command.ts',
	'parts/bookmarks': 'commands/bookmarks-command.ts',
	'parts/load-issues': 'commands/load-issues.ts',
	'parts/library-fetch': 'commands/library-fetch.ts',
	'parts/search-index': 'search/search-index.ts',
	'parts/help': 'cli/help-text.ts',
	'parts/line-wrapper': 'export/line-wrapper.ts',
	'parts/markdown': 'archive/parse-markdown.ts',
};

/** Every separate part, the ESM reader included: its file in dist/ and its source below source/. */
const separateParts = [
	...Object.entries(commonJsParts).map(([name, source]) => ({file: `${name}.cjs`, source})),
	{file: 'ui.mjs', source: 'ui/run-interactive.tsx'},
];

/**
 * Points imports of vendored libraries and of the separate parts at their files in dist/,
 * relative to the output file being built (`fromDir`, relative to dist/).
 * @param {string} fromDir
 */
function separateFiles(fromDir) {
	const relative = (/** @type {string} */ target) => {
		const link = path.posix.relative(fromDir, target);
		return link.startsWith('.') ? link : `./${link}`;
	};

	return {
		name: 'separate-files',
		/** @param {import('esbuild').PluginBuild} pluginBuild */
		setup(pluginBuild) {
			// esbuild takes Go regular expressions: no flags, and only metacharacters escaped.
			const escape = (/** @type {string} */ text) => text.replaceAll(/[.*+?^${}()|[\]\\]/gu, String.raw`\$&`);
			const names = Object.keys(vendors).map(name => escape(name));
			pluginBuild.onResolve({filter: new RegExp(`^(?:${names.join('|')})$`)}, ({path: name}) => ({
				path: relative(`vendor/${vendors[/** @type {keyof typeof vendors} */ (name)].file}.cjs`),
				external: true,
			}));
			// Matched by file name, then checked by the resolved path (imports name them relatively).
			// Sources are imported by their compiled name: commands/search-command.ts as …/search-command.js.
			const importedName = (/** @type {string} */ source) => source.replace(/\.tsx?$/u, '.js');
			const fileNames = separateParts.map(({source}) => escape(path.posix.basename(importedName(source))));
			pluginBuild.onResolve({filter: new RegExp(`(?:^|/)(?:${fileNames.join('|')})$`)}, ({path: name, kind, resolveDir}) => {
				// The part's own entry point is bundled, not pointed away from.
				if (kind === 'entry-point') {
					return undefined;
				}

				const resolved = path.resolve(resolveDir, name).split(path.sep).join('/');
				const part = separateParts.find(({source}) => resolved.endsWith(`/source/${importedName(source)}`));
				return part ? {path: relative(part.file), external: true} : undefined;
			});
		},
	};
}

const common = /** @type {const} */ ({
	absWorkingDir: root,
	bundle: true,
	platform: 'node',
	target: 'node20',
	external: native,
	// React and Ink leave out their development-only code.
	define: {'process.env.NODE_ENV': '"production"'},
	// Smaller files parse faster at every start; the metafile says which source went where.
	minify: process.env.BELL_READER_NO_MINIFY !== "1",
	// Russian text in regular expressions stays a literal, compiled once where it stands.
	charset: 'utf8',
	metafile: true,
	legalComments: 'none',
	logLevel: 'warning',
});

// Bundled CommonJS dependencies call require(); ESM output has none of its own.
const esmBanner = {js: "import {createRequire as __bellCreateRequire} from 'node:module';const require = __bellCreateRequire(import.meta.url);"};

await rm(outdir, {recursive: true, force: true});

const builds = await Promise.all([
	...Object.values(vendors).map(({file, entry}) => build({
		...common,
		stdin: {contents: entry, resolveDir: root, loader: 'js', sourcefile: `vendor-${file}.js`},
		outfile: path.join(outdir, 'vendor', `${file}.cjs`),
		format: 'cjs',
	})),
	...Object.entries({cli: 'cli.ts', ...commonJsParts}).map(([name, source]) => build({
		...common,
		entryPoints: {[name]: `source/${source}`},
		outdir,
		outExtension: {'.js': '.cjs'},
		format: 'cjs',
		plugins: [separateFiles(path.posix.dirname(name))],
		// import() of a CommonJS file goes through the ESM loader, which lexes the whole file
		// for its export names, a cost require() does not have. So import()
		// becomes require(), except in the reader's start, which must import the ESM reader.
		supported: {'dynamic-import': name === 'parts/interactive'},
		// CommonJS has no import.meta: the one thing read from it is this file's address.
		define: {...common.define, 'import.meta.url': '__bellFileUrl'},
		banner: {js: "const __bellFileUrl = require('node:url').pathToFileURL(__filename).href;"},
	})),
	build({
		...common,
		entryPoints: {ui: 'source/ui/run-interactive.tsx', bench: 'source/bench/main.ts'},
		outdir,
		outExtension: {'.js': '.mjs'},
		format: 'esm',
		plugins: [separateFiles('.')],
		banner: esmBanner,
		// Ink imports react-devtools-core only when DEV is set; it is not installed.
		alias: {'react-devtools-core': './source/build/devtools-stub.js'},
	}),
]);

// Which sources and packages each output file holds: tests check what a start loads by it.
const outputs = Object.assign({}, ...builds.map(result => result.metafile.outputs));
await writeFile(path.join(outdir, 'meta.json'), JSON.stringify({outputs}));

// The search's dictionary: only the files lemmas need (its prediction tables stay behind).
const dictionarySource = path.join(root, 'node_modules/az/dicts');
const dictionaryTarget = path.join(outdir, 'dictionary');
await mkdir(dictionaryTarget, {recursive: true});
for (const file of ['words.dawg', 'paradigms.array', 'suffixes.json']) {
	await copyFile(path.join(dictionarySource, file), path.join(dictionaryTarget, file));
}

await copyFile(path.join(root, 'source/build/licences/dictionary/LICENSE'), path.join(dictionaryTarget, 'LICENSE'));

// A rebuilt file loses the executable bit, and without it an existing npx link to it fails.
await chmod(path.join(outdir, 'cli.cjs'), 0o755);

// The licences of the packages inlined into dist/ travel with them.
try {
	const packages = bundledPackages({outputs, root, suppliedLicences: path.join(root, 'source/build/licences')});
	await writeFile(path.join(outdir, 'THIRD-PARTY-NOTICES.txt'), noticesText(packages));
} catch (error) {
	if (!(error instanceof MissingLicenceError)) {
		throw error;
	}

	console.error(`bell-reader build: ${error.message}`);
	process.exitCode = 1;
}
