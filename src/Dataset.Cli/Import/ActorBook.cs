using Dataset.Annotations.Drafting;

namespace Dataset.Cli.Import;

/// <summary>
/// The actors of one import: those the output folder already declares (matched by name or alias, reused by id) and
/// the new ones, each declared once, in the first article that refers to it, so that two articles naming Jane Doe
/// give one actor.
/// </summary>
internal sealed class ActorBook(IEnumerable<(string Id, string Name, IEnumerable<string> Aliases)> known, DraftIds ids)
{
    private readonly Dictionary<string, string> _byName = Index(known);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    public DraftIds Ids => ids;

    /// <summary>The id of the actor of this name, and the actor to declare when it is new to the folder and to the import.</summary>
    public (string Id, DraftActor? Declare) Refer(string name, string kind, string label)
    {
        var key = Key(name);
        if (!_byName.TryGetValue(key, out var id))
        {
            id = ids.Make(name, "actor");
            _byName[key] = id;
            _declared.Add(id);
            return (id, new DraftActor(id, name.Trim(), kind, null) { KindNote = $"from the label '{label}'" });
        }

        return (id, null);
    }

    private static Dictionary<string, string> Index(IEnumerable<(string Id, string Name, IEnumerable<string> Aliases)> known)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, name, aliases) in known)
        {
            foreach (var each in aliases.Prepend(name))
            {
                index.TryAdd(Key(each), id);
            }
        }

        return index;
    }

    private static string Key(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
