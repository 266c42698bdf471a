/**
 * What the console remembers between pages of one sign-in, in memory only: the names of citizens
 * shown (so that a form can say whom it is about without asking the hub again, and without putting
 * a name in a URL), and the emergency accesses the user opened (for the banner with the time left).
 */
export const citizenNames = new Map<string, string>();
export const emergencyAccesses = new Map<string, string>();

/** Forgets everything, as signing out must. */
export function forgetAll(): void {
  citizenNames.clear();
  emergencyAccesses.clear();
}
