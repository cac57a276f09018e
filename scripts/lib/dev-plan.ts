/** Pure parts of `npm run dev` (scripts/dev.ts): ports, the children's command lines, the banner. */
import path from 'node:path';

import type { BackingServices } from './launcher.js';

export interface DevPorts {
  web: number;
  api: number;
}

/** PORT (Vite) and API_PORT must be two ports. */
export function checkDevPorts(ports: DevPorts): DevPorts {
  if (ports.web === ports.api) throw new Error(`PORT and API_PORT must differ (both ${ports.web})`);
  return ports;
}

/** The ports to check for a listener before anything starts, by the variable that set them. */
export function namedPorts(ports: DevPorts): (readonly [string, number])[] {
  return [
    ['PORT', ports.web],
    ['API_PORT', ports.api],
  ];
}

/** npm through the same npm-cli.js that runs us when there is one, else `npm` on PATH. */
export function npmCommand(
  execPath: string | undefined,
  node: string,
): { command: string; args: string[] } {
  if (execPath !== undefined && /npm-cli\.[cm]?js$/.test(execPath)) {
    return { command: node, args: [execPath] };
  }
  return { command: 'npm', args: [] };
}

/** `tsc -p <project> --watch` arguments (run by node), coloured when the terminal is. */
export function tscWatchArgs(
  tsc: string,
  repoRoot: string,
  project: string,
  color: boolean,
): string[] {
  return [
    tsc,
    '-p',
    path.join(repoRoot, project),
    '--watch',
    '--preserveWatchOutput',
    ...(color ? ['--pretty'] : []),
  ];
}

/** The watch builds, in dependency order: contracts needs domain's .d.ts, the API needs both. */
export const WATCH_BUILDS: readonly { name: string; project: string }[] = [
  { name: 'domain', project: 'libs/domain/tsconfig.build.json' },
  { name: 'contracts', project: 'libs/contracts/tsconfig.build.json' },
  { name: 'api:tsc', project: 'apps/api/tsconfig.build.json' },
];

/** The Vite dev server of the web workspace on `port`. */
export function viteArgs(npmArgs: readonly string[], port: number): string[] {
  return [
    ...npmArgs,
    'run',
    'dev',
    '-w',
    '@toolbox/web',
    '--',
    '--port',
    String(port),
    '--strictPort',
  ];
}

type BannerServices = Pick<
  BackingServices,
  'adminEmail' | 'adminPassword' | 'adminPasswordSource' | 'logDir'
>;

function adminLine(services: BannerServices): string {
  if (services.adminPasswordSource === 'default') {
    return `${services.adminEmail} / ${services.adminPassword}`;
  }
  return services.adminEmail === ''
    ? '(none)'
    : `${services.adminEmail} / (the ADMIN_PASSWORD you set)`;
}

/** What `npm run dev` prints once everything runs. */
export function devBanner(ports: DevPorts, dataDir: string, services: BannerServices): string {
  const line = '─'.repeat(72);
  return (
    [
      '',
      line,
      '  数转工具箱 · dev mode',
      `  Web (Vite)      http://localhost:${ports.web}`,
      `  API             http://127.0.0.1:${ports.api}  (node --watch)`,
      `  Admin           ${adminLine(services)}`,
      `  Data dir        ${dataDir}`,
      `  Service logs    ${services.logDir}`,
      '  Ctrl-C to stop',
      line,
      '',
    ].join('\n') + '\n'
  );
}

/** How a child's exit is reported before everything stops. */
export function exitReason(
  name: string,
  info: { code: number | null; signal: string | null },
): string {
  return `${name} exited (code ${String(info.code)}, signal ${String(info.signal)})`;
}
