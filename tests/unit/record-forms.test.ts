import { describe, expect, it } from 'vitest';
import { recordForms } from '../../src/routes/clients/[id]/record-forms';

describe('client record form answers', () => {
	it('shows a refusal only on the form it belongs to, and opens that form again', () => {
		const forms = recordForms({ values: { _form: 'consent', purpose: 'x' }, errors: { purpose: 'Too short' } });
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
		const forms = recordForms({ saved: 'client-contact', values: { _form: 'contact' } });
		expect(forms.saved).toBe(true);
		expect(forms.reopens('contact')).toBe(false);
	});

	it('has no form before any answer', () => {
		for (const answer of [null, undefined, {}]) {
			const forms = recordForms(answer);
			expect(forms.name).toBeNull();
			expect(forms.saved).toBe(false);
			expect(forms.errorsOf('contact')).toEqual({});
		}
	});
});
