/**
 * No Docker engine runs where the tests run, so `docker compose up` cannot be tried here. This
 * file checks what can be checked without one: that docker-compose.yml and the Dockerfile agree
 * with the code (build output paths, ports, configuration variables) and keep the properties the
 * deployment relies on (health checks, a scalable worker, a non-root runtime on a current Node).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS, configVariableNames, loadConfig } from '@hp/config';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

// ---- docker-compose.yml ----------------------------------------------------------------------

type EnvironmentValue = string | number | boolean | null;

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  environment?: Record<string, EnvironmentValue> | string[];
  ports?: (string | number | { target?: number | string; published?: number | string })[];
  container_name?: string;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// `merge`: the API and the worker share their environment through a YAML anchor and `<<`.
const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = compose.services ?? {};
const appServices = ['api', 'worker'] as const;

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no "${name}" service`);
  return found;
}

/** The environment exactly as written (mapping or `KEY=value` list), values not interpolated. */
function rawEnvironment(definition: ComposeService): Record<string, string | undefined> {
  const environment = definition.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const separator = entry.indexOf('=');
        return separator === -1 ? [entry, undefined] : [entry.slice(0, separator), entry.slice(separator + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, value === null ? undefined : String(value)]));
}

/**
 * Compose's variable substitution: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}`. Throws like `docker compose` does when a required one is missing.
 */
function interpolate(value: string, hostEnvironment: Record<string, string>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced: string | undefined, operator: string | undefined, argument: string | undefined, bare: string | undefined) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare)!;
      const current = hostEnvironment[name];
      const missing = operator?.startsWith(':') ? !current : current === undefined;
      if (operator?.endsWith('-')) return missing ? (argument ?? '') : current!;
      if (operator?.endsWith('?')) {
        if (missing) throw new Error(`required variable ${name} is missing: ${argument}`);
        return current!;
      }
      return current ?? '';
    },
  );
}

/** What the container's process sees, given the variables of the host shell or `.env`. */
function containerEnvironment(definition: ComposeService, hostEnvironment: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rawEnvironment(definition))
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value]) => [key, interpolate(value, hostEnvironment)]),
  );
}

/** The two secrets an operator puts in `.env` (production refuses to start without them). */
const operatorEnvironment = { JWT_ACCESS_SECRET: 'a'.repeat(40), JWT_REFRESH_SECRET: 'b'.repeat(40) };

function commandOf(definition: ComposeService): string[] {
  const command = definition.command ?? [];
  return Array.isArray(command) ? command : command.split(/\s+/).filter(Boolean);
}

function healthcheckCommand(definition: ComposeService): string[] {
  const check = definition.healthcheck;
  if (!check || check.disable) return [];
  const test = check.test ?? [];
  const parts = typeof test === 'string' ? ['CMD-SHELL', test] : test;
  if (parts[0] === 'NONE') return [];
  return parts[0] === 'CMD' || parts[0] === 'CMD-SHELL' ? parts.slice(1) : parts;
}

function containerPorts(definition: ComposeService): number[] {
  return (definition.ports ?? []).map((entry) => {
    if (typeof entry === 'object') return Number(entry.target);
    // "3000", "3000:3000", "127.0.0.1:8025:8025", "8025:8025/tcp": the container port is last.
    return Number(String(entry).split('/')[0]!.split(':').at(-1));
  });
}

function dependencies(definition: ComposeService): Record<string, string | undefined> {
  const dependsOn = definition.depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, options]) => [name, options?.condition]));
}

// ---- Dockerfile --------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string | undefined;
  from: string;
  instructions: Instruction[];
}

function parseDockerfile(source: string): Stage[] {
  const stages: Stage[] = [];
  const logicalLines = source
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  for (const line of logicalLines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args };
    if (instruction.keyword === 'FROM') {
      const words = args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const asIndex = words.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({ from: words[0]!, name: asIndex === -1 ? undefined : words[asIndex + 1], instructions: [] });
    } else {
      const current = stages.at(-1);
      if (!current) throw new Error(`Dockerfile: ${keyword} before the first FROM`);
      current.instructions.push(instruction);
    }
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));

function stage(name: string): Stage {
  const found = stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`Dockerfile has no stage named "${name}" (FROM … AS ${name})`);
  return found;
}

/** The stage and the stages it is built FROM, base first; the image at the bottom of the chain. */
function stageChain(name: string): { chain: Stage[]; image: string } {
  const chain: Stage[] = [];
  let current: Stage | undefined = stage(name);
  while (current) {
    chain.unshift(current);
    const from: string = current.from;
    current = stages.find((candidate) => candidate.name === from && !chain.includes(candidate));
  }
  return { chain, image: chain[0]!.from };
}

