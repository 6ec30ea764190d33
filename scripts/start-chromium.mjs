// `npm run start:chromium`: open the built app in a visible Chromium window (dist/chromium-shell/start.js,
// built from electron/chromium-shell/start.ts by `npm run build`). Where there is no display, it
// re-runs itself under `xvfb-run -a`.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const needsVirtualDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

function run(command, args, { ownGroup = false } = {}) {
  // Under xvfb-run the child is a process group (xvfb-run, Xvfb, the shell, Chromium) and a signal
  // goes to all of it: signalling xvfb-run alone would leave Xvfb running.
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', detached: ownGroup });
  const forward = (signal) => (ownGroup ? process.kill(-child.pid, signal) : child.kill(signal));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => forward(signal));
  child.on('error', (error) => {
    console.error(`Could not run ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const shell = [process.execPath, 'dist/chromium-shell/start.js'];
if (needsVirtualDisplay) {
  if (spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status !== 0) {
    console.error('There is no display to open Chromium on and xvfb-run is missing: install it (`sudo apt-get install xvfb xauth`) or run from a desktop session.');
    process.exit(1);
  }
  console.log('No display: running Chromium under xvfb-run (a virtual display you cannot see).');
  run('xvfb-run', ['-a', ...shell], { ownGroup: true });
} else {
  run(shell[0], shell.slice(1));
}
