import type { SubmitFunction } from '@sveltejs/kit';

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
