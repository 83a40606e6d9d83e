using Dataset.Seeds;

namespace Dataset.Tests.Records;

/// <summary>A record prints every data field, other records as ids, and never follows navigation.</summary>
public class RecordTextTests
{
    [Fact]
    public void A_statement_names_what_it_responds_to_by_id()
    {
        var text = Statements.KirbySaysIranAndRussiaCannotHideTheFacts.ToString();

        Assert.StartsWith("Statement { Id = kirby-says-iran-and-russia-cannot-hide-the-facts, SpeakerId = john-kirby, ", text, StringComparison.Ordinal);
        Assert.EndsWith(
            ", RespondsToId = iran-denies-the-drones-are-iranian-made, RestatesId = null, SameAsIds = [], DistinctFromIds = [] }",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            "Summary = Kirby says Iran and Russia can lie but cannot hide that Tehran is directly engaged on the ground.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Speaker = ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Event = ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_statements_answering_each_other_print_without_recursion()
    {
        var catalog = new TwoStatementCatalog();

        var text = catalog.Statements[0].ToString();

        Assert.Equal(
            "Statement { Id = first, SpeakerId = alice, ViaId = null, AudienceIds = [ruritania], Act = Announce, Form = Indirect, SaidOn = 2024-01-02, " +
                "Summary = first summary, "
            + "Evidence = Evidence { Document = doc, Exact = first words, Prefix = , Suffix = , Start = 40, End = 50, StartLine = 1, EndLine = 1 }, " +
                "RespondsToId = second, RestatesId = null, SameAsIds = [], DistinctFromIds = [] }",
            text);
        Assert.Same(catalog.Statements[0], catalog.Statements[0].RespondsTo!.RespondsTo);
    }

    [Fact]
    public void An_actor_prints_its_roles_with_the_actor_they_are_held_in_as_an_id()
    {
        Assert.Equal(
            "Actor { Id = lloyd-austin, Name = Lloyd Austin, Kind = Person, Roles = [Role { Title = US Defense Secretary, OfId = united-states }], "
            + "Aliases = [Austin, Secretary Austin, the defense secretary], Wikidata = null, IntroducedIn = dawn-2022-10-22-us-urges-russia }",
            Actors.LloydAustin.ToString());
    }

    [Fact]
    public void Dates_print_in_ISO_form_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Contains("Published = 2022-10-22,", Documents.Dawn20221022UsUrgesRussia.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
