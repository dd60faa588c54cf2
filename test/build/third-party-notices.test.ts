import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	bundledPackageFolders, bundledPackages, MissingLicenceError, noticesText, packageFolderOf,
} from '../../source/build/third-party-notices.js';

let root: string;
let supplied: string;

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), 'bell-notices-'));
	supplied = path.join(root, 'licences');
});

afterEach(() => {
	rmSync(root, {recursive: true, force: true});
});

/** A package folder under `root` with a package.json and the given files. */
function addPackage(folder: string, manifest: Record<string, unknown>, files: Record<string, string> = {}) {
	mkdirSync(path.join(root, folder), {recursive: true});
	writeFileSync(path.join(root, folder, 'package.json'), JSON.stringify(manifest));
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(path.join(root, folder, name), text);
	}
}

/** esbuild's `metafile.outputs` for output files holding these inputs. */
function outputsOf(files: Record<string, string[]>) {
	return Object.fromEntries(Object.entries(files).map(([output, inputs]) => [output, {inputs: Object.fromEntries(inputs.map(input => [input, {}]))}]));
}

describe('packageFolderOf', () => {
	it.each([
		['node_modules/marked/lib/marked.esm.js', 'node_modules/marked'],
		['node_modules/@mozilla/readability/Readability.js', 'node_modules/@mozilla/readability'],
		['node_modules/htmlparser2/node_modules/entities/dist/esm/decode.js', 'node_modules/htmlparser2/node_modules/entities'],
		['node_modules/a/node_modules/@scope/b/index.js', 'node_modules/a/node_modules/@scope/b'],
		['(disabled):node_modules/ws/lib/stream.js', 'node_modules/ws'],
	])('%s lies in %s', (input, folder) => {
		expect(packageFolderOf(input)).toBe(folder);
	});

	it.each(['source/cli.ts', 'package.json', 'vendor-marked.js'])('%s is our own code', input => {
		expect(packageFolderOf(input)).toBeUndefined();
	});

	it('collects the packages of every output file once', () => {
		expect(bundledPackageFolders(outputsOf({
			'dist/a.cjs': ['source/a.ts', 'node_modules/x/a.js', 'node_modules/x/b.js'],
			'dist/b.mjs': ['node_modules/x/a.js', 'node_modules/@s/y/index.js'],
		}))).toEqual(['node_modules/@s/y', 'node_modules/x']);
	});
});

