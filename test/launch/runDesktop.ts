/**
 * The desktop launcher of the integration tier: the same mocha suite in
 * desktop VS Code through @vscode/test-electron, for laptops and public CI
 * where VS Code can be downloaded, or is given with VSCODE_EXECUTABLE.
 *
 *   npm run test:integration:desktop
 *   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:integration:desktop
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<void> {
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
    version: process.env.VSCODE_EXECUTABLE ? undefined : '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [path.join(ROOT, 'test', 'fixtures', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: Error) => {
  console.error(`desktop integration run failed: ${error.message}`);
  process.exit(1);
});
