using System.Collections.Generic;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Agreement;

/// <summary>
/// One statement or sanction of one annotator, with its evidence located in the article by the build's evidence
/// check, and the values agreement compares (a set value such as targets as its sorted ids).
/// </summary>
internal sealed record AnnotatedRecord(RecordKind Kind, string Id, int Start, int End, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The statement as declared, for a statement.</summary>
    public StatementModel? Statement { get; init; }

    /// <summary>The sanction as declared, for a sanction.</summary>
    public SanctionModel? Sanction { get; init; }

    public int Length => End - Start;

    /// <summary>How many characters of the article both records' evidence covers.</summary>
    public int Overlap(AnnotatedRecord other) => System.Math.Max(0, System.Math.Min(End, other.End) - System.Math.Max(Start, other.Start));

    /// <summary>The compared value of a field ("speaker", "act", …), as <see cref="ComparedFields"/> names them.</summary>
    public string Value(string field)
    {
        foreach (var pair in Fields)
        {
            if (pair.Key == field)
            {
                return pair.Value;
            }
        }

        return string.Empty;
    }
}
