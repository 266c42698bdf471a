/**
 * `npm run codegen`: resolver types from each subgraph's SDL (GraphQL Code Generator), so that
 * resolvers are checked against the contract the front-end teams read; and the console's typed
 * documents from the supergraph and its named operations (client preset). A test fails when the
 * generated files differ from a fresh generation.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const common = {
  federation: true,
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: false,
  scalars: { Date: 'string', LocalDateTime: 'string', DateTime: 'string' },
};

const DEPARTMENT_VIEW = '../../shared/src/views.ts#DepartmentView';
const DEPARTMENT = {
  Citizen: '{ cpr: string }',
  Restricted: '../../shared/src/views.ts#RestrictedValue',
  CitizenConnection: '../../shared/src/connection.ts#CitizenConnectionValue',
};

function subgraph(name: string, contextType: string, mappers: Record<string, string>) {
  return {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: { ...common, contextType: `../index.ts#${contextType}`, mappers },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'services/registry/generated/graphql.ts': subgraph('registry', 'RegistryContext', { Citizen: '{ cpr: string }' }),
    'services/jobcentre/generated/graphql.ts': subgraph('jobcentre', 'JobcentreContext', { JobcentreView: DEPARTMENT_VIEW, ...DEPARTMENT }),
    'services/family/generated/graphql.ts': subgraph('family', 'FamilyContext', {
      FamilyView: DEPARTMENT_VIEW,
      FamilyCaseInvolvement: '../resolvers.ts#InvolvementInView',
      ...DEPARTMENT,
    }),
    'services/adult-social/generated/graphql.ts': subgraph('adult-social', 'AdultSocialContext', { AdultSocialView: DEPARTMENT_VIEW, ...DEPARTMENT }),
    'services/consent/generated/graphql.ts': subgraph('consent', 'ConsentContext', {
      Citizen: '{ cpr: string }',
      Consent: '../store.ts#ConsentRecord',
      CitizenAccessReport: '../citizen-self.ts#AccessReportValue',
    }),
    'services/plan/generated/graphql.ts': subgraph('plan', 'PlanContext', {
      Citizen: '{ cpr: string }',
      Restricted: '../../shared/src/views.ts#RestrictedValue',
      JointPlan: '../resolvers.ts#JointPlanValue',
    }),
    'services/views/generated/graphql.ts': subgraph('views', 'ViewsContext', { Citizen: '../resolvers.ts#CitizenWithRequirements' }),
    // The console: every operation is a named document under console/src; the set doubles as the
    // persisted-operations allowlist (persisted-documents.json, by SHA-256).
    'console/src/generated/': {
      schema: 'schema/supergraph.graphql',
      documents: ['console/src/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', LocalDateTime: 'string', DateTime: 'string' } },
    },
  },
};

export default config;
