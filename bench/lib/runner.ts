/**
 * Runs the chosen benchmarks: builds, starts a devstack of its own on free ports for each benchmark
 * that needs one, and the bench copy of the extension, collects rows, and stops everything it started.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { StackDescription } from '../../devstack/description.ts';
import { startDevstack, type Devstack } from '../../devstack/stack.ts';
import { launchChromium } from '../../test/e2e/harness/chromium.ts';
import { launchFirefox } from '../../test/e2e/harness/firefox.ts';
import { accountLine, call, newUser, signInThroughPopup, useDevstack } from '../../test/e2e/harness/identity.ts';
import type { BrowserKind, ExtensionSession, TestPage } from '../../test/e2e/harness/types.ts';
import { makeBenchExtension, type BenchExtension } from './bench-extension.ts';
import type { Row } from './rows.ts';

export const root = join(import.meta.dirname, '..', '..');

export interface SignedInBrowser {
  session: ExtensionSession;
  popup: TestPage;
  identityId: string;
}

/** The browsers the bench drives: both, or those `BENCH_BROWSERS=chromium,firefox` names. */
export const BENCH_BROWSERS = (process.env.BENCH_BROWSERS?.split(',') ?? ['chromium', 'firefox']) as BrowserKind[];

/** Firefox's own idle timeout for an event page (the e2e harness shortens it), so warm runs stay warm. */
const FIREFOX_IDLE_MS = 30_000;

export interface BenchContext {
  stack: StackDescription;
  log(line: string): void;
  /** A fresh browser (Chromium unless told) with the bench copy of the extension, pointed at the stack; `libStorage`: the copy whose background also runs lib-storage uploads. */
  browser(kind?: BrowserKind, options?: { libStorage?: boolean }): Promise<ExtensionSession>;
  /** …with a new user signed in through the popup (the popup stays open), the stack's settings changed by `overrides`. */
  signedIn(label: string, session?: ExtensionSession, overrides?: Record<string, unknown>): Promise<SignedInBrowser>;
}

/** Most benchmarks need the devstack and browsers; bundle sizes need neither. */
export type Benchmark =
  | { name: string; needsStack: true; run(context: BenchContext): Promise<Row[]> }
  | { name: string; needsStack: false; run(): Promise<Row[]> };

/** Runs `count` times and returns the values `measure` produced. */
export async function repeat(count: number, measure: (index: number) => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) samples.push(await measure(index));
  return samples;
}

export async function signIn(
  session: ExtensionSession,
  stack: StackDescription,
  label: string,
  overrides: Record<string, unknown> = {},
): Promise<SignedInBrowser> {
  const popup = await session.openExtensionPage('popup/index.html');
  await useDevstack(popup, stack, overrides);
  await signInThroughPopup(session, popup, stack, newUser(label));
  await accountLine(popup, 'Signed in as', 30_000);
  const status = await call<{ identityId: string }>(popup, 'auth.status');
  if (!status.ok) throw new Error(status.error.message);
  return { session, popup, identityId: status.value.identityId };
}

export async function runBenchmarks(benchmarks: Benchmark[], log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const withStack: Extract<Benchmark, { needsStack: true }>[] = [];
  for (const benchmark of benchmarks) {
    if (benchmark.needsStack) {
      withStack.push(benchmark);
      continue;
    }
    log(`${benchmark.name}…`);
    rows.push(...(await benchmark.run()));
  }
  if (withStack.length === 0) return rows;

  log('building the development extension');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.ts')], { stdio: 'inherit' });
  let stack: Devstack | undefined;
  const extensions = new Map<string, BenchExtension>();
  const sessions: ExtensionSession[] = [];
  try {
    /** The bench copy for a browser, made when first asked for. */
    const extension = async (kind: BrowserKind, libStorage: boolean) => {
      const name = `${kind}${libStorage ? '+lib-storage' : ''}`;
      let made = extensions.get(name);
      if (made === undefined) {
        made = await makeBenchExtension(root, kind === 'chromium' ? 'chrome' : 'firefox', { libStorage });
        extensions.set(name, made);
      }
      return made.dir;
    };
    const browser = async (kind: BrowserKind = 'chromium', { libStorage = false } = {}) => {
      const dir = await extension(kind, libStorage);
      const session = kind === 'chromium' ? await launchChromium(dir) : await launchFirefox(dir, { idleTimeoutMs: FIREFOX_IDLE_MS });
      sessions.push(session);
      return session;
    };
    for (const benchmark of withStack) {
      // Each benchmark gets a stack of its own: RGW's memstore OSD does not get back the space of
      // deleted objects within a run, so one upload benchmark's GiBs would fill it for the next.
      const started = Date.now();
      stack = await startDevstack({ log: (line) => log(`[devstack] ${line}`), expiredCredentialsPool: false });
      log(`devstack ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const description = stack.description;
      const context: BenchContext = {
        stack: description,
        log,
        browser,
        signedIn: async (label, session, overrides) => signIn(session ?? (await browser()), description, `${label}-${session?.kind ?? 'chromium'}`, overrides),
      };
      log(`${benchmark.name}…`);
      rows.push(...(await benchmark.run(context)));
      // Each benchmark's browsers end with it, so the next one runs on a quiet machine.
      for (const session of sessions.splice(0)) await session.close();
      await stack.stop();
      stack = undefined;
    }
  } finally {
    for (const session of sessions) await session.close();
    await stack?.stop();
    for (const made of extensions.values()) await made.remove();
  }
  return rows;
}
