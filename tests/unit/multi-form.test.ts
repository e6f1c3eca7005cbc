import { describe, expect, it } from 'vitest';
import { multiForm } from '$lib/forms/multi-form';

describe('answers to pages with several forms', () => {
	it('shows a refusal only on the form it belongs to, and opens that form again', () => {
		const forms = multiForm({ values: { _form: 'consent', purpose: 'x' }, errors: { purpose: 'Too short' } });
		expect(forms.name).toBe('consent');
		expect(forms.saved).toBe(false);
		expect(forms.errorsOf('consent')).toEqual({ purpose: 'Too short' });
		expect(forms.valuesOf('consent').purpose).toBe('x');
		expect(forms.errorsOf('identity')).toEqual({});
		expect(forms.valuesOf('identity')).toEqual({});
		expect(forms.reopens('consent')).toBe(true);
		expect(forms.reopens('identity')).toBe(false);
	});

	it('keeps a saved form closed', () => {
		const forms = multiForm({ saved: 'client-contact', values: { _form: 'contact' } });
		expect(forms.saved).toBe(true);
		expect(forms.name).toBe('contact');
		expect(forms.reopens('contact')).toBe(false);
	});

	it('has no form before any answer, or for a save without values', () => {
		for (const answer of [null, undefined, {}, { saved: 'person' }]) {
			const forms = multiForm(answer);
			expect(forms.name).toBeNull();
			expect(forms.errorsOf('contact')).toEqual({});
			expect(forms.valuesOf('contact')).toEqual({});
			expect(forms.reopens('contact')).toBe(false);
		}
		expect(multiForm({ saved: 'person' }).saved).toBe(true);
		expect(multiForm(null).saved).toBe(false);
	});

	it('reads the form name from another field when the page names it so', () => {
		const answer = { values: { form: 'invite', email: 'x@' }, errors: { email: 'Invalid' } };
		const forms = multiForm(answer, 'form');
		expect(forms.name).toBe('invite');
		expect(forms.errorsOf('invite')).toEqual({ email: 'Invalid' });
		expect(forms.valuesOf('invite').email).toBe('x@');
		expect(forms.errorsOf('person')).toEqual({});
		// The default field is not there: no form is picked.
		expect(multiForm(answer).name).toBeNull();
	});

	it('refusals without a form name show nowhere', () => {
		const forms = multiForm({ values: { purpose: 'x' }, errors: { _form: 'Closed' } });
		expect(forms.name).toBeNull();
		expect(forms.errorsOf('consent')).toEqual({});
		expect(forms.reopens('consent')).toBe(false);
	});
});
