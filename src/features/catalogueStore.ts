/** Loads the bundled catalogue (dist/catalogue.json) the first time something needs it. */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { type Catalogue, catalogueFromJson } from '../core/catalogue';
import { PaperIndex } from '../core/search';

export interface CatalogueStore {
  /** The catalogue; read from disk on first use, then kept. */
  catalogue(): Catalogue;
  /** The search index over it, built on first use. */
  index(): PaperIndex;
}

export function createCatalogueStore(extensionUri: vscode.Uri): CatalogueStore {
  let catalogue: Catalogue | undefined;
  let index: PaperIndex | undefined;
  const load = (): Catalogue => {
    if (!catalogue) {
      const file = vscode.Uri.joinPath(extensionUri, 'dist', 'catalogue.json').fsPath;
      catalogue = catalogueFromJson(fs.readFileSync(file, 'utf8'));
    }
    return catalogue;
  };
  return {
    catalogue: load,
    index: () => (index ??= new PaperIndex(load().papers)),
  };
}
