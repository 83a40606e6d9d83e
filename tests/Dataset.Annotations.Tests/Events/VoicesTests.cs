using Dataset.Annotations.Collections;
using Dataset.Annotations.Events;

namespace Dataset.Annotations.Tests.Events;

/// <summary>
/// Whom each actor speaks for, read from roles: through a chain of roles, without itself around a cycle, by the first
/// declaration of an id, and which speakers an edit of roles changes; a government body without roles, from its name.
/// </summary>
public class VoicesTests
{
    [Fact]
    public void A_spokesman_speaks_for_his_ministry_and_its_state_and_the_state_for_no_one()
    {
        var voices = Voices.Of([Actor("spokesman", "ministry"), Actor("ministry", "state"), Actor("state")]);

        Assert.Equal(["ministry", "state"], voices.For("spokesman"));
        Assert.Equal(["state"], voices.For("ministry"));
        Assert.Empty(voices.For("state"));
        Assert.True(voices.IsSpokenFor("state"));
        Assert.False(voices.IsSpokenFor("spokesman"));
    }

    [Fact]
    public void Two_actors_holding_roles_for_one_state_do_not_speak_for_each_other()
    {
        var voices = Voices.Of([Actor("minister", "state"), Actor("ministry", "state"), Actor("state")]);

        Assert.False(voices.OneSpeaksFor("minister", "ministry"));
        Assert.True(voices.OneSpeaksFor("state", "ministry"));
    }

    [Fact]
    public void A_cycle_of_roles_ends_where_it_began()
    {
        var voices = Voices.Of([Actor("a", "b"), Actor("b", "c"), Actor("c", "a")]);

        Assert.Equal(["b", "c"], voices.For("a"));
        Assert.Equal(["a", "c"], voices.For("b"));
    }

    [Fact]
    public void The_first_declaration_in_path_order_is_the_actor()
    {
        var voices = Voices.Of([Actor("minister", "other-state", path: "b.yaml"), Actor("minister", "state", path: "a.yaml")]);

        Assert.Equal(["state"], voices.For("minister"));
    }

    [Fact]
    public void An_edit_of_a_role_changes_the_speakers_whose_voices_it_reaches()
    {
        var before = Voices.Of([Actor("spokesman", "ministry"), Actor("ministry", "state"), Actor("minister", "state")]);
        var after = Voices.Of([Actor("spokesman", "ministry"), Actor("ministry", "other-state"), Actor("minister", "state")]);

        Assert.Equal(["ministry", "spokesman"], after.ChangedFrom(before).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("US Treasury", "united-states")]
    [InlineData("Treasury Department", null)]
    [InlineData("Peru's foreign ministry", "peru")]
    [InlineData("Republic of Fiji Navy", "fiji")]
    [InlineData("U.S. Treasury Department", "united-states")]
    public void A_body_without_roles_speaks_for_the_state_its_name_names(string name, string? state)
    {
        var voices = Voices.Of([Body("body", name), State("united-states", "United States", "US", "U.S."), State("peru", "Peru"), State("fiji", "Fiji")]);

        Assert.Equal(state is null ? [] : [state], voices.For("body"));
    }

    [Fact]
    public void A_body_named_after_two_states_or_not_a_government_body_speaks_for_none()
    {
        var voices = Voices.Of([
            Body("commission", "Peru Fiji Fisheries Commission"),
            Body("airline", "Fiji Airways", kind: "organization"),
            State("peru", "Peru"),
            State("fiji", "Fiji"),
        ]);

        Assert.Empty(voices.For("commission"));
        Assert.Empty(voices.For("airline"));
    }

    [Fact]
    public void A_body_s_role_says_whose_it_is_before_its_name()
    {
        var body = Body("embassy", "Peru's embassy in Suva") with { RoleOf = new[] { "fiji" }.ToEquatableArray() };

        Assert.Equal(["fiji"], Voices.Of([body, State("peru", "Peru"), State("fiji", "Fiji")]).For("embassy"));
    }

    private static ActorFacts Body(string id, string name, string kind = "government-body") =>
        new(id, "actors.yaml", name, kind, EquatableArray<string>.Empty, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    private static ActorFacts State(string id, string name, params string[] aliases) =>
        new(id, "actors.yaml", name, "state", aliases.ToEquatableArray(), null, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    private static ActorFacts Actor(string id, string? roleOf = null, string path = "actors.yaml") =>
        new(id, path, id, "person", EquatableArray<string>.Empty, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty)
        {
            RoleOf = roleOf is null ? EquatableArray<string>.Empty : new[] { roleOf }.ToEquatableArray(),
        };
}
