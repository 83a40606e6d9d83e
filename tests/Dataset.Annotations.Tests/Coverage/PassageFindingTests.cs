using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Coverage;

/// <summary>What counts as a quoted passage and as an attributed sentence, on small articles.</summary>
public class PassageFindingTests
{
    private static readonly ActorNames Names = new(["Lloyd Austin", "Austin", "US", "the bloc", "Lapid's office"]);

    [Theory]
    [InlineData("He said “we will stay the course” today.", "we will stay the course")]
    [InlineData("He said \"we will stay the course\" today.", "we will stay the course")]
    [InlineData("He said ‘we can’t stay the course’ today.", "we can’t stay the course")]
    [InlineData("“We will stay the course to the end", "We will stay the course to the end")]
    public void A_quote_of_four_words_or_more_is_a_passage(string line, string quoted)
    {
        var report = Analyze(line);

        Assert.Equal(1, report.QuotedPassages);
        Assert.Contains(quoted, Assert.Single(report.Uncovered, u => u.Kind == PassageKind.Quote).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("They kept “lines of communication” open.")]
    [InlineData("Kyiv’s forces and Moscow’s troops can’t meet.")]
    [InlineData("It was 5\" wide and 6\" long, they measured.")]
    public void Short_quotes_and_apostrophes_are_no_passages(string line) => Assert.Equal(0, Analyze(line).QuotedPassages);

    [Theory]
    [InlineData("Lloyd Austin said talks would go on.", "Lloyd Austin")]
    [InlineData("The bloc urged restraint.", "the bloc")]
    [InlineData("Lapid’s office said it was concerned.", "Lapid's office")]
    [InlineData("Talks, the US insisted, would go on.", "US")]
    public void A_declared_name_beside_a_speech_verb_attributes_the_sentence(string line, string speaker)
    {
        var sentence = Assert.Single(Analyze(line).Uncovered);

        Assert.Equal((PassageKind.Sentence, speaker), (sentence.Kind, sentence.Speaker));
    }

    [Theory]
    [InlineData("They told us that talks would go on.", "They")]
    [InlineData("Austinville officials said talks would go on.", "Austinville officials")]
    [InlineData("“We will stay the course,” said a spokesman.", "a spokesman")]
    public void A_source_need_not_be_declared_and_is_named_as_written(string line, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyze(line).Uncovered, u => u.Kind == PassageKind.Sentence).Speaker);

    [Theory]
    [InlineData("Lloyd Austin arrived in Kyiv on Friday.")]
    [InlineData("The United States has sent more aid.")]
    [InlineData("The Baltic states that border Russia met in Riga.")]
    [InlineData("The attack claimed the lives of five children.")]
    [InlineData("The so-called corridor was never opened.")]
    [InlineData("The company added 300 engineers in Asia last year.")]
    public void Without_an_attribution_cue_a_sentence_is_not_attributed(string line) =>
        Assert.Equal(0, Analyze(line).AttributedSentences);

    [Fact]
    public void Sentences_end_at_a_full_stop_before_a_capital_but_not_after_a_title_or_an_initial()
    {
        const string Line = "Gen. Mark Milley met U.S. officials. Austin said nothing more. Talks went on";

        var sentences = Sentences.In(Line, 0, Line.Length).Select(r => Line[r.Start..r.End]);

        Assert.Equal(["Gen. Mark Milley met U.S. officials.", "Austin said nothing more.", "Talks went on"], sentences);
    }

    [Fact]
    public void A_sentence_does_not_end_inside_a_quote()
    {
        const string Line = "“Families have sold their animals. Nothing is left,” she said. Rains are late.";

        var sentences = Sentences.In(Line, 0, Line.Length).Select(r => Line[r.Start..r.End]);

        Assert.Equal(["“Families have sold their animals. Nothing is left,” she said.", "Rains are late."], sentences);
    }

    [Fact]
    public void Evidence_anywhere_in_a_passage_covers_it_and_an_unannotated_passage_silences_it()
    {
        const string Text = "Austin said “we will stay the course” today.\nThe bloc said “we will not yield to pressure” too.\n";
        var input = new CoverageInput(
            "/a.yaml",
            new ArticleText("/a.txt", Text),
            new[] { new TextRange(Text.IndexOf("stay", StringComparison.Ordinal), Text.IndexOf("stay", StringComparison.Ordinal) + 4) }.ToEquatableArray(),
            new[] {
                new TextRange(
                    Text.IndexOf("will not yield", StringComparison.Ordinal),
                    Text.IndexOf("will not yield", StringComparison.Ordinal) + 14) }.ToEquatableArray());

        var report = CoverageAnalyzer.Analyze(input, Names);

        Assert.Equal((2, 2, 2, 2, 2), (report.QuotedPassages, report.QuotedAnnotated, report.AttributedSentences, report.AttributedAnnotated, report.Reasoned));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Locations_are_in_the_article_on_the_passage_line_and_column()
    {
        var report = Analyze("Talks went on.\r\nThen Austin said “we will stay the course” today.");

        Assert.Equal(
            [(PassageKind.Quote, 1, 17), (PassageKind.Sentence, 1, 0)],
            report.Uncovered.Select(u => (u.Kind, u.Location.StartLine, u.Location.StartColumn)));
        Assert.Equal(2, report.Diagnostics.Count(d => d.Id == "DS0028" && d.Location.FilePath == "/a.txt"));
    }

    private static CoverageReport Analyze(string text) =>
        CoverageAnalyzer.Analyze(
            new CoverageInput("/a.yaml", new ArticleText("/a.txt", text), EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty),
            Names);
}
