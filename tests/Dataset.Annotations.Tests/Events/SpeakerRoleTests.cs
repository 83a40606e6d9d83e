using System.Collections.Immutable;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// The identity key's speaker and imposer read through roles (docs/events.md): an actor meets the actors it holds a
/// role for, and theirs in turn, but two actors holding roles for one state stay two; one shared content word is
/// enough only for the same speaker and act, and not against another audience. On the two unlinked articles of
/// tests/Shared/EventArticles, each edited.
/// </summary>
public class SpeakerRoleTests
{
    private const string Wire = EventArticles.WireAnnotation;
    private const string Times = EventArticles.TimesAnnotation;
    private const string Actors = "actors.yaml";
    private const string MinistryAliases = "    aliases: [Iran's foreign ministry, the foreign ministry in Tehran]";
    private const string MinistryOfIran = MinistryAliases + "\n    roles: [{ title: foreign ministry, of: iran }]";
    private const string MinistrySpeaker = "    speaker: iranian-foreign-ministry";

    /// <summary>The ministry's aliases without the one that names Iran: its names then say nothing of whose it is.</summary>
    private const string MinistryUnnamed = "    aliases: [the foreign ministry in Tehran]";

    /// <summary>Iran, a state, declared beside the actors both articles name.</summary>
    private static readonly string[] IranDeclared = [Actors, "actors:\n", "actors:\n  - { id: iran, name: Iran, kind: state }\n"];

