/**
 * The web console in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download), against a whole hub started in-process with the console built and served at /console.
 * Signs in as personas and checks what a person sees; saves a screenshot of each page under
 * docs/console/. Skipped, saying why, only when no Chromium is installed (.ci/run installs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsoleIfStale } from '../hub/console-build.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const SCREENSHOTS = path.resolve(import.meta.dirname, '../docs/console');
const SOREN = '720385-1235';
const SIMON = '831101-3571';
// A busy machine is slow, not broken: the limits end a hung step, they do not measure one.
const STEP_TIMEOUT_MS = 120_000;

if (!hasChromium) {
  console.warn(`test/console.test.ts skipped: no Chromium at ${CHROMIUM} (install Debian's package: apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

let hub: TestHub;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!hasChromium) return;
  buildConsoleIfStale();
  hub = await startTestHub();
  origin = new URL(hub.gateway.url).origin;
  // Root in a container has no user namespaces for Chromium's sandbox.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'], timeout: STEP_TIMEOUT_MS });
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** A fresh browser context (its own memory: nobody signed in) on the console's sign-in page. */
async function openConsole(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'da-DK' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A CSP violation shows up as a console error: the page must cause none.
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  page.on('request', (request) => {
    // The console sends each operation by its persisted id, never a document of its own.
    if (new URL(request.url()).pathname === '/graphql' && request.postData()?.includes('"query"')) errors.push(`document text sent: ${request.postData()}`);
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${origin}/console/`);
  await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
  return page;
}

/** The date `offset` days from today, as a date input takes it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;

/**
 * The page as a person sees it (the first screen, or the whole page), for the docs; and its WCAG
 * 2.1 A and AA violations by axe-core, which must be none.
 */
async function screenshot(page: Page, name: string, fullPage = false) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
  const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(passes.length, 'axe-core ran its rules').toBeGreaterThan(10);
  expect(
    violations.map((v) => `${name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe-core on ${name}`,
  ).toEqual([]);
}

describe.skipIf(!hasChromium)('the web console in Chromium', () => {
  it('serves the console at /console with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${origin}/console/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    // No inline script: every script has a src on this origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("shows a jobcentre caseworker Søren's sanctions and the family panel restricted, with why", async () => {
    const page = await openConsole();
    // The first Tab of a page reaches the skip link, which leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skipnav');
    await page.getByRole('button', { name: 'Sagsbehandler i jobcentret' }).click();
    await page.getByRole('heading', { name: 'Mine sager', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('cw-jc-1');
    await page.getByText('Udviklingsmiljø').first().waitFor();
    await page.getByTestId('caseload').waitFor();
    await screenshot(page, 'caseload');

    await page.getByLabel('Slå en borger op').fill(SOREN);
    await page.getByRole('button', { name: 'Vis borger' }).click();
    await page.getByRole('heading', { name: 'Søren Jensen', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('sanction').count()).toBe(3);
    const family = page.getByTestId('panel-FAMILY');
    expect(await family.getAttribute('data-restricted')).toBe('NO_CONSENT');
    expect(await family.textContent()).toContain('Borgeren har ikke givet samtykke');
    expect(await family.textContent()).toContain('nødadgang');
    await screenshot(page, 'citizen-jobcentre');

    // English on request, the same page.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'The departments', exact: true }).waitFor();
    expect(await family.textContent()).toContain('The citizen has not consented');

    // The keyboard alone: from the top, every stop shows its focus, and Tab reaches the restricted panel's way forward, which Enter follows.
    // A click on the page's top corner (the banner, not focusable) moves the starting point there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.click(2, 2);
    let reached = false;
    for (let stop = 0; stop < 60 && !reached; stop++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { text: element.textContent ?? '', outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', tag: element.tagName };
      });
      expect(focused.outline, `visible focus on ${focused.tag} "${focused.text.slice(0, 40)}"`).toBe(true);
      reached = focused.text === 'Request emergency access' && (await family.locator(':focus').count()) === 1;
    }
    expect(reached, "Tab reaches the family panel's emergency access link").toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Emergency access to Søren Jensen', level: 1 }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it("shows Simon's joint plan to the jobcentre, its overdue follow-up on the caseload, and the family department the plan restricted", async () => {
    // Made through the graph as test/plan.test.ts does: Simon's consent to a joint plan between the
    // jobcentre and adult social services, a plan started 120 days ago (so its first follow-up,
    // due within three months, is overdue), his goal, a sub-goal and a scheduled action.
    const token = await hub.token(CASEWORKERS.jobcentre);
    const asPlan = async (source: string, variables: object) => {
      const { body } = await hub.query(token, source, variables, { 'x-purpose': 'JOINT_PLAN' });
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    await asPlan('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: {
        cpr: SIMON,
        grantedBy: [{ name: 'Simon Berg', cpr: SIMON, capacity: 'SELF' }],
        sourceDepartments: ['JOBCENTRE', 'ADULT_SOCIAL'],
        recipientDepartments: ['JOBCENTRE', 'ADULT_SOCIAL'],
        categories: ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'],
        purpose: 'JOINT_PLAN',
        validUntil: day(365),
        method: 'WRITTEN',
        evidence: 'Erklæring 2026-402-7',
        textVersion: 'samtykke-helhedsplan-2026-01',
      },
    });
    await asPlan('mutation ($input: CreateJointPlanInput!) { createJointPlan(input: $input) { id } }', {
      input: {
        cpr: SIMON,
        startDate: day(-120),
        departments: ['JOBCENTRE', 'ADULT_SOCIAL'],
        coordinatorId: 'cw-jc-1',
        deputyId: 'cw-as-1',
        deputyDepartment: 'ADULT_SOCIAL',
      },
    });
    const goal = await asPlan('mutation ($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { goals { id } } }', {
      input: { cpr: SIMON, text: 'Jeg vil have et fast job i butikken', expressedBy: 'CITIZEN', expressedByName: 'Simon Berg' },
    });
    const goalId = goal.addPlanGoal.goals[0].id;
    await asPlan('mutation ($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { version } }', {
      input: { cpr: SIMON, text: 'Praktikken bliver til løntimer', servesGoalId: goalId },
    });
    await asPlan('mutation ($input: AddPlanActionInput!) { addPlanAction(input: $input) { version } }', {
      input: {
        cpr: SIMON,
        what: 'Virksomhedspraktik i supermarkedet',
        caseworkerId: 'cw-jc-1',
        servesGoalId: goalId,
        startDate: day(-100),
        schedule: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], startTime: '08:00', endTime: '14:00' },
      },
    });

    const page = await openConsole();
    await page.getByRole('button', { name: 'Sagsbehandler i jobcentret' }).click();
    await page.getByRole('heading', { name: 'Mine sager', level: 1 }).waitFor();
    await page.getByLabel('Formål med opslag').selectOption('JOINT_PLAN');
    const simonRow = page.getByTestId('caseload').locator('tr', { hasText: SIMON });
    await simonRow.getByTestId('badge-follow-up-overdue').waitFor();
    expect(await simonRow.getByTestId('badge-follow-up-overdue').textContent()).toContain('Opfølgning på plan overskredet');
    // Søren has no plan: no badge on his row.
    expect(await page.getByTestId('caseload').locator('tr', { hasText: SOREN }).getByTestId('badge-follow-up-overdue').count()).toBe(0);
    await screenshot(page, 'caseload-plan');

    await simonRow.getByRole('link').click();
    await page.getByRole('heading', { name: 'Simon Berg', level: 1 }).waitFor();
    const plan = page.getByTestId('plan');
    await plan.waitFor();
    expect(await plan.getByTestId('plan-goals').textContent()).toContain('Jeg vil have et fast job i butikken');
    expect(await plan.getByTestId('plan-goals').textContent()).toContain('Udtrykt af borgeren (Simon Berg)');
    const actions = plan.getByTestId('plan-actions-JOBCENTRE');
    expect(await actions.textContent()).toContain('Virksomhedspraktik i supermarkedet');
    expect(await actions.textContent()).toContain('mandag, tirsdag, onsdag, torsdag kl. 08:00–14:00');
    expect(await actions.textContent()).toContain('Alle afdelinger i planen');
    expect(await plan.getByTestId('plan-part-JOBCENTRE').textContent()).toContain('Praktikken bliver til løntimer');
    expect(await plan.textContent()).toContain('cw-as-1 (Voksenområdet)');
    expect(await plan.getByTestId('plan-overdue').textContent()).toBe('Opfølgningen er overskredet');
    expect(await plan.textContent()).toContain('Ingen opfølgninger endnu.');
    await page.getByTestId('plan-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'citizen-plan');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();

    // The family department, outside Simon's consent: the plan restricted, in plain words.
    const family = await openConsole();
    await family.getByRole('button', { name: 'Sagsbehandler i familieafdelingen' }).click();
    await family.getByLabel('Formål med opslag').selectOption('JOINT_PLAN');
    await family.getByLabel('Slå en borger op').fill(SIMON);
    await family.getByRole('button', { name: 'Vis borger' }).click();
    const restricted = family.getByTestId('plan-restricted');
    await restricted.waitFor();
    expect(await restricted.getAttribute('data-restricted')).toBe('NO_CONSENT');
    expect(await restricted.textContent()).toContain('Borgeren har ikke givet samtykke');
    expect(await family.getByTestId('plan-panel').textContent()).not.toContain('Virksomhedspraktik');
    await screenshot(family, 'citizen-plan-restricted');
    expect(pageErrors(family)).toEqual([]);
    await family.context().close();
  });

  it('lets a coordinator record his consent in the form, with refusals shown at their field', async () => {
    const page = await openConsole();
    await page.getByRole('button', { name: 'Koordinerende sagsbehandler (jobcentret)' }).click();
    await page.getByLabel('Slå en borger op').fill(SOREN);
    await page.getByRole('button', { name: 'Vis borger' }).click();
    await page.getByRole('heading', { name: 'Søren Jensen', level: 1 }).waitFor();
    await page.getByTestId('panel-FAMILY').getByRole('link', { name: 'Registrér samtykke' }).click();
    await page.getByRole('heading', { name: 'Registrér samtykke for Søren Jensen', level: 1 }).waitFor();
    // Nothing chosen: the hub refuses, and the refusal stands at the field it concerns.
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    const sourceError = page.locator('[data-field="sourceDepartments"] .form-error-message');
    await sourceError.waitFor();
    expect(await sourceError.textContent()).toBe('Vælg mindst én afdeling, der må dele.');
    expect(await page.getByRole('alert').textContent()).toContain('Ret 1 felt');

    const sources = page.getByRole('group', { name: 'Afdelinger, der må dele' });
    await sources.getByLabel('Jobcentret').check();
    await page.getByRole('group', { name: 'Afdelinger, der må modtage' }).getByLabel('Familieafdelingen').check();
    for (const category of ['Samtaler og aftaler i jobcentret', 'Sanktioner', 'Tilbud og aktivering']) await page.getByLabel(category).check();
    await page.getByLabel('Koordineret indsats').check();
    await page.getByLabel('Dokumentation').fill('Erklæring 2026-117-4');
    await screenshot(page, 'consent-form', true);
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    await page.getByTestId('consent-recorded').waitFor();

    // Back on the citizen page the consent is listed; a renewal that ends earlier is refused at its
    // field, a later one is recorded.
    await page.getByRole('link', { name: 'Tilbage til borgeren' }).click();
    const consents = page.getByTestId('citizen-consents');
    await consents.waitFor();
    expect(await consents.textContent()).toContain('Gældende');
    const renewal = consents.getByLabel('Forlæng til');
    await renewal.fill(day(100));
    await consents.getByRole('button', { name: 'Forlæng' }).click();
    await consents.locator('.form-error-message').waitFor();
    await renewal.fill(day(500));
    await consents.getByRole('button', { name: 'Forlæng' }).click();
    const until = new Date(`${day(500)}T12:00:00`).toLocaleDateString('da-DK', { year: 'numeric', month: 'short', day: 'numeric' });
    await expect.poll(async () => (await page.getByTestId('citizen-consents').textContent()) ?? '').toContain(until);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it("shows the family caseworker, under the coordinated-effort purpose, Søren's appointments and the three sanctions for clashes", async () => {
    const page = await openConsole();
    await page.getByRole('button', { name: 'Sagsbehandler i familieafdelingen' }).click();
    await page.getByLabel('Formål med opslag').selectOption('COORDINATED_EFFORT');
    await page.getByLabel('Slå en borger op').fill(SOREN);
    await page.getByRole('button', { name: 'Vis borger' }).click();
    await page.getByRole('heading', { name: 'Søren Jensen', level: 1 }).waitFor();
    const jobcentre = page.getByTestId('panel-JOBCENTRE');
    await jobcentre.getByRole('heading', { name: 'Aftaler' }).waitFor();
    await expect.poll(() => jobcentre.getByTestId('sanction').count()).toBe(3);
    const conflicts = page.getByTestId('conflicts').locator('li', { hasText: 'SANCTION_FOR_CLASH' });
    await expect.poll(() => conflicts.count()).toBe(3);
    await screenshot(page, 'citizen-family-with-consent');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lets an adult-social caseworker open emergency access, shows the time left, and an auditor review it', async () => {
    const page = await openConsole();
    await page.getByRole('button', { name: 'Sagsbehandler på voksenområdet' }).click();
    await page.getByLabel('Slå en borger op').fill(SOREN);
    await page.getByRole('button', { name: 'Vis borger' }).click();
    await page.getByTestId('panel-JOBCENTRE').getByRole('link', { name: 'Anmod om nødadgang' }).click();
    await page.getByRole('heading', { name: 'Nødadgang til Søren Jensen', level: 1 }).waitFor();
    await page.getByLabel('Lovhjemmel').selectOption({ index: 1 });
    await page.getByLabel('Begrundelse').fill('Borgeren har truet med selvskade i dag, og vi skal kende hans aktuelle aftaler for at handle.');
    await page.getByRole('button', { name: 'Åbn nødadgang' }).click();
    const banner = page.getByTestId('emergency-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/udløber om \d+ minutter/);
    await expect.poll(() => page.getByTestId('sanction').count()).toBe(3);
    await page.context().close();

    const auditor = await openConsole();
    await auditor.getByRole('button', { name: 'Revisor / databeskyttelsesrådgiver' }).click();
    await auditor.getByRole('link', { name: 'Nødadgange til gennemsyn' }).click();
    const pending = auditor.locator('section', { hasText: 'cw-as-1' });
    await pending.waitFor();
    expect(await pending.textContent()).toContain('selvskade');
    await screenshot(auditor, 'emergency-review');
    await pending.getByRole('button', { name: 'Godkend' }).click();
    await auditor.getByText('Vurderingen er registreret.').waitFor();
    await expect.poll(() => pending.count()).toBe(0);
    expect(pageErrors(auditor)).toEqual([]);
    await auditor.context().close();
  });

  it("lets an auditor read the access log, verify the chain, and see a citizen's consent history and report", async () => {
    const page = await openConsole();
    await page.getByRole('button', { name: 'Revisor / databeskyttelsesrådgiver' }).click();
    await page.getByRole('heading', { name: 'Adgangslog', level: 1 }).waitFor();
    await page.getByTestId('access-log').waitFor();
    await page.getByLabel('Medarbejder-id').fill('cw-jc-1');
    await page.getByLabel('Resultat').selectOption('RELEASED');
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect.poll(async () => (await page.getByTestId('access-log').textContent()) ?? '').toContain(SOREN);
    expect(await page.getByTestId('access-log').textContent()).not.toContain('aud-1');
    await screenshot(page, 'access-log');
    await page.getByRole('link', { name: 'Kædeverifikation' }).click();
    await page.getByRole('button', { name: 'Verificér kæden' }).click();
    const result = page.getByTestId('chain-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Kæden er intakt');
    await screenshot(page, 'chain');

    // One citizen: the consent recorded above in his history, and his report as a CSV file.
    await page.getByRole('link', { name: 'Samtykker og rapport pr. borger' }).click();
    await page.getByLabel('CPR-nummer').fill(SOREN);
    await page.getByRole('button', { name: 'Vis samtykkehistorik' }).click();
    const history = page.getByTestId('consent-history');
    await history.waitFor();
    expect(await history.textContent()).toContain('co-jc-1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent indsigtsrapport (CSV)' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('at,department,sourceDepartment,categories,purpose,legalBasis,outcome,staffId');
    expect(csv).toContain('EMERGENCY');
    await screenshot(page, 'citizen-audit');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
  it("lets Søren, signed in as a citizen, see the caseworker's look-up in his own access report", async () => {
    const page = await openConsole();
    await page.getByLabel('CPR-nummer').fill(SOREN);
    await page.getByRole('button', { name: 'Log ind som borger' }).click();
    await page.getByRole('heading', { name: 'Hvem har set mine data', level: 1 }).waitFor();
    const report = page.getByTestId('access-report');
    await report.waitFor();
    const jobcentreRows = report.locator('tr[data-department="JOBCENTRE"]');
    await expect.poll(() => jobcentreRows.count()).toBeGreaterThan(0);
    expect(await jobcentreRows.first().textContent()).toContain('Jobcentret');
    expect(await report.textContent()).toContain('Navn, adresse og familieforhold');
    // The list states its verification: the chain verifies through the newest entry shown (this reading, the first row).
    const verification = page.getByTestId('report-verification');
    expect(await verification.getAttribute('data-status')).toBe('VERIFIED');
    expect(await verification.textContent()).toContain('Listen er kontrolleret mod den manipulationssikre log til og med den nyeste post, der vises');
    expect(await verification.textContent()).toContain((await report.locator('tbody tr').first().locator('td').first().textContent())!);
    expect(await verification.getAttribute('class')).toContain('alert-success');
    // Each look-up of the tests before: the jobcentre's own, the family department's under his
    // consent, adult social services' in an emergency.
    await expect.poll(() => report.locator('tr[data-department="FAMILY"]', { hasText: 'Dit samtykke' }).count()).toBeGreaterThan(0);
    await expect.poll(() => report.locator('tr[data-department="ADULT_SOCIAL"]', { hasText: 'Nødadgang' }).count()).toBeGreaterThan(0);
    const consents = page.getByTestId('my-consents');
    expect(await consents.textContent()).toContain('Gældende');
    // He revokes it himself; it shows as revoked at once.
    await consents.getByRole('button', { name: 'Tilbagekald samtykket' }).click();
    await consents.locator('.form-error-message').waitFor();
    await consents.getByLabel('Hvorfor tilbagekalder du?').fill('Jeg vil ikke længere dele mine oplysninger.');
    await consents.getByRole('button', { name: 'Tilbagekald samtykket' }).click();
    await expect.poll(async () => (await consents.textContent()) ?? '').toContain('Tilbagekaldt');
    // A citizen has no purpose to choose and no staff menu.
    expect(await page.locator('#purpose').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Adgangslog' }).count()).toBe(0);
    await screenshot(page, 'my-data', true);
    // As a custody holder, the same for his child under 15; the reading itself is its first line.
    await page.getByLabel('Barn under 15 år').fill('690514-4012');
    await page.getByRole('button', { name: 'Skift oversigt' }).click();
    await page.getByTestId('report-subject').waitFor();
    await expect.poll(async () => (await page.getByTestId('access-report').textContent()) ?? '').toContain('Denne oversigt');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
