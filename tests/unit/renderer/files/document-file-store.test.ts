import { describe, expect, it } from 'vitest';
import { createDocumentFileStore } from '../../../../renderer/files/document-file-store';
import { flowExomlText } from '../../../../renderer/files/exoml-text';
import { createDesignerStore } from '../../../../renderer/store/designer-store';

describe('unsaved changes', () => {
  it('are there after an edit, gone after undoing it, and gone after a save', () => {
    const designer = createDesignerStore();
    const file = createDocumentFileStore(designer.getState().flow);
    const unsaved = () => designer.getState().flow !== file.getState().savedFlow;

    expect(unsaved()).toBe(false);
    designer.getState().addNode('say', { x: 0, y: 0 });
    expect(unsaved()).toBe(true);
    designer.getState().undo();
    expect(unsaved()).toBe(false);

    designer.getState().redo();
    const onDisk = { path: 'a.legflow.json', modifiedMs: 1, contentHash: 'ab'.repeat(32) };
    file.getState().markSaved(onDisk, designer.getState().flow);
    expect(unsaved()).toBe(false);
    expect(file.getState()).toMatchObject(onDisk);
  });
});

describe('ExoML export', () => {
  it('lists the ExoML of each action node and skips the rest', () => {
    const designer = createDesignerStore();
    designer.getState().addNode('outbound-call', { x: 0, y: 0 });
    const say = designer.getState().addNode('say', { x: 0, y: 200 });
    designer.getState().updateNode(say, { params: { text: 'Hello {{name}}' } });
    const text = flowExomlText(designer.getState().flow);
    expect(text).toContain(`# ${say} (Say) on leg caller`);
    expect(text).toContain('Hello {{name}}');
    expect(text.match(/^# /gm)).toHaveLength(2);
  });
});