const instructionsOf = (name: string, keyword: string) =>
  stageChain(name).chain.flatMap((each) => each.instructions.filter((instruction) => instruction.keyword === keyword));

// ---- the checks ------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('defines PostgreSQL, Redis, Mailpit, the API and the worker', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'mailpit', 'postgres', 'redis', 'worker']);
    expect(service('postgres').image, 'the PostgreSQL major the product is developed against').toMatch(/^postgres:15(\b|$)/);
    expect(service('redis').image).toMatch(/^redis:7(\b|$)/);
    expect(service('mailpit').image).toMatch(/^axllent\/mailpit(:|$)/);
  });

  it.each(Object.keys(services))('gives %s a health check', (name) => {
    expect(healthcheckCommand(service(name)), `${name}: healthcheck.test`).not.toEqual([]);
  });

  it('starts a service only after the services it depends on are healthy', () => {
    for (const [name, definition] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependencies(definition))) {
        expect(condition, `${name} → ${dependency}: condition`).toBe('service_healthy');
        expect(healthcheckCommand(service(dependency)), `${dependency} has a health check that ${name} can wait for`).not.toEqual([]);
      }
    }
    expect(Object.keys(dependencies(service('api'))).sort()).toEqual(expect.arrayContaining(['postgres', 'redis']));
    // A healthy API has applied the migrations the worker needs.
    expect(Object.keys(dependencies(service('worker')))).toEqual(expect.arrayContaining(['api', 'mailpit']));
  });

  it('keeps PostgreSQL data in a named volume', () => {
    const namedVolumes = (service('postgres').volumes ?? [])
      .map((volume) => (typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target]))
      .filter(([source, target]) => source && compose.volumes && source in compose.volumes && target === '/var/lib/postgresql/data');
    expect(namedVolumes, 'postgres volumes: <named volume>:/var/lib/postgresql/data').toHaveLength(1);
  });

  it.each(appServices)('builds %s from the Dockerfile runtime stage', (name) => {
    const build = service(name).build;
    expect(build, `${name}.build`).toBeTypeOf('object');
    const { context = '.', dockerfile = 'Dockerfile', target } = build as Exclude<ComposeService['build'], string | undefined>;
    expect(normalize(context)).toBe('.');
    expect(existsSync(join(root, context, dockerfile)), `${dockerfile} exists`).toBe(true);
    expect(target).toBe('runtime');
    expect(stage(target!).from).toBeDefined();
  });

  it.each([
    ['api', 'apps/api/src/main.ts', API_NODE_FLAGS],
    ['worker', 'apps/worker/src/main.ts', []],
  ])('runs the %s entry point that `npm run build` emits from %s, with its Node flags', (name, source, nodeFlags) => {
    const buildConfig = JSON.parse(read('tsconfig.build.json')) as { include: string[]; compilerOptions?: { outDir?: string } };
    const baseConfig = JSON.parse(read('tsconfig.json')) as { compilerOptions: { outDir: string; rootDir: string } };
    const outDir = normalize(buildConfig.compilerOptions?.outDir ?? baseConfig.compilerOptions.outDir);
    const rootDir = normalize(baseConfig.compilerOptions.rootDir);
    const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.build, 'npm run build compiles tsconfig.build.json').toMatch(/tsc -p tsconfig\.build\.json/);

    const [executable, ...args] = commandOf(service(name));
    expect(executable).toBe('node');
    expect(args.slice(0, nodeFlags.length)).toEqual([...nodeFlags]);
    const [script, ...rest] = args.slice(nodeFlags.length);
    expect(rest).toEqual([]);
    expect(normalize(script!).startsWith(`${outDir}/`), `${script} lies in ${outDir}/`).toBe(true);
    // tsc mirrors rootDir into outDir: dist/apps/api/src/main.js ← apps/api/src/main.ts.
    const compiledFrom = join(
      rootDir,
      normalize(script!)
        .slice(outDir.length + 1)
        .replace(/\.js$/, '.ts'),
    );
    expect(compiledFrom).toBe(source);
    expect(existsSync(join(root, compiledFrom)), `${compiledFrom} exists`).toBe(true);
    const topLevel = compiledFrom.split('/')[0];
    expect(
      buildConfig.include.some((pattern) => pattern.startsWith(`${topLevel}/`)),
      `tsconfig.build.json compiles ${topLevel}/`,
    ).toBe(true);
  });

  it('lets the worker scale: no host port, no container name', () => {
    const worker = service('worker');
    expect(worker.ports ?? [], 'worker.ports (a fixed host port collides at --scale worker=2)').toEqual([]);
    expect(worker.container_name, 'worker.container_name (names must be unique)').toBeUndefined();
  });

  it.each(appServices)('sets only configuration variables the product reads on %s', (name) => {
    const known = new Set<string>(configVariableNames);
    const unknown = Object.keys(rawEnvironment(service(name))).filter((key) => !known.has(key));
    expect(unknown, 'not in libs/config/src/config.schema.ts').toEqual([]);
  });

  it.each(appServices)('gives %s an environment that passes the production configuration check', (name) => {
    const environment = containerEnvironment(service(name), operatorEnvironment);
    expect(environment.NODE_ENV).toBe('production');
    expect(() => loadConfig(environment)).not.toThrow();
  });

  it.each(appServices)('takes the JWT secrets of %s from the operator, never from this file', (name) => {
    const raw = rawEnvironment(service(name));
    for (const key of ['JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET']) {
      expect(raw[key], `${name}: ${key} comes from \${${key}:?…}`).toMatch(new RegExp(`^\\$\\{${key}:?\\?[^}]*\\}$`));
    }
    expect(() => containerEnvironment(service(name), {}), 'compose refuses to start without the secrets').toThrow(/JWT_ACCESS_SECRET/);
  });

  it('migrates from the API only; the worker replicas skip it', () => {
    expect(loadConfig(containerEnvironment(service('api'), operatorEnvironment)).MIGRATIONS_RUN).toBe(true);
    expect(loadConfig(containerEnvironment(service('worker'), operatorEnvironment)).MIGRATIONS_RUN).toBe(false);
  });

  it.each([
    ['api', 'PORT'],
    ['worker', 'WORKER_PORT'],
  ] as const)('checks %s readiness on its own %s with node (the image has no curl)', (name, portVariable) => {
    const port = loadConfig(containerEnvironment(service(name), operatorEnvironment))[portVariable];
    const [executable, ...args] = healthcheckCommand(service(name));
    expect(executable, 'node:*-slim ships neither curl nor wget').toBe('node');
    expect(args.join(' ')).toContain(`://127.0.0.1:${port}/health/ready`);
  });

  it('publishes the API on its own port', () => {
    const { PORT } = loadConfig(containerEnvironment(service('api'), operatorEnvironment));
    expect(containerPorts(service('api'))).toContain(PORT);
  });
});

