import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { FLOW_FILE_EXTENSION, IpcError, templateIdSchema } from '../../shared/ipc';
import type { TemplateSummary } from '../../shared/ipc';
import type { NamespaceHandlers } from './command-handlers';

/** The example flows shipped in `assets/examples/`, offered as templates to start from. */
export interface TemplateLibrary {
  list(): Promise<TemplateSummary[]>;
  open(id: string): Promise<FlowDocument>;
}

/**
 * Reads the templates from `folder` on every call: there are a handful, and reading them fresh
 * means an edited example shows up without a restart. An example that fails to load is left
 * out of the list (the examples test catches that before a release).
 */
export function createTemplateLibrary(folder: string): TemplateLibrary {
  const load = async (id: string): Promise<FlowDocument> => {
    const text = await readFile(join(folder, `${id}${FLOW_FILE_EXTENSION}`), 'utf8').catch(() => {
      throw new IpcError('not-found', `There is no template "${id}".`);
    });
    return loadFlow(text);
  };
  return {
    async list() {
      const names = await readdir(folder).catch(() => [] as string[]);
      const ids = names
        .filter((name) => name.endsWith(FLOW_FILE_EXTENSION))
        .map((name) => name.slice(0, -FLOW_FILE_EXTENSION.length))
        .filter((id) => templateIdSchema.safeParse(id).success)
        .sort();
      const summaries = await Promise.all(
        ids.map((id) =>
          load(id).then(
            (flow) => summarize(id, flow),
            () => null,
          ),
        ),
      );
      return summaries.filter((summary) => summary !== null);
    },
    open: load,
  };
}

function summarize(id: string, flow: FlowDocument): TemplateSummary {
  return {
    id,
    name: flow.name,
    nodeCount: flow.nodes.length,
    kinds: [...new Set(flow.nodes.map((node) => node.kind))],
  };
}

/** The `templates.*` commands. */
export function templateCommands(library: TemplateLibrary): NamespaceHandlers<'templates'> {
  return {
    'templates.list': async () => ({ templates: await library.list() }),
    'templates.open': async ({ id }) => ({ id, flow: await library.open(id) }),
  };
}
