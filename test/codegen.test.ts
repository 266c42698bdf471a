import fs from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('the generated types', () => {
  it('committed under services/*/generated and console/src/generated equal a fresh generation (run `npm run codegen`)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    expect(outputs.filter((o) => o.filename.startsWith('services/')).length).toBe(7);
    // The console's typed documents, and the operations' allowlist (persisted documents by hash).
    expect(outputs.filter((o) => o.filename.startsWith('console/src/generated/')).map((o) => o.filename.split('/').at(-1))).toEqual(
      expect.arrayContaining(['graphql.ts', 'gql.ts', 'persisted-documents.json']),
    );
    for (const output of outputs) {
      expect(fs.readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
