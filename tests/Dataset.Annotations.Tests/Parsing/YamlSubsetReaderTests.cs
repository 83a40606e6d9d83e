using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Tests.Parsing;

/// <summary>
/// What the subset reader reads itself (and reads as YamlDotNet does, location for location) and what it leaves to
/// YamlDotNet, shape by shape.
/// </summary>
public class YamlSubsetReaderTests
{
    [Theory]
    [InlineData("a: b")]
    [InlineData("a: b\n")]
    [InlineData("a: b\r\nc:\r\n  - \"d\"  \r\n  - [e]\r\n\r\n# f\r\ng: 'h' # i\r\nj:\r\n")]
    [InlineData("\uFEFFa: b\nc: d\n")]
    [InlineData("# comment\n\na: b   # after\nc:   spaced   out  \n")]
    [InlineData("a:\nb:\n")]
    [InlineData("a:   # nothing here\nb: c")]
    [InlineData("a:")]
    [InlineData("a:\n  b: c\n  d:\n    - e\n    - f: g\n      h: i\n    -   j: k\nl: m\n")]
    [InlineData("list:\n  - one\n  - two # comment\n\n  - three\n")]
    [InlineData("a: \"double \\\"quoted\\\" \\\\ # not a comment\"\nb: 'single ''quoted'' #'  # a comment\n")]
    [InlineData("a: \"\"\nb: ''\nc: \" \"\n")]
    [InlineData("roles: [{ title: US Defense Secretary, of: united-states }]\naliases: [Austin, Secretary Austin]\n")]
    [InlineData("a: []\nb: {}\nc: [ ]\nd: [[a, b], {x: y}, \"q\", 'r']   # nested\n")]
    [InlineData("a: C# and F#, 12:30, http://x.org/a?b=c&d, [x], {y}, a -b, 'c', \"d\"\n")]
    [InlineData("id: lloyd-austin\nsaid-on: 2022-10-21\nwikidata: Q30\nnull: ~\nyes: true\n")]
    [InlineData("evidence: keep “lines of communication” open — on Ukraine 🇺🇦\n")]
    [InlineData("a: ...\nb: x---y\nc: a - b\n")]
    [InlineData("actors:\n  - id: a\n    roles:\n      - { title: x, of: y }\n      - { title: 'z', of: \"w\" }\n")]
    public void A_text_in_the_subset_is_read_as_YamlDotNet_reads_it(string text)
    {
        Assert.Null(YamlTreeDifference.OfReaders("/a/b.yaml", text, out var fast));
        Assert.True(fast, "left to YamlDotNet");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("a:\tb")]
    [InlineData("a: b\rc: d\r")]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !tag b")]
    [InlineData("%YAML 1.2\n---\na: b")]
    [InlineData("---\na: b")]
    [InlineData("a: b\n...\n")]
    [InlineData("? a\n: b")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: b\n  continued\n")]
    [InlineData("a:\n  plain on the next line\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: [one,\n  two]\n")]
    [InlineData("a: b: c")]
    [InlineData("a: b:")]
    [InlineData("a: -b")]
    [InlineData("a: \"\\n\"")]
    [InlineData("a: \"x\"#c")]
    [InlineData("a: [x]#c")]
    [InlineData("a: [x,]")]
    [InlineData("a: [x, , y]")]
    [InlineData("a: [x: y]")]
    [InlineData("a: {x}")]
    [InlineData("a: {x: }")]
    [InlineData("a: [C#]")]
    [InlineData("- a\n- b\n")]
    [InlineData("plain scalar")]
    [InlineData("  a: b\n")]
    [InlineData("a:\n  b: c\n d: e\n")]
    [InlineData("a:\n- b\n")]
    [InlineData("a:\n  - b\n  c: d\n")]
    [InlineData("a:\n  -\n  - b\n")]
    [InlineData("a:\n  - - b\n")]
    [InlineData("\"a\": b")]
    [InlineData("a b: c")]
    [InlineData("a: b\n\uFEFFc: d")]
    [InlineData("a: b\u2028c: d")]
    public void A_text_outside_the_subset_is_left_to_YamlDotNet(string text) => Assert.Null(YamlSubsetReader.Read("/a/b.yaml", text));

    [Fact]
    public void Nesting_past_the_subsets_depth_is_left_to_YamlDotNet()
    {
        var deep = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 80) + "k: v\n";
        Assert.Null(YamlSubsetReader.Read("/a/b.yaml", deep));
        Assert.Null(YamlSubsetReader.Read("/a/b.yaml", "a: " + new string('[', 40) + new string(']', 40)));
    }

    [Fact]
    public void More_nodes_than_the_limit_are_left_to_YamlDotNet_which_reports_them()
    {
        var text = "a: [" + string.Join(", ", Enumerable.Repeat("x", YamlLimits.MaxNodes)) + "]\n";
        Assert.Null(YamlSubsetReader.Read("/a/b.yaml", text));
        var diagnostics = new List<DiagnosticInfo>();
        Assert.Null(YamlTreeReader.Read("/a/b.yaml", text, diagnostics));
        Assert.Contains(diagnostics, d => d.Id == DiagnosticDescriptors.LimitExceeded.Id);
    }

    [Fact]
    public void The_reader_the_parse_uses_gives_the_subsets_tree_for_an_annotation()
    {
        const string Annotation = "document:\n  id: x\nactors:\n  - id: a\n    name: \"A\"\n";
        var diagnostics = new List<DiagnosticInfo>();
        var read = YamlTreeReader.Read("/a/b.yaml", Annotation, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Null(YamlTreeDifference.Between(YamlSubsetReader.Read("/a/b.yaml", Annotation), read));
        Assert.Null(YamlTreeDifference.Between(YamlTreeReader.ReadWithYamlDotNet("/a/b.yaml", Annotation, diagnostics), read));
    }

    [Fact]
    public void The_difference_names_the_first_field_that_differs()
    {
        var expected = YamlTreeReader.ReadWithYamlDotNet("/a/b.yaml", "a:\n  - x\n  - y\n", []);
        Assert.Equal(
            "root.a[1]: plain \"y\" expected, plain \"z\" read",
            YamlTreeDifference.Between(expected, YamlSubsetReader.Read("/a/b.yaml", "a:\n  - x\n  - z\n")));
        Assert.StartsWith(
            "root.a[0]: location [7..8) 1:4-1:5 in /a/b.yaml expected, [8..9) 1:5-1:6",
            YamlTreeDifference.Between(expected, YamlSubsetReader.Read("/a/b.yaml", "a:\n  -  x\n  -  y\n")),
            StringComparison.Ordinal);
        Assert.Equal("root.a: 2 items expected, 1 read", YamlTreeDifference.Between(expected, YamlSubsetReader.Read("/a/b.yaml", "a:\n  - x\n")));
    }
}
