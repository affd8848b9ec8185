import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { command } from './define-contract';

/** A template's id: its file name in `assets/examples/` without `.legflow.json`. */
export const templateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a template id');

export const templateSummarySchema = z.object({
  id: templateIdSchema,
  name: z.string(),
  nodeCount: z.number().int().nonnegative(),
  /** The node kinds it uses, in order of first use, for a one-line description. */
  kinds: z.array(z.string()),
});

export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** Commands about the example flows shipped with the app. */
export const TEMPLATES_COMMANDS = {
  'templates.list': command(z.undefined(), z.object({ templates: z.array(templateSummarySchema) })),
  /** The template's flow, to start an unsaved copy from. */
  'templates.open': command(
    z.object({ id: templateIdSchema }),
    z.object({ id: templateIdSchema, flow: flowDocumentSchema }),
  ),
};
