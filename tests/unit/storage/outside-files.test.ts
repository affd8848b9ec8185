import { describe, expect, it } from 'vitest';
import { createOutsideFiles } from '../../../electron/storage/outside-files';

const WORKSPACE = '/home/a/Legflow';

describe('flow files outside the workspace', () => {
  it('are reachable once the system allowed them, and only those', () => {
    const files = createOutsideFiles(WORKSPACE);
    expect(files.find('/home/a/Downloads/ivr.legflow.json')).toBeNull();
    expect(files.allow('/home/a/Downloads/ivr.legflow.json')).toBe(
      '/home/a/Downloads/ivr.legflow.json',
    );
    expect(files.find('/home/a/Downloads/ivr.legflow.json')).toEqual({
      absolute: '/home/a/Downloads/ivr.legflow.json',
      relative: '/home/a/Downloads/ivr.legflow.json',
    });
    expect(files.find('/home/a/Downloads/../Downloads/ivr.legflow.json')).not.toBeNull();
    expect(files.find('/home/a/Downloads/other.legflow.json')).toBeNull();
    expect(files.find('ivr.legflow.json')).toBeNull();
  });

  it('name a file inside the workspace by its workspace path, without a special allowance', () => {
    const files = createOutsideFiles(WORKSPACE);
    expect(files.allow('/home/a/Legflow/team/ivr.legflow.json')).toBe('team/ivr.legflow.json');
    expect(files.has('/home/a/Legflow/team/ivr.legflow.json')).toBe(false);
  });

  it('refuse what is not an absolute path to a flow file', () => {
    const files = createOutsideFiles(WORKSPACE);
    expect(() => files.allow('/home/a/.ssh/id_rsa')).toThrow(/only flow files/);
    expect(() => files.allow('relative.legflow.json')).toThrow(/not absolute/);
    expect(() => files.allow('/tmp/a\0.legflow.json')).toThrow(/NUL/);
  });
});
