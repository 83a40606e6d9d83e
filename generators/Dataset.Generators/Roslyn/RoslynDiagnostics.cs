using System.Collections.Concurrent;
using Dataset.Annotations.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Roslyn;

/// <summary>
/// Turns the annotation engine's plain diagnostics into the compiler's, in the output step only: a rule becomes a
/// descriptor (made once per id), a located span a <see cref="Location"/>.
/// </summary>
internal static class RoslynDiagnostics
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new(System.StringComparer.Ordinal);

    public static Diagnostic ToDiagnostic(this DiagnosticInfo diagnostic) =>
        Diagnostic.Create(Descriptor(diagnostic.Rule), diagnostic.Location.ToLocation(), messageArgs: diagnostic.ArgumentObjects());

    public static DiagnosticDescriptor Descriptor(DiagnosticRule rule) =>
        Descriptors.GetOrAdd(
            rule.Id,
            _ => new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                rule.MessageFormat,
                rule.Category,
                Severity(rule.Severity),
                isEnabledByDefault: true,
                helpLinkUri: rule.HelpLink));

    public static Location ToLocation(this LocationInfo location) => location.FilePath.Length == 0 ? Location.None : Location.Create(
        location.FilePath,
        TextSpan.FromBounds(location.Start, location.End < location.Start ? location.Start : location.End),
        new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    private static DiagnosticSeverity Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
