import {describe, expect, it} from 'vitest';
import {issueById, openIssue, play} from './model-fixture.js';

const gold = '2026-11-20-gold';

describe('teasers', () => {
	it('lists teasers and opens the stored one a teaser points to', () => {
		const teasers = play(openIssue(gold), 't');
		expect(teasers.model.screen).toBe('teasers');
		const linked = issueById(gold).teasers.findIndex(teaser => teaser.id !== null);
		const opened = play(teasers.model, ...Array.from({length: linked}, () => 'j' as const), 'enter');
		expect(opened.effects).toEqual([{type: 'flush'}, {type: 'load-issue', id: issueById(gold).teasers[linked]!.id}]);
		const unlinked = issueById(gold).teasers.findIndex(teaser => teaser.id === null);
		expect(play(teasers.model, ...Array.from({length: unlinked}, () => 'j' as const), 'enter').model.status).toBe('That issue is not in the archive.');
		expect(play(teasers.model, 'q').model.screen).toBe('reader');
	});
});
