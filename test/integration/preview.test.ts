import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openNote } from './helpers';

const render = (text: string) => vscode.commands.executeCommand<string>('markdown.api.render', text);

describe('Markdown preview plugin inside VS Code', () => {
  before(async () => {
    await activeExtension();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('paperNotes.preview').update('citationLabel', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('paperNotes.preview').update('references', undefined, vscode.ConfigurationTarget.Global);
  });

  it('renders summary cards, comparison tables and references', async () => {
    const html = await render('Cites [@informer2020].\n\n```paper\nslicedrecursive2021\n```\n\n```papers cited\n```\n');
    assert.match(html, /<div class="paper-notes-card" id="paper-notes-card-slicedrecursive2021">/);
    assert.match(html, /<table class="paper-notes-table">[^]*>Informer<\/a>/);
    assert.match(html, /<section class="paper-notes-references">/);
  });

  it('follows the settings when they change', async () => {
    const text = '[@mamba2023; @informer2020]';
    assert.match(await render(text), />@mamba2023<\/a>/);
    await vscode.workspace.getConfiguration('paperNotes.preview').update('citationLabel', 'number', vscode.ConfigurationTarget.Global);
    assert.match(await render(text), /data-key="mamba2023">1<\/a>; <a[^>]+data-key="informer2020">2<\/a>/);
    await vscode.workspace.getConfiguration('paperNotes.preview').update('references', false, vscode.ConfigurationTarget.Global);
    assert.doesNotMatch(await render(text), /References/);
  });

  it('contributes the preview stylesheet', async () => {
    const extension = await activeExtension();
    const styles = (extension.packageJSON as { contributes: Record<string, string[]> }).contributes['markdown.previewStyles'];
    const css = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, styles[0]));
    assert.match(Buffer.from(css).toString('utf8'), /\.paper-notes-card/);
  });
});

describe('Insert Summary Card and Insert Comparison Table', () => {
  it('inserts a card for the key under the cursor after its paragraph', async () => {
    const editor = await openNote('First line cites [@slicedrecursive2021]\nstill the paragraph.\n\nNext paragraph.');
    editor.selection = new vscode.Selection(0, 22, 0, 22);
    await vscode.commands.executeCommand('paperNotes.insertSummaryCard');
    assert.equal(editor.document.getText(),
      'First line cites [@slicedrecursive2021]\nstill the paragraph.\n\n```paper\nslicedrecursive2021\n```\n\nNext paragraph.');
  });

  it('inserts a comparison table of the note\'s cited catalogue papers', async () => {
    const editor = await openNote('[@mamba2023] and [@informer2020] and [@nope2020] and `[@specdetr2024]`');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('paperNotes.insertComparisonTable');
    assert.equal(editor.document.getText(), '[@mamba2023] and [@informer2020] and [@nope2020] and `[@specdetr2024]`\n\n```papers\nmamba2023\ninformer2020\n```\n');
  });
});

describe('Copy BibTeX', () => {
  it('copies the BibTeX of the key it is given (as hover links do)', async () => {
    await activeExtension();
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('paperNotes.copyBibtex', 'mamba2023');
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^@misc\{mamba2023,\n {2}title = \{\{Mamba: Linear-Time Sequence Modeling with Selective State Spaces\}\}/);
  });

  it('copies the BibTeX of the key under the cursor', async () => {
    const editor = await openNote('See [@informer2020].');
    editor.selection = new vscode.Selection(0, 9, 0, 9);
    await vscode.commands.executeCommand('paperNotes.copyBibtex');
    assert.match(await vscode.env.clipboard.readText(), /^@misc\{informer2020,/);
  });

  it('takes no key from code: there it asks which papers instead', async () => {
    const editor = await openNote('```\n[@informer2020]\n```\n');
    editor.selection = new vscode.Selection(1, 5, 1, 5);
    await vscode.env.clipboard.writeText('unchanged');
    const copying = vscode.commands.executeCommand('paperNotes.copyBibtex');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await copying;
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged');
  });
});
