using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Dataset.Annotations.Parsing;

namespace Dataset.Generators.Tests.Hostile;

/// <summary>
/// Inputs built to exhaust or crash the generator. Each must end, within the limits of docs/limits.md, in a located diagnostic
/// (or valid output) with no generator exception and generated code that compiles. Time and memory are bounded by
/// construction (the limits); these tests guard that with a generous hang timeout and an allocation ceiling on the
/// parse, not with timings.
/// </summary>
public class HostileInputTests
{
    private const string Annotation = "seeds/article.yaml";

    /// <summary>Far above what parsing a 1,000,000-character annotation needs, far below an expanded alias bomb.</summary>
    private const long AllocationCeiling = 256L * 1024 * 1024;

    [Fact]
    public void Billion_laughs_alias_bomb_is_never_expanded()
    {
        var bomb = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            bomb.Append(CultureInfo.InvariantCulture, $"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))}]\n");
        }

        bomb.Append("actors: *lol9\n");

        var run = RunBounded(bomb.ToString());

        Assert.Equal(10, run.Diagnostics.Count(d => d.Id == "DS0002"));
        // The ten entries are one shared node, reported once where it is written (the lol8 anchor).
        var entry = run.Single("DS0004");
        Assert.Equal(9, Line(entry));
        Assert.Equal("Field 'actors entry' must be a mapping, but here it is a list", entry.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void More_alias_uses_than_the_node_limit_is_refused_where_it_crosses_it()
    {
        var flood = "a: &a x\nb: [" + string.Concat(Enumerable.Repeat("*a,", YamlLimits.MaxNodes + 10)) + "]\n";

        var run = RunBounded(flood);

        var limit = run.Single("DS0017");
        Assert.Equal(2, Line(limit));
        Assert.Contains("more than 100,000 YAML nodes", limit.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_inside_the_node_it_names_is_refused()
    {
        var run = RunBounded("document: &d\n  id: test-article\n  text: *d\n");

        var error = run.Single("DS0001");
        Assert.Equal((3, 9), (Line(error), Column(error)));
        Assert.EndsWith(
            "the alias *d is inside the node it names; recursive YAML is not allowed",
            error.GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_levels_of_flow_nesting_stop_at_the_depth_limit()
    {
        var run = RunBounded(new string('[', 100_000) + new string(']', 100_000) + "\n");

        var limit = run.Single("DS0017");
        Assert.Equal((1, YamlLimits.MaxDepth + 1), (Line(limit), Column(limit)));
    }

    [Fact]
    public void Thousand_levels_of_block_nesting_stop_at_the_depth_limit()
    {
        var deep = string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i) + "a:\n"));

        var run = RunBounded(deep);

        var limit = run.Single("DS0017");
        Assert.Equal((YamlLimits.MaxDepth + 1, YamlLimits.MaxDepth + 1), (Line(limit), Column(limit)));
    }

    [Fact]
    public void Twenty_megabyte_scalar_is_refused_before_parsing()
    {
        var run = RunBounded(Yaml.Valid.Replace("title: Test article", "title: " + new string('x', 20_000_000), StringComparison.Ordinal));

        var limit = run.Single("DS0017");
        Assert.Equal((1, 1), (Line(limit), Column(limit)));
        Assert.StartsWith("The annotation is 20,000,", limit.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_megabyte_article_is_refused_at_each_evidence()
    {
        var article = Yaml.Article + new string('x', 20_000_000);

        var run = Bounded(() => GeneratorHarness.Run((Annotation, Yaml.Valid), (Yaml.ArticlePath, article)));

        Assert.Equal(3, run.Diagnostics.Count(d => d.Id == "DS0017"));
        Assert.All(
            run.Diagnostics.Where(d => d.Id == "DS0017"),
            d => Assert.Contains("the limit is 5,000,000", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Binary_files_end_in_a_located_diagnostic(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);
        var text = CompilerText.Decode(bytes);

        var run = RunBounded(text);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Contains(diagnostic.Id, new[] { "DS0001", "DS0021", "DS0024" });
        Assert.Equal(GeneratorHarness.Absolute(Annotation), diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Nul_characters_end_in_a_located_diagnostic()
    {
        var run = RunBounded("document:\n  id: test\0article\n");

        var error = run.Single("DS0001");
        Assert.Equal(2, Line(error));
    }

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16 LE with BOM")]
    [InlineData("utf-16 BE with BOM")]
    [InlineData("utf-32 LE with BOM")]
    public void Encodings_with_a_byte_order_mark_read_as_the_same_annotation(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8 with BOM" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16 LE with BOM" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16 BE with BOM" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => (Encoding)new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Yaml.Valid)).ToArray();

        var run = RunBounded(CompilerText.Decode(bytes));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("LloydAustin", run.SourceFor("seeds_article_yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_mark_left_in_the_text_is_skipped_and_columns_still_count_it()
    {
        var run = RunBounded("\uFEFF" + DiagnosticsTestsEdit("publisher: Dawn", "publsher: Dawn"));

        var error = run.Single("DS0002");
        Assert.Equal((4, 3), (Line(error), Column(error)));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id != "DS0002" && d.Id != "DS0003");
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_ends_in_a_located_diagnostic()
    {
        var run = RunBounded(CompilerText.Decode(Encoding.Unicode.GetBytes(Yaml.Valid)));

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.Equal(GeneratorHarness.Absolute(Annotation), d.Location.GetLineSpan().Path));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Other_line_ends_read_as_the_same_annotation_with_the_same_lines(string newline)
    {
        var run = Bounded(() => GeneratorHarness.Run(
            (Annotation, DiagnosticsTestsEdit("act: urge", "act: urges").Replace("\n", newline, StringComparison.Ordinal)),
            (Yaml.ArticlePath, Yaml.Article.Replace("\n", newline, StringComparison.Ordinal))));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(("DS0005", 27, 10), (error.Id, Line(error), Column(error)));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Tab_used_as_indentation_is_reported_at_the_tab()
    {
        var run = RunBounded("document:\n\tid: test-article\n");

        var error = run.Single("DS0001");
        Assert.Equal((2, 1), (Line(error), Column(error)));
    }

    [Fact]
    public void Tabs_inside_values_are_content()
    {
        var run = RunBounded(Yaml.Valid.Replace("title: Test article", "title:\t\"Test\tarticle\"", StringComparison.Ordinal));

        Assert.Empty(run.Diagnostics);
        Assert.Equal("Test\tarticle", Assert.Single(CompiledCatalog.Load(run).Documents).Title);
    }

    [Fact]
    public void Unclosed_flow_sequence_is_a_located_syntax_error()
    {
        var run = RunBounded(Yaml.Valid.Replace("title: Test article", "title: [Test article", StringComparison.Ordinal));

        var error = run.Single("DS0001");
        Assert.Equal(3, Line(error));
    }

    [Theory]
    [InlineData("seeds/we\u2028ird *\u0085 \"name\" <&>.yaml")]
    [InlineData("seeds/\u202Egnp.yaml")]
    [InlineData("seeds/class.yaml")]
    [InlineData("seeds/1.yaml")]
    public void Any_annotation_file_name_gives_compiling_code(string path)
    {
        var run = Bounded(
            () => GeneratorHarness.Run(
                (path, Yaml.Valid.Replace("text: article.txt", "text: ../seeds/article.txt", StringComparison.Ordinal)),
                (Yaml.ArticlePath, Yaml.Article)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Hostile_strings_in_every_text_field_give_compiling_code_that_holds_them()
    {
        // The annotation gets them as YAML escapes; lone surrogates are not YAML, so they are replaced for this test
        // (the literal property tests cover them).
        var values = Safety.HostileStrings.Any.Array[30].Single()
            .Select(
                (
                    v,
                    i) => $"#{i}#"
                        + new string(v.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c).ToArray()).Replace("\uFFFD\uFFFD", "\uFFFD", StringComparison.Ordinal)
                        + $"#{i}#")
            .ToArray();
        var article = string.Join("\n", values);
        var yaml = new StringBuilder();
        yaml.Append(
            CultureInfo.InvariantCulture,
            $"document:\n  id: hostile\n  title: {Quote(values[0])}\n  publisher: {Quote(values[1])}\n  published: 2022-10-22\n  dateline: " +
                $"{Quote(values[2])}\n  text: article.txt\n");
        yaml.Append(
            CultureInfo.InvariantCulture,
            $"actors:\n  - id: someone\n    name: {Quote(values[3])}\n    kind: person\n    roles: [{{ title: {Quote(values[4])} }}]\n    aliases: [" +
                $"{Quote(values[5])}, {Quote(values[6])}]\n");
        yaml.Append("statements:\n");
        for (var i = 7; i < 20; i++)
        {
            yaml.Append(
                CultureInfo.InvariantCulture,
                $"  - id: s{i}\n    speaker: someone\n    act: claim\n    form: direct\n    said-on: 2022-10-21\n    summary: {Quote(values[i + 10])}\n    " +
                    $"evidence: {Quote(values[i])}\n");
        }

        yaml.Append(
            CultureInfo.InvariantCulture,
            $"sanctions:\n  - id: x\n    imposer: someone\n    targets: [someone]\n    status: imposed\n    reason: {Quote(values[29])}\n    evidence: " +
                $"{Quote(values[20])}\n");

        var run = Bounded(() => GeneratorHarness.Run((Annotation, yaml.ToString()), (Yaml.ArticlePath, article)));

        // The lines no evidence takes may hold quotes: coverage advice on them, in the article, is all that is reported.
        Assert.All(run.Diagnostics, d => Assert.Equal(("DS0028", GeneratorHarness.Absolute(Yaml.ArticlePath)), (d.Id, d.Location.GetLineSpan().Path)));
        Assert.Empty(run.CompilationProblems);
        var catalog = CompiledCatalog.Load(run);
        var document = Assert.Single(catalog.Documents);
        var actor = catalog.GetActor(new ActorId("someone"));
        var statements = Enumerable.Range(7, 13).Select(i => catalog.GetStatement(new StatementId($"s{i}"))).ToList();
        var sanction = catalog.GetSanction(new SanctionId("x"));
        Assert.Equal(values[..3], new[] { document.Title, document.Publisher, document.Dateline! });
        Assert.Equal(values[3..7], new[] { actor.Name, actor.Roles.Single().Title }.Concat(actor.Aliases));
        Assert.Equal(values[7..20], statements.Select(s => s.Evidence.Exact));
        Assert.Equal(values[17..30], statements.Select(s => s.Summary!));
        Assert.Equal((values[20], values[29]), (sanction.Evidence.Exact, sanction.Reason!));
    }

    [Fact]
    public void An_id_declared_twice_in_one_file_is_an_error_and_the_first_is_emitted()
    {
        var run = RunBounded(DiagnosticsTestsEdit("id: russia-confirms-call", "id: austin-urges-shoigu"));

        var duplicate = run.Single("DS0008");
        Assert.Equal((31, 9), (Line(duplicate), Column(duplicate)));
        var declared = @"public static readonly global::Dataset\.Statement AustinUrgesShoigu;";
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.SourceFor("seeds_article_yaml"), declared));
    }

    [Fact]
    public void A_blank_text_path_is_a_missing_field()
    {
        var run = RunBounded(Yaml.Valid.Replace("text: article.txt", "text: ''", StringComparison.Ordinal));

        var missing = run.Single("DS0003");
        Assert.Equal((6, 9), (Line(missing), Column(missing)));
        Assert.Equal("Required field 'text' is missing from document; add it", missing.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Yaml_text_quoted_in_a_message_keeps_it_on_one_line_and_bounded()
    {
        // YAML escapes in a double-quoted value: a newline, a line separator, a right-to-left override, a NUL.
        var value = @"a\nb\u2028c\u202Ed\0" + new string('x', 5000);

        var run = RunBounded(Yaml.Valid.Replace("act: urge", $"act: \"{value}\"", StringComparison.Ordinal));

        var message = run.Single("DS0005").GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith(@"'a\nb\u2028c\u202Ed\0xxx", message, StringComparison.Ordinal);
        Assert.DoesNotContain(message, c => char.IsControl(c) || c is '\u2028' or '\u202E');
        Assert.True(message.Length < 1200, $"{message.Length} characters");
    }

    internal static string DiagnosticsTestsEdit(string find, string replace) => Diagnostics.DiagnosticTests.Edit(find, replace);

    /// <summary>A YAML double-quoted scalar for any string without lone surrogates.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            builder.Append(
                rune.Value is >= 0x20 and <= 0x7E && rune.Value != '"' && rune.Value != '\\' ? ((char)rune.Value).ToString() : $"\\U{rune.Value:X8}");
        }

        return builder.Append('"').ToString();
    }

    private static GeneratorRun RunBounded(string? annotation)
    {
        if (annotation is not null)
        {
            // The parse alone, measured: it must stay within a fixed ceiling whatever the input.
            var before = GC.GetAllocatedBytesForCurrentThread();
            AnnotationParser.Parse(GeneratorHarness.Absolute(Annotation), annotation);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < AllocationCeiling, $"Parsing allocated {allocated:N0} bytes.");
        }

        var run = Bounded(() => GeneratorHarness.Run((Annotation, annotation), (Yaml.ArticlePath, Yaml.Article)));
        Assert.Empty(run.CompilationProblems);
        Assert.All(
            run.Diagnostics,
            d => Assert.True(d.Location == Location.None || d.Location.GetLineSpan().Path == GeneratorHarness.Absolute(Annotation), d.ToString()));
        return run;
    }

    /// <summary>Guards against hangs only: the limit is minutes, far above what any of these takes.</summary>
    private static GeneratorRun Bounded(Func<GeneratorRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromMinutes(2)), "The generator did not finish within two minutes.");
        return task.Result;
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static int Column(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1;
}
