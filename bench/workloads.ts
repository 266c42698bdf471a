/**
 * The GraphQL requests of W1-W3, as a caseworker's tool sends them. Each workload varies the
 * citizen over the sample (citizens of the jobcentre caseworker's caseload), so no answer repeats
 * back to back.
 */
import { encodeCursor } from '../services/shared/src/connection.ts';
import { addDays, danishDate } from '../services/shared/src/time.ts';

/** The department views' fields, as the README's queries and the composed views ask for them. */
const DEPARTMENT_VIEWS = /* GraphQL */ `
  jobcentre {
    __typename
    ... on Restricted { department reason }
    ... on JobcentreView {
      caseOpen
      benefits { kind legalReference from to monthlyAmountDkk }
      matchGroup { group from }
      activationOffers { id kind provider from to schedule { weekdays startTime endTime } hoursPerWeek }
      mentor { name hoursPerWeek from to }
      appointments { id at end kind attended }
      sanctions { id date amountDkk reason missedAppointment { id at end kind attended } }
      exemptions { reason from to }
      withheld { category reason }
    }
  }
  family {
    __typename
    ... on Restricted { department reason }
    ... on FamilyView {
      caseOpen
      cases {
        caseNumber status opened closed role custody child { cpr }
        investigations { kind subject { cpr } started deadline done }
        measures { id kind legalReference from to yearlyCostDkk }
        meetings { id at end kind participated }
      }
      meetings { id at end kind participated }
      withheld { category reason }
    }
  }
  adultSocial {
    __typename
    ... on Restricted { department reason }
    ... on AdultSocialView {
      caseOpen
      assessments { kind topic opened decided status }
      supportPackages { level hoursPerWeek from to legalReference yearlyCostDkk }
      currentSupportPackage { level hoursPerWeek from to legalReference yearlyCostDkk }
      placements { kind from to legalReference yearlyCostDkk }
      addictionTreatments { kind from to legalReference yearlyCostDkk }
      education { daysPerWeek from to legalReference }
      psychiatryCooperation { from to note }
      appointments { id at end kind }
      withheld { category reason }
    }
  }
`;

/** W1: one citizen across the three departments. */
export const CITIZEN_VIEW = `query CitizenView($cpr: ID!) { citizen(cpr: $cpr) { cpr name ${DEPARTMENT_VIEWS} } }`;

/** W2: a caseload page with the composed figures of each citizen. */
export const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int!, $after: String) {
    myCaseload(first: $first, after: $after) {
      edges { node { cpr name conflictCount complexity { departmentsInvolved activeBenefitsAndMeasures yearlyCostDkk meetsCoordinationCriteria criteriaMet restrictedDepartments } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** W3: one citizen's year on a timeline, and the conflicts between departments. */
export const TIMELINE = /* GraphQL */ `
  query CitizenTimeline($cpr: ID!, $from: Date!, $to: Date!) {
    citizen(cpr: $cpr) {
      cpr
      timeline(from: $from, to: $to) { at end department kind title ref { type id } }
      conflicts { kind departments description events { at end department kind title } }
    }
  }
`;

const body = (query: string, variables: object) => JSON.stringify({ query, variables });

export type WorkloadName = 'W1' | 'W2' | 'W3';

export interface Workload {
  name: WorkloadName;
  title: string;
  bodies: string[];
}

/** The three read workloads over the sample of citizens. */
export function workloads(sample: readonly string[], now = new Date()): Workload[] {
  const today = danishDate(now);
  // The year around today: the demo's appointments, meetings and activation schedules fall in it.
  const from = addDays(today, -182);
  const to = addDays(today, 182);
  return [
    { name: 'W1', title: 'one citizen, three departments', bodies: sample.map((cpr) => body(CITIZEN_VIEW, { cpr })) },
    // Pages that start at different citizens: identical requests in flight could be merged by a
    // gateway (the peer's does by default), and a caseworker pages through their own caseload.
    {
      name: 'W2',
      title: 'caseload page of 50, conflictCount + complexity',
      bodies: [body(CASELOAD, { first: 50 }), ...sample.map((cpr) => body(CASELOAD, { first: 50, after: encodeCursor(cpr) }))],
    },
    { name: 'W3', title: "one citizen's timeline (a year) + conflicts", bodies: sample.map((cpr) => body(TIMELINE, { cpr, from, to })) },
  ];
}

export const caseloadBody = (first: number) => body(CASELOAD, { first });
