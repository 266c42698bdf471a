/** The plan service's own errors as clients see them, mapped once in the subgraph's error formatting. */
import { badUserInput, type DomainErrorMapper } from '../shared/src/errors.ts';
import { PlanRuleViolation } from './model.ts';

export const planErrors: DomainErrorMapper = (error) => (error instanceof PlanRuleViolation ? badUserInput(error.message, { field: error.field }) : null);
