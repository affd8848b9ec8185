import { z } from 'zod';
import { flowDocumentSchema } from './flow-document';

/** The JSON Schema of flow files, generated from the zod schema, as the text shipped in assets/. */
export function flowJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(flowDocumentSchema),
    $id: 'https://legflow.studio/schemas/flow-v1.schema.json',
    title: 'Legflow Studio flow (format version 1)',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
