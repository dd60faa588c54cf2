import {describe, expect, it} from 'vitest';
import {emptyState} from '../../source/store/reader-state.js';
import {issueById, openIssue, play, sampleModel} from './model-fixture.js';

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

describe('teasers with --full', () => {
	it('are laid out once after the story, also when a bookmark reopens the story on screen', () => {
		const id = '2026-09-25-labour-shortage';
		const issue = issueById(id);
		const stored = {...emptyState(), bookmarks: [{id: 'b', issue: id, anchor: {block: 1, offset: 0}, excerpt: '', created: '2026-01-01T00:00:00.000Z'}]};
		const opened = play({...sampleModel(undefined, stored), run: {full: true, quitsToShell: false}}, {type: 'issue-loaded', issue}).model;
		const blocks = opened.reader!.issue.story.length;
		expect(blocks).toBeGreaterThan(issue.story.length);
		const jumped = play(opened, 'B', 'enter').model;
		expect(jumped.reader!.issue.story.length).toBe(blocks);
		expect(jumped.reader!.top).toBeGreaterThan(0);
	});
});
