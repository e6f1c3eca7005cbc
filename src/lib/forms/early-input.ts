/**
 * Keeps what a person (or a password manager) typed into a form before the page's script loaded.
 * Hydration writes each field's server-rendered value back into the DOM, which emptied an e-mail
 * typed right after /login appeared. Fields edited before hydration are remembered here and put
 * back once hydration is done (with an input event, so enhanced forms see the value).
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Typed = { value: string } | { checked: boolean };

const typed = new Map<Field, Typed>();

function isToggle(field: Field): field is HTMLInputElement {
	return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
}

function defaultValueOf(field: Field): string {
	if (field instanceof HTMLSelectElement) {
		const option = Array.from(field.options).find((o) => o.defaultSelected) ?? field.options[0];
		return option?.value ?? '';
	}
	return field.defaultValue;
}

function remember(field: Field): void {
	if (field instanceof HTMLInputElement && (field.type === 'hidden' || field.type === 'file')) return;
	if (isToggle(field)) {
		if (field.checked !== field.defaultChecked) typed.set(field, { checked: field.checked });
		else typed.delete(field);
	} else if (field.value !== defaultValueOf(field)) typed.set(field, { value: field.value });
	else typed.delete(field);
}

function onInput(event: Event): void {
	const target = event.target;
	if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) remember(target);
}

/** Before hydration: note every field already changed, and follow changes until hydration ends. */
export function rememberEarlyInput(): void {
	for (const field of document.querySelectorAll<Field>('input, textarea, select')) remember(field);
	document.addEventListener('input', onInput, true);
	document.addEventListener('change', onInput, true);
}

/** After hydration: put back what hydration overwrote. */
export function restoreEarlyInput(): void {
	document.removeEventListener('input', onInput, true);
	document.removeEventListener('change', onInput, true);
	for (const [field, entry] of typed) {
		if (!field.isConnected) continue;
		if ('checked' in entry && isToggle(field)) {
			if (field.checked === entry.checked) continue;
			field.checked = entry.checked;
			field.dispatchEvent(new Event('change', { bubbles: true }));
		} else if ('value' in entry && field.value !== entry.value) {
			field.value = entry.value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}
	typed.clear();
}