describe('Dockerfile', () => {
  it('has a runtime stage on a Node image with major version 22 or later', () => {
    const { image } = stageChain('runtime');
    const major = /^(?:docker\.io\/)?(?:library\/)?node:(\d+)/.exec(image)?.[1];
    expect(major, `runtime image "${image}" names a Node major version`).toBeDefined();
    expect(Number(major)).toBeGreaterThanOrEqual(22);
  });

  it('runs the runtime stage as a non-root user', () => {
    const user = instructionsOf('runtime', 'USER').at(-1)?.args.trim();
    expect(user, 'a USER instruction in the runtime stage or its bases').toBeDefined();
    expect(user!.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('ships only production dependencies and the compiled output', () => {
    const runs = instructionsOf('runtime', 'RUN').map((instruction) => instruction.args);
    expect(
      runs.some((command) => /npm ci\b.*--omit=dev/.test(command)),
      'runtime runs npm ci --omit=dev',
    ).toBe(true);
    expect(
      instructionsOf('runtime', 'ENV')
        .map((instruction) => instruction.args)
        .join('\n'),
    ).toMatch(/NODE_ENV[= ]production/);

    const copyDist = stage('runtime').instructions.find(
      (instruction) => instruction.keyword === 'COPY' && /--from=\S+/.test(instruction.args) && /\bdist\b/.test(instruction.args),
    );
    expect(copyDist, 'runtime copies dist/ from another stage').toBeDefined();
    const buildStage = /--from=(\S+)/.exec(copyDist!.args)![1]!;
    const buildRuns = instructionsOf(buildStage, 'RUN').map((instruction) => instruction.args);
    expect(
      buildRuns.some((command) => /\bnpm ci\b/.test(command) && !command.includes('--omit=dev')),
      `${buildStage} installs dev dependencies`,
    ).toBe(true);
    expect(
      buildRuns.some((command) => command.includes('npm run build')),
      `${buildStage} runs npm run build`,
    ).toBe(true);
  });

  it('runs the API by default, as compose does', () => {
    const cmd = instructionsOf('runtime', 'CMD').at(-1)?.args;
    expect(cmd, 'CMD in exec (JSON) form').toMatch(/^\[/);
    expect(JSON.parse(cmd!)).toEqual(commandOf(service('api')));
  });

  it('runs the API as `npm run start:api` does', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:api']).toBe(commandOf(service('api')).join(' '));
  });

  it('keeps local build output, dependencies and secrets out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', '.env']));
  });
});