    [Fact]
    public void A_state_and_its_ministry_are_one_speaker_when_the_ministry_holds_a_role_for_it()
    {
        var links = Suggestions(IranDeclared, [Actors, MinistryAliases, MinistryOfIran], [Times, MinistrySpeaker, "    speaker: iran"]);

        var statement = Assert.Single(links, l => l.Kind == RecordKind.Statement);
        Assert.StartsWith(
            "speaker 'iranian-foreign-ministry' for 'iran', same act deny, 1 day apart, shared words", statement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_role_or_a_name_naming_the_state_the_state_and_the_ministry_are_two_speakers()
    {
        var links = Suggestions(IranDeclared, [Actors, MinistryAliases, MinistryUnnamed], [Times, MinistrySpeaker, "    speaker: iran"]);

        Assert.DoesNotContain(links, l => l.Kind == RecordKind.Statement);
    }

    [Fact]
    public void A_ministry_without_roles_whose_alias_names_the_state_speaks_for_it()
    {
        // "Iran's foreign ministry" names Iran, as a role of it would.
        var links = Suggestions(IranDeclared, [Times, MinistrySpeaker, "    speaker: iran"]);

        var statement = Assert.Single(links, l => l.Kind == RecordKind.Statement);
        Assert.StartsWith("speaker 'iranian-foreign-ministry' for 'iran', same act deny", statement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_given_to_the_state_in_an_edit_gives_the_ministry_named_by_it_its_voice_as_a_fresh_build_does()
    {
        var before = Facts(Edited(IranDeclared, [Actors, MinistryAliases, MinistryUnnamed], [Times, MinistrySpeaker, "    speaker: iran"]));
        var tehran = "actors:\n  - { id: iran, name: Iran, kind: state, aliases: [Tehran] }\n";
        var after = Facts(Edited([Actors, "actors:\n", tehran], [Actors, MinistryAliases, MinistryUnnamed], [Times, MinistrySpeaker, "    speaker: iran"]));

        TheEditSuggestsTheStatementsAsAFreshBuildDoes(before, after, Actors);
    }

    [Fact]
    public void A_spokesman_of_the_ministry_speaks_for_its_state_through_the_ministry()
    {
        var spokesman = "actors:\n  - { id: iran, name: Iran, kind: state }\n"
            + "  - { id: nasser-karimi, name: Nasser Karimi, kind: person, roles: [{ title: spokesman, of: iranian-foreign-ministry }] }\n";
        var links = Suggestions(
            [Actors, "actors:\n", spokesman], [Actors, MinistryAliases, MinistryOfIran], [Wire, MinistrySpeaker, "    speaker: iran"],
            [Times, MinistrySpeaker, "    speaker: nasser-karimi"]);

        var statement = Assert.Single(links, l => l.Kind == RecordKind.Statement);
        Assert.StartsWith("speaker 'nasser-karimi' for 'iran'", statement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_actors_holding_roles_for_one_state_are_two_speakers()
    {
        // The ministry and a minister both act for Iran; neither speaks for the other.
        var minister = "actors:\n  - { id: iran, name: Iran, kind: state }\n"
            + "  - { id: hossein-rahimi, name: Hossein Rahimi, kind: person, roles: [{ title: Defence Minister, of: iran }] }\n";
        var links = Suggestions(
            [Actors, "actors:\n", minister], [Actors, MinistryAliases, MinistryOfIran], [Times, MinistrySpeaker, "    speaker: hossein-rahimi"]);

        Assert.DoesNotContain(links, l => l.Kind == RecordKind.Statement);
    }

    [Fact]
    public void A_body_holding_a_role_for_the_imposer_imposes_for_it()
    {
        var council = "actors:\n  - { id: eu-council, name: Council of the EU, kind: government-body, roles: [{ title: council, of: european-union }] }\n";
        var links = Suggestions([Actors, "actors:\n", council], [Times, "    imposer: european-union", "    imposer: eu-council"]);

        var sanction = Assert.Single(links, l => l.Kind == RecordKind.Sanction);
        Assert.StartsWith("imposer 'eu-council' for 'european-union', shared targets 'shahed-aviation-industries'", sanction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_shared_word_is_enough_for_the_same_speaker_and_act()
    {
        var links = Suggestions(OneSharedWord);

        var statement = Assert.Single(links, l => l.Kind == RecordKind.Statement);
        Assert.Equal(
            "same speaker 'iranian-foreign-ministry', same act deny, 1 day apart, shared word drone (one is enough with the same speaker and act)",
            statement.Reason);
    }

    [Fact]
    public void One_shared_word_is_not_enough_for_a_speaker_met_through_a_role()
    {
        var links = Suggestions(OneSharedWord, IranDeclared, [Actors, MinistryAliases, MinistryOfIran], [Times, MinistrySpeaker, "    speaker: iran"]);

        Assert.DoesNotContain(links, l => l.Kind == RecordKind.Statement);
    }

    [Theory]
    [InlineData("european-union", true)]
    [InlineData("shahed-aviation-industries", false)]
    public void One_shared_word_is_not_enough_against_another_audience(string timesAudience, bool suggested)
    {
        var links = Suggestions(
            OneSharedWord,
            [Wire, "    act: deny", "    audience: [european-union]\n    act: deny"],
            [Times, "    act: deny", $"    audience: [{timesAudience}]\n    act: deny"]);

        Assert.Equal(suggested, links.Any(l => l.Kind == RecordKind.Statement));
    }

    [Fact]
    public void A_role_given_in_an_edit_settles_the_links_as_a_fresh_build_does()
    {
        var before = Facts(Edited(IranDeclared, [Actors, MinistryAliases, MinistryUnnamed], [Times, MinistrySpeaker, "    speaker: iran"]));
        var role = MinistryUnnamed + "\n    roles: [{ title: foreign ministry, of: iran }]";
        var after = Facts(Edited(IranDeclared, [Actors, MinistryAliases, role], [Times, MinistrySpeaker, "    speaker: iran"]));
        var state = new LinkState();
        state.Update(before, []);

        var changed = state.Update(after.Where(f => f.Path.EndsWith(Actors, StringComparison.Ordinal)), []);

        Assert.Equal(LinkIndex.Build(after), state.ToIndex());
        Assert.Contains(state.ToIndex().Suggestions, l => l.Kind == RecordKind.Statement);
        Assert.Equal([Path.Combine(EventArticles.Folder, Wire), Path.Combine(EventArticles.Folder, Times)], changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_edit_of_the_state_s_statement_finds_the_statement_of_the_ministry_speaking_for_it_as_a_fresh_build_does()
    {
        // The ministry's statement stays; the state's is edited alone, so it must find the ministry's from its own side.
        var before = Facts(Edited(IranDeclared, [Actors, MinistryAliases, MinistryOfIran], [Times, MinistrySpeaker, "    speaker: iran"], OneSharedWord));
        var after = Facts(Edited(IranDeclared, [Actors, MinistryAliases, MinistryOfIran], [Times, MinistrySpeaker, "    speaker: iran"]));

        TheEditSuggestsTheStatementsAsAFreshBuildDoes(before, after, Times);
    }

    /// <summary>Applied to a state of the folder before, the edit of one file makes the statements' suggestion a fresh build of after makes.</summary>
    private static void TheEditSuggestsTheStatementsAsAFreshBuildDoes(
        ImmutableArray<FileEventFacts> before, ImmutableArray<FileEventFacts> after, string edited)
    {
        var state = new LinkState();
        state.Update(before, []);
        Assert.DoesNotContain(state.ToIndex().Suggestions, l => l.Kind == RecordKind.Statement);

        state.Update(after.Where(f => f.Path.EndsWith(edited, StringComparison.Ordinal)), []);

        Assert.Equal(LinkIndex.Build(after), state.ToIndex());
        Assert.Contains(state.ToIndex().Suggestions, l => l.Kind == RecordKind.Statement);
    }

    /// <summary>The Times statement shares one content word with the wire's ("drones"): its evidence cut short, still in its article.</summary>
    private static readonly string[] OneSharedWord =
        [Times, "evidence: again denied sending drones to Russia to be used in Ukraine", "evidence: again denied sending drones"];

    private static ImmutableArray<FileEventFacts> Facts(IEnumerable<KeyValuePair<string, string?>> files) =>
        [.. new FolderRun(files).Annotations.OrderBy(a => a.Path, StringComparer.Ordinal).Select(FileEventFacts.From)];

    private static IReadOnlyList<LinkSuggestion> Suggestions(params string[][] edits)
    {
        var read = AnnotationReader.Read(Edited(edits));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return read.LinkSuggestions;
    }

    /// <summary>The two articles without their links, each edit (file name, text, replacement) applied in turn.</summary>
    private static List<KeyValuePair<string, string?>> Edited(params string[][] edits) =>
        EventArticles.Files().Select(f =>
        {
            var name = Path.GetFileName(f.Key);
            var text = EventArticles.WithoutLinks(name, f.Value!);
            foreach (var edit in edits.Where(e => e[0] == name))
            {
                Assert.Contains(edit[1], text, StringComparison.Ordinal);
                text = text.Replace(edit[1], edit[2], StringComparison.Ordinal);
            }

            return new KeyValuePair<string, string?>(f.Key, text);
        }).ToList();
}
