using System.Collections.Generic;
using System.Linq;
using Dataset.Generators.Diagnostics;
using Dataset.Generators.Model;
using Dataset.Generators.Parsing;
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
        var all = files.Select(f => (Path: ArticlePaths.Normalize(f.Key), Text: f.Value)).ToList();
        var annotations = all.Where(f => ArticlePaths.IsAnnotation(f.Path)).Select(f => AnnotationParser.Parse(f.Path, f.Text)).ToList();
        var texts = all.Where(f => ArticlePaths.IsArticleText(f.Path)).Select(f => new ArticleText(f.Path, f.Text)).ToList();
        var catalog = Catalog.Build(annotations.Select(FileDeclarationsReader.From).ToImmutableArrayOf());
        var duplicated = DeclarationProblems.Index(annotations.SelectMany(file => DeclarationProblems.LocateDuplicated(file, catalog)));
        var requests = new GroupedIndex<EvidenceRequest>(annotations.Select(EvidenceRequests.From).Where(r => r is not null)!, r => r.TextPath, r => r.AnnotationPath);
        var evidence = new GroupedIndex<EvidenceForFile>(texts.SelectMany(t => EvidenceLocator.Locate(new EvidenceWork(t, requests.For(t.Path)))), r => r.AnnotationPath, r => r.AnnotationPath);
        var textPaths = texts.Select(t => t.Path).OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray();
        var settings = new GeneratorSettings(GeneratorSettings.DefaultNamespace, string.Empty, null);
        return annotations
            .SelectMany(file => FileValidator.Validate(file, catalog, duplicated, textPaths, evidence, settings).Diagnostics)
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

    private static System.Collections.Immutable.ImmutableArray<T> ToImmutableArrayOf<T>(this IEnumerable<T> items) =>
        System.Collections.Immutable.ImmutableArray.CreateRange(items);
}
