// `npm start`, after `npm run build`: opens the desktop app when Electron's binary is installed, and
// otherwise serves the same app to the browser from the built host, so that the app can be used on machines
// where Electron cannot be downloaded.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where electron 45's index.js would find its executable, or null when it is not there. index.js itself
 * cannot be asked: requiring it downloads the binary when it is missing (and fails without a network).
 * This follows its rules: ELECTRON_OVERRIDE_DIST_PATH wins, else dist/ named by path.txt, which install.js
 * writes only after a complete extraction.
 */
function electronExecutable() {
  let electronDir;
  try {
    electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? join(override, relative || 'electron') : relative ? join(electronDir, 'dist', relative) : null;
  return executable !== null && existsSync(executable) ? executable : null;
}

/**
 * Electron's default userData folder for this app (appData/<package name>), with the `data` folder the
 * desktop app gives the host, so that the browser fallback opens the same speeches as the desktop app.
 */
function desktopDataDir() {
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const home = homedir();
  const appData =
    process.platform === 'win32'
      ? process.env.APPDATA || join(home, 'AppData', 'Roaming')
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : process.env.XDG_CONFIG_HOME || join(home, '.config');
  return join(appData, name, 'data');
}

/**
 * Runs a child in this terminal until it exits, then exits with its code. Ctrl-C reaches the child from the
 * terminal already; a signal sent to this process alone is passed on as SIGTERM, which the child treats as
 * the same clean stop and which does not count as a second Ctrl-C (the host exits at once on a second one).
 */
function runInForeground(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  const stopChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', stopChild);
  process.on('SIGTERM', stopChild);
  child.on('error', (error) => {
    console.error(`speechdesk: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
}

const electron = electronExecutable();
if (electron !== null) {
  runInForeground(electron, [root]);
} else {
  console.log('Electron binary is not available here; serving Speechdesk in the browser instead.');
  // The port the desktop app remembers too: the printed address, and the browser's data for it, stay the same.
  runInForeground(process.execPath, [join(root, 'bin', 'speechdesk.js'), 'serve', '--remember-port', '--host', '127.0.0.1', '--data', desktopDataDir()]);
}
