import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function legflow(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/legflow.js', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'legflow-cli-templates-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `text` to a flow file in the test folder and returns its path. */
function flowFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const IVR = readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8');
const TEMPLATE_MESSAGE =
  'The ExoPhone callers dial must be a number, not a {{template}}: nothing has been set when the call comes in.';

describe('legflow with a {{template}} as the ExoPhone callers dial', () => {
  const path = flowFile('templated.legflow.json', IVR.replace('"08030752400"', '"{{line}}"'));

  it('validate says what is wrong', () => {
    const run = legflow('validate', path);
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(TEMPLATE_MESSAGE);
  });

  it('run refuses the flow plainly, not as a bug', () => {
    const run = legflow('run', path);
    expect(run.code).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toContain(TEMPLATE_MESSAGE);
    expect(run.stderr).not.toContain('This is a bug');
  });
});

describe('legflow with a hand-written flow', () => {
  it('runs a file saved with a byte order mark that leaves out notes and variables', () => {
    const flow = JSON.parse(IVR) as Record<string, unknown>;
    delete flow.notes;
    delete flow.variables;
    const path = flowFile('hand-written.legflow.json', `\uFEFF${JSON.stringify(flow, null, 2)}`);
    const run = legflow('run', path);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASS "IVR menu": completed');
  });
});
