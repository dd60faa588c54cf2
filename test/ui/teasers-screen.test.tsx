import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {uiText} from '../../source/i18n/ui-text.js';
import {helpRows, notStoredMark} from '../../source/state/keymap.js';
import {TeasersScreen} from '../../source/ui/teasers-screen.js';
import {displayWidth} from '../../source/layout/display-width.js';
import {issueById, openIssue, play} from '../state/model-fixture.js';

describe('teasers screen', () => {
	const id = '2026-08-14-tech-ipo';
	const {teasers} = issueById(id);

	it.each([24, 40, 100])('marks a teaser whose issue is not in the archive at the start of its row, at %i columns', columns => {
		const model = play(openIssue(id, {columns, rows: 20}), 't').model;
		const {lastFrame, unmount} = render(<TeasersScreen model={model} text={uiText('en')}/>);
		const rows = (lastFrame() ?? '').split('\n').slice(1, 1 + teasers.length);
		unmount();
		teasers.forEach((teaser, index) => {
			const row = rows[index]!;
			expect(displayWidth(row)).toBeLessThanOrEqual(columns);
			expect(row.slice(2, 3), row).toBe(teaser.id === null ? notStoredMark : ' ');
		});
		expect(teasers.some(teaser => teaser.id === null)).toBe(true);
	});

	it('says what the mark means in the help, in both languages', () => {
		expect(helpRows('teasers', 'en').some(row => row.action.includes(`${notStoredMark} not in the archive`))).toBe(true);
		expect(helpRows('teasers', 'ru').some(row => row.action.includes(`${notStoredMark} — нет в архиве`))).toBe(true);
	});
});
