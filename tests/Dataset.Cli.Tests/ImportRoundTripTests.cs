using System.Text.Json.Nodes;
using Dataset.Cli.Import;

namespace Dataset.Cli.Tests;

/// <summary>
/// Import → YAML → export gives back the same spans: each format's sample (a byte-order mark, CRLF and emoji before
/// the spans) imported as drafts that validate, then exported, then the export's offsets turned back into the
/// format's own unit equal the offsets the sample holds.
/// </summary>
public class ImportRoundTripTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "brat", ImportSamples.Brat },
        { "labelstudio", ImportSamples.LabelStudio },
        { "inception", ImportSamples.Inception },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_imported_folder_validates_and_every_entry_is_a_draft(string format, string input)
    {
        using var folder = new TempFolder();

        var import = CliRun.Run("import", format, input, "--output", folder.Path);

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        var validate = CliRun.Run("validate", folder.Path);
        Assert.Equal(0, validate.ExitCode);
        var json = JsonNode.Parse(CliRun.Run("export", "-a", folder.Path).Output)!;
        var entries = json["actors"]!.AsArray().Concat(json["statements"]!.AsArray()).Concat(json["sanctions"]!.AsArray()).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True((bool)e!["draft"]!));
        Assert.Equal(entries.Count, validate.OutputLines.Count(l => l.Contains("warning DS0032", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Statements_and_sanctions_come_back_with_their_evidence_relations_and_attributes(string format, string input)
    {
        using var folder = new TempFolder();
        CliRun.Run("import", format, input, "--output", folder.Path);

        var json = JsonNode.Parse(CliRun.Run("export", "-a", folder.Path).Output)!;

        // The Label Studio sample's second task is the same article again, counted in UTF-16.
        static bool First(JsonNode? record) =>
            ((string)record!["evidence"]!["document"]!).Contains("drone-talks", StringComparison.Ordinal)
                && !((string)record["evidence"]!["document"]!).EndsWith("-utf16", StringComparison.Ordinal);
        var statements = json["statements"]!.AsArray().Where(First).ToList();
        var announcement = statements.Single(s => (string?)s!["evidence"]!["exact"] == ImportSamples.Announcement)!;
        Assert.Equal(("jane-doe", "announce", "direct"), ((string?)announcement["speaker"], (string?)announcement["act"], (string?)announcement["form"]));
        var denial = statements.Single(s => (string?)s!["evidence"]!["exact"] == ImportSamples.Denial)!;
        Assert.Equal(("max-roe", "deny", "indirect"), ((string?)denial["speaker"], (string?)denial["act"], (string?)denial["form"]));
        var sanction = json["sanctions"]!.AsArray().Single(s => (string?)s!["evidence"]!["exact"] == ImportSamples.Sanction && First(s))!;
        Assert.Equal(("european-union", "imposed"), ((string?)sanction["imposer"], (string?)sanction["status"]));
        Assert.Equal(["sky-mechanics"], sanction["targets"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void Brat_offsets_come_back_as_brat_counts_them()
    {
        using var folder = new TempFolder();
        CliRun.Run("import", "brat", ImportSamples.Brat, "--output", folder.Path);
        var original = File.ReadAllLines(Path.Combine(ImportSamples.Brat, ImportSamples.Name + ".ann"))
            .Where(l => l.StartsWith('T'))
            .Select(l => l.Split('\t'))
            .ToList();

        var exported = WebAnnotations(folder.Path);

        // brat keeps the mark as a character and reads CRLF as one: the export counts neither way.
        var brat = TextOffsets.For(ImportSamples.Text, OffsetUnit.CodePoint, newlinesAsOne: true);
        foreach (var (exact, start, end) in exported)
        {
            var line = Assert.Single(original, l => l[2] == exact);
            var (utf16Start, utf16End) = Utf16Of(start, end);
            Assert.Equal(line[1].Split(' ')[1] + " " + line[1].Split(' ')[2], $"{brat.FromIndex(utf16Start + 1)} {brat.FromIndex(utf16End + 1)}");
        }

        Assert.Equal(3, exported.Count);
    }

    [Fact]
    public void Brat_offsets_a_tool_wrote_with_crlf_counted_twice_are_read_by_the_text_they_name()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(ImportSamples.Brat, ImportSamples.Name + ".txt"), folder.File(ImportSamples.Name + ".txt"));
        // Code points of the raw text: the mark counted, CRLF as two characters, as a tool reading bytes would count.
        var raw = TextOffsets.For(ImportSamples.Text, OffsetUnit.CodePoint);
        var start = ImportSamples.Text.IndexOf(ImportSamples.Denial, StringComparison.Ordinal);
        var (from, to) = (raw.FromIndex(start)!.Value, raw.FromIndex(start + ImportSamples.Denial.Length)!.Value);
        File.WriteAllText(folder.File(ImportSamples.Name + ".ann"), $"T1\tdeny {from} {to}\t{ImportSamples.Denial}\nT2\tPerson 0 1\t\uFEFF\n");

        var problems = new ImportProblems();
        var article = BratReader.Read(folder.File(ImportSamples.Name + ".ann"), problems)!;

        Assert.Empty(problems.Lines);
        Assert.Equal(ImportSamples.Denial, article.Spans[0].Text);
        Assert.Equal(start, article.Spans[0].Start);
        Assert.NotEqual(from, start);
    }

    [Fact]
    public void Label_studio_offsets_come_back_in_the_unit_each_task_used()
    {
        using var folder = new TempFolder();
        CliRun.Run("import", "labelstudio", ImportSamples.LabelStudio, "--output", folder.Path);
        var tasks = JsonNode.Parse(File.ReadAllText(ImportSamples.LabelStudio))!.AsArray();
        var regions = tasks[0]!["annotations"]![0]!["result"]!.AsArray().Where(r => (string?)r!["type"] == "labels").ToList();

        var exported = WebAnnotations(folder.Path);

        // Label Studio's text keeps the mark as a character, and the two tasks count in code points and in UTF-16.
        var codePoints = TextOffsets.For(ImportSamples.Text, OffsetUnit.CodePoint);
        var utf16 = TextOffsets.For(ImportSamples.Text, OffsetUnit.Utf16);
        var utf16Regions = tasks[1]!["annotations"]![0]!["result"]!.AsArray().Where(r => (string?)r!["type"] == "labels").ToList();
        foreach (var (exact, start, end) in exported)
        {
            var (s, e) = Utf16Of(start, end);
            var region = regions.Single(r => (string?)r!["value"]!["text"] == exact)!["value"]!;
            Assert.Equal(((int)region["start"]!, (int)region["end"]!), (codePoints.FromIndex(s + 1), codePoints.FromIndex(e + 1)));
            var old = utf16Regions.Single(r => (string?)r!["value"]!["text"] == exact)!["value"]!;
            Assert.Equal(((int)old["start"]!, (int)old["end"]!), (utf16.FromIndex(s + 1), utf16.FromIndex(e + 1)));
            Assert.NotEqual((int)old["start"]!, (int)region["start"]!);
        }
    }

    [Fact]
    public void Inception_offsets_come_back_as_utf16_code_units()
    {
        using var folder = new TempFolder();
        CliRun.Run("import", "inception", ImportSamples.Inception, "--output", folder.Path);
        var structures = JsonNode.Parse(File.ReadAllText(ImportSamples.Inception))!["%FEATURE_STRUCTURES"]!.AsArray();
        var text = (string)structures[0]!["sofaString"]!;

        foreach (var (exact, start, end) in WebAnnotations(folder.Path))
        {
            var (s, e) = Utf16Of(start, end);
            var span = structures.Single(
                fs => fs!["begin"] is not null && (int)fs["end"]! > (int)fs["begin"]! && text[(int)fs["begin"]!..(int)fs["end"]!] == exact)!;
            Assert.Equal(((int)span["begin"]!, (int)span["end"]!), (s + 1, e + 1));
        }
    }

    /// <summary>The export's evidence of the imported article: its text and its code-point offsets, from the Web Annotation export.</summary>
    private static List<(string Exact, int Start, int End)> WebAnnotations(string folder)
    {
        var export = JsonNode.Parse(CliRun.Run("export", "-a", folder, "--format", "webannotation").Output)!;
        return export["first"]!["items"]!.AsArray()
            .Where(a => ((string)a!["target"]!["source"]!).Contains("drone-talks", StringComparison.Ordinal))
            .Select(a => a!["target"]!["selector"]!.AsArray())
            .Select(s => ((string)s[0]!["exact"]!, (int)s[1]!["start"]!, (int)s[1]!["end"]!))
            .ToList();
    }

    /// <summary>Code points of the saved text (no mark: the engine reads it without one) as UTF-16 indices into it.</summary>
    private static (int Start, int End) Utf16Of(int start, int end)
    {
        var saved = ImportSamples.Text[1..];
        var offsets = TextOffsets.For(saved, OffsetUnit.CodePoint);
        return (offsets.ToIndex(start)!.Value, offsets.ToIndex(end)!.Value);
    }
}
