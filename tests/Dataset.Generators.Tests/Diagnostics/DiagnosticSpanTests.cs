namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>
/// Each diagnostic's span is exactly the offending YAML text, marked in the edit (<c>{|DS0005:urges|}</c>): no
/// character more or less, and its line span (what the compiler prints) agrees with it.
/// </summary>
public class DiagnosticSpanTests
{
    [Theory]
    [InlineData("publisher: Dawn", "{|DS0002:publsher|}: Dawn", "  id: test-article", "  {|DS0003:|}id: test-article")]
    [InlineData("targets: [drone-firm]", "targets: {|DS0004:drone-firm|}", DroneFirm, "  - id: {|DS0019:drone-firm|}")]
    [InlineData("act: urge", "act: {|DS0005:urges|}")]
    [InlineData("published: 2022-10-22", "published: {|DS0006:2022-13-01|}")]
    [InlineData(
        "id: uk-sanctions-firm",
        "id: {|DS0007:UK sanctions|}",
        Kingdom,
        "  - id: {|DS0019:united-kingdom|}",
        DroneFirm,
        "  - id: {|DS0019:drone-firm|}")]
    [InlineData("id: russia\n", "id: {|DS0009:all|}\n", "speaker: russia", "speaker: all")]
    [InlineData("imposer: united-kingdom", "imposer: {|DS0010:united-kingdon|}", Kingdom, "  - id: {|DS0019:united-kingdom|}")]
    [InlineData("text: article.txt", "text: {|DS0012:missing.txt|}")]
    [InlineData("evidence: Britain imposed sanctions on a firm", "evidence: {|DS0013:France imposed sanctions on a firm|}")]
    [InlineData("evidence: Britain imposed sanctions on a firm", "evidence: {|DS0014:'Britain imposed  sanctions on a firm'|}")]
    [InlineData("evidence: Britain imposed sanctions on a firm", "evidence: {|DS0015:on|}")]
    [InlineData("    kind: group", "    kind: group\n    wikidata: {|DS0016:https://www.wikidata.org/wiki/Q42|}")]
    [InlineData("  publisher: Dawn\n", "  publisher: Dawn\n  {|DS0022:publisher|}: Dawn\n")]
    [InlineData("targets: [drone-firm]", "targets: {|DS0025:[]|}", DroneFirm, "  - id: {|DS0019:drone-firm|}")]
    public void The_span_covers_exactly_the_offending_text(params string[] edits)
    {
        var yaml = DiagnosticTests.Edit([.. edits.Chunk(2).Select(e => (e[0], e[1]))]);

        DiagnosticMarkup.Run(new MarkedFile("seeds/article.yaml", yaml), new MarkedFile(Yaml.ArticlePath, Yaml.Article));
    }

    /// <summary>Actors the edit leaves unused (DS0019), marked with it.</summary>
    private const string DroneFirm = "  - id: drone-firm";
    private const string Kingdom = "  - id: united-kingdom";
}
