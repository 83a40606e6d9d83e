using Dataset.Annotations.Drafting;
using Dataset.Annotations.Model;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Tests.Parsing;
using Dataset.Annotations.Validation;
using Dataset.Generators.Emitting;
using Dataset.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Fuzz;

/// <summary>
/// The one reader end to end on one input: parse, id index, evidence, coverage and validation (the engine's folder
/// run, as the tool and the build run them), record data, then the generator's emitter; every emitted source must
/// parse as C# without an error; the annotation is also read by both YAML readers, which must agree node for node.
/// Anything else that escapes (an exception, a source that does not parse, the readers disagreeing) is a crash for the
/// fuzzer and a failure for the replay tests.
/// </summary>
public static class PipelineTarget
{
    private const string Folder = "/fuzz/annotations/";
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static void Run(FuzzInput input)
    {
        var annotationPath = Folder + "article.yaml";
        if (YamlTreeDifference.OfReaders(annotationPath, input.Annotation, out _) is { } difference)
        {
            throw new InvalidOperationException("The subset reader reads the annotation otherwise than YamlDotNet: " + difference);
        }

        var parsed = AnnotationStages.Parse(annotationPath, input.Annotation, CancellationToken.None);
        var articlePath = parsed.TextPath ?? Folder + "article.txt";
        var files = new List<KeyValuePair<string, string?>>
        {
            new(annotationPath, input.Annotation),
            new(articlePath, input.Article),
        };

        var run = new FolderRun(files, "/fuzz");
        var settings = new GeneratorSettings("Fuzz.Data", "/fuzz", null);
        var records = run.RecordData().Select(file => new FileRecordData(EmitInputs.For(file.File, settings), file.Data)).ToList();
        var sources = records.Select(r => (r.Input.HintName, AnnotationEmitter.Emit(r).Source))
            .Append((CatalogEmitter.HintName, CatalogEmitter.Output(run.Ids, settings).Source))
            .Append((ManifestEmitter.HintName, ManifestEmitter.Emit(run.Annotations.Select(ManifestEmitter.EntriesOf), settings)));
        foreach (var (name, source) in sources)
        {
            CheckParses(name, source);
        }

        _ = run.Coverage.Count + run.Validated.Sum(file => file.Diagnostics.Count) + ArticlePaths.Normalize(articlePath).Length;
        CheckDraft(run, input.Article, parsed.Document?.Published, annotationPath);
    }

    /// <summary>
    /// Drafts the article as `new --draft` does and reads the written entries back: each evidence occurs once in the
    /// article, and the YAML holds the same entries with the same values, whatever the article's characters.
    /// </summary>
    private static void CheckDraft(FolderRun run, string article, DateValue? published, string annotationPath)
    {
        var draft = FolderDrafts.Draft(run.State, article, published, annotationPath);
        foreach (var evidence in draft.Statements.Select(s => s.Evidence).Concat(draft.Sanctions.Select(s => s.Evidence)))
        {
            if (!EvidenceLocator.OccursOnce(article, evidence))
            {
                throw new InvalidOperationException($"A drafted evidence does not occur exactly once: {evidence}");
            }
        }

        var yaml = DraftYaml.Sections(draft);
        var read = AnnotationStages.Parse(Folder + "draft.yaml", yaml, CancellationToken.None);
        if (read.Statements.Count != draft.Statements.Count || read.Sanctions.Count != draft.Sanctions.Count || read.Actors.Count != draft.Actors.Count
            || !read.Statements.Select(s => s.Evidence.Value).SequenceEqual(draft.Statements.Select(s => s.Evidence))
            || !read.Actors.Select(a => a.Name).SequenceEqual(draft.Actors.Select(a => a.Name)))
        {
            throw new InvalidOperationException("The drafted YAML does not read back as the drafted entries:\n" + yaml);
        }
    }

    /// <summary>Throws when the source has a syntax error: generated code that does not compile is a crash here.</summary>
    public static void CheckParses(string name, string source)
    {
        var errors = CSharpSyntaxTree.ParseText(source, Parse).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The emitted {name} does not parse: {errors[0]}");
        }
    }
}
