import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, waitFor } from './helpers';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string; type?: string }[]>;
    configuration: { properties: Record<string, unknown> };
  };
}

describe('extension', () => {
  it('activates and returns extendMarkdownIt', async () => {
    const extension = await activeExtension();
    assert.ok(extension.isActive);
    assert.equal(typeof (extension.exports as { extendMarkdownIt?: unknown }).extendMarkdownIt, 'function');
  });

  it('registers every command in package.json', async () => {
    const extension = await activeExtension();
    const manifest = extension.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(manifest.contributes.commands.length > 0);
    for (const { command } of manifest.contributes.commands) assert.ok(registered.has(command), `${command} is not registered`);
  });

  it('resolves the Papers view', async () => {
    const extension = await activeExtension();
    const exports = extension.exports as { papersView: { resolvedCount: number } };
    await vscode.commands.executeCommand('workbench.view.extension.paperNotes');
    await vscode.commands.executeCommand('paperNotes.papers.focus');
    await waitFor(() => exports.papersView.resolvedCount > 0 || undefined, 'the Papers view to resolve');
  });

  it('reads every contributed setting with its default', async () => {
    const extension = await activeExtension();
    const manifest = extension.packageJSON as Manifest;
    const config = vscode.workspace.getConfiguration();
    for (const [name, schema] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.deepEqual(config.inspect(name)?.defaultValue, (schema as { default: unknown }).default, name);
    }
  });
});

describe('markdown preview', () => {
  it('renders through the extension markdown-it plugin (markdown.api.render)', async () => {
    await activeExtension();
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', 'As shown in [@slicedrecursive2021] and [@nosuchkey2020].');
    // The default label: as Pandoc prints it, in APA.
    assert.match(html, /<span class="citation" data-cites="slicedrecursive2021" title="Sliced Recursive Transformer \(2021\) — SReT">\(<i>Sliced Recursive Transformer<\/i>, 2021\)<\/span>/);
    assert.match(html, /<span class="citation" data-cites="nosuchkey2020">\[<span class="paper-notes-cite paper-notes-unknown"/);
  });
});
