using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>The groups of actors same-as makes one, each in ordinal order: its first id is the one exports use.</summary>
internal static class ActorGroups
{
    public static IReadOnlyList<string[]> Of(IEnumerable<AnnotationFile> files)
    {
        var actors = ActorFacts.FirstOfEach(files.SelectMany(f => FileEventFacts.From(f).Actors));
        return ActorLinks.Groups(actors).Values.Distinct().OrderBy(g => g[0], System.StringComparer.Ordinal).ToList();
    }
}
