// Writes assets/flow.schema.json from the zod schema, so editors can check flow files.
// A unit test fails when the shipped file and the schema drift apart.
import { writeFileSync } from 'node:fs';
import { flowJsonSchemaText } from '../shared/flow/flow-json-schema';

writeFileSync('assets/flow.schema.json', flowJsonSchemaText());
process.stdout.write('wrote assets/flow.schema.json\n');
