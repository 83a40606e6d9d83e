using Xunit.Sdk;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>The inline marks read and written back, and the check that fails on a diagnostic not marked or a mark not reported.</summary>
public class DiagnosticMarkupTests
{
    /// <summary>A mark, an empty one, two on one span, one among brackets, one around a bracket, and a range with the cursor.</summary>
    public static TheoryData<string, string> Marked => new()
    {
        { "speaker: {|DS0010:rusia|}\n", "speaker: rusia\n" },
        { "{|DS0021:|}- a\n", "- a\n" },
        { "id: {|DS0009:{|DS0019:russia1|}|}", "id: russia1" },
        { "a [[{|DS0017:|}[]]]", "a [[[]]]" },
        { "x: {|DS0004:[|}", "x: [" },
        { "speaker: [|rus$$sia|]", "speaker: russia" },
    };

    [Theory]
    [MemberData(nameof(Marked))]
    public void Marks_are_stripped_and_written_back_where_they_were(string markup, string text)
    {
        var parsed = Markup.Parse(markup);

        Assert.Equal(text, parsed.Text);
        Assert.Equal(markup.Replace("$$", string.Empty, StringComparison.Ordinal), Markup.Render(parsed.Text, parsed.Spans));
        Assert.Equal(markup.Contains("$$", StringComparison.Ordinal) ? markup.IndexOf("$$", StringComparison.Ordinal) - "[|".Length : null, parsed.Cursor);
    }

    [Fact]
    public void A_diagnostic_not_marked_and_a_mark_not_reported_both_fail_and_are_shown_as_marks()
    {
        var yaml = DiagnosticTests.Edit("speaker: lloyd-austin", "speaker: {|DS0010:loyd-austin|}");

        var failure = Assert.ThrowsAny<XunitException>(
            () => DiagnosticMarkup.Run(new MarkedFile("seeds/article.yaml", yaml), new MarkedFile(Yaml.ArticlePath, "{|DS0028:|}" + Yaml.Article)));

        Assert.Contains("  marked:     - id: lloyd-austin\n  reported:   - id: {|DS0019:lloyd-austin|}\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains(
            "not marked: /project/seeds/article.yaml(8,9): error DS0019: Actor 'lloyd-austin' is declared", failure.Message, StringComparison.Ordinal);
        Assert.Contains("not reported: DS0028 in /project/seeds/article.txt at 0..0", failure.Message, StringComparison.Ordinal);
    }
}
