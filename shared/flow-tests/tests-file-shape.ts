/** The format tag of a flow's tests file, as a flow file has `legflow.flow`. */
export const TESTS_FILE_FORMAT = 'legflow.tests';
export const TESTS_FILE_VERSION = 1;

/** How a tests file's name ends: `ivr-menu.legflow.json` keeps its tests in `ivr-menu.legflow.tests.json`. */
export const TESTS_FILE_EXTENSION = '.legflow.tests.json';

const FLOW_EXTENSION = '.legflow.json';

/**
 * The tests file beside a flow file, in the same folder and with the same separators: its
 * name with `.legflow.json` (or, for a flow saved under another name, `.json`) replaced by
 * `.legflow.tests.json`. One file per flow, so a flow and its tests move, diff and review
 * together, and a folder listing shows them side by side.
 */
export function testsFileOf(flowPath: string): string {
  const lower = flowPath.toLowerCase();
  if (lower.endsWith(FLOW_EXTENSION)) {
    return flowPath.slice(0, -FLOW_EXTENSION.length) + TESTS_FILE_EXTENSION;
  }
  if (lower.endsWith('.json')) return flowPath.slice(0, -'.json'.length) + TESTS_FILE_EXTENSION;
  return flowPath + TESTS_FILE_EXTENSION;
}
