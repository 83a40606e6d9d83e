using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>
/// The checks of <c>restates</c>: it names a statement of the same article (one declared in another is DS0050; an
/// unknown id is DS0011, as every statement reference), and no statement restates itself, directly or through others
/// (DS0051, reported at each restates of the cycle).
/// </summary>
internal static class RestatementChecks
{
    public static IEnumerable<DiagnosticInfo> Locate(AnnotationFile file, IReadOnlyDictionary<RecordKey, ResolvedReference> resolved)
    {
        var restating = file.Statements.Where(s => s.Restates is not null).ToList();
        if (restating.Count == 0)
        {
            yield break;
        }

        var own = new HashSet<string>(file.Statements.Select(s => s.Id.Value), System.StringComparer.Ordinal);
        var restates = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var statement in restating)
        {
            var target = statement.Restates!;
            if (own.Contains(target.Value))
            {
                restates[statement.Id.Value] = restates.TryGetValue(statement.Id.Value, out var first) ? first : target.Value;
            }
            else if (resolved.TryGetValue(new RecordKey(RecordKind.Statement, target.Value), out var found) && found.Entry is { } entry)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.RestatesOtherArticle, target.Location, target.Value, Path.GetFileName(entry.FilePath));
            }
        }

        foreach (var statement in restating.Where(s => restates.ContainsKey(s.Id.Value)))
        {
            if (Cycle(statement.Id.Value, restates) is { } cycle)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.RestatementCycle, statement.Restates!.Location, statement.Id.Value, cycle);
            }
        }
    }

    /// <summary>The cycle through which a statement restates itself ("a → b → a"), or null when its chain ends.</summary>
    private static string? Cycle(string start, Dictionary<string, string> restates)
    {
        var chain = new List<string> { start };
        var at = start;
        while (restates.TryGetValue(at, out var next))
        {
            chain.Add(next);
            if (next == start)
            {
                return string.Join(" → ", chain);
            }

            if (chain.Count > restates.Count + 1)
            {
                // A cycle further along that does not pass through the start: reported from its own members.
                return null;
            }

            at = next;
        }

        return null;
    }
}
