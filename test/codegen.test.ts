import fs from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('the resolver types', () => {
  it('committed under services/*/generated equal a fresh generation from the SDL (run `npm run codegen`)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBe(7);
    for (const output of outputs) {
      expect(fs.readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
