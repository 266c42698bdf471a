import { describe, expect, it } from 'vitest';
import { anne, simon, soren } from './personas.fixture.ts';
import { isRunningOn, periodsOf } from './records.ts';
import type { ViewsInput } from './types.ts';

const running = (input: ViewsInput, day: string) =>
  periodsOf(input)
    .filter((p) => p.benefitOrMeasure && isRunningOn(p, day))
    .map((p) => [p.department, p.ref.type, p.kind, p.yearlyCostDkk]);

describe('periodsOf', () => {
  it.each<[string, () => ViewsInput, string, unknown[]]>([
    [
      "Anne's benefits and measures in October 2026",
      anne,
      '2026-10-01',
      [
        ['JOBCENTRE', 'Benefit', 'CASH_BENEFIT', 200_400],
        ['JOBCENTRE', 'ActivationOffer', 'JOB_TRAINING', null],
        ['ADULT_SOCIAL', 'SupportPackage', 'PACKAGE_2', 93_600],
      ],
    ],
    [
      "Søren's: his mentor is his MENTOR_SUPPORT offer, counted once",
      soren,
      '2026-10-01',
      [
        ['JOBCENTRE', 'Benefit', 'CASH_BENEFIT', 150_600],
        ['JOBCENTRE', 'ActivationOffer', 'COURSE', null],
        ['JOBCENTRE', 'ActivationOffer', 'MENTOR_SUPPORT', null],
      ],
    ],
    [
      "Simon's on the last day of package 5",
      simon,
      '2025-08-31',
      [
        ['JOBCENTRE', 'Benefit', 'EDUCATION_BENEFIT', 103_200],
        ['ADULT_SOCIAL', 'SupportPackage', 'PACKAGE_5', 351_000],
        ['ADULT_SOCIAL', 'SpecialNeedsEducation', 'STU', null],
      ],
    ],
  ])('%s', (_, input, day, expected) => {
    expect(running(input(), day)).toEqual(expected);
  });

  it('shows a mentor that is not one of the offers as a measure of its own', () => {
    const input = soren();
    input.jobcentre!.activationOffers = null;
    expect(running(input, '2026-10-01')).toContainEqual(['JOBCENTRE', 'Mentor', 'MENTOR', null]);
  });

  it('takes the current support package when the list is not given', () => {
    const input = anne();
    input.adultSocial!.supportPackages = undefined;
    expect(running(input, '2026-10-01')).toContainEqual(['ADULT_SOCIAL', 'SupportPackage', 'PACKAGE_2', 93_600]);
  });

  it('does not count cases, assessments, exemptions or psychiatry cooperation as benefits or measures', () => {
    const kinds = new Set(
      periodsOf(anne())
        .filter((p) => !p.benefitOrMeasure)
        .map((p) => p.ref.type),
    );
    expect([...kinds].sort()).toEqual(['AdultSocialAssessment', 'Exemption', 'FamilyCase', 'PsychiatryCooperation']);
  });
});
