import { z } from 'zod';
import { flowDocumentSchema } from './flow-document';

/**
 * The JSON Schema of flow files, generated from the zod schema, as the text shipped in assets/.
 * A key with a default (`notes`, `variables`, a node's `leg`) may be left out of a file, so it
 * is not required; unknown keys stay refused, so an editor flags a misspelt one.
 */
export function flowJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(flowDocumentSchema, {
      override: ({ zodSchema, jsonSchema }) => {
        if (!(zodSchema instanceof z.ZodObject) || !jsonSchema.required) return;
        const shape = zodSchema.shape as Record<string, z.ZodType>;
        jsonSchema.required = jsonSchema.required.filter(
          (key) => !(shape[key] instanceof z.ZodDefault),
        );
      },
    }),
    $id: 'https://legflow.studio/schemas/flow-v1.schema.json',
    title: 'Legflow Studio flow (format version 1)',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
