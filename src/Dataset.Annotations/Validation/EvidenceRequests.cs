using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>The evidence strings, and the passages left unannotated, one annotation asks its article for.</summary>
internal static class EvidenceRequests
{
    public static bool IsUnannotated(EvidenceResult result) => result.ItemKey.IsUnannotated;

    public static EvidenceRequest? From(AnnotationFile file)
    {
        if (file.TextPath is not { } textPath)
        {
            return null;
        }

        var asks = file.Statements.Select(s => new EvidenceAsk(EvidenceKey.Of(RecordKind.Statement, s.Id.Value), s.Evidence))
            .Concat(file.Sanctions.Select(s => new EvidenceAsk(EvidenceKey.Of(RecordKind.Sanction, s.Id.Value), s.Evidence)))
            .Concat(file.Unannotated.Select((passage, i) => new EvidenceAsk(EvidenceKey.Unannotated(i), passage)));
        return new EvidenceRequest(file.Path, textPath, asks.ToEquatableArray(), file.Document?.Language);
    }
}
