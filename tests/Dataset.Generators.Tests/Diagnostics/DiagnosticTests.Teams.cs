namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>Two annotators' disagreements, as `dataset adjudicate` writes them, until a person resolves them.</summary>
public partial class DiagnosticTests
{
    private const string SanctionEvidence = "    evidence: Britain imposed sanctions on a firm\n";

    [Fact]
    public void DS0042_disagreement_on_a_field_is_a_warning_at_its_entry()
    {
        var run = Run(
            Edit(
                "    evidence: Russia also confirmed the call\n",
                "    evidence: Russia also confirmed the call\n    disagreement:\n      {|DS0042:act|}: { a: confirm, b: claim }\n"))
            .Says(
                "warning: Annotators disagree on the act of statement 'russia-confirms-call': A gave 'confirm', B gave 'claim'; keep the right value in " +
                    "'act' and remove this entry (in the editor: Take A or Take B)");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0042_record_only_one_annotator_marked_is_a_warning_at_its_entry() =>
        Run(Edit(SanctionEvidence, SanctionEvidence + "    disagreement: { {|DS0042:only-in|}: b }\n")).Says(
            "warning: Sanction 'uk-sanctions-firm' was marked by annotator B only; keep it and remove 'disagreement:', or delete it (in the editor: Take A " +
                "or Take B)");

    [Fact]
    public void DS0042_is_gone_once_every_entry_is_removed_and_a_wrong_entry_is_an_error()
    {
        Run(Edit(SanctionEvidence, SanctionEvidence + "    disagreement: {}\n")).Says();

        Run(Edit(SanctionEvidence, SanctionEvidence + "    disagreement: { {|DS0002:speaker|}: { a: x, b: y } }\n")).Says(
            "error: Unknown field 'speaker' in disagreement of sanction 'uk-sanctions-firm'; expected one of: imposer, targets, status, evidence, only-in");
    }
}

/// <summary>Actors that are one person or body: likely duplicates, and links that contradict each other.</summary>
public partial class DiagnosticTests
{
    private const string RussiaEntry = "  - id: russia\n    name: Russia\n    kind: state\n";
    private const string KingdomEntry = "  - id: united-kingdom\n    name: United Kingdom\n    kind: state\n";

    [Fact]
    public void DS0043_actors_with_the_same_Wikidata_item_are_suggested_at_each() =>
        Run(Edit(
            (RussiaEntry, "  - id: {|DS0043:russia|}\n    name: Russia\n    kind: state\n    wikidata: Q159\n"),
            (KingdomEntry, "  - id: {|DS0043:united-kingdom|}\n    name: United Kingdom\n    kind: state\n    wikidata: Q159\n"))).Says(
            "info: Actor 'russia' and 'united-kingdom' (in this file) may be one: same Wikidata item Q159; add same-as: united-kingdom if they are, or " +
                "distinct-from: united-kingdom if they are not",
            "info: Actor 'united-kingdom' and 'russia' (in this file) may be one: same Wikidata item Q159; add same-as: russia if they are, or " +
                "distinct-from: russia if they are not");

    [Theory]
    [InlineData("same-as")]
    [InlineData("distinct-from")]
    public void DS0043_is_not_reported_once_same_as_or_distinct_from_decides(string link) =>
        Run(Edit((RussiaEntry, RussiaEntry + "    wikidata: Q159\n"), (KingdomEntry, KingdomEntry + $"    wikidata: Q159\n    {link}: russia\n"))).Says();

    [Fact]
    public void DS0044_distinct_from_an_actor_same_as_makes_one_is_an_error_at_the_link() =>
        Run(Edit((RussiaEntry, RussiaEntry + "    same-as: united-kingdom\n"), (KingdomEntry, KingdomEntry + "    distinct-from: {|DS0044:russia|}\n"))).Says(
            "error: Actor 'united-kingdom' is distinct-from 'russia', but same-as links make them one (russia, united-kingdom); remove the distinct-from or " +
                "the same-as that is wrong");

    [Fact]
    public void DS0010_unknown_actor_in_an_actor_same_as_has_the_closest_id() =>
        Run(Edit(RussiaEntry, RussiaEntry + "    same-as: {|DS0010:untied-kingdom|}\n")).Says(
            "error: Unknown actor 'untied-kingdom'; declare it under actors: here or in the shared registry; did you mean 'united-kingdom'?");
}
