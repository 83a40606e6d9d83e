using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Model;
using Dataset.Generators.Validation;

namespace Dataset.Generators;

/// <summary>One problem found in an annotation, as the build reports it.</summary>
/// <param name="Id">The stable diagnostic id, for example DS0013.</param>
/// <param name="IsError">True for errors, false for warnings.</param>
/// <param name="Path">The annotation file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">The message, which says what to do.</param>
public sealed record ValidationProblem(string Id, bool IsError, string Path, int Line, int Column, string Message)
{
    /// <summary>The compiler's format: <c>path(line,col): error DS0013: message</c>.</summary>
    public override string ToString() => $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";
}

/// <summary>
/// Runs the generator's checks on files without a build, through the same parse, catalog, evidence and validation
/// functions the incremental pipeline uses, so the command line and the compiler cannot disagree.
/// </summary>
public static class AnnotationValidator
{
    /// <summary>Checks annotations (*.yaml, *.yml) against each other and their article texts (*.txt).</summary>
    /// <param name="files">Absolute path and content of every file; a null content is a file that could not be read.</param>
    public static IReadOnlyList<ValidationProblem> Validate(IEnumerable<KeyValuePair<string, string?>> files)
    {
        var run = new OfflineRun(files);
        var settings = new GeneratorSettings(GeneratorSettings.DefaultNamespace, string.Empty, null);

        // Coverage advice (DS0028, info) is AnnotationCoverage's to show; the unannotated: section's own problems are here.
        return run.Annotations
            .SelectMany(file => FileValidator.Validate(file, run.Catalog, run.Duplicated, run.TextPaths, run.Evidence, settings).Diagnostics)
            .Select(ToProblem)
            .OrderBy(p => p.Path, System.StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Id, System.StringComparer.Ordinal)
            .ToList();
    }

    private static ValidationProblem ToProblem(DiagnosticInfo diagnostic) => new(
        diagnostic.Id,
        diagnostic.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        diagnostic.Location.FilePath,
        diagnostic.Location.StartLine + 1,
        diagnostic.Location.StartColumn + 1,
        diagnostic.Message);
}
