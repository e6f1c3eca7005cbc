// Prints the time of one argon2id hash with Polku's parameters on this machine (README, Security).
import { ARGON2_OPTIONS, hashPassword } from '../src/lib/server/auth/password';

const runs = 20;
await hashPassword('warm-up-password');
const times: number[] = [];
for (let i = 0; i < runs; i++) {
	const start = performance.now();
	await hashPassword(`password-${i}-${Math.random()}`);
	times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`argon2id m=${ARGON2_OPTIONS.memoryCost} KiB t=${ARGON2_OPTIONS.timeCost} p=${ARGON2_OPTIONS.parallelism}: median ${times[runs / 2].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms over ${runs} hashes`);

