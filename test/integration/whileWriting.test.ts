import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openNote, waitFor } from './helpers';

const labelOf = (hint: vscode.InlayHint): string => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

async function hintsOf(editor: vscode.TextEditor): Promise<vscode.InlayHint[]> {
  const document = editor.document;
  const all = new vscode.Range(0, 0, document.lineCount, 0);
  return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, all);
}

describe('summaries while writing: inlay hints', () => {
  before(activeExtension);
  const config = () => vscode.workspace.getConfiguration('paperNotes');
  afterEach(async () => {
    await config().update('inlayHints', undefined, vscode.ConfigurationTarget.Global);
  });

  it('puts the model\'s name after each citation key, and none in code, URLs or comments', async () => {
    const editor = await openNote([
      'Selective state spaces [@mamba2023; @slicedrecursive2021, p. 3] and @informer2020.',
      '',
      '`[@mamba2023]` in code, <!-- [@mamba2023] --> in a comment, https://x.org/@mamba2023 in a URL.',
      '',
      '```',
      '[@slicedrecursive2021]',
      '```',
      'An unknown one: [@nosuchpaper2020].',
    ].join('\n'));
    const hints = await hintsOf(editor);
    assert.deepEqual(hints.map((hint) => [hint.position.line, hint.position.character, labelOf(hint)]), [
      [0, 34, 'Mamba'], [0, 56, 'SReT'], [0, 81, 'Informer'],
    ]);
    // The tooltip is made when VS Code resolves a hint (a hover over it: the e2e tier), not for every hint given out.
    assert.equal((hints[0].label as vscode.InlayHintLabelPart[])[0].tooltip, undefined);
  });

  it('follows paperNotes.inlayHints: summary adds family and headline result, off shows none', async () => {
    const editor = await openNote('Recursion [@slicedrecursive2021].');
    await config().update('inlayHints', 'summary', vscode.ConfigurationTarget.Global);
    assert.deepEqual((await hintsOf(editor)).map(labelOf), ['SReT · ViT · ~2% gain']);
    await config().update('inlayHints', 'off', vscode.ConfigurationTarget.Global);
    assert.deepEqual(await hintsOf(editor), []);
    await config().update('inlayHints', 'sideways', vscode.ConfigurationTarget.Global);
    assert.deepEqual((await hintsOf(editor)).map(labelOf), ['SReT'], 'a bad value falls back to name');
  });

  it('follows the note as it changes', async () => {
    const editor = await openNote('Tokens [@tokenstotokenvit2021].');
    assert.deepEqual((await hintsOf(editor)).map(labelOf), ['T2T-ViT']);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Also [@mamba2023]. '));
    assert.deepEqual((await hintsOf(editor)).map((hint) => [hint.position.character, labelOf(hint)]), [[16, 'Mamba'], [48, 'T2T-ViT']]);
  });
});

describe('summaries while writing: the Papers view follows the cursor', () => {
  const config = () => vscode.workspace.getConfiguration('paperNotes');
  let api: { papersView: { followedKey: string | undefined } };
  before(async () => {
    api = (await activeExtension()).exports as typeof api;
  });
  after(async () => {
    await config().update('followCursor', undefined, vscode.ConfigurationTarget.Global);
  });

  it('shows the paper under the cursor (the key under it, in a group), without taking the focus', async () => {
    const editor = await openNote('Compare [@mamba2023; @informer2020] and [@slicedrecursive2021].');
    await vscode.commands.executeCommand('paperNotes.papers.focus');
    await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(0, 24, 0, 24);
    await waitFor(() => api.papersView.followedKey === 'informer2020', 'the view to follow @informer2020');
    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the editor keeps the focus');
    editor.selection = new vscode.Selection(0, 50, 0, 50);
    await waitFor(() => api.papersView.followedKey === 'slicedrecursive2021', 'the view to follow @slicedrecursive2021');
  });

  it('shows a paper a hint or a hover link asks for, whatever its key looks like to the search', async () => {
    await vscode.commands.executeCommand('paperNotes.showPaper', 'mamba2023');
    await waitFor(() => api.papersView.followedKey === 'mamba2023', 'the view to show @mamba2023');
    await vscode.commands.executeCommand('paperNotes.showPaper', 'informer2020');
    await waitFor(() => api.papersView.followedKey === 'informer2020', 'the view to show @informer2020');
  });

  it('stops following when the pin is turned off, and follows again when it is turned on', async () => {
    const editor = await openNote('One [@mamba2023], two [@tokenstotokenvit2021].');
    await vscode.commands.executeCommand('paperNotes.papers.focus');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('paperNotes.followCursorOff');
    assert.equal(config().get('followCursor'), false);
    const before = api.papersView.followedKey;
    assert.notEqual(before, 'mamba2023');
    editor.selection = new vscode.Selection(0, 8, 0, 8);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(api.papersView.followedKey, before, 'not following');
    await vscode.commands.executeCommand('paperNotes.followCursorOn');
    editor.selection = new vscode.Selection(0, 30, 0, 30);
    await waitFor(() => api.papersView.followedKey === 'tokenstotokenvit2021', 'the view to follow again');
  });
});
