using Dataset.Annotations.Drafting;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>The names of a draft's speakers, in statement order: a new actor's name as drafted, a known one's as the folder declares it.</summary>
internal static class DraftSpeakers
{
    public static List<string> Of(ArticleDraft draft, IEnumerable<KnownActor> folder)
    {
        var names = draft.Actors.ToDictionary(a => a.Id, a => a.Name).Concat(folder.ToDictionary(a => a.Id, a => a.Name)).ToDictionary();
        return draft.Statements.Select(s => names[s.Speaker]).ToList();
    }
}
