import type { Actor } from '../policy';
import { getUser } from '../accounts';
import { enrolmentView, hasSecondFactor, pendingSecret, unusedRecoveryCodes } from './totp';

/** What /account/two-factor shows: the enrolment (secret, QR code) or the state of the second factor. */
export async function twoFactorPage(actor: Actor) {
	const user = getUser(actor.id)!;
	if (hasSecondFactor(actor.id)) return { enrolled: true as const, recoveryCodesLeft: unusedRecoveryCodes(actor.id), enrolment: null };
	const secret = pendingSecret(actor.id)!;
	return { enrolled: false as const, recoveryCodesLeft: 0, enrolment: await enrolmentView(secret, user.email) };
}
