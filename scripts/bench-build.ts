// Times `astro build` (search index included) on a throwaway copy of this project with N generated guide
// pages added, and optionally a default Starlight site building the same pages, side by side.
//
//   node scripts/bench-build.ts                      # ours at +0 and +200 pages, 3 runs each
//   node scripts/bench-build.ts --pages 200 --runs 5
//   node scripts/bench-build.ts --starlight          # also a Starlight baseline (installed in the temp dir)
//   node scripts/bench-build.ts --project /tmp/old   # bench another checkout (its own node_modules if it has
//                                                     # them, else this repo's); repeat to compare side by side
//   node scripts/bench-build.ts --profile            # one extra run per size with --cpu-prof; prints the .cpuprofile path
//   node scripts/bench-build.ts --warm               # keep build caches between runs (after one untimed build)
//   node scripts/bench-build.ts --keep               # keep the temp projects to inspect them
//
// Every run is cold by default: dist/ and the caches a build leaves (node_modules/.astro, node_modules/.vite,
// .astro) are removed first, as on a CI runner without a cache. With --warm the caches are kept and
// one untimed build fills them first, as when you rebuild on your own machine.
// Configurations are interleaved run by run so that load from other processes hits them evenly;
// the summary reports the median wall-clock time of the `astro build` process.
// Nothing is written into the repository: copies, the Starlight install and profiles live under
// $TMPDIR/co-managed-it-bench/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STARLIGHT_VERSION = '0.42.4';
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
const WORK = join(tmpdir(), 'co-managed-it-bench');

