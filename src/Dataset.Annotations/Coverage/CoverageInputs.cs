using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Coverage;

/// <summary>What the coverage check of one article takes from that article's evidence check.</summary>
internal static class CoverageInputs
{
    /// <summary>Null for an article no annotation names: there is nothing to measure it against.</summary>
    public static CoverageInput? From(CheckedEvidence evidence)
    {
        if (evidence.Results.Count == 0)
        {
            return null;
        }

        var found = evidence.Results.SelectMany(file => file.Results).Where(result => result.Span is not null).ToList();
        return new CoverageInput(
            evidence.Results[0].AnnotationPath,
            evidence.Text,
            Ranges(found.Where(r => !EvidenceRequests.IsUnannotated(r))),
            Ranges(found.Where(EvidenceRequests.IsUnannotated)))
        {
            Language = evidence.Results[0].Language,
        };
    }

    private static EquatableArray<TextRange> Ranges(IEnumerable<EvidenceResult> results) =>
        results.Select(result => new TextRange(result.Span!.Start, result.Span.End)).OrderBy(range => range.Start).ToEquatableArray();
}
