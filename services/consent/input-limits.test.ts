/**
 * The input limits against what they protect: the consent database's columns, and the consent
 * SDL's string inputs (a new one without a limit fails here).
 */
import fs from 'node:fs';
import {
  Kind,
  parse,
  type DefinitionNode,
  type InputValueDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDatabase } from '../../test/support/postgres.ts';
import type { Database } from '../shared/src/db.ts';
import { consent } from './index.ts';
import { INPUT_LIMITS, checkGrantLengths, checkLength, type InputLimitName } from './input-limits.ts';
import { ConsentRuleViolation } from './rules.ts';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await serviceDatabase(consent));
});
afterAll(async () => {
  await drop?.();
});

/** Every String a mutation of the consent SDL takes, as `mutation.argument[.field...]`. */
function stringInputsOfMutations(sdl: string): string[] {
  const definitions = parse(sdl).definitions;
  const inputs = new Map<string, readonly InputValueDefinitionNode[]>();
  for (const d of definitions) if (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) inputs.set(d.name.value, d.fields ?? []);
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  const walk = (path: string, value: InputValueDefinitionNode): string[] => {
    const type = named(value.type);
    if (type === 'String') return [path];
    return (inputs.get(type) ?? []).flatMap((field) => walk(`${path}.${field.name.value}`, field));
  };
  const mutations = definitions.filter(
    (d: DefinitionNode): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Mutation',
  );
  if (mutations.length === 0) throw new Error('no Mutation in the consent SDL');
  return mutations.flatMap((m) => (m.fields ?? []).flatMap((f) => (f.arguments ?? []).flatMap((a) => walk(`${f.name.value}.${a.name.value}`, a))));
}

/** Which limit guards each string input of a mutation. */
const GUARDED_BY: Record<string, InputLimitName> = {
  'grantConsent.input.grantedBy.name': 'grantorName',
  'grantConsent.input.evidence': 'evidence',
  'grantConsent.input.textVersion': 'textVersion',
  'revokeConsent.reason': 'revocationReason',
  'revokeMyConsent.reason': 'revocationReason',
  'requestEmergencyAccess.input.legalGround': 'legalGround',
  'requestEmergencyAccess.input.justification': 'justification',
  'assignCoordinator.caseworkerId': 'caseworkerId',
  'reviewEmergencyAccess.note': 'reviewNote',
};

describe('the input limits', () => {
  it('guard every string input of every consent mutation', () => {
    const strings = stringInputsOfMutations(fs.readFileSync(new URL('../../schema/consent.graphql', import.meta.url), 'utf8'));
    expect(strings.sort()).toEqual(Object.keys(GUARDED_BY).sort());
    expect(new Set(Object.values(GUARDED_BY))).toEqual(new Set(Object.keys(INPUT_LIMITS)));
  });

  it.each(Object.entries(INPUT_LIMITS))('%s is no longer than the column it is stored in', async (_, limit) => {
    const [table, column] = limit.column.split('.') as [string, string];
    const found = await db
      .knex('information_schema.columns')
      .where({ table_schema: 'public', table_name: table, column_name: column })
      .first('data_type', 'character_maximum_length');
    expect(found, limit.column).toBeDefined();
    if (found.character_maximum_length !== null) expect(limit.max).toBeLessThanOrEqual(Number(found.character_maximum_length));
    else expect(['text', 'jsonb']).toContain(found.data_type);
  });

  it('refuse a value one character too long, naming the field, and take one at the limit', () => {
    const field = (fn: () => void) => {
      try {
        fn();
        return null;
      } catch (error) {
        if (error instanceof ConsentRuleViolation) return error.field;
        throw error;
      }
    };
    const max = INPUT_LIMITS.evidence.max;
    expect(field(() => checkLength('x'.repeat(max), 'evidence', 'evidence'))).toBeNull();
    expect(field(() => checkLength('x'.repeat(max + 1), 'evidence', 'evidence'))).toBe('evidence');
    expect(field(() => checkLength(null, 'reviewNote', 'note'))).toBeNull();
    const grant = {
      grantedBy: [{ name: 'Anne Larsen' }, { name: 'x'.repeat(INPUT_LIMITS.grantorName.max + 1) }],
      evidence: 'Declaration 1',
      textVersion: 'v1',
    };
    expect(field(() => checkGrantLengths(grant))).toBe('grantedBy[1].name');
  });
});
