using System.Linq;
using Dataset.Generators.Model;

namespace Dataset.Generators.Validation;

/// <summary>The evidence strings one annotation asks its article for.</summary>
internal static class EvidenceRequests
{
    public static EvidenceRequest? From(AnnotationFile file)
    {
        if (file.TextPath is not { } textPath)
        {
            return null;
        }

        var asks = file.Statements.Select(s => new EvidenceAsk(RecordKinds.Statement + ":" + s.Id.Value, s.Evidence))
            .Concat(file.Sanctions.Select(s => new EvidenceAsk(RecordKinds.Sanction + ":" + s.Id.Value, s.Evidence)));
        return new EvidenceRequest(file.Path, textPath, asks.ToEquatableArray(), file.Unannotated);
    }
}