// ---- options --------------------------------------------------------------------------------
interface Options {
  pages: number[];
  runs: number;
  starlight: boolean;
  oursToo: boolean;
  profile: boolean;
  keep: boolean;
  warm: boolean;
  projects: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    pages: [0, 200],
    runs: 3,
    starlight: false,
    oursToo: true,
    profile: false,
    keep: false,
    warm: false,
    projects: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--pages')
      options.pages = value()
        .split(',')
        .map((n) => Number.parseInt(n, 10));
    else if (arg === '--runs') options.runs = Number.parseInt(value(), 10);
    else if (arg === '--starlight') options.starlight = true;
    else if (arg === '--only-starlight') ((options.starlight = true), (options.oursToo = false));
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--warm') options.warm = true;
    else if (arg === '--project') options.projects.push(resolve(value()));
    else if (arg === '--help' || arg === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (options.pages.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('--pages takes counts such as 0,200');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs takes a positive number');
  if (options.projects.length === 0) options.projects.push(REPO);
  return options;
}

// ---- generated guide pages -----------------------------------------------------------------
// A seeded generator, so every run and every machine builds the same pages.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = [
  'MSP',
  'co-managed IT',
  'RMM',
  'PSA',
  'SLA',
  'SOW',
  'tier-1',
  'patch rings',
  'runbook',
  'EDR',
  'SIEM',
  'MSSP',
  'QBR',
  'escalation chain',
  'incident bridge',
  'block hours',
  'retainer',
  'overage',
  'endpoints',
  'vendor lock-in',
  'off-boarding clause',
  'staff augmentation',
  'vCIO',
  'MFA',
  'Microsoft 365',
  'Intune',
  'disaster recovery',
  'cyber insurance',
  'scope drift',
  'line-of-business applications',
  'HIPAA',
  'SOC 2',
];
const SUBJECTS = [
  'The internal team',
  'Your IT lead',
  'The provider',
  'A two-person IT department',
  'The service desk',
  'Finance',
  'The operations manager',
  'Each side',
  'The on-call engineer',
  'A growing company',
];
const VERBS = [
  'should agree',
  'usually decides',
  'writes down',
  'reviews every quarter',
  'tends to forget',
  'needs a named owner for',
  'can measure',
  'pays for',
  'hands over',
  'keeps a record of',
];
const OBJECTS = [
  'who answers the first call',
  'how changes are approved',
  'which alerts page a person at night',
  'the monthly report',
  'the list of shared admin accounts',
  'what counts as an emergency',
  'the price of work outside the contract',
  'the order in which patches roll out',
  'the exit plan',
  'how tickets move between queues',
  'the backup restore test',
  'the licence count',
];
const TAILS = [
  'before the contract is signed',
  'so nobody is surprised at renewal',
  'in the shared ticket system',
  'and checks it against the invoice',
  'without waiting for an outage to force the question',
  'because memory fades after staff changes',
  'for every site and every shift',
  'in plain language',
];
const HEADINGS = [
  'Who owns the first response',
  'What the contract should say',
  'How the tools are shared',
  'Costs to plan for',
  'Where handoffs break',
  'Questions to ask before signing',
  'Measuring whether it works',
  'Leaving cleanly',
  'Security duties',
  'After-hours cover',
  'Reporting and reviews',
  'Onboarding a new provider',
];
const LINKS = [
  '/comparison/',
  '/pricing-models/',
  '/who-owns-what/',
  '/when-it-fits/',
  '/estimator/',
  '/assessment/',
  '/glossary/',
];

function generatePage(index: number): { slug: string; mdx: string } {
  const random = rng(1000 + index);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sentence = () => {
    const withTerm = random() < 0.45;
    const base = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
    if (!withTerm) return `${base}.`;
    const term = pick(TERMS);
    return random() < 0.5
      ? `${base}, and the ${term} is part of that.`
      : `With the ${term} in scope, ${base.charAt(0).toLowerCase()}${base.slice(1)}.`;
  };
  const paragraph = (count: number) => {
    const parts = Array.from({ length: count }, sentence);
    if (random() < 0.4) parts.push(`The [related page](${pick(LINKS)}) goes into **more detail** on this.`);
    return parts.join(' ');
  };
  const table = () => {
    const header = '| Task | Internal team | Provider | Notes |\n|---|---|---|---|';
    const rows = Array.from(
      { length: 5 + Math.floor(random() * 4) },
      () =>
        `| ${pick(OBJECTS)} | ${pick(['Owns', 'Approves', 'Informed', '—'])} | ${pick(['Owns', 'Does the work', 'Escalates', '—'])} | ${pick(TERMS)} ${pick(TAILS)} |`,
    );
    return [header, ...rows].join('\n');
  };

  const n = String(index + 1).padStart(3, '0');
  const topic = pick(HEADINGS);
  const sections: string[] = [paragraph(4)];
  const sectionCount = 4 + Math.floor(random() * 3);
  const tableAt = Math.floor(random() * sectionCount);
  for (let s = 0; s < sectionCount; s++) {
    sections.push(`## ${HEADINGS[(index + s) % HEADINGS.length]} (${n}.${s + 1})`);
    sections.push(paragraph(3 + Math.floor(random() * 3)));
    if (s === tableAt) sections.push(table());
    if (random() < 0.4) {
      sections.push(`### In practice (${n}.${s + 1})`);
      sections.push(Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n'));
    }
    if (random() < 0.3) sections.push(Array.from({ length: 3 }, (_, k) => `${k + 1}. ${sentence()}`).join('\n'));
    sections.push(paragraph(3 + Math.floor(random() * 3)));
  }
  const frontmatter = [
    '---',
    `title: "Guide page ${n}: ${topic}"`,
    `description: "A generated page for the build benchmark, number ${n}, about ${topic.toLowerCase()} in a co-managed IT arrangement."`,
    `navLabel: "Bench ${n}"`,
    `order: ${1000 + index}`,
    'updated: 2026-11-27',
    '---',
  ].join('\n');
  return { slug: `bench-${n}`, mdx: `${frontmatter}\n\n${sections.join('\n\n')}\n` };
}

// ---- projects ---------------------------------------------------------------------------------
const SKIP_TOP = new Set(['node_modules', 'dist', '.astro', '.tools', '.git', 'test-results', 'reports']);

/** A node_modules of symlinks into the real one, minus the caches a build writes. */
function linkNodeModules(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

function prepareOurs(project: string, name: string, pages: number): string {
  const dir = join(WORK, `${name}-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(project)) {
    if (SKIP_TOP.has(entry)) continue;
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  // A checkout with its own node_modules (say, an older commit with other dependencies) uses them.
  const ownModules = join(project, 'node_modules');
  linkNodeModules(existsSync(ownModules) ? ownModules : join(REPO, 'node_modules'), join(dir, 'node_modules'));
  for (let i = 0; i < pages; i++) {
    const { slug, mdx } = generatePage(i);
    writeFileSync(join(dir, 'src/content/guide', `${slug}.mdx`), mdx);
  }
  return dir;
}

function ensureStarlightInstall(): string {
  const install = join(WORK, `starlight-${STARLIGHT_VERSION}-install`);
  const astroVersion = JSON.parse(readFileSync(join(REPO, 'node_modules/astro/package.json'), 'utf8'))
    .version as string;
  const marker = join(install, `installed-astro-${astroVersion}`);
  if (existsSync(marker)) return install;
  rmSync(install, { recursive: true, force: true });
  mkdirSync(install, { recursive: true });
  writeFileSync(
    join(install, 'package.json'),
    JSON.stringify(
      {
        name: 'starlight-bench',
        private: true,
        type: 'module',
        dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
      },
      null,
      2,
    ),
  );
  console.log(`› installing astro@${astroVersion} and @astrojs/starlight@${STARLIGHT_VERSION} into ${install}`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: install,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm install for the Starlight baseline failed');
  writeFileSync(marker, '');
  return install;
}

function prepareStarlight(pages: number): string {
  const install = ensureStarlightInstall();
  const dir = join(WORK, `starlight-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  linkNodeModules(join(install, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), readFileSync(join(install, 'package.json')));
  // Starlight's defaults, its Pagefind search index included: our astro build makes one too
  // (src/integrations/pagefind-index.ts), so both sides do the same work.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ site: 'https://example.com', integrations: [starlight({ title: 'Bench' })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  // The same seven guide pages (their extra frontmatter is ignored by Starlight's schema) plus the generated ones.
  const guide = join(OPTS.projects[0]!, 'src/content/guide');
  for (const name of readdirSync(guide)) cpSync(join(guide, name), join(dir, 'src/content/docs', name));
  writeFileSync(
    join(dir, 'src/content/docs/index.mdx'),
    '---\ntitle: Bench home\n---\n\nThe home page of the Starlight baseline.\n',
  );
  for (let i = 0; i < pages; i++) {
    const { slug, mdx } = generatePage(i);
    writeFileSync(join(dir, 'src/content/docs', `${slug}.mdx`), mdx);
  }
  return dir;
}

// ---- timing ------------------------------------------------------------------------------------
interface Run {
  wall: number;
  /** User + system CPU seconds of the build and its children: less sensitive than wall-clock to other load on a shared machine. */
  cpu: number;
  pages: number | null;
  /** Astro's own "generating static routes … Completed in", seconds: rendering pages and endpoints. */
  routes: number | null;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** CPU seconds used so far by waited-for child processes (Linux: cutime + cstime in /proc/self/stat). */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After the command name, field 3 is the state; cutime and cstime are fields 16 and 17 overall.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function build(dir: string, profileDir?: string): Run {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  if (!OPTS.warm) {
    for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro'])
      rmSync(join(dir, cache), { recursive: true, force: true });
  }
  const astroBin = join(dir, 'node_modules/astro/bin/astro.mjs');
  const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const cpuBefore = childCpuSeconds();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeArgs, astroBin, 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = childCpuSeconds() - cpuBefore;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`astro build failed in ${dir}`);
  }
  const built = /(\d+) page\(s\) built in/.exec(result.stdout);
  const routes = /generating static routes[\s\S]*?Completed in ([\d.]+)(ms|s)\./.exec(result.stdout);
  return { wall, cpu, pages: built ? Number(built[1]) : null, routes: routes ? seconds(routes[1]!, routes[2]!) : null };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---- main --------------------------------------------------------------------------------------
const OPTS = parseArgs(process.argv.slice(2));
mkdirSync(WORK, { recursive: true });

const configs: { label: string; dir: string }[] = [];
const projectName = (project: string) => (OPTS.projects.length > 1 ? `ours:${basename(project)}` : 'ours');
for (const pages of OPTS.pages) {
  if (OPTS.oursToo)
    for (const project of OPTS.projects)
      configs.push({
        label: `${projectName(project)} +${pages}`,
        dir: prepareOurs(project, projectName(project).replace(':', '-'), pages),
      });
  if (OPTS.starlight) configs.push({ label: `starlight +${pages}`, dir: prepareStarlight(pages) });
}

console.log(
  `${OPTS.warm ? 'Warm' : 'Cold'} \`astro build\` (with its search index), ${OPTS.runs} run(s) each, interleaved; node ${process.version}; ${OPTS.projects.join(', ')}`,
);
if (OPTS.warm) for (const config of configs) build(config.dir);
const times = new Map<string, number[]>(configs.map((c) => [c.label, []]));
const routeTimes = new Map<string, number[]>(configs.map((c) => [c.label, []]));
const cpuTimes = new Map<string, number[]>(configs.map((c) => [c.label, []]));
const pageCounts = new Map<string, number | null>();
for (let run = 0; run < OPTS.runs; run++) {
  for (const config of configs) {
    const result = build(config.dir);
    times.get(config.label)!.push(result.wall);
    if (result.routes !== null) routeTimes.get(config.label)!.push(result.routes);
    cpuTimes.get(config.label)!.push(result.cpu);
    pageCounts.set(config.label, result.pages);
    console.log(
      `  run ${run + 1}  ${config.label.padEnd(20)} ${result.wall.toFixed(2)} s  (cpu ${result.cpu.toFixed(2)} s, rendering routes ${result.routes?.toFixed(2) ?? '?'} s)`,
    );
  }
}

if (OPTS.profile) {
  for (const config of configs) {
    const profileDir = join(WORK, 'profiles', config.label.replace(/\W+/g, '-'));
    rmSync(profileDir, { recursive: true, force: true });
    build(config.dir, profileDir);
    console.log(`  profile ${config.label}: ${profileDir}`);
  }
}

console.log(
  "\nMedians: wall-clock of `astro build`, its CPU time (user + system, all threads), and Astro's own route-rendering time",
);
console.table(
  Object.fromEntries(
    configs.map((c) => {
      const all = times.get(c.label)!;
      const routes = routeTimes.get(c.label)!;
      return [
        c.label,
        {
          'median s': Number(median(all).toFixed(2)),
          runs: all.map((t) => t.toFixed(2)).join(' '),
          'cpu median s': Number(median(cpuTimes.get(c.label)!).toFixed(2)),
          'routes median s': routes.length ? Number(median(routes).toFixed(2)) : null,
          'pages built': pageCounts.get(c.label),
        },
      ];
    }),
  ),
);

if (!OPTS.keep) for (const config of configs) rmSync(config.dir, { recursive: true, force: true });
