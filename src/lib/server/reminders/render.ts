import * as m from '$lib/paraglide/messages';
import type { Digest, DigestItem, DigestItemKind, DigestSection, CalendarEventKind } from '$lib/domain/reminders';
import type { MailMessage } from './mailer';

/** Digest e-mails in the recipient's own language. Only the domain's minimal items go in. */

export type MailLocale = 'fi' | 'sv' | 'en';
type Opt = { locale: MailLocale };

const KIND_LABEL: Record<DigestItemKind, (o: Opt) => string> = {
	'follow-along-overdue': (o) => m.reminders_kind_follow_along_overdue({}, o),
	'follow-along-due': (o) => m.reminders_kind_follow_along_due({}, o),
	'next-step-overdue': (o) => m.reminders_kind_next_step_overdue({}, o),
	'consent-expired': (o) => m.reminders_kind_consent_expired({}, o),
	'consent-expiring': (o) => m.reminders_kind_consent_expiring({}, o),
	'plan-review': (o) => m.reminders_kind_plan_review({}, o),
	'disclosure-review': (o) => m.reminders_kind_disclosure_review({}, o),
	'exit-follow-up': (o) => m.reminders_kind_exit_follow_up({}, o),
	'no-contact': (o) => m.reminders_kind_no_contact({}, o),
	'lead-reminder': (o) => m.reminders_kind_lead_reminder({}, o),
	stalled: (o) => m.reminders_kind_stalled({}, o),
	'no-employer-contact': (o) => m.reminders_kind_no_employer_contact({}, o),
	'job-start': (o) => m.reminders_kind_job_start({}, o),
	'fidelity-action': (o) => m.reminders_kind_fidelity_action({}, o)
};

const EVENT_LABEL: Record<CalendarEventKind, (o: Opt) => string> = {
	'follow-along': (o) => m.reminders_event_follow_along({}, o),
	'next-step': (o) => m.reminders_event_next_step({}, o),
	'plan-review': (o) => m.reminders_event_plan_review({}, o),
	'job-start': (o) => m.reminders_event_job_start({}, o),
	'exit-follow-up': (o) => m.reminders_event_exit_follow_up({}, o)
};

export function eventLabel(kind: CalendarEventKind, locale: MailLocale): string {
	return EVENT_LABEL[kind]({ locale });
}

/** d.m.yyyy, as Finnish and Swedish in Finland write it (and understandable in English). */
export function mailDate(iso: string): string {
	return `${+iso.slice(8, 10)}.${+iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** The address links point to: ORIGIN (as the server's), else the local default. */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
	const origin = env.ORIGIN?.trim();
	return (origin || `http://localhost:${env.PORT || '3000'}`).replace(/\/+$/, '');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function sectionTitle(s: DigestSection, o: Opt): string {
	if (s.kind === 'lead-reminders') return m.reminders_mail_section_lead({}, o);
	if (s.kind === 'own-clients') return m.reminders_mail_section_own({}, o);
	return m.reminders_mail_section_team({ team: s.teamName ?? '' }, o);
}

function itemText(item: DigestItem, o: Opt): string {
	const when = item.date ? ` (${mailDate(item.date)}${item.overdue ? `, ${m.reminders_mail_overdue({}, o)}` : ''})` : '';
	return `${KIND_LABEL[item.kind](o)}: ${item.name}${when}`;
}

export function renderDigest(input: { to: string; name: string; locale: MailLocale; today: string; digest: Digest; baseUrl: string }): MailMessage {
	const o: Opt = { locale: input.locale };
	const { digest, baseUrl } = input;
	const firstName = input.name.trim().split(/\s+/)[0] ?? '';
	const greeting = m.reminders_mail_greeting({ name: firstName }, o);
	const intro = m.reminders_mail_intro({ date: mailDate(input.today) }, o);
	const footer = m.reminders_mail_footer({ url: `${baseUrl}/account` }, o);
	const text = [
		greeting,
		'',
		intro,
		...digest.sections.flatMap((s) => ['', sectionTitle(s, o), ...s.items.map((i) => `- ${itemText(i, o)}\n  ${baseUrl}${i.path}`)]),
		'',
		'-- ',
		footer
	].join('\n');
	const html = [
		`<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(m.reminders_mail_subject({ count: digest.count }, o))}</title></head><body>`,
		`<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>`,
		...digest.sections.map(
			(s) => `<h2>${escapeHtml(sectionTitle(s, o))}</h2><ul>${s.items.map((i) => `<li><a href="${escapeHtml(baseUrl + i.path)}">${escapeHtml(itemText(i, o))}</a></li>`).join('')}</ul>`
		),
		`<p><small>${escapeHtml(footer)}</small></p>`,
		'</body></html>'
	].join('\n');
	return { to: input.to, subject: m.reminders_mail_subject({ count: digest.count }, o), text, html };
}

/** The lead's "remind … by e-mail now" message. */
export function renderLeadReminder(input: { to: string; locale: MailLocale; leadName: string; clientName: string; path: string; baseUrl: string }): MailMessage {
	const o: Opt = { locale: input.locale };
	const body = m.reminders_mail_now_body({ lead: input.leadName, name: input.clientName }, o);
	const url = `${input.baseUrl}${input.path}`;
	return {
		to: input.to,
		subject: m.reminders_mail_now_subject({ name: input.clientName }, o),
		text: `${body}\n${url}\n`,
		html: `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>Polku</title></head><body><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p></body></html>`
	};
}
