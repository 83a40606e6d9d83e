using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// A provision applies to the sanction's own targets: one that names an actor the sanction does not target is reported
/// where it is named (with the target it is nearest) and that name is dropped, so that no record says a provision
/// applies to an actor the sanction leaves alone.
/// </summary>
internal static class ProvisionTargets
{
    public static EquatableArray<ProvisionModel> AmongTargets(MappingReader fields, EquatableArray<ProvisionModel> provisions, EquatableArray<Located> targets)
    {
        if (provisions.All(p => p.Targets.Count == 0))
        {
            return provisions;
        }

        var ids = targets.Select(t => t.Value).ToList();
        return provisions.Select(p => p.Targets.Count == 0 ? p : p with
        {
            Targets = p.Targets.Where(target =>
            {
                if (ids.Contains(target.Value))
                {
                    return true;
                }

                var hint = DidYouMean.For(target.Value, ids);
                fields.Report(hint, DiagnosticDescriptors.ProvisionTargetNotTargeted, target.Location, target.Value, fields.What, hint.Text);
                return false;
            }).ToEquatableArray(),
        }).ToEquatableArray();
    }
}
