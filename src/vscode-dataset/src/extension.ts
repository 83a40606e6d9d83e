// Starts `dataset lsp` for the workspace beside Red Hat's YAML extension (which keeps the JSON Schema checks): this
// server adds what a schema cannot know, the ids of the whole dataset and the build's own diagnostics.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("dataset");
  const args = ["lsp"];
  const annotations = settings.get<string | null>("annotations");
  if (annotations) {
    args.push("--annotations", annotations);
  }

  const server: ServerOptions = { command: settings.get<string>("command") ?? "dataset", args };
  const options: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "yaml" },
      { scheme: "file", pattern: "**/*.txt" },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml,txt}") },
  };
  client = new LanguageClient("dataset", "Dataset", server, options);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
