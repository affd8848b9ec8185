/**
 * Generators of bad and odd inputs for the fuzz suite (issue 15, "Proof"): what a careless user,
 * a hostile page or a broken sender can put at a boundary. Every boundary's suite builds on these,
 * so widening a generator here widens every property that uses it. One family per file under
 * inputs/; this is the one place the suites import them from.
 */
export { FUZZ_TIMEOUT_MS, runs } from './inputs/fuzz-runs';
export { longString, oddNumber, oddString } from './inputs/odd-text';
export { anyJson, deepJson, jsonText, oddJson, wireValue } from './inputs/odd-json';
export { damagedText, jsonFileText, mutated } from './inputs/damaged-json';
export { expectClearMessage } from './inputs/clear-message';
export { EXAMPLE_FLOWS, flowFileText, wellFormedOddFlow } from './inputs/odd-flows';
export { EXAMPLE_SCENARIOS, scenarioFileText } from './inputs/odd-scenarios';
export { argv, isKnownCliError, optionValue } from './inputs/command-lines';
