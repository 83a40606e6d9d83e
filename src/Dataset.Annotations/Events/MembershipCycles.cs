using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Events;

/// <summary>
/// Groups that their members make members of themselves (a group listing itself, or two groups listing each other,
/// wherever each is declared): one entry per member that closes a cycle, with the cycle, reported at that member (DS0053).
/// </summary>
internal static class MembershipCycles
{
    public static IEnumerable<LinkContradiction> Of(IReadOnlyDictionary<string, ActorFacts> actors)
    {
        var groups = actors.Values.Where(a => a.Members.Count > 0).OrderBy(a => a.Id, System.StringComparer.Ordinal).ToList();
        foreach (var group in groups)
        {
            foreach (var member in group.Members.Distinct())
            {
                if (PathBack(member, group.Id, actors) is { } path)
                {
                    yield return new LinkContradiction(RecordKind.Actor, group.Id, group.FilePath, member, string.Join(" → ", path.Prepend(group.Id)))
                    {
                        Field = "members",
                    };
                }
            }
        }
    }

    /// <summary>The shortest chain of members from <paramref name="from"/> to <paramref name="to"/>, or null when there is none.</summary>
    private static List<string>? PathBack(string from, string to, IReadOnlyDictionary<string, ActorFacts> actors)
    {
        var previous = new Dictionary<string, string?>(System.StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == to)
            {
                var path = new List<string>();
                for (var step = (string?)at; step is not null; step = previous[step])
                {
                    path.Add(step);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in actors.TryGetValue(at, out var actor) ? actor.Members : EquatableArray<string>.Empty)
            {
                if (!previous.ContainsKey(next))
                {
                    previous[next] = at;
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }
}
