import {describe, expect, it} from 'vitest';
import {bodyHeight} from '../../source/state/app-model.js';
import {helpLines} from '../../source/state/help-lines.js';
import {helpRows} from '../../source/state/keymap.js';
import {lastHelpTop} from '../../source/state/help-update.js';
import {displayWidth} from '../../source/layout/display-width.js';
import {openIssue, play, sampleModel} from './model-fixture.js';

describe('the help screen', () => {
	it('scrolls with j/k and Space when it does not fit, within its rows', () => {
		const size = {columns: 60, rows: 8};
		const help = play(openIssue('2026-11-20-gold', size), '?').model;
		expect(help.screen).toBe('help');
		expect(lastHelpTop(help)).toBeGreaterThan(0);
		expect(play(help, 'j', 'j', 'k').model.helpTop).toBe(1);
		expect(play(help, 'space').model.helpTop).toBe(bodyHeight(size));
		expect(play(help, 'k').model.helpTop).toBe(0);
		expect(play(help, 'G').model.helpTop).toBe(lastHelpTop(help));
		expect(play(help, 'G', 'j', 'space').model.helpTop).toBe(lastHelpTop(help));
		expect(play(help, 'G', 'g').model.helpTop).toBe(0);
	});

	it('returns on q and on any other key, and opens at its top again', () => {
		const help = play(sampleModel({columns: 60, rows: 8}), '?', 'j').model;
		expect(play(help, 'q').model.screen).toBe('library');
		expect(play(help, 'x').model.screen).toBe('library');
		expect(play(help, 'x', '?').model).toMatchObject({screen: 'help', helpTop: 0});
	});

	it('wraps actions instead of cutting them, at any width', () => {
		for (const columns of [20, 39, 40, 80]) {
			const {lines, keyWidth} = helpLines('library', 'ru', columns);
			for (const line of lines) {
				expect(displayWidth(line.action) + (line.action === '' ? 0 : keyWidth), line.action).toBeLessThanOrEqual(columns);
			}

			const words = (text: string) => text.split(' ').filter(Boolean);
			expect(lines.flatMap(line => words(line.action))).toEqual(helpRows('library', 'ru').flatMap(row => words(row.action)));
		}
	});
});