describe('bundledPackages', () => {
	it('reads name, version, licence id, licence and NOTICE texts; each version once, sorted', () => {
		addPackage('node_modules/zeta', {name: 'zeta', version: '1.0.0', license: 'ISC'}, {'LICENSE.md': 'ISC zeta\r\n'});
		addPackage('node_modules/alpha', {name: 'alpha', version: '10.0.0', license: 'Apache-2.0'}, {LICENSE: 'Apache alpha 10', NOTICE: 'alpha notice'});
		addPackage('node_modules/zeta/node_modules/alpha', {name: 'alpha', version: '2.0.0', license: 'MIT'}, {'license-mit.txt': 'MIT alpha 2'});
		addPackage('node_modules/beta/node_modules/alpha', {name: 'alpha', version: '2.0.0', licenses: [{type: 'MIT'}, {type: 'GPL-2.0'}]}, {'license-mit.txt': 'MIT alpha 2'});
		addPackage('node_modules/@scope/gamma', {name: '@scope/gamma', version: '0.1.0', license: 'MIT'}, {license: 'MIT gamma', 'licensing-notes.md': 'x'});
		const packages = bundledPackages({
			outputs: outputsOf({
				'dist/one.cjs': ['node_modules/zeta/index.js', 'node_modules/zeta/node_modules/alpha/index.js', 'source/one.ts'],
				'dist/two.mjs': ['node_modules/alpha/index.js', 'node_modules/beta/node_modules/alpha/index.js', 'node_modules/@scope/gamma/index.js'],
			}),
			root,
			suppliedLicences: supplied,
		});
		expect(packages.map(({name, version, licence}) => `${name} ${version} ${licence}`)).toEqual([
			'@scope/gamma 0.1.0 MIT',
			'alpha 2.0.0 MIT OR GPL-2.0',
			'alpha 10.0.0 Apache-2.0',
			'zeta 1.0.0 ISC',
		]);
		expect(packages[2]).toMatchObject({licenceTexts: [{file: 'LICENSE', text: 'Apache alpha 10'}], noticeTexts: [{file: 'NOTICE', text: 'alpha notice'}], suppliedLicence: false});
		expect(packages[3]!.licenceTexts).toEqual([{file: 'LICENSE.md', text: 'ISC zeta'}]);
	});

	it('takes the licence of a package that ships none from the supplied folder', () => {
		addPackage('node_modules/@scope/bare', {name: '@scope/bare', version: '3.1.0', license: 'MIT'});
		mkdirSync(path.join(supplied, '@scope/bare'), {recursive: true});
		writeFileSync(path.join(supplied, '@scope/bare/LICENSE'), 'MIT bare\n');
		const [bare] = bundledPackages({outputs: outputsOf({'dist/a.cjs': ['node_modules/@scope/bare/index.js']}), root, suppliedLicences: supplied});
		expect(bare).toMatchObject({name: '@scope/bare', licenceTexts: [{file: 'LICENSE', text: 'MIT bare'}], suppliedLicence: true});
		expect(noticesText([bare!])).toContain('--- LICENSE (from the package\'s source repository: the package ships none) ---\n\nMIT bare\n');
	});

	it('stops with a message naming every package without a licence and where to put it', () => {
		addPackage('node_modules/bare', {name: 'bare', version: '1.2.3', license: 'MIT'}, {'README.md': 'no licence here'});
		addPackage('node_modules/x/node_modules/@s/other', {name: '@s/other', version: '0.0.1', license: 'ISC'});
		addPackage('node_modules/fine', {name: 'fine', version: '1.0.0', license: 'MIT'}, {LICENSE: 'MIT fine'});
		const build = () => bundledPackages({
			outputs: outputsOf({'dist/a.cjs': ['node_modules/bare/index.js', 'node_modules/fine/index.js', 'node_modules/x/node_modules/@s/other/index.js']}),
			root,
			suppliedLicences: supplied,
		});
		expect(build).toThrow(MissingLicenceError);
		expect(build).toThrow('The bundle includes packages without a licence file: bare 1.2.3 (node_modules/bare), @s/other 0.0.1 (node_modules/x/node_modules/@s/other). '
			+ 'Put the licence text from each package\'s source repository in licences/<package name>/LICENSE.');
	});
});

describe('noticesText', () => {
	it('lists the packages, then each with its licence id, licence and NOTICE texts', () => {
		const text = noticesText([
			{name: 'alpha', version: '1.0.0', licence: 'Apache-2.0', licenceTexts: [{file: 'LICENSE', text: 'Apache text'}], noticeTexts: [{file: 'NOTICE', text: 'Notice text'}], suppliedLicence: false},
			{name: 'beta', version: '2.0.0', licence: 'MIT', licenceTexts: [{file: 'license', text: 'MIT text'}], noticeTexts: [], suppliedLicence: false},
		]);
		expect(text).toContain('\n  alpha 1.0.0 (Apache-2.0)\n  beta 2.0.0 (MIT)\n');
		expect(text).toContain(`${'='.repeat(80)}\nalpha 1.0.0\nLicence: Apache-2.0\n\n--- LICENSE ---\n\nApache text\n\n--- NOTICE ---\n\nNotice text\n\n`);
		expect(text.endsWith(`${'='.repeat(80)}\nbeta 2.0.0\nLicence: MIT\n\n--- license ---\n\nMIT text\n`)).toBe(true);
	});
});
