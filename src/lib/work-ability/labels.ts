import * as m from '$lib/paraglide/messages';
import type { Labels, SERVICE_AREAS, SERVICE_SECTORS } from '$lib/domain/vocabularies';
import type { Measure } from '$lib/domain/kykyviisari';

/** Code → UI text for Kykyviisari areas and the service map (codes: docs/domain/codes.md). */
export const areaLabels: Labels<typeof SERVICE_AREAS> = {
	wellbeing: m.wa_area_wellbeing,
	participation: m.wa_area_participation,
	mind: m.wa_area_mind,
	'everyday-life': m.wa_area_everyday_life,
	skills: m.wa_area_skills,
	body: m.wa_area_body,
	'work-and-future': m.wa_area_work_and_future,
	other: m.wa_area_other
};

export const sectorLabels: Labels<typeof SERVICE_SECTORS> = {
	'te-services': m.wa_sector_te_services,
	kela: m.wa_sector_kela,
	'wellbeing-county': m.wa_sector_wellbeing_county,
	municipality: m.wa_sector_municipality,
	'third-sector': m.wa_sector_third_sector
};

/** A Kykyviisari measure: the overall figure or one of the seven areas. */
export const measureLabel = (measure: Measure): string => (measure === 'overall' ? m.clients_kyky_overall() : areaLabels[measure]());

export const areaLabel = (code: string): string => areaLabels[code as keyof typeof areaLabels]?.() ?? code;
export const sectorLabel = (code: string): string => sectorLabels[code as keyof typeof sectorLabels]?.() ?? code;
