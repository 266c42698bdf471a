/**
 * Anne's demo plan, made by the plan's own rules from the world's facts: what the demo shows is a
 * plan the graph would have let her caseworkers make, change by change.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAS, buildWorld } from '../shared/src/demo/world.ts';
import { followUpOverdue, nextFollowUpDue } from './model.ts';
import { planVersions } from './seed.ts';

const world = buildWorld({ citizens: 0 });
const anne = world.jointPlans.find((p) => p.cpr === PERSONAS.anne)!;

describe("Anne's demo plan", () => {
  const versions = planVersions(anne);
  const plan = versions.at(-1)!.document;

  it('is made change by change: created, her goal and two sub-goals, three actions started, one follow-up', () => {
    expect(versions.map((v) => v.change)).toEqual([
      'CREATED',
      'GOAL_ADDED',
      'GOAL_ADDED',
      'GOAL_ADDED',
      'ACTION_ADDED',
      'ACTION_UPDATED',
      'ACTION_ADDED',
      'ACTION_UPDATED',
      'ACTION_ADDED',
      'ACTION_UPDATED',
      'FOLLOW_UP_RECORDED',
    ]);
    expect(versions.map((v) => v.ctx.today)).toEqual([...versions.map((v) => v.ctx.today)].sort());
  });

  it('has her goal in her words, the three departments with their laws on her consent, and adult social services coordinating', () => {
    expect(plan.goals).toMatchObject([{ text: 'To keep my flat and get back to work', expressedBy: 'CITIZEN', expressedByName: 'Anne Larsen' }]);
    expect(plan.parts.map((p) => [p.department, p.legalBasis, p.consentId])).toEqual([
      ['adult-social', 'SEL_141_7', anne.consent.id],
      ['jobcentre', 'LAB_40_3', anne.consent.id],
      ['family', 'BARNETS_LOV_110', anne.consent.id],
    ]);
    expect(plan.coordinator).toEqual({ caseworkerId: 'cw-as-1', department: 'adult-social' });
    expect(plan.status).toBe('ACTIVE');
  });

  it('has the housing support, the job training and the family consultant under way, each serving her goal or a sub-goal of it', () => {
    const goalIds = new Set([...plan.goals, ...plan.subGoals].map((g) => g.id));
    expect(plan.actions.map((a) => [a.department, a.status])).toEqual([
      ['adult-social', 'IN_PROGRESS'],
      ['jobcentre', 'IN_PROGRESS'],
      ['family', 'IN_PROGRESS'],
    ]);
    for (const action of plan.actions) expect(goalIds.has(action.servesGoalId)).toBe(true);
    for (const subGoal of plan.subGoals) expect(subGoal.servesGoalId).toBe(plan.goals[0]!.id);
  });

  it('had its first follow-up within three months; the next is due six months after it', () => {
    expect(plan.followUps.map((f) => [f.date, f.decision])).toEqual([['2026-11-23', 'CONTINUE']]);
    expect(nextFollowUpDue(plan)).toBe('2027-05-23');
    expect(followUpOverdue(plan, '2026-12-01')).toBe(false);
  });
});
