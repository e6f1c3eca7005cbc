import { describe, expect, it } from 'vitest';
import { FEEDBACK_LINK_DAYS, FEEDBACK_TEXT_MAX, feedbackLinkExpiry, feedbackLinkState, feedbackLinkUsable, parseFeedbackAnswer } from '$lib/domain/client-feedback';

describe('feedback link life', () => {
	const created = new Date('2026-12-01T10:00:00Z');
	const expiresAt = feedbackLinkExpiry(created);
	it('expires 30 days after it was made', () => {
		expect(FEEDBACK_LINK_DAYS).toBe(30);
		expect(expiresAt.toISOString()).toBe('2026-12-31T10:00:00.000Z');
	});
	it('works until just before expiry, once', () => {
		expect(feedbackLinkUsable({ expiresAt, usedAt: null }, new Date('2026-12-31T09:59:59Z'))).toBe(true);
		expect(feedbackLinkUsable({ expiresAt, usedAt: null }, new Date('2026-12-31T10:00:00Z'))).toBe(false);
		expect(feedbackLinkUsable({ expiresAt, usedAt: new Date('2026-12-02T10:00:00Z') }, new Date('2026-12-03T10:00:00Z'))).toBe(false);
	});
	it('the coach sees answered, open or expired', () => {
		expect(feedbackLinkState({ expiresAt, usedAt: null }, new Date('2026-12-05T00:00:00Z'))).toBe('open');
		expect(feedbackLinkState({ expiresAt, usedAt: null }, new Date('2027-01-05T00:00:00Z'))).toBe('expired');
		expect(feedbackLinkState({ expiresAt, usedAt: new Date('2026-12-02T10:00:00Z') }, new Date('2027-01-05T00:00:00Z'))).toBe('answered');
	});
});

describe('answer values', () => {
	const ok = { satisfaction: '8', recommend: '9' };
	it('accepts the range edges: satisfaction 4–10, recommend 0–10', () => {
		for (const [s, r] of [
			['4', '0'],
			['10', '10'],
			[' 7 ', '5']
		]) {
			const result = parseFeedbackAnswer({ satisfaction: s, recommend: r });
			expect(result).toEqual({ ok: true, answer: { satisfaction: Number(s), recommend: Number(r), comment: null, improvement: null, anonymous: false } });
		}
	});
	it.each([
		['3', '5', { satisfaction: 'feedback_err_range_satisfaction' }],
		['11', '5', { satisfaction: 'feedback_err_range_satisfaction' }],
		['8', '11', { recommend: 'feedback_err_range_recommend' }],
		['8', '-1', { recommend: 'feedback_err_range_recommend' }],
		['7.5', '5', { satisfaction: 'feedback_err_range_satisfaction' }],
		['x', '5', { satisfaction: 'feedback_err_range_satisfaction' }],
		['', '', { satisfaction: 'feedback_err_choose', recommend: 'feedback_err_choose' }]
	])('satisfaction %j, recommend %j → %j', (s, r, errors) => {
		expect(parseFeedbackAnswer({ satisfaction: s, recommend: r })).toEqual({ ok: false, errors });
	});
	it('missing fields are asked for', () => {
		expect(parseFeedbackAnswer({})).toEqual({ ok: false, errors: { satisfaction: 'feedback_err_choose', recommend: 'feedback_err_choose' } });
		expect(parseFeedbackAnswer({ satisfaction: 8, recommend: 9 })).toEqual({ ok: false, errors: { satisfaction: 'feedback_err_choose', recommend: 'feedback_err_choose' } });
	});
	it('keeps trimmed texts, blank as null, and cuts long ones; anonymous from the checkbox', () => {
		const long = 'a'.repeat(FEEDBACK_TEXT_MAX + 5);
		const result = parseFeedbackAnswer({ ...ok, comment: '  Hyvä  ', improvement: long, anonymous: 'on' });
		expect(result).toEqual({ ok: true, answer: { satisfaction: 8, recommend: 9, comment: 'Hyvä', improvement: 'a'.repeat(FEEDBACK_TEXT_MAX), anonymous: true } });
		expect(parseFeedbackAnswer({ ...ok, comment: '   ', anonymous: 'off' })).toMatchObject({ ok: true, answer: { comment: null, anonymous: false } });
		expect(parseFeedbackAnswer({ ...ok, anonymous: 'true' })).toMatchObject({ answer: { anonymous: true } });
		expect(parseFeedbackAnswer({ ...ok, anonymous: '1' })).toMatchObject({ answer: { anonymous: true } });
		expect(parseFeedbackAnswer({ ...ok, comment: 5 })).toMatchObject({ answer: { comment: null } });
	});
});
