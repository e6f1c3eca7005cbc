import { rememberEarlyInput } from '$lib/forms/early-input';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// Paraglide resolves the locale on every message call, reading document.cookie and parsing the URL;
// hydrating the client page called it hundreds of times. The locale only changes through a response
// (the language form, signing in), which arrives in a later task, so one resolution per task is enough.
const resolveLocale = getLocale;
let resolved: ReturnType<typeof getLocale> | undefined;
overwriteGetLocale(() => {
	if (resolved === undefined) {
		resolved = resolveLocale();
		setTimeout(() => (resolved = undefined), 0);
	}
	return resolved;
});

// Runs before hydration: what was typed so far is put back afterwards (root +layout.svelte).
rememberEarlyInput();
