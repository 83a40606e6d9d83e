using Dataset.Annotations.Coverage;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Validation;

namespace Dataset.LanguageServer.Workspace;

/// <summary>A declared id: which file and where, and the model it names (an actor, statement, sanction or document).</summary>
internal sealed record Declared(RecordKey Key, string Path, LocationInfo Location, object Model);

/// <summary>One place an id is referred to.</summary>
internal sealed record Referred(RecordKey Key, string Path, LocationInfo Location);

/// <summary>
/// One analysis of the workspace, as the build would make it of the same files: every file's diagnostics, each
/// annotation's model, and where every id is declared and referred to.
/// </summary>
internal sealed class Snapshot
{
    public Snapshot(FolderRun run, IReadOnlyDictionary<string, string?> texts)
    {
        Run = run;
        Texts = texts;
        Annotations = run.Annotations.ToDictionary(a => a.Path, StringComparer.Ordinal);
        var diagnostics = new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal);
        foreach (var diagnostic in run.Validated.SelectMany(f => f.Diagnostics).Concat(run.Coverage.SelectMany(c => c.Diagnostics)))
        {
            var path = diagnostic.Location.FilePath;
            if (!diagnostics.TryGetValue(path, out var list))
            {
                diagnostics[path] = list = [];
            }

            list.Add(diagnostic);
        }

        Diagnostics = diagnostics;
        Coverage = run.Coverage.ToDictionary(c => c.TextPath, StringComparer.Ordinal);
        Validated = run.Validated.ToDictionary(v => v.File.Path, StringComparer.Ordinal);
        Declarations = run.Annotations.SelectMany(DeclaredIn).GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.ToList());
        References = run.Annotations.SelectMany(file => FileReferences.Of(file).Select(r => new Referred(new RecordKey(r.Kind, r.Id.Value), file.Path, r.Id.Location)))
            .GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The engine's run the snapshot was read from: what drafting an article reads the folder's actors and ids from.</summary>
    public FolderRun Run { get; }

    public IReadOnlyDictionary<string, string?> Texts { get; }

    public IReadOnlyDictionary<string, AnnotationFile> Annotations { get; }

    public IReadOnlyDictionary<string, List<DiagnosticInfo>> Diagnostics { get; }

    public IReadOnlyDictionary<string, CoverageReport> Coverage { get; }

    /// <summary>Each annotation as the build checked it: its references, evidence found, diagnostics.</summary>
    public IReadOnlyDictionary<string, ValidatedFile> Validated { get; }

    /// <summary>Where the build found a statement's or sanction's evidence in its article, or null.</summary>
    public EvidenceSpan? Evidence(string annotationPath, RecordKey owner) =>
        Validated.TryGetValue(annotationPath, out var file)
            ? file.Evidence?.Results.FirstOrDefault(r => r.ItemKey.Record == owner)?.Span
            : null;

    public IReadOnlyDictionary<RecordKey, List<Declared>> Declarations { get; }

    public IReadOnlyDictionary<RecordKey, List<Referred>> References { get; }

    public IEnumerable<Declared> All(RecordKind kind) =>
        Declarations.Where(d => d.Key.Kind == kind).Select(d => d.Value[0]).OrderBy(d => d.Key.Id, StringComparer.Ordinal);

    public Declared? Find(RecordKey key) => Declarations.TryGetValue(key, out var found) ? found[0] : null;

    private static IEnumerable<Declared> DeclaredIn(AnnotationFile file)
    {
        if (file.Document is { } document)
        {
            yield return new Declared(new RecordKey(RecordKind.Document, document.Id.Value), file.Path, document.Id.Location, document);
        }

        foreach (var actor in file.Actors)
        {
            yield return new Declared(new RecordKey(RecordKind.Actor, actor.Id.Value), file.Path, actor.Id.Location, actor);
        }

        foreach (var statement in file.Statements)
        {
            yield return new Declared(new RecordKey(RecordKind.Statement, statement.Id.Value), file.Path, statement.Id.Location, statement);
        }

        foreach (var sanction in file.Sanctions)
        {
            yield return new Declared(new RecordKey(RecordKind.Sanction, sanction.Id.Value), file.Path, sanction.Id.Location, sanction);
        }
    }
}
