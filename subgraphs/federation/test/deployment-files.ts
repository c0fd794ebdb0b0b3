import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { REPOSITORY } from './environment-reads';

/** One process a deployment file starts from the project's image: what it runs and the variables it is given. */
export interface DeployedProcess {
  where: string;
  /** For a process that serves: the port its port variable tells it, the port and paths its health is checked on. */
  serves?: { port: number; probedPort: number; liveness?: string; readiness?: string };
  /** The compiled entry file, relative to the repository root (the image's working directory). */
  entry: string;
  variables: string[];
  /** Each variable's value as deployed: compose's `${NAME:-default}` as its default. */
  settings: Record<string, string>;
}

/** What compose gives a variable when the environment leaves it empty: `${NAME:-default}` → default. */
function composeDefault(value: string): string {
  return /^\$\{[A-Z0-9_]+:-(.*)\}$/.exec(value)?.[1] ?? value;
}

/** The web app's compiled entry, and its persisted documents as the build leaves them in the image (dist/ mirrors src/). */
export const WEB_ENTRY = 'web/dist/bin/serve-web.js';
export const WEB_TRUSTED_DOCUMENTS_FILE = 'web/dist/generated/persisted-documents.json';

const read = (path: string) => readFileSync(resolve(REPOSITORY, path), 'utf8');

/** The Dockerfile's exec-form instruction (`ENTRYPOINT` or `CMD`), as its JSON array. */
export function dockerfileInstruction(name: 'ENTRYPOINT' | 'CMD'): string[] {
  const line = read('Dockerfile').split('\n').find((l) => l.startsWith(`${name} [`));
  if (!line) throw new Error(`the Dockerfile has no exec-form ${name}`);
  return JSON.parse(line.slice(name.length + 1)) as string[];
}

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}

/** Every compose service that runs the project's image (PostgreSQL is not one). */
export function composeProcesses(): DeployedProcess[] {
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
  return Object.entries(compose.services)
    .filter(([, service]) => service.image === 'edhr-graph')
    .map(([name, service]) => {
      if (!service.command?.[0]) throw new Error(`compose service ${name} names no entry file`);
      const environment = service.environment ?? {};
      const portVariable = Object.keys(environment).find((v) => v.endsWith('_PORT'));
      const check = service.healthcheck?.test ?? [];
      return {
        where: `compose.yaml ${name}`,
        entry: service.command[0],
        variables: Object.keys(environment),
        settings: Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, composeDefault(String(value))])),
        ...(portVariable && {
          serves: {
            port: Number(environment[portVariable]),
            // The check is `node -e "fetch(…/health/…)" <port>`.
            probedPort: Number(check.at(-1)),
            readiness: /\/health\/\w+/.exec(check.join(' '))?.[0],
          },
        }),
      };
    });
}

export const KUBERNETES_FOLDER = 'subgraphs/federation/kubernetes';

interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: { name: string; value?: string }[];
  envFrom?: unknown[];
  ports?: { containerPort: number }[];
  livenessProbe?: { httpGet?: { path: string } };
  readinessProbe?: { httpGet?: { path: string } };
}

/** Every container and init container of the Kubernetes manifests. */
export function kubernetesProcesses(): DeployedProcess[] {
  const processes: DeployedProcess[] = [];
  for (const file of readdirSync(resolve(REPOSITORY, KUBERNETES_FOLDER)).filter((f) => f !== 'kustomization.yaml')) {
    for (const document of parseAllDocuments(read(`${KUBERNETES_FOLDER}/${file}`))) {
      const manifest = document.toJS() as { kind: string; spec?: { template?: { spec?: { containers?: Container[]; initContainers?: Container[] } } } };
      const pod = manifest.spec?.template?.spec;
      for (const container of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])]) {
        const where = `${file} ${container.name}`;
        // Variables only by name, so each one can be checked against what the code reads.
        if (container.envFrom) throw new Error(`${where}: envFrom hides which variables are set`);
        if (!container.args?.[0]) throw new Error(`${where} names no entry file`);
        const probedPort = container.ports?.[0]?.containerPort;
        processes.push({
          where,
          entry: container.args[0],
          variables: (container.env ?? []).map((e) => e.name),
          settings: Object.fromEntries((container.env ?? []).flatMap((e) => (e.value === undefined ? [] : [[e.name, e.value]]))),
          ...(probedPort !== undefined && {
            serves: {
              port: Number(container.env?.find((e) => e.name.endsWith('_PORT'))?.value),
              probedPort,
              liveness: container.livenessProbe?.httpGet?.path,
              readiness: container.readinessProbe?.httpGet?.path,
            },
          }),
        });
      }
    }
  }
  return processes;
}

/** The TypeScript source a compiled entry file is built from. */
export function sourceOf(entry: string): string {
  return resolve(REPOSITORY, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts'));
}
