import type { TeamReportContact } from '$lib/domain/team-report';

/**
 * A team's contacts kept between requests as typed columns (ids, enrolments, and indexes into the
 * team's few distinct dates and codes) instead of ~15 000 objects: a county's ~600 000 contact objects
 * were most of what every full garbage collection had to walk (~70 MB live, ~300 ms a collection).
 */
export type CompactContacts = { id: Int32Array; enrolmentId: Int32Array; date: Uint32Array; mode: Uint32Array; place: Uint32Array; texts: string[] };

export function compactContacts(contacts: readonly TeamReportContact[]): CompactContacts {
	const texts: string[] = [];
	const index = new Map<string, number>();
	const at = (text: string) => index.get(text) ?? (index.set(text, texts.length), texts.push(text) - 1);
	const n = contacts.length;
	const out: CompactContacts = { id: new Int32Array(n), enrolmentId: new Int32Array(n), date: new Uint32Array(n), mode: new Uint32Array(n), place: new Uint32Array(n), texts };
	contacts.forEach((c, i) => {
		out.id[i] = c.id;
		out.enrolmentId[i] = c.enrolmentId;
		out.date[i] = at(c.date);
		out.mode[i] = at(c.mode);
		out.place[i] = at(c.place);
	});
	return out;
}

/** The contacts as the domain reads them, in the order kept (id order). */
export function expandContacts(c: CompactContacts): TeamReportContact[] {
	const out: TeamReportContact[] = [];
	for (let i = 0; i < c.id.length; i++) out.push({ id: c.id[i], enrolmentId: c.enrolmentId[i], date: c.texts[c.date[i]], mode: c.texts[c.mode[i]], place: c.texts[c.place[i]] });
	return out;
}
