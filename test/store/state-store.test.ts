import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {currentSchemaVersion, markRead, savePosition} from '../../source/store/reader-state.js';
import {StateStore, StateStoreError} from '../../source/store/state-store.js';

let dir: string;
let warnings: string[];

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'bell-config-'));
	warnings = [];
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

const open = () => new StateStore(dir, message => warnings.push(message));
const now = '2026-11-28T12:00:00.000Z';

describe('StateStore', () => {
	it('writes config.json with a schema version and reads it back in a new instance', () => {
		open().update(state => markRead(state, 'a.b', true, now));
		const raw = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
		expect(raw.schemaVersion).toBe(currentSchemaVersion);
		expect(raw.issues['a.b'].read).toBe(true);
		expect(open().read().issues['a.b']?.read).toBe(true);
		expect(existsSync(path.join(dir, 'config.json.lock'))).toBe(false);
	});

	it('re-reads before every change, so a change by another instance is kept', () => {
		const first = open();
		const second = open();
		first.update(state => markRead(state, 'a', true, now));
		second.update(state => savePosition(state, 'b', {block: 1, offset: 0}, 0.1, now));
		expect(Object.keys(open().read().issues).sort()).toEqual(['a', 'b']);
	});

	it('moves a corrupt config aside with one warning and starts empty', () => {
		writeFileSync(path.join(dir, 'config.json'), '{"schemaVersion": 1, "issues": {');
		const store = open();
		expect(store.read().issues).toEqual({});
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/config\.json is not valid JSON; moved it to .*config\.json\.corrupt-/u);
		const aside = readdirSync(dir).find(name => name.startsWith('config.json.corrupt-'))!;
		expect(readFileSync(path.join(dir, aside), 'utf8')).toBe('{"schemaVersion": 1, "issues": {');
		store.update(state => markRead(state, 'a', true, now));
		expect(open().read().issues.a?.read).toBe(true);
		expect(warnings).toHaveLength(1);
	});

	it('moves a config that is JSON but not bell-reader state aside', () => {
		writeFileSync(path.join(dir, 'config.json'), '{"schemaVersion": "x"}');
		expect(open().read().issues).toEqual({});
		expect(warnings[0]).toMatch(/has no valid schemaVersion/u);
	});

	it('leaves a config from a newer bell-reader untouched and says so', () => {
		writeFileSync(path.join(dir, 'config.json'), '{"schemaVersion": 7}');
		expect(() => open().read()).toThrow(StateStoreError);
		expect(readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe('{"schemaVersion": 7}');
	});

	it('takes over a lock left by a process that is gone', () => {
		writeFileSync(path.join(dir, 'config.json.lock'), '999999999');
		open().update(state => markRead(state, 'a', true, now));
		expect(open().read().issues.a?.read).toBe(true);
	});
});
