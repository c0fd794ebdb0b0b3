import { describe, expect, it } from 'vitest';
import {
  composeProcesses,
  dockerfileInstruction,
  kubernetesProcesses,
  sourceOf,
  type DeployedProcess,
  WEB_ENTRY,
  WEB_TRUSTED_DOCUMENTS_FILE,
} from '../deployment-files';
import { variablesReadBy, variablesReadIn } from '../environment-reads';

// Read only by development: the embedded database and the development secrets live there, and
// production has DATABASE_URL and its secrets set, so nothing deployed ever opens the folder.
const DEVELOPMENT_ONLY = ['EDHR_DATA_DIR'];

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
const readByEntry = new Map<string, Set<string>>();
const readBy = (entry: string) => {
  if (!readByEntry.has(entry)) readByEntry.set(entry, variablesReadBy(sourceOf(entry)));
  return readByEntry.get(entry)!;
};

/** What every deployed entry point can read, less what only development reads. */
function variablesTheCodeReads(processes: DeployedProcess[]): string[] {
  return sorted(processes.flatMap((p) => [...readBy(p.entry)])).filter((name) => !DEVELOPMENT_ONLY.includes(name));
}

describe('the deployment files: compose.yaml, the Kubernetes manifests, the Dockerfile', () => {
  it('finds variables however a config module reads them', () => {
    const source = [
      "const a = process.env.ALPHA_ONE; const b = env['BETA'];",
      "envValue('GAMMA_G'); parseEnv({",
      '  DELTA_D: z.string(),',
      "}); const m = { portVariable: 'EPSILON_PORT' };",
      'export const NOT_A_VARIABLE: string = "x";',
    ].join('\n');
    expect(sorted(variablesReadIn(source))).toEqual(['ALPHA_ONE', 'BETA', 'DELTA_D', 'EPSILON_PORT', 'GAMMA_G']);
  });

  it('follows a service entry point into the kit and its own config modules', () => {
    const partners = readBy('subgraphs/partners/dist/main.js');
    for (const name of ['DATABASE_URL', 'INTERNAL_TOKEN_SECRET', 'HOST', 'PARTNERS_PORT', 'DISCLOSURE_KEY', 'FINDING_RATIO_THRESHOLD', 'LOG_LEVEL']) {
      expect(partners).toContain(name);
    }
    const gateway = readBy('gateway/dist/main.js');
    for (const name of ['GATEWAY_MAX_DEPTH', 'AUTH_JWKS_URL', 'AUTH_CLOCK_SKEW', 'PARTNERS_URL', 'GATEWAY_PORT']) expect(gateway).toContain(name);
    expect(gateway).not.toContain('DISCLOSURE_KEY');
    // The web app imports no service package: its own settings only.
    expect(sorted(readBy(WEB_ENTRY))).toEqual(['GATEWAY_URL', 'HOST', 'NODE_ENV', 'WEB_PORT', 'WEB_SIGN_IN', 'WEB_TRUSTED_DOCUMENTS']);
  });

  for (const [file, processes] of [
    ['compose.yaml', composeProcesses],
    ['the Kubernetes manifests', kubernetesProcesses],
  ] as const) {
    it(`${file} declare every variable the deployed code reads, and nothing else`, () => {
      const deployed = processes();
      expect(sorted(deployed.map((p) => p.entry))).toEqual([
        'gateway/dist/main.js',
        'subgraphs/federation/dist/bin/migrate.js',
        'subgraphs/organisational-processes/dist/main.js',
        'subgraphs/partners/dist/main.js',
        'subgraphs/people-culture/dist/main.js',
        'subgraphs/service-delivery/dist/main.js',
        'web/dist/bin/serve-web.js',
      ]);
      expect(sorted(deployed.flatMap((p) => p.variables))).toEqual(variablesTheCodeReads(deployed));
    });

    it(`${file} run the web app in production against the gateway, which registers the operations it sends by hash`, () => {
      const deployed = processes();
      const web = deployed.find((p) => p.entry === WEB_ENTRY)!;
      const gateway = deployed.find((p) => p.entry === 'gateway/dist/main.js')!;
      expect(web.settings).toMatchObject({ NODE_ENV: 'production', WEB_TRUSTED_DOCUMENTS: 'true' });
      expect(web.settings.GATEWAY_URL).toMatch(/^http:\/\/gateway(:4000)?\/graphql$/);
      expect(gateway.settings.GATEWAY_TRUSTED_DOCUMENTS?.split(',')).toContain(WEB_TRUSTED_DOCUMENTS_FILE);
    });

    it(`${file} give each process only variables its own code reads`, () => {
      const misplaced = processes().flatMap((p) => p.variables.filter((name) => !readBy(p.entry).has(name)).map((name) => `${p.where}: ${name}`));
      expect(misplaced).toEqual([]);
    });
  }

  it('every service is probed on the port it listens on, at the health endpoints the kit and the gateway serve', () => {
    const serving = [...composeProcesses(), ...kubernetesProcesses()].filter((p) => !p.entry.endsWith('/migrate.js'));
    expect(serving).toHaveLength(12);
    for (const { where, serves } of serving) {
      expect(serves, where).toBeDefined();
      expect(serves!.probedPort, where).toBe(serves!.port);
      expect(serves!.readiness, where).toBe('/health/ready');
    }
    for (const { where, serves } of kubernetesProcesses().filter((p) => p.serves)) expect(serves!.liveness, where).toBe('/health/live');
  });

  it('the Dockerfile runs compiled JavaScript on plain node, the gateway unless told otherwise', () => {
    expect(dockerfileInstruction('ENTRYPOINT')).toEqual(['node', '--conditions=compiled', '--no-experimental-strip-types', '--enable-source-maps']);
    expect(dockerfileInstruction('CMD')).toEqual(['gateway/dist/main.js']);
  });
});
