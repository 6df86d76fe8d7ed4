/**
 * A virtual X display (Xvfb) and real key presses and clicks on it (xdotool), for what a headless
 * browser cannot be shown: a keyboard shortcut and a context menu. Keys sent through DevTools go
 * to the page and never reach the browser's own shortcuts (the extension's commands), and a
 * headless browser opens no context menu; on an X display both happen as for a person. Both programs come from Debian (`apt-get install xvfb
 * xdotool`; .ci/run installs them).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface XServer {
  /** The display name, for DISPLAY (`:93`). */
  display: string;
  /** Types one key combination (xdotool's names: `alt+shift+j`) into the focused window. */
  press(keys: string): void;
  /** Moves the pointer to screen point (`x`, `y`) and clicks `button` (1 left, 3 right). */
  click(x: number, y: number, button?: 1 | 3): void;
  close(): Promise<void>;
}

function need(program: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${program} is missing: install it (Debian: \`apt-get install -y xvfb xdotool\`) to run the keyboard tests.`,
    );
  }
}

/** Starts Xvfb on the first free display from :90 and waits for its socket. */
export async function startXServer(): Promise<XServer> {
  need('Xvfb');
  need('xdotool');
  let n = 90;
  while (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) n++;
  const display = `:${n}`;
  const child: ChildProcess = spawn(
    'Xvfb',
    [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: 'ignore',
    },
  );
  const started = Date.now();
  while (!existsSync(`/tmp/.X11-unix/X${n}`)) {
    if (child.exitCode !== null) throw new Error(`Xvfb ${display} exited with ${child.exitCode}`);
    if (Date.now() - started > 10_000) throw new Error(`Xvfb ${display} did not start in 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const xdotool = (...args: string[]) =>
    execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } });
  return {
    display,
    press(keys) {
      xdotool('key', '--clearmodifiers', keys);
    },
    click(x, y, button = 1) {
      xdotool('mousemove', String(Math.round(x)), String(Math.round(y)), 'click', String(button));
    },
    async close() {
      child.kill();
      await exited;
    },
  };
}
