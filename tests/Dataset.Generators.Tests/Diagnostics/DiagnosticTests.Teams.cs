using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>Two annotators' disagreements, as `dataset adjudicate` writes them, until a person resolves them.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0042_disagreement_on_a_field_is_a_warning_at_its_entry()
    {
        var run = Run(Edit("    evidence: Russia also confirmed the call\n", "    evidence: Russia also confirmed the call\n    disagreement:\n      act: { a: confirm, b: claim }\n"));

        AssertReported(run, "DS0042", DiagnosticSeverity.Warning, Annotation, 38, 7,
            "Annotators disagree on the act of statement 'russia-confirms-call': A gave 'confirm', B gave 'claim'; keep the right value in 'act' and remove this entry (in the editor: Take A or Take B)");
        Assert.Single(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0042_record_only_one_annotator_marked_is_a_warning_at_its_entry()
    {
        var run = Run(Edit("    evidence: Britain imposed sanctions on a firm\n", "    evidence: Britain imposed sanctions on a firm\n    disagreement: { only-in: b }\n"));

        AssertReported(run, "DS0042", DiagnosticSeverity.Warning, Annotation, 43, 21,
            "Sanction 'uk-sanctions-firm' was marked by annotator B only; keep it and remove 'disagreement:', or delete it (in the editor: Take A or Take B)");
        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void DS0042_is_gone_once_every_entry_is_removed_and_a_wrong_entry_is_an_error()
    {
        var resolved = Run(Edit("    evidence: Britain imposed sanctions on a firm\n", "    evidence: Britain imposed sanctions on a firm\n    disagreement: {}\n"));
        var wrong = Run(Edit("    evidence: Britain imposed sanctions on a firm\n", "    evidence: Britain imposed sanctions on a firm\n    disagreement: { speaker: { a: x, b: y } }\n"));

        Assert.Empty(resolved.Diagnostics);
        Assert.Contains(wrong.Diagnostics, d => d.Id == "DS0002" && d.GetMessage(CultureInfo.InvariantCulture).Contains("'speaker'", StringComparison.Ordinal));
    }
}

/// <summary>Actors that are one person or body: likely duplicates, and links that contradict each other.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void DS0043_actors_with_the_same_Wikidata_item_are_suggested_at_each()
    {
        var run = Run(Edit("    name: Russia\n    kind: state\n", "    name: Russia\n    kind: state\n    wikidata: Q159\n")
            .Replace("    name: United Kingdom\n    kind: state\n", "    name: United Kingdom\n    kind: state\n    wikidata: Q159\n", StringComparison.Ordinal));

        var reported = run.Diagnostics.Where(d => d.Id == "DS0043").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Equal(2, run.Diagnostics.Length);
        Assert.Equal(DiagnosticSeverity.Info, reported[0].DefaultSeverity);
        Assert.Equal([(15, 9), (19, 9)], reported.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)));
        Assert.Equal(
            "Actor 'russia' and 'united-kingdom' (in this file) may be one: same Wikidata item Q159; add same-as: united-kingdom if they are, or distinct-from: united-kingdom if they are not",
            reported[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            "Actor 'united-kingdom' and 'russia' (in this file) may be one: same Wikidata item Q159; add same-as: russia if they are, or distinct-from: russia if they are not",
            reported[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DS0043_is_not_reported_once_same_as_or_distinct_from_decides()
    {
        var twins = Edit("    name: Russia\n    kind: state\n", "    name: Russia\n    kind: state\n    wikidata: Q159\n");
        var same = Run(twins.Replace("    name: United Kingdom\n    kind: state\n", "    name: United Kingdom\n    kind: state\n    wikidata: Q159\n    same-as: russia\n", StringComparison.Ordinal));
        var distinct = Run(twins.Replace("    name: United Kingdom\n    kind: state\n", "    name: United Kingdom\n    kind: state\n    wikidata: Q159\n    distinct-from: russia\n", StringComparison.Ordinal));

        Assert.Empty(same.Diagnostics);
        Assert.Empty(distinct.Diagnostics);
    }

    [Fact]
    public void DS0044_distinct_from_an_actor_same_as_makes_one_is_an_error_at_the_link()
    {
        var run = Run(Edit("    name: Russia\n    kind: state\n", "    name: Russia\n    kind: state\n    same-as: united-kingdom\n")
            .Replace("    name: United Kingdom\n    kind: state\n", "    name: United Kingdom\n    kind: state\n    distinct-from: russia\n", StringComparison.Ordinal));

        AssertReported(run, "DS0044", DiagnosticSeverity.Error, Annotation, 22, 20,
            "Actor 'united-kingdom' is distinct-from 'russia', but same-as links make them one (russia, united-kingdom); remove the distinct-from or the same-as that is wrong");
        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void DS0010_unknown_actor_in_an_actor_same_as_has_the_closest_id()
    {
        var run = Run(Edit("    name: Russia\n    kind: state\n", "    name: Russia\n    kind: state\n    same-as: untied-kingdom\n"));

        AssertReported(run, "DS0010", DiagnosticSeverity.Error, Annotation, 18, 14,
            "Unknown actor 'untied-kingdom'; declare it under actors: here or in the shared registry; did you mean 'united-kingdom'?");
        Assert.Single(run.Diagnostics);
    }
}
