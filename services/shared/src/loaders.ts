/** Helpers for per-request DataLoaders over legacy tables. */

/** Groups rows by canonical CPR in the order DataLoader asked for; a citizen without rows gets []. */
export function groupByCpr<T extends { cpr: string }>(cprs: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(cprs.map((cpr) => [cpr, []]));
  for (const row of rows) groups.get(row.cpr)?.push(row);
  return cprs.map((cpr) => groups.get(cpr)!);
}
