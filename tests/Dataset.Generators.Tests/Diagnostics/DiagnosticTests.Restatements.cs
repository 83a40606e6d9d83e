namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The diagnostics of a statement's restates, a group's members and a provision's targets.</summary>
public partial class DiagnosticTests
{
    private const string RussiaConfirms = "    evidence: Russia also confirmed the call";

    [Fact]
    public void A_restatement_of_a_statement_of_the_same_article_builds() =>
        Run(Edit(RussiaConfirms, "    restates: austin-urges-shoigu\n" + RussiaConfirms)).Says();

    [Fact]
    public void DS0011_unknown_restated_statement_suggests_the_nearest_id() =>
        Run(Edit(RussiaConfirms, "    restates: {|DS0011:austin-urge-shoigu|}\n" + RussiaConfirms)).Says(
            "error: Unknown statement 'austin-urge-shoigu'; refer to the id of a declared statement; did you mean 'austin-urges-shoigu'?");

    [Fact]
    public void DS0050_restating_a_statement_of_another_article_is_an_error_that_names_same_as() =>
        RunEvents((Times, "    evidence: again denied", "    restates: {|DS0050:iran-denies-supplying-drones-wire|}\n    evidence: again denied"))
            .SaysOf("DS0050",
                "error: 'iran-denies-supplying-drones-wire' is a statement of another article (2022-10-19-example-wire-eu-drone-sanctions.yaml); restates " +
                    "links two statements of one article: to link a report of the same statement in another article write same-as: " +
                    "iran-denies-supplying-drones-wire");

    [Fact]
    public void DS0051_statement_restating_itself_is_an_error() =>
        Run(Edit(RussiaConfirms, "    restates: {|DS0051:russia-confirms-call|}\n" + RussiaConfirms)).Says(
            "error: Statement 'russia-confirms-call' restates itself (russia-confirms-call → russia-confirms-call); a restatement names the statement it " +
                "repeats, which does not restate it back: remove one restates of the cycle");

    [Fact]
    public void DS0051_two_statements_restating_each_other_are_an_error_at_each() =>
        Run(Edit(
            ("    evidence: keep", "    restates: {|DS0051:russia-confirms-call|}\n    evidence: keep"),
            (RussiaConfirms, "    restates: {|DS0051:austin-urges-shoigu|}\n" + RussiaConfirms))).Says(
            "error: Statement 'austin-urges-shoigu' restates itself (austin-urges-shoigu → russia-confirms-call → austin-urges-shoigu); a restatement " +
                "names the statement it repeats, which does not restate it back: remove one restates of the cycle",
            "error: Statement 'russia-confirms-call' restates itself (russia-confirms-call → austin-urges-shoigu → russia-confirms-call); a restatement " +
                "names the statement it repeats, which does not restate it back: remove one restates of the cycle");

    [Fact]
    public void DS0037_same_as_to_a_statement_of_the_same_article_says_to_use_restates() =>
        Run(Edit(RussiaConfirms, "    same-as: {|DS0037:austin-urges-shoigu|}\n" + RussiaConfirms)).Says(
            "error: 'austin-urges-shoigu' in same-as is declared in this same article; same-as links reports of one event in different articles; if one " +
                "restates the other, write restates: austin-urges-shoigu");

    [Fact]
    public void DS0010_unknown_member_suggests_the_nearest_id() =>
        Run(Edit("    name: A firm\n    kind: group", "    name: A firm\n    kind: group\n    members: [{|DS0010:lloyd-austn|}]")).Says(
            "error: Unknown actor 'lloyd-austn'; declare it under actors: here or in the shared registry; did you mean 'lloyd-austin'?");

    [Fact]
    public void DS0052_members_of_an_actor_that_is_not_a_group_is_an_error_at_the_field() =>
        Run(Edit("    name: Russia\n    kind: state", "    name: Russia\n    kind: state\n    {|DS0052:members|}: [lloyd-austin]")).Says(
            "error: Actor 'russia' is a state; only an actor of kind group lists members: make it kind: group or remove its members");

    [Fact]
    public void DS0053_group_listing_itself_is_an_error_at_the_member() =>
        Run(Edit("    name: A firm\n    kind: group", "    name: A firm\n    kind: group\n    members: [lloyd-austin, {|DS0053:drone-firm|}]")).Says(
            "error: Group 'drone-firm' is a member of itself (drone-firm → drone-firm); a group's members are other actors: remove the member that " +
                "closes the cycle");

    [Fact]
    public void DS0053_groups_that_are_members_of_each_other_are_an_error_at_each() =>
        Run(Edit(
            "    name: A firm\n    kind: group",
            "    name: A firm\n    kind: group\n    members: [{|DS0053:its-owners|}]\n  - id: its-owners\n    name: Its owners\n    kind: group\n" +
                "    members: [{|DS0053:drone-firm|}]")).Says(
            "error: Group 'drone-firm' is a member of itself (drone-firm → its-owners → drone-firm); a group's members are other actors: remove the " +
                "member that closes the cycle",
            "error: Group 'its-owners' is a member of itself (its-owners → drone-firm → its-owners); a group's members are other actors: remove the " +
                "member that closes the cycle");

    [Fact]
    public void DS0054_provision_naming_an_actor_the_sanction_does_not_target_suggests_a_target() =>
        Run(Edit(
            "    targets: [drone-firm]",
            "    targets: [drone-firm, russia]\n    provisions: [asset-freeze, { travel-ban: [{|DS0054:drone-frm|}] }]")).Says(
            "error: 'drone-frm' is not among the targets of sanction 'uk-sanctions-firm'; a provision applies to the sanction's own targets: name one " +
                "of them, or add it to targets; did you mean 'drone-firm'?");

    [Fact]
    public void DS0004_provision_targets_that_are_not_ids_are_a_wrong_type() =>
        Run(Edit("    targets: [drone-firm]", "    targets: [drone-firm]\n    provisions:\n      - travel-ban: {|DS0004:{ a: b }|}")).Says(
            "error: Field 'travel-ban' must be an actor id or a list of actor ids (the targets the provision applies to), but here it is a mapping");
}
