/**
 * Who is signed in, held in memory only (never localStorage or a cookie): a reload signs out. The
 * purpose the user chose goes with every request as X-Purpose; changing it refetches every page,
 * since what a consent covers depends on it.
 */
import { createContext, useContext, type ReactNode } from 'react';

export type Purpose = 'COORDINATED_EFFORT' | 'JOINT_PLAN';
export type Role = 'caseworker' | 'coordinator' | 'auditor' | 'citizen';

export interface Session {
  token: string;
  /** The token's subject. */
  id: string;
  department: string | null;
  roles: Role[];
  /** A citizen's own CPR number. */
  cpr: string | null;
  /** Signed in through the development identity provider. */
  development: boolean;
}

/** The claims of a token, read for display only: the gateway verifies it, the console trusts nothing in it. */
export function sessionFromToken(token: string, development: boolean): Session {
  const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
    sub: string;
    department?: string;
    roles?: Role[] | string;
    cpr?: string;
  };
  const roles = (typeof payload.roles === 'string' ? payload.roles.split(/[ ,]/) : (payload.roles ?? [])) as Role[];
  return { token, id: payload.sub, department: payload.department ?? null, roles, cpr: payload.cpr ?? null, development };
}

export interface SessionState {
  session: Session | null;
  purpose: Purpose | null;
  signIn(session: Session): void;
  signOut(): void;
  setPurpose(purpose: Purpose | null): void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ value, children }: { value: SessionState; children: ReactNode }) {
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The signed-in session and its purpose. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
