using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>The evidence strings, and the passages left unannotated, one annotation asks its article for.</summary>
internal static class EvidenceRequests
{
    /// <summary>The key prefix of a passage left unannotated: it is located like evidence, but is no record's evidence.</summary>
    public const string UnannotatedKey = "unannotated:";

    public static bool IsUnannotated(EvidenceResult result) => result.ItemKey.StartsWith(UnannotatedKey, System.StringComparison.Ordinal);

    public static EvidenceRequest? From(AnnotationFile file)
    {
        if (file.TextPath is not { } textPath)
        {
            return null;
        }

        var asks = file.Statements.Select(s => new EvidenceAsk(RecordKinds.Statement + ":" + s.Id.Value, s.Evidence))
            .Concat(file.Sanctions.Select(s => new EvidenceAsk(RecordKinds.Sanction + ":" + s.Id.Value, s.Evidence)))
            .Concat(file.Unannotated.Select((passage, i) => new EvidenceAsk(UnannotatedKey + i.ToString(System.Globalization.CultureInfo.InvariantCulture), passage)));
        return new EvidenceRequest(file.Path, textPath, asks.ToEquatableArray());
    }
}
