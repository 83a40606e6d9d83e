using System.Text.Json.Serialization;

namespace Dataset.LanguageServer.Protocol;

// The Language Server Protocol 3.17 types this server speaks, as System.Text.Json records (camelCase on the wire).

/// <summary>A 0-based line and UTF-16 character, as LSP counts.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>LSP error codes this server answers with.</summary>
public static class ErrorCodes
{
    public const int RequestFailed = -32803;
}

[JsonConverter(typeof(JsonNumberEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}
