import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * `use:enhance={clearPasswords}`: after a failed submit, typed passwords are cleared (as the
 * no-JavaScript round trip does) while every other typed value stays.
 */
export const clearPasswords: SubmitFunction = () => {
	return async ({ update, formElement }) => {
		await update();
		for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
	};
};

/**
 * `use:enhance={focusResult()}` for pages whose forms sit in collapsible sections: after a refusal the
 * first invalid field of the form gets focus; after a save (the section closes, taking the focused
 * button with it) the element marked `data-focus-after-save` does — keyboard and screen-reader users
 * land on the result instead of at the top of the document. `reset: false` keeps a saved form's
 * values (forms that edit a versioned text).
 */
export function focusResult(options: { reset?: boolean } = {}): SubmitFunction {
	return () => async ({ update, result, formElement }) => {
		await update(options);
		await tick();
		// The page may re-render its forms on the result: the submitted one is looked up anew by its
		// action; where several forms share it (one per row), only the submitted one shows errors.
		const sameAction = document.querySelectorAll(`form[action="${formElement.getAttribute('action')}"]`);
		const form: ParentNode = sameAction.length === 1 ? sameAction[0] : document;
		const target =
			result.type === 'failure'
				? (form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.querySelector<HTMLElement>('[role="alert"]'))
				: result.type === 'success'
					? document.querySelector<HTMLElement>('[data-focus-after-save]')
					: null;
		target?.focus();
	};
}
