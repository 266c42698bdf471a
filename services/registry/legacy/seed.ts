/**
 * Writes the demo world's persons and custody relations into the register replica. The demo world
 * has no guardianship (DOMAIN.md names none): `vaergemaal` starts empty, as the register would
 * deliver it for these persons.
 */
import type { Knex } from 'knex';
import { bulkLoad, copyRows, emptyTables } from '../../shared/src/copy.ts';
import type { World } from '../../shared/src/demo/world.ts';

export async function seed(knex: Knex, world: World): Promise<void> {
  await knex.transaction(async (trx) => {
    await bulkLoad(trx, ['person', 'foraeldremyndighed'], { rows: world.persons.length }, async () => {
      // COPY, in the transaction: a hundred thousand persons in a second or two.
      await copyRows(
        trx,
        'person',
        ['cpr', 'fornavn', 'efternavn', 'foedselsdato', 'vejnavn_husnr', 'postnr', 'bynavn'],
        world.persons.map((p) => [p.cpr, p.firstName, p.lastName, p.birthDate, p.address.street, p.address.postcode, p.address.city]),
      );
      await copyRows(
        trx,
        'foraeldremyndighed',
        ['barn_cpr', 'indehaver_cpr'],
        world.custody.map((c) => [c.childCpr, c.holderCpr]),
      );
    });
  });
}

export async function clear(knex: Knex): Promise<void> {
  await emptyTables(knex, ['vaergemaal', 'foraeldremyndighed', 'person']);
}
