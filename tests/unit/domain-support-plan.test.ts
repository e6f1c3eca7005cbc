import { describe, expect, it } from 'vitest';
import { parsePlanGoals, planProgress, PLAN_TEXT_MAX, type PlanGoal } from '$lib/domain/support-plan';

// Equivalent mutants left in support-plan.ts: the two `!== undefined` checks before recording a sub-goal or an
// action index (a goal-only key would add index NaN, whose empty row is then dropped like any spare slot), and
// the `?? []` of a row without children (a stand-in child has no fields, so it is dropped as a spare slot).
describe('support plan form', () => {
	it('trims the texts and reads a missing field as empty', () => {
		const { goals, errors } = parsePlanGoals({ g0: '  Työ  ', g0s0: ' Haku ', g0s0a0: ' CV ' });
		expect(errors).toEqual({});
		expect(goals).toEqual([{ title: 'Työ', subGoals: [{ title: 'Haku', actions: [{ text: 'CV', responsible: '', due: null, status: 'planned' }] }] }]);
	});

	it('ignores fields that are not part of the tree', () => {
		const { goals, errors } = parsePlanGoals({ csrf: 'x', g0: 'Työ', g0x: 'y', g123: 'z', g0s0a0_note: 'n' });
		expect(errors).toEqual({});
		expect(goals).toEqual([{ title: 'Työ', subGoals: [] }]);
	});

	it('orders goals, sub-goals and actions by number, not by field order or as text', () => {
		const { goals } = parsePlanGoals({ g10: 'Kymmenes', g2: 'Toinen', g2s1: 'B', g2s0: 'A', g2s0a11: 'y', g2s0a3: 'x' });
		expect(goals.map((g) => g.title)).toEqual(['Toinen', 'Kymmenes']);
		expect(goals[0].subGoals.map((s) => s.title)).toEqual(['A', 'B']);
		expect(goals[0].subGoals[0].actions.map((a) => a.text)).toEqual(['x', 'y']);
	});

	it('keeps an action that has only a responsible person or only a due date, and asks for its text', () => {
		const { goals, errors } = parsePlanGoals({ g0: 'Työ', g0s0: 'Haku', g0s0a0_resp: 'Valmentaja', g0s0a1_due: '2026-07-01' });
		expect(goals[0].subGoals[0].actions).toEqual([
			{ text: '', responsible: 'Valmentaja', due: null, status: 'planned' },
			{ text: '', responsible: '', due: '2026-07-01', status: 'planned' }
		]);
		expect(errors).toEqual({ g0s0a0: 'err_required', g0s0a1: 'err_required' });
	});

	it('texts may be 500 characters long, not more; the responsible person too', () => {
		const max = 'x'.repeat(PLAN_TEXT_MAX);
		expect(parsePlanGoals({ g0: max, g0s0: max, g0s0a0: max, g0s0a0_resp: max }).errors).toEqual({});
		expect(parsePlanGoals({ g0: 'Työ', g0s0: 'x'.repeat(501), g0s0a0: 'x'.repeat(501), g0s0a0_resp: 'x'.repeat(501) }).errors).toEqual({
			g0s0: 'err_too_long',
			g0s0a0: 'err_too_long',
			g0s0a0_resp: 'err_too_long'
		});
	});

	it('an unknown status is refused and the action kept as planned', () => {
		const { goals, errors } = parsePlanGoals({ g0: 'Työ', g0s0: 'Haku', g0s0a0: 'CV', g0s0a0_status: 'someday' });
		expect(errors).toEqual({ g0s0a0_status: 'err_choice' });
		expect(goals[0].subGoals[0].actions[0].status).toBe('planned');
	});
});

describe('plan summary', () => {
	it('counts all actions, the done ones and the open (planned or ongoing) ones', () => {
		const action = (status: 'planned' | 'ongoing' | 'done' | 'dropped') => ({ text: 'a', responsible: '', due: null, status });
		const goals: PlanGoal[] = [
			{ title: 'A', subGoals: [{ title: 'a', actions: [action('planned'), action('done')] }, { title: 'b', actions: [action('dropped')] }] },
			{ title: 'B', subGoals: [{ title: 'c', actions: [action('ongoing'), action('done'), action('done')] }] }
		];
		expect(planProgress(goals)).toEqual({ actions: 6, done: 3, open: 2 });
		expect(planProgress([])).toEqual({ actions: 0, done: 0, open: 0 });
	});
});
