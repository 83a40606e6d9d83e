using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations;

/// <summary>One problem found in an annotation, as the build reports it.</summary>
/// <param name="Id">The stable diagnostic id, for example DS0013.</param>
/// <param name="IsError">True for errors, false for warnings.</param>
/// <param name="Path">The annotation file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">The message, which says what to do.</param>
public sealed record ValidationProblem(string Id, bool IsError, string Path, int Line, int Column, string Message)
{
    /// <summary>The rule it breaks: its title, default severity and where it is explained.</summary>
    public DiagnosticRule Rule => DiagnosticDescriptors.ById(Id);


    /// <summary>The compiler's format: <c>path(line,col): error DS0013: message</c>.</summary>
    public override string ToString() => $"{Path}({Line},{Column}): {SeverityWord} {Id}: {Message}";

    /// <summary>The compiler's word for the severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityWord => IsError ? "error" : Rule.Severity == RuleSeverity.Info ? "info" : "warning";

    internal static ValidationProblem From(DiagnosticInfo diagnostic) => new(
        diagnostic.Id,
        diagnostic.IsError,
        diagnostic.Location.FilePath,
        diagnostic.Location.StartLine + 1,
        diagnostic.Location.StartColumn + 1,
        diagnostic.Message);
}

/// <summary>Runs the build's checks on files without a build (see <see cref="AnnotationReader"/>, which it uses).</summary>
public static class AnnotationValidator
{
    /// <summary>Checks annotations (*.yaml, *.yml) against each other and their article texts (*.txt).</summary>
    /// <param name="files">Absolute path and content of every file; a null content is a file that could not be read.</param>
    /// <param name="referencedAssemblies">Built shards' assemblies whose ids resolve here, as in a build that references them.</param>
    public static IReadOnlyList<ValidationProblem> Validate(
        IEnumerable<KeyValuePair<string, string?>> files,
        IEnumerable<string>? referencedAssemblies = null) =>
        AnnotationReader.Read(files, referencedAssemblies: referencedAssemblies).Problems;
}
