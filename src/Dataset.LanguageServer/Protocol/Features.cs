using System.Text.Json;

namespace Dataset.LanguageServer.Protocol;

public sealed record CodeDescription(string Href);

/// <summary>An LSP diagnostic; <c>data</c> is kept by the client and sent back with a code action request.</summary>
public sealed record Diagnostic(
    Range Range,
    DiagnosticSeverity Severity,
    string Code,
    CodeDescription CodeDescription,
    string Source,
    string Message,
    JsonElement? Data = null);

/// <summary>
/// What this server puts in a diagnostic's <c>data</c>: the replacements of its range that fix it, and the fixes that
/// edit another range (a field's name), each with its title.
/// </summary>
public sealed record DiagnosticData(string[] Fixes, DiagnosticEdit[]? Edits = null);

/// <summary>One fix of a diagnostic that edits a range other than its own: its title and its edit.</summary>
public sealed record DiagnosticEdit(string Title, TextEdit Edit);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, string? SortText);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>LSP's CompletionItemKind values used here.</summary>
public static class CompletionKinds
{
    public const int Field = 5;
    public const int Value = 12;
    public const int EnumMember = 20;
    public const int Reference = 18;
}

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record CodeActionContext(Diagnostic[] Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, WorkspaceEdit Edit);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

/// <summary>LSP's SymbolKind values used here.</summary>
public static class SymbolKinds
{
    public const int File = 1;
    public const int Namespace = 3;
    public const int Object = 19;
    public const int Event = 24;
    public const int String = 15;
}
