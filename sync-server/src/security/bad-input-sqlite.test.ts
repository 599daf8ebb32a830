/**
 * Bad input on every endpoint, on the embedded SQLite store: seeded fast-check runs of broken requests per
 * operation (DAIBAN_FUZZ_RUNS to send more), odd requests, poisoned text, unrouted methods and odd static paths.
 */
import { runBadInputSuite } from './bad-input-suite';

runBadInputSuite({ kind: 'sqlite', runs: Number(process.env.DAIBAN_FUZZ_RUNS ?? 60), seed: 20_260_302 });
