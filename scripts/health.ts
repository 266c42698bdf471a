/**
 * `node scripts/health.ts [service]`: the container's health check. Asks the service running in
 * this container (named by the argument or HUB_SERVICE) whether it is ready, on its configured
 * port: a subgraph's `GET /ready` (its databases answer), the gateway's `GET /readiness` (its graph
 * is loaded). Exit 0 when ready, 1 when not.
 */
import { SUBGRAPH_NAMES, type SubgraphName } from '../services/shared/src/config.ts';
import { configOrExit, fail } from './cli.ts';

const name = process.argv[2] ?? process.env.HUB_SERVICE;
if (!name || (name !== 'gateway' && !(SUBGRAPH_NAMES as readonly string[]).includes(name))) fail(`name a service: gateway, ${SUBGRAPH_NAMES.join(', ')}`);
const config = configOrExit();
const url = name === 'gateway' ? `http://127.0.0.1:${config.gatewayPort}/readiness` : `http://127.0.0.1:${config.servicePorts[name as SubgraphName]}/ready`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
