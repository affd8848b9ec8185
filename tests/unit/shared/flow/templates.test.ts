import { describe, expect, it } from 'vitest';
import { substituteTemplates, templateNames } from '../../../../shared/flow';

describe('templates', () => {
  it('lists the names a text uses, once each', () => {
    expect(
      templateNames('{{digits}} and {{ caller.contact_uri }} and {{digits}} but not {{1x}}'),
    ).toEqual(['digits', 'caller.contact_uri']);
  });

  it('substitutes known names and empties unknown ones', () => {
    expect(substituteTemplates('Hi {{name}}, {{missing}}!', { name: 'Asha' })).toBe('Hi Asha, !');
    expect(substituteTemplates('Hi {{missing}}', {}, true)).toBe('Hi {{missing}}');
  });

  it('does not treat inherited object keys as variables', () => {
    expect(substituteTemplates('{{constructor}}', {})).toBe('');
  });
});
