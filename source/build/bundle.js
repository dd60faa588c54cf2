#!/usr/bin/env node
// @ts-check
// Bundles the CLI into dist/ with esbuild, so that `npx bell-reader` starts fast and the
// packed tarball needs no registry installs (STACK.md: npx, esbuild + Ink notes).
// Plain JavaScript on purpose: it runs before anything is compiled.
import {chmod, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'dist');

await rm(outdir, {recursive: true, force: true});

const result = await build({
	absWorkingDir: root,
	entryPoints: {
		cli: 'source/cli.ts',
		bench: 'source/bench/main.ts',
	},
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Native modules cannot be bundled; they are resolved from node_modules at run time.
	external: ['better-sqlite3', 'node-pty'],
	// Some bundled CommonJS dependencies call require(); ESM output has none of its own.
	banner: {
		js: "import {createRequire as __bellCreateRequire} from 'node:module';const require = __bellCreateRequire(import.meta.url);",
	},
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; it is not installed.
	alias: {'react-devtools-core': './source/build/devtools-stub.js'},
	chunkNames: 'chunks/[name]-[hash]',
	legalComments: 'none',
	// Smaller files parse faster at every start; the metafile says which source went where.
	minify: true,
	metafile: true,
	logLevel: 'warning',
});

// Which sources and packages each output file holds: tests check what a start loads by it.
await writeFile(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));

// A rebuilt file without +x breaks an existing npx link (STACK.md).
await chmod(path.join(outdir, 'cli.js'), 0o755);
