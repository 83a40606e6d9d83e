namespace Dataset.CorpusMaker;

/// <summary>An actor of a synthetic corpus; persons hold one role in a state.</summary>
internal sealed record SyntheticActor(string Id, string Name, string Kind, string? RoleTitle, string? RoleOf);

/// <summary>The shared registry: states, organizations, ministries and people, mixed so that any prefix has all kinds.</summary>
internal sealed class ActorPool
{
    private ActorPool(List<SyntheticActor> all)
    {
        All = all;
        States = all.Where(a => a.Kind == "state").ToList();
        Imposers = all.Where(a => a.Kind is "state" or "organization").ToList();
    }

    public List<SyntheticActor> All { get; }

    public List<SyntheticActor> States { get; }

    public List<SyntheticActor> Imposers { get; }

    public int Count => All.Count;

    public static ActorPool Make(int size, Random random)
    {
        var actors = new List<SyntheticActor>(size);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int states = 0, organizations = 0, ministries = 0;
        for (var k = 0; k < size; k++)
        {
            SyntheticActor actor;
            if (k % 4 == 1 && states < Vocabulary.States.Length)
            {
                var (id, name, _, _) = Vocabulary.States[states++];
                actor = new SyntheticActor(id, name, "state", null, null);
            }
            else if (k % 8 == 3 && organizations < Vocabulary.Organizations.Length)
            {
                var (id, name) = Vocabulary.Organizations[organizations++];
                actor = new SyntheticActor(id, name, "organization", null, null);
            }
            else if (k % 8 == 7 && ministries < Vocabulary.States.Length * Vocabulary.Ministries.Length && states > 0)
            {
                var state = Vocabulary.States[ministries % states];
                var ministry = Vocabulary.Ministries[ministries / Vocabulary.States.Length % Vocabulary.Ministries.Length];
                ministries++;
                actor = new SyntheticActor(state.Id + "-" + Slug(ministry), state.Demonym + " " + ministry, "government-body", null, null);
            }
            else
            {
                actor = Person(random, ids, suffix: null);
            }

            if (!ids.Add(actor.Id))
            {
                k--;
                continue;
            }

            actors.Add(actor);
        }

        // Roles point at states of the pool, chosen once every state exists.
        var pool = actors.Where(a => a.Kind == "state").ToList();
        for (var k = 0; k < actors.Count; k++)
        {
            if (actors[k].Kind == "person")
            {
                actors[k] = actors[k] with { RoleOf = pool[random.Next(pool.Count)].Id };
            }
        }

        return new ActorPool(actors);
    }

    /// <summary>A person with a role; the state is set by the caller. A suffix makes article-local people unique.</summary>
    public static SyntheticActor Person(Random random, HashSet<string>? taken, string? suffix)
    {
        while (true)
        {
            var first = Vocabulary.FirstNames[random.Next(Vocabulary.FirstNames.Length)];
            var last = Vocabulary.LastNames[random.Next(Vocabulary.LastNames.Length)];
            var initial = (char)('a' + random.Next(26));
            var id = Slug(first) + "-" + Slug(last);
            var name = first + " " + last;
            if (taken is not null && taken.Contains(id))
            {
                id = Slug(first) + "-" + initial + "-" + Slug(last);
                name = $"{first} {char.ToUpperInvariant(initial)}. {last}";
            }

            if (suffix is not null)
            {
                id += "-" + suffix;
            }

            if (taken is null || !taken.Contains(id))
            {
                var office = Vocabulary.Offices[random.Next(Vocabulary.Offices.Length)];
                return new SyntheticActor(id, name, "person", office, null);
            }
        }
    }

    public static string Slug(string text) =>
        string.Join("-", text.ToLowerInvariant().Split(' ', '.', '\'').Where(w => w.Length > 0));
}
