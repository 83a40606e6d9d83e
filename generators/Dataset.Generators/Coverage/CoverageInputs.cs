using System.Linq;
using Dataset.Generators.Model;

namespace Dataset.Generators.Coverage;

/// <summary>Narrows the dataset-wide evidence results to one article, so its coverage reruns only when they change.</summary>
internal static class CoverageInputs
{
    /// <summary>Null for an article no annotation names: there is nothing to measure it against.</summary>
    public static CoverageInput? From(EvidenceWork work, GroupedIndex<EvidenceForFile> evidence)
    {
        if (work.Requests.Count == 0)
        {
            return null;
        }

        var spans = work.Requests
            .SelectMany(request => evidence.For(request.AnnotationPath))
            .SelectMany(file => file.Results)
            .Where(result => result.Span is not null)
            .Select(result => new TextRange(result.Span!.Start, result.Span.End))
            .OrderBy(range => range.Start)
            .ToEquatableArray();
        return new CoverageInput(work.Requests[0].AnnotationPath, work.Text, spans, work.Requests.SelectMany(r => r.Unannotated).ToEquatableArray());
    }
}
