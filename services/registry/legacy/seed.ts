/** Writes the demo world's persons and custody relations into the register replica. */
import type { Knex } from 'knex';
import type { World } from '../../shared/src/demo/world.ts';

export async function seed(knex: Knex, world: World): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.batchInsert(
      'person',
      world.persons.map((p) => ({
        cpr: p.cpr,
        fornavn: p.firstName,
        efternavn: p.lastName,
        foedselsdato: p.birthDate,
        vejnavn_husnr: p.address.street,
        postnr: p.address.postcode,
        bynavn: p.address.city,
      })),
      500,
    );
    if (world.custody.length) {
      await trx.batchInsert(
        'foraeldremyndighed',
        world.custody.map((c) => ({ barn_cpr: c.childCpr, indehaver_cpr: c.holderCpr })),
        500,
      );
    }
  });
}

export async function clear(knex: Knex): Promise<void> {
  await knex('foraeldremyndighed').del();
  await knex('person').del();
}
