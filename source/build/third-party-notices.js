// @ts-check
// The third-party notices of the bundle. MIT, ISC and BSD ask that the copyright and licence
// text travel with every copy of the code, Apache-2.0 its licence and NOTICE too, and the
// files in dist/ are such copies: esbuild inlines the packages into them. So the notices are
// made from the build's own record of what it inlined (esbuild's metafile), not from the
// dependency list, which names packages that stay out of the bundle and misses the ones
// that come in through them.
// Plain JavaScript on purpose: the build runs it before anything is compiled.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

/** Thrown when a bundled package comes without a licence text; its message says what to do. */
export class MissingLicenceError extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = 'MissingLicenceError';
	}
}

const licenceFileName = /^(?:licen[cs]e|copying)(?:[-._].*)?$/iu;
const noticeFileName = /^notice(?:[-._].*)?$/iu;

/**
 * The folder of the package an esbuild input lies in (`node_modules/a/node_modules/@b/c`),
 * relative like the input, or undefined for the project's own code. esbuild may prefix an
 * input with its namespace (`(disabled):`), which is not part of the path.
 * @param {string} input
 */
export function packageFolderOf(input) {
	const filePath = input.replace(/^[^/]*:/u, '');
	const marker = 'node_modules/';
	const at = filePath.lastIndexOf(marker);
	if (at === -1) {
		return undefined;
	}

	const [first = '', second = ''] = filePath.slice(at + marker.length).split('/');
	return filePath.slice(0, at + marker.length) + (first.startsWith('@') ? `${first}/${second}` : first);
}

/**
 * Every package folder whose code went into any output file, each once, sorted.
 * @param {Record<string, {inputs: Record<string, unknown>}>} outputs esbuild's `metafile.outputs`
 */
export function bundledPackageFolders(outputs) {
	const folders = new Set();
	for (const {inputs} of Object.values(outputs)) {
		for (const input of Object.keys(inputs)) {
			const folder = packageFolderOf(input);
			if (folder !== undefined) {
				folders.add(folder);
			}
		}
	}

	return [...folders].sort();
}

/**
 * The texts of the files in `folder` whose names match, by file name; CRLF read as LF.
 * @param {string} folder
 * @param {RegExp} fileName
 */
function textsOf(folder, fileName) {
	if (!existsSync(folder)) {
		return [];
	}

	return readdirSync(folder)
		.filter(name => fileName.test(name) && statSync(path.join(folder, name)).isFile())
		.sort()
		.map(name => ({file: name, text: readFileSync(path.join(folder, name), 'utf8').replaceAll('\r\n', '\n').trimEnd()}));
}

/**
 * The licence id package.json declares: `license`, or the old `licenses` list.
 * @param {{license?: unknown, licenses?: unknown}} manifest
 */
function licenceIdOf(manifest) {
	/** @param {unknown} entry */
	const idOf = entry => (typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null && 'type' in entry ? String(entry.type) : undefined);
	const declared = Array.isArray(manifest.licenses) ? manifest.licenses.map(entry => idOf(entry)).filter(Boolean).join(' OR ') : idOf(manifest.license);
	return declared || 'not declared in its package.json';
}

/**
 * @typedef {object} BundledPackage
 * @property {string} name
 * @property {string} version
 * @property {string} licence the licence id its package.json declares
 * @property {Array<{file: string, text: string}>} licenceTexts
 * @property {Array<{file: string, text: string}>} noticeTexts
 * @property {boolean} suppliedLicence whether the licence text comes from `suppliedLicences`, the package shipping none
 */

/**
 * Name, version, licence and notice texts of each bundled package, once per name and
 * version, sorted by name then version. A package without a licence file is looked up in
 * `suppliedLicences/<name>/`, which holds the texts of packages that publish none; if it is
 * not there either, the build stops, naming every such package.
 * @param {object} options
 * @param {Record<string, {inputs: Record<string, unknown>}>} options.outputs esbuild's `metafile.outputs`
 * @param {string} options.root the folder the metafile's paths are relative to
 * @param {string} options.suppliedLicences folder of licence texts for packages that ship none
 * @returns {BundledPackage[]}
 */
export function bundledPackages({outputs, root, suppliedLicences}) {
	/** @type {Map<string, BundledPackage>} */
	const packages = new Map();
	/** @type {string[]} */
	const missing = [];
	for (const folder of bundledPackageFolders(outputs)) {
		const absolute = path.join(root, folder);
		const manifest = JSON.parse(readFileSync(path.join(absolute, 'package.json'), 'utf8'));
		const key = `${manifest.name}@${manifest.version}`;
		if (packages.has(key)) {
			continue;
		}

		const own = textsOf(absolute, licenceFileName);
		const supplied = own.length > 0 ? [] : textsOf(path.join(suppliedLicences, manifest.name), licenceFileName);
		if (own.length === 0 && supplied.length === 0) {
			missing.push(`${manifest.name} ${manifest.version} (${folder})`);
			continue;
		}

		packages.set(key, {
			name: manifest.name,
			version: manifest.version,
			licence: licenceIdOf(manifest),
			licenceTexts: own.length > 0 ? own : supplied,
			noticeTexts: textsOf(absolute, noticeFileName),
			suppliedLicence: own.length === 0,
		});
	}

	if (missing.length > 0) {
		const where = path.relative(root, suppliedLicences) || suppliedLicences;
		throw new MissingLicenceError(`The bundle includes ${missing.length === 1 ? 'a package' : 'packages'} without a licence file: ${missing.join(', ')}. `
			+ `Put the licence text from each package's source repository in ${where}/<package name>/LICENSE.`);
	}

	const collator = new Intl.Collator('en', {numeric: true});
	return [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : collator.compare(a.version, b.version)));
}

const rule = '='.repeat(80);

/**
 * The notices file: a contents list, then each package with its licence and notice texts.
 * @param {BundledPackage[]} packages sorted, as `bundledPackages` returns them
 */
export function noticesText(packages) {
	const header = [
		'Third-party software in bell-reader',
		'',
		'The files in this folder contain code from the npm packages listed below, bundled',
		'into them at build time. Each package is listed once per version with the licence',
		'its package.json declares and the full text of its licence and NOTICE files.',
		'',
		...packages.map(({name, version, licence}) => `  ${name} ${version} (${licence})`),
	].join('\n');
	const sections = packages.map(({name, version, licence, licenceTexts, noticeTexts, suppliedLicence}) => [
		rule,
		`${name} ${version}`,
		`Licence: ${licence}`,
		...licenceTexts.map(({file, text}) => `\n--- ${file}${suppliedLicence ? ' (from the package\'s source repository: the package ships none)' : ''} ---\n\n${text}`),
		...noticeTexts.map(({file, text}) => `\n--- ${file} ---\n\n${text}`),
	].join('\n'));
	return `${[header, ...sections].join('\n\n')}\n`;
}
