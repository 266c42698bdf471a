import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('the cost limits in the configuration', () => {
  it('default to a ceiling of 10,000 a request and a budget of 30,000 a minute', () => {
    expect(loadConfig({}).cost).toEqual({ maxRequestCost: 10_000, budgetPerMinute: 30_000 });
  });

  it('are read from MAX_REQUEST_COST and COST_BUDGET_PER_MINUTE', () => {
    expect(loadConfig({ MAX_REQUEST_COST: '500', COST_BUDGET_PER_MINUTE: '2000' }).cost).toEqual({ maxRequestCost: 500, budgetPerMinute: 2000 });
  });

  it.each([
    [
      'a budget below the ceiling',
      { MAX_REQUEST_COST: '5000', COST_BUDGET_PER_MINUTE: '4999' },
      /COST_BUDGET_PER_MINUTE \(4999\) must be at least MAX_REQUEST_COST/,
    ],
    ['a ceiling that is not a number', { MAX_REQUEST_COST: 'lots' }, /MAX_REQUEST_COST must be a whole number/],
    ['a budget of zero', { COST_BUDGET_PER_MINUTE: '0' }, /COST_BUDGET_PER_MINUTE must be a whole number/],
  ])('refuse %s, naming the variable', (_, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
