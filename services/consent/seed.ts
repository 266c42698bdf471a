/**
 * The demo consents, as docs/domain.md gives them at start: Anne shares between all three departments
 * for a year (signed declaration), and consents to her joint plan; Simon between the jobcentre and
 * adult social services, not the family department; Søren has none. They run from the moment of
 * seeding.
 */
import type { Knex } from 'knex';
import { PERSONAS, type JointPlanFacts, type World } from '../shared/src/demo/world.ts';
import type { Caller, Department } from '../shared/src/identity.ts';
import { DATA_CATEGORIES } from '../shared/src/consent-rule.ts';
import { addDays, danishDate } from '../shared/src/time.ts';
import { endOfDanishDay, type ValidGrant } from './rules.ts';
import { createConsentStore } from './store.ts';

const recorder = (department: Department): Caller => ({
  id: 'demo-coordinator',
  department,
  roles: ['caseworker', 'coordinator'],
  purpose: null,
  requestId: 'demo-seed',
  operation: 'seed',
});

function consent(cpr: string, name: string, departments: Department[], now: Date): ValidGrant {
  return {
    cpr,
    grantedBy: [{ name, cpr, capacity: 'SELF' }],
    sourceDepartments: departments,
    recipientDepartments: departments,
    categories: departments.flatMap((d) => [...DATA_CATEGORIES[d]]),
    purpose: 'COORDINATED_EFFORT',
    validFrom: now,
    validUntil: endOfDanishDay(addDays(danishDate(now), 365)),
    method: 'WRITTEN',
    evidence: `Signed declaration, demo document ${cpr.slice(0, 4)}`,
    textVersion: 'samtykke-2026-01',
  };
}

/** The consent a demo joint plan rests on: the plan's categories between its departments, for the purpose JOINT_PLAN. */
function jointPlanConsent(plan: JointPlanFacts, now: Date): ValidGrant {
  return {
    cpr: plan.cpr,
    grantedBy: [{ name: plan.consent.grantedByName, cpr: plan.cpr, capacity: 'SELF' }],
    sourceDepartments: plan.departments,
    recipientDepartments: plan.departments,
    categories: ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'],
    purpose: 'JOINT_PLAN',
    validFrom: now,
    validUntil: endOfDanishDay(addDays(danishDate(now), 365)),
    method: 'WRITTEN',
    evidence: `Signed declaration for the joint plan, demo document ${plan.cpr.slice(0, 4)}`,
    textVersion: 'samtykke-helhedsplan-2026-01',
  };
}

/**
 * The demo consents and the department whose coordinator records each, as DOMAIN.md gives them;
 * a consent for a joint plan carries the id its plan names.
 */
export function demoConsents(world: World, now: Date): { grant: ValidGrant; recordedBy: Department; id?: string }[] {
  const present = new Set(world.persons.map((p) => p.cpr));
  return [
    ...(present.has(PERSONAS.anne)
      ? [{ grant: consent(PERSONAS.anne, 'Anne Larsen', ['jobcentre', 'family', 'adult-social'], now), recordedBy: 'family' as const }]
      : []),
    ...(present.has(PERSONAS.simon)
      ? [{ grant: consent(PERSONAS.simon, 'Simon Berg', ['jobcentre', 'adult-social'], now), recordedBy: 'jobcentre' as const }]
      : []),
    ...world.jointPlans
      .filter((plan) => present.has(plan.cpr))
      .map((plan) => ({ grant: jointPlanConsent(plan, now), recordedBy: plan.coordinator.department, id: plan.consent.id })),
  ];
}

export async function seedConsents(knex: Knex, world: World, now = new Date()): Promise<void> {
  const store = createConsentStore(knex);
  for (const { grant, recordedBy, id } of demoConsents(world, now)) await store.grant(grant, recorder(recordedBy), now, id);
}
