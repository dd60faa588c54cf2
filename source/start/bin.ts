#!/usr/bin/env node
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {appPaths} from '../app-paths.js';
import {useCodeCache} from './code-cache.js';

// `bell-reader`: starts dist/main.cjs (source/cli.ts) with V8's code cache (code-cache.ts).

const bundleDir = path.dirname(fileURLToPath(import.meta.url));
useCodeCache(bundleDir, path.join(appPaths().cacheDir, 'code'));
createRequire(import.meta.url)('./main.cjs');
