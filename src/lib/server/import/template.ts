import { columnsOf, type ImportFileName } from '$lib/domain/import';

export const TEMPLATE_LANGUAGES = ['fi', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/**
 * Sample rows for the downloadable templates. The Finnish one is what Excel in Finland saves
 * (semicolons, d.m.yyyy, kyllä/ei); the English one uses commas, ISO dates and yes/no. Both import
 * cleanly into the demo team (coach@example.fi, coach2@example.fi).
 */
const SAMPLES: Record<TemplateLanguage, Record<ImportFileName, string[][]>> = {
	fi: {
		'enrolments.csv': [
			['MALLI-001', 'Maija', 'Malli', 'coach@example.fi', '2.1.2026', '15.1.2026', 'kyllä', '', '', '1988', '14'],
			['MALLI-002', 'Matti', 'Esimerkki', 'coach2@example.fi', '10.2.2026', '20.2.2026', 'kyllä', '30.9.2026', 'employed', '1975', '40'],
			['MALLI-003', 'Liisa', 'Näyte', 'coach@example.fi', '1.6.2026', '', 'ei', '', '', '', '']
		],
		'employer_contacts.csv': [
			['5.2.2026', 'coach@example.fi', 'Mallikahvila Oy', '1618033-3', 'face-to-face', 'MALLI-001', 'kyllä', 'present-candidate'],
			['3.3.2026', 'coach2@example.fi', 'Esimerkkivarasto Oy', '2236067-2', 'face-to-face', 'MALLI-002', 'ei', 'present-candidate'],
			['4.3.2026', 'coach2@example.fi', 'Esimerkkivarasto Oy', '2236067-2', 'phone', '', 'ei', 'follow-up']
		],
		'placements.csv': [
			['MALLI-001', 'Mallikahvila Oy', '1618033-3', 'Kahvilatyöntekijä', 'Ravintola-ala', '2.3.2026', '', '20', 'kyllä', 'ei', 'started', ''],
			['MALLI-002', 'Esimerkkivarasto Oy', '2236067-2', 'Varastotyöntekijä', 'Logistiikka', '1.4.2026', '31.8.2026', '30', 'kyllä', 'kyllä', 'ended', 'fixed-term-ended']
		],
		'feedback.csv': [
			['MALLI-001', '15.6.2026', '9', '10'],
			['MALLI-002', '28.9.2026', '8', '7']
		]
	},
	en: {
		'enrolments.csv': [
			['SAMPLE-001', 'Mary', 'Sample', 'coach@example.fi', '2026-01-02', '2026-01-15', 'yes', '', '', '1988', '14'],
			['SAMPLE-002', 'Mark', 'Example', 'coach2@example.fi', '2026-02-10', '2026-02-20', 'yes', '2026-09-30', 'employed', '1975', '40'],
			['SAMPLE-003', 'Lisa', 'Specimen', 'coach@example.fi', '2026-06-01', '', 'no', '', '', '', '']
		],
		'employer_contacts.csv': [
			['2026-02-05', 'coach@example.fi', 'Sample Café Ltd', '2718282-8', 'face-to-face', 'SAMPLE-001', 'yes', 'present-candidate'],
			['2026-03-03', 'coach2@example.fi', 'Example Storage Ltd', '3141593-8', 'face-to-face', 'SAMPLE-002', 'no', 'present-candidate'],
			['2026-03-04', 'coach2@example.fi', 'Example Storage Ltd', '3141593-8', 'phone', '', 'no', 'follow-up']
		],
		'placements.csv': [
			['SAMPLE-001', 'Sample Café Ltd', '2718282-8', 'Café worker', 'Hospitality', '2026-03-02', '', '20', 'yes', 'no', 'started', ''],
			['SAMPLE-002', 'Example Storage Ltd', '3141593-8', 'Warehouse worker', 'Logistics', '2026-04-01', '2026-08-31', '30', 'yes', 'yes', 'ended', 'fixed-term-ended']
		],
		'feedback.csv': [
			['SAMPLE-001', '2026-06-15', '9', '10'],
			['SAMPLE-002', '2026-09-28', '8', '7']
		]
	}
};

/** The template file as UTF-8 text with a BOM (Excel then reads ä and ö right). */
export function templateCsv(language: TemplateLanguage, file: ImportFileName): string {
	const delimiter = language === 'fi' ? ';' : ',';
	const lines = [columnsOf(file), ...SAMPLES[language][file]].map((cells) => cells.join(delimiter));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
