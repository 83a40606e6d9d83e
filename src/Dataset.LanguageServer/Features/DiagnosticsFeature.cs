using Dataset.Annotations.Caching;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Pipeline;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// The build's diagnostics, per file, as LSP diagnostics: the same id, severity, message and help link, and the fixes
/// the build proposes as <c>data</c>.
/// </summary>
internal static class DiagnosticsFeature
{
    public const string Source = "dataset";

    /// <summary>The diagnostics of each file the analysis touched, an empty list for a file that has none (which clears it in the editor).</summary>
    public static Dictionary<string, DiagnosticInfo[]> Of(Snapshot snapshot) =>
        snapshot.Touched.ToDictionary(path => path, path => Published(snapshot.DiagnosticsIn(path)), StringComparer.Ordinal);

    /// <summary>The diagnostics of each file a group of an analysis's checks made final.</summary>
    public static Dictionary<string, DiagnosticInfo[]> Of(CheckedFiles files) =>
        files.Paths.Distinct(StringComparer.Ordinal).ToDictionary(path => path, path => Published(files.State.DiagnosticsIn(path)), StringComparer.Ordinal);

    /// <summary>Every file's diagnostics as the cache remembers a complete analysis of the same files.</summary>
    public static Dictionary<string, DiagnosticInfo[]> Of(RememberedDiagnostics remembered) =>
        remembered.Files.ToDictionary(file => file.Key, file => Published(file.Value.All), StringComparer.Ordinal);

    private static DiagnosticInfo[] Published(IEnumerable<DiagnosticInfo> diagnostics) => diagnostics.Distinct().ToArray();

    public static Protocol.Diagnostic ToLsp(DiagnosticInfo diagnostic)
    {
        var rule = diagnostic.Rule;
        return new Protocol.Diagnostic(
            Ranges.Of(diagnostic.Location),
            rule.Severity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            },
            rule.Id,
            new CodeDescription(rule.HelpLink),
            Source,
            diagnostic.Message,
            diagnostic.Fixes.Count + diagnostic.Edits.Count > 0 ? DiagnosticFixes.ToData(diagnostic.Fixes, diagnostic.Edits) : null);
    }
}
