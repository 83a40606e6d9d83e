using Dataset.Annotations.Adjudication;
using Dataset.Annotations.Agreement;
using Dataset.Annotations.Model;
using Dataset.Annotations.Schema;

namespace Dataset.Cli.Teams;

/// <summary>
/// The merged folder of two annotators, file by file (path relative to the folder, text): A's files as written, A's
/// annotation of each article both annotated with B's differences marked (<see cref="MergedAnnotation"/>), B's files
/// of articles only B annotated, the actors B's values name that A never declared, copied into one registry file, and
/// the JSON Schema the annotations name.
/// </summary>
internal sealed record FolderAdjudication(IReadOnlyDictionary<string, string> Files, int Articles, int Agreed, int Disagreements, IReadOnlyList<string> Notes)
{
    /// <summary>The file that receives the actors only B declared.</summary>
    public const string ActorsFromB = "actors-from-b.yaml";

    public static FolderAdjudication Of(AnnotatorRun a, AnnotatorRun b, FolderAgreement agreement)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in a.Source.Files)
        {
            files[Relative(a.Source, path)] = text ?? string.Empty;
        }

        var takenIds = a.Run.Annotations.SelectMany(
            f => f.Statements.Select(s => "statement:" + s.Id.Value).Concat(f.Sanctions.Select(s => "sanction:" + s.Id.Value)))
            .ToHashSet(StringComparer.Ordinal);
        var idsOfB = agreement.Articles.SelectMany(x => x.Pair.Both)
            .SelectMany(m => m.Pairs)
            .GroupBy(p => p.B.Id)
            .ToDictionary(g => g.Key, g => g.First().A.Id, StringComparer.Ordinal);
        var namedByB = new HashSet<string>(StringComparer.Ordinal);
        int agreed = 0, disagreements = 0;
        foreach (var article in agreement.Articles)
        {
            var merged = MergedAnnotation.Of(Text(a, article.Pair.A.Annotation.Path), Text(b, article.Pair.B.Annotation.Path), article.Pair, takenIds, idsOfB);
            files[Relative(a.Source, article.Pair.A.Annotation.Path)] = merged.Text;
            agreed += merged.Agreed;
            disagreements += merged.Disagreements;
            namedByB.UnionWith(merged.ActorsNamedByB);
        }

        var notes = new List<string>();
        foreach (var only in b.Articles.Where(x => agreement.OnlyB.Contains(x.DocumentId)))
        {
            CopyWhole(b, only.Annotation, files, notes);
            namedByB.UnionWith(only.Records.Select(r => r.Statement?.Speaker.Value ?? r.Sanction!.Imposer.Value));
        }

        notes.AddRange(agreement.OnlyA.Select(id => $"{id}: only A annotated it; kept as A wrote it"));
        notes.AddRange(agreement.TextsDiffer.Select(id => $"{id}: the article text differs between A and B; A's annotation kept, nothing marked"));
        var actors = ActorsOnlyB(a, b, namedByB);
        if (actors.Count > 0)
        {
            files[
                ActorsFromB] = "# Actors that only annotator B declared, named by B's values below or in the merged annotations.\nactors:\n"
                    + string.Join("\n", actors)
                    + "\n";
        }

        // The annotations name the schema in their first line, for editors: the merged folder carries it.
        files.TryAdd(AnnotationJsonSchema.FileName, AnnotationJsonSchema.Generate());
        return new FolderAdjudication(files, agreement.Articles.Count, agreed, disagreements, notes);
    }

    /// <summary>B's declarations of the actors it names that A's folder lacks, and of the actors their roles name, as YAML list items.</summary>
    private static List<string> ActorsOnlyB(AnnotatorRun a, AnnotatorRun b, HashSet<string> named)
    {
        var declaredA = a.Run.Annotations.SelectMany(f => f.Actors).Select(x => x.Id.Value).ToHashSet(StringComparer.Ordinal);
        var ofB = b.Run.Annotations.SelectMany(f => f.Actors.Select(actor => (File: f, Actor: actor)))
            .GroupBy(x => x.Actor.Id.Value)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var wanted = new Queue<string>(named.Where(id => !declaredA.Contains(id)).Order(StringComparer.Ordinal));
        var done = new HashSet<string>(declaredA, StringComparer.Ordinal);
        var items = new List<string>();
        while (wanted.Count > 0)
        {
            var id = wanted.Dequeue();
            if (!done.Add(id) || !ofB.TryGetValue(id, out var found))
            {
                continue;
            }

            var text = Text(b, found.File.Path);
            if (DeclaredEntry.In(found.File.Path, text).FirstOrDefault(e => e.Section == "actors" && e.Id == id) is { } entry)
            {
                items.AddRange(YamlLines.Slice(text, entry.Span.StartLine, entry.Span.EndLine).Select(line => Reindent(line, entry.Span.StartColumn)));
            }

            foreach (var role in found.Actor.Roles.Where(r => r.Of is not null))
            {
                wanted.Enqueue(role.Of!.Value);
            }
        }

        return items;
    }

    private static void CopyWhole(AnnotatorRun b, AnnotationFile annotation, SortedDictionary<string, string> files, List<string> notes)
    {
        foreach (var path in new[] { annotation.Path, annotation.TextPath! })
        {
            var relative = Relative(b.Source, path);
            if (files.ContainsKey(relative))
            {
                notes.Add($"{relative}: B's file has the name of one of A's; A's kept");
                continue;
            }

            files[relative] = Text(b, path);
        }

        notes.Add($"{annotation.Document!.Id.Value}: only B annotated it; copied as B wrote it");
    }

    /// <summary>An item of a list, moved so that its dash is at column 2 whatever its indentation in B's file.</summary>
    private static string Reindent(string line, int column)
    {
        var shift = 4 - column;
        return shift >= 0 ? new string(' ', shift) + line : line[Math.Min(-shift, line.Length - line.TrimStart(' ').Length)..];
    }

    private static string Text(AnnotatorRun run, string path) =>
        run.Source.Files.FirstOrDefault(f => Dataset.Annotations.Paths.ArticlePaths.Normalize(f.Key) == path).Value ?? string.Empty;

    private static string Relative(AnnotatorSource source, string path) =>
        Path.GetRelativePath(source.Root, path).Replace('\\', '/');
}
