import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { activeExtension, waitFor } from './helpers';

interface Update { file: string; added: string[]; updated: string[]; keptUsers: string[]; written: boolean }

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const file = (name: string) => vscode.Uri.joinPath(folder(), name);
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(file(name), Buffer.from(text, 'utf8'));
const read = async (name: string) => Buffer.from(await vscode.workspace.fs.readFile(file(name))).toString('utf8');

const USER_BIB = `% my own entries
@article{vaswani2017,
  author = {Vaswani, Ashish and others},
  title = {Attention Is All You Need},
  journal = {NeurIPS},
  year = {2017}
}

@misc{mamba2023, title = {My notes on Mamba}, year = {2023}}
`;

describe('bibliography', () => {
  before(async () => {
    await activeExtension();
    await vscode.workspace.getConfiguration('paperNotes').update('bibliographyFile', 'references.bib', vscode.ConfigurationTarget.Workspace);
    await write('notes/attention.md', '# Attention\n\nSliced [@slicedrecursive2021, p. 2] and [@mamba2023; @informer2020].\nOurs @vaswani2017, unknown [@nokey2020].\n\n`[@specdetr2024]` is code.\n');
    await write('notes/detection.md', 'Hyperspectral detection: @specdetr2024.\n');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('paperNotes').update('bibliographyFile', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('paperNotes.bibliography').update('updateOnSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('writes every cited catalogue paper into the file, keeping the user\'s entries byte for byte', async () => {
    await write('references.bib', USER_BIB);
    const update = await vscode.commands.executeCommand<Update>('paperNotes.updateBibliography');
    assert.deepEqual(update.keptUsers, ['mamba2023']);
    assert.deepEqual([...update.added].sort(), ['informer2020', 'slicedrecursive2021', 'specdetr2024']);
    const text = await read('references.bib');
    assert.ok(text.startsWith(USER_BIB), 'the user\'s text changed');
    assert.match(text, /@misc\{slicedrecursive2021,\n {2}title = \{\{Sliced Recursive Transformer\}\}/);
    const again = await vscode.commands.executeCommand<Update>('paperNotes.updateBibliography');
    assert.equal(again.written, false);
  });

  it('is resolved by pandoc --citeproc for every cited key, without warnings', async () => {
    const cwd = folder().fsPath;
    const run = spawnSync('pandoc', ['notes/attention.md', 'notes/detection.md', '--citeproc', '--bibliography', 'references.bib', '-t', 'plain', '--wrap=none'], { cwd, encoding: 'utf8' });
    assert.equal(run.error, undefined, 'pandoc is not installed (apt-get install pandoc)');
    // The one unknown key is reported; nothing else is.
    assert.deepEqual(run.stderr.trim().split('\n').filter(Boolean), ['[WARNING] Citeproc: citation nokey2020 not found']);
    for (const [title, year] of [['Sliced Recursive Transformer', '2021'], ['Informer: Beyond Efficient Transformer', '2020'], ['SpecDETR', '2024'], ['My notes on Mamba', '2023'], ['Attention Is All You Need', '2017']]) {
      assert.match(run.stdout, new RegExp(`${title}[^\\n]*${year}|${year}[^\\n]*${title}`, 'i'), title);
    }
  });

  it('counts the keys of the user\'s own entries as known: no diagnostic, and a hover that says where they come from', async () => {
    await write('references.bib', USER_BIB);
    const document = await vscode.workspace.openTextDocument(file('notes/attention.md'));
    await vscode.window.showTextDocument(document);
    const flagged = await waitFor(() => {
      const keys = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Paper Notes').map((d) => document.getText(d.range));
      return keys.length === 1 ? keys : undefined;
    }, 'only the unknown key to be flagged');
    assert.deepEqual(flagged, ['nokey2020']);
    const at = document.getText().indexOf('vaswani2017') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
    assert.match(text, /is an entry of your bibliography file/);
  });

  it('refuses a malformed file, says where, and writes nothing', async () => {
    const broken = '@article{broken,\n  title = {no closing brace\n';
    await write('references.bib', broken);
    const update = await vscode.commands.executeCommand<Update>('paperNotes.updateBibliography');
    assert.equal(update.written, false);
    assert.equal(await read('references.bib'), broken);
  });

  it('updates on save when asked to', async () => {
    await write('references.bib', USER_BIB);
    await vscode.workspace.getConfiguration('paperNotes.bibliography').update('updateOnSave', true, vscode.ConfigurationTarget.Workspace);
    const document = await vscode.workspace.openTextDocument(file('notes/detection.md'));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'And [@lookupvit2024].\n'));
    await document.save();
    await waitFor(async () => /@misc\{lookupvit2024,/.test(await read('references.bib')) || undefined, 'the bibliography to be updated on save');
    assert.ok((await read('references.bib')).startsWith(USER_BIB));
  });
});
